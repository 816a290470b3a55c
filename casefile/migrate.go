package casefile

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads migrations/NNNN_name.sql from fsys, numbered from 1
// without gaps.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	return loadMigrationsIn(fsys, "migrations")
}

// loadMigrationsIn reads dir/NNNN_name.sql from fsys, numbered from 1
// without gaps.
func loadMigrationsIn(fsys fs.FS, dir string) ([]migration, error) {
	names, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number and an underscore", name)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d (numbers run from 1 without gaps or repeats)", m.name, i+1)
		}
	}
	return ms, nil
}

// schemaVersion reads PRAGMA user_version: the number of the last migration applied.
func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return v, nil
}

// migrate applies the migrations in fsys not yet applied, each in its own
// transaction together with the version bump, so a failing step leaves both
// the schema and the version as they were.
func migrate(ctx context.Context, db *sql.DB, fsys fs.FS) error {
	ms, err := loadMigrations(fsys)
	if err != nil {
		return err
	}
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	return applyFrom(ctx, db, ms, current, applyMigration)
}

// applyFrom applies the migrations of ms after version current, one by
// one with apply (the engine's way: a transaction with the version bump),
// refusing a database newer than the program.
func applyFrom(ctx context.Context, db *sql.DB, ms []migration, current int, apply func(context.Context, *sql.DB, migration) error) error {
	if current > len(ms) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d): use a newer redress", current, len(ms))
	}
	for _, m := range ms[current:] {
		if err := apply(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, m migration) error {
	// A migration may rebuild a table others reference (SQLite's way to
	// change a constraint): foreign keys are off while it runs, on one
	// connection, and checked before it commits. PRAGMA foreign_keys has
	// no effect inside a transaction, hence the order.
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("starting migration %s: %w", m.name, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return fmt.Errorf("starting migration %s: %w", m.name, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	// Another process may have applied it while we waited for the lock.
	v, err := schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	if err := foreignKeyCheck(ctx, tx); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	// PRAGMA takes no parameters; m.version is an int we parsed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("recording schema version %d: %w", m.version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing migration %s: %w", m.name, err)
	}
	return nil
}

// foreignKeyCheck fails when a row references one that does not exist.
func foreignKeyCheck(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Errorf("checking foreign keys: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("checking foreign keys: %w", err)
		}
		return fmt.Errorf("row %d of %s references a missing row of %s", rowid.Int64, table, parent)
	}
	return rows.Err()
}
