package casefile

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// The PostgreSQL schema: the same numbered migrations as migrations/*.sql,
// translated (docs/postgres.md). A number means the same schema on both
// engines.
//
//go:embed migrations/postgres/*.sql
var pgMigrationFS embed.FS

const pgMigrationsDir = "migrations/postgres"

// pgMigrationLock is the advisory lock key that makes migrations run one
// at a time across every process sharing the database ("redrmigr").
const pgMigrationLock int64 = 0x726564726d696772

// OpenPostgres opens the case file in the PostgreSQL database at url (a
// postgres:// URL or key=value connection string; pgx syntax) and brings
// its schema up to date with migrations/postgres/. password, when not
// empty, is used instead of one in url (storage.postgres takes it from
// password_env or password_file). Raw mail and attachment content are
// kept in the database (blob_pg.go): opts.MailDir is not used.
//
// Work in progress (docs/postgres.md, step 4): the schema is complete,
// but the store's queries are still written for SQLite (? placeholders,
// LastInsertId); until they are made dialect-aware only opening, the
// schema version and Close work on the returned Store.
func OpenPostgres(ctx context.Context, url, password string, opts Options) (*Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// pgx redacts a password it recognises in the URL.
		return nil, fmt.Errorf("reading the PostgreSQL connection URL: %w", err)
	}
	if password != "" {
		cfg.Password = password
	}
	// A commit after which mail leaves must survive a crash, whatever the
	// server's default (SQLite's side: synchronous=FULL).
	cfg.RuntimeParams["synchronous_commit"] = "on"
	where := fmt.Sprintf("%s:%d database %s", cfg.Host, cfg.Port, cfg.Database)
	db := stdlib.OpenDB(*cfg)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to PostgreSQL at %s: %w", where, err)
	}
	if err := migratePostgres(ctx, db, pgMigrationFS); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating the case file in PostgreSQL at %s: %w", where, err)
	}
	// Delivery marks may be lost in a crash (see Store.marks): the
	// PostgreSQL counterpart of SQLite's synchronous=NORMAL.
	mcfg := cfg.Copy()
	mcfg.RuntimeParams["synchronous_commit"] = "off"
	marks := stdlib.OpenDB(*mcfg)
	return newStore(db, marks, opts, &pgBlobs{db: db})
}

// pgSchemaVersion reads the number of the last migration applied: the one
// row of schema_version, 0 when the table does not exist yet.
func pgSchemaVersion(ctx context.Context, q queryer) (int, error) {
	var exists bool
	if err := q.QueryRowContext(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return v, nil
}

// migratePostgres applies the migrations under migrations/postgres in fsys
// not yet applied, each in its own transaction together with the version
// bump (PostgreSQL's DDL is transactional), so a failing step leaves both
// the schema and the version as they were.
func migratePostgres(ctx context.Context, db *sql.DB, fsys fs.FS) error {
	ms, err := loadMigrationsIn(fsys, pgMigrationsDir)
	if err != nil {
		return err
	}
	if err := pgVersionTable(ctx, db); err != nil {
		return err
	}
	current, err := pgSchemaVersion(ctx, db)
	if err != nil {
		return err
	}
	return applyFrom(ctx, db, ms, current, applyPostgresMigration)
}

// pgVersionTable makes the one-row schema_version table if it is missing.
func pgVersionTable(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("creating the schema version table: %w", err)
	}
	defer tx.Rollback()
	// Two processes starting on an empty database at once would both try
	// to create it.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgMigrationLock); err != nil {
		return fmt.Errorf("waiting for other processes' migrations: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		CREATE TABLE IF NOT EXISTS schema_version (
			one boolean PRIMARY KEY DEFAULT true CHECK (one),
			version bigint NOT NULL
		);
		INSERT INTO schema_version (version) VALUES (0) ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("creating the schema version table: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("creating the schema version table: %w", err)
	}
	return nil
}

func applyPostgresMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgMigrationLock); err != nil {
		return fmt.Errorf("starting migration %s: waiting for other processes' migrations: %w", m.name, err)
	}
	// Another process may have applied it while we waited for the lock.
	v, err := pgSchemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if v >= m.version {
		return nil
	}
	// No arguments: pgx sends it with the simple protocol, which runs
	// several statements in one go.
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = $1`, m.version); err != nil {
		return fmt.Errorf("recording schema version %d: %w", m.version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing migration %s: %w", m.name, err)
	}
	return nil
}
