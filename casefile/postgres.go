package casefile

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

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

// pgConnConfig is the connection settings of url (a postgres:// URL or
// key=value string, pgx syntax), password, when not empty, replacing one
// in it.
func pgConnConfig(url, password string) (*pgx.ConnConfig, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// pgx redacts a password it recognises in the URL.
		return nil, fmt.Errorf("reading the PostgreSQL connection URL: %w", err)
	}
	if password != "" {
		cfg.Password = password
	}
	return cfg, nil
}

// pgLockWait is the longest a statement waits for a lock (PostgreSQL's
// lock_timeout): Write's station lock, a row another process holds.
const pgLockWait = "60s"

// OpenPostgres opens the case file in the PostgreSQL database at url (a
// postgres:// URL or key=value connection string; pgx syntax) and brings
// its schema up to date with migrations/postgres/. password, when not
// empty, is used instead of one in url (storage.postgres takes it from
// password_env or password_file). Raw mail and attachment content are
// kept in the database (blob_pg.go): opts.MailDir is not used.
//
// opts.Schema, when set, is the schema holding the station's tables: it
// is created if missing and is the search_path of every connection, so
// stations sharing a database each see their own tables.
func OpenPostgres(ctx context.Context, url, password string, opts Options) (*Store, error) {
	if err := validSchema(opts.Schema); err != nil {
		return nil, fmt.Errorf("opening the PostgreSQL case file: %w", err)
	}
	cfg, err := pgConnConfig(url, password)
	if err != nil {
		return nil, err
	}
	// A commit after which mail leaves must survive a crash, whatever the
	// server's default (SQLite's side: synchronous=FULL).
	cfg.RuntimeParams["synchronous_commit"] = "on"
	// No wait for a lock lasts for ever: a writer of the station stuck
	// in another process (its transaction open, its machine frozen) makes
	// this one's Write fail after pgLockWait, and the poll that wanted it
	// is tried again, rather than the daemon hanging unseen. A
	// lock_timeout in the URL wins.
	if _, ok := cfg.RuntimeParams["lock_timeout"]; !ok {
		cfg.RuntimeParams["lock_timeout"] = pgLockWait
	}
	if opts.Schema != "" {
		// Quoted: the name is taken as written, capitals included, as
		// CREATE SCHEMA below makes it.
		cfg.RuntimeParams["search_path"] = quoteIdent(opts.Schema)
	}
	where := fmt.Sprintf("%s:%d database %s", cfg.Host, cfg.Port, cfg.Database)
	if opts.Schema != "" {
		where += " schema " + opts.Schema
	}
	db := stdlib.OpenDB(*cfg)
	// Many stations, each with a daemon and the odd command, share one
	// server's max_connections (100 by default): a few connections each.
	// A daemon opens at most 3 here, 1 for marks and 1 for the station's
	// lock per station, and one per process for the instance locks
	// (processLocks): 5 × stations + 1 for each instance.
	// Writers take one (Write lets one at a time of a process wait for
	// the station's lock), readers the others.
	db.SetMaxOpenConns(3)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to PostgreSQL at %s: %w", where, err)
	}
	if opts.Schema != "" {
		if err := pgCreateSchema(ctx, db, opts.Schema); err != nil {
			db.Close()
			return nil, fmt.Errorf("preparing the case file in PostgreSQL at %s: %w", where, err)
		}
	}
	if err := migratePostgres(ctx, db, pgMigrationFS); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating the case file in PostgreSQL at %s: %w", where, err)
	}
	// The station's write lock: one key per schema, so that stations
	// sharing the database do not wait for each other.
	var key int64
	if err := db.QueryRowContext(ctx, `SELECT hashtextextended('redress:write:' || current_schema(), 0)`).Scan(&key); err != nil {
		db.Close()
		return nil, fmt.Errorf("preparing the case file in PostgreSQL at %s: computing its write lock: %w", where, err)
	}
	// Delivery marks may be lost in a crash (see Store.marks): the
	// PostgreSQL counterpart of SQLite's synchronous=NORMAL. Marks are
	// single statements, short and few at a time.
	mcfg := cfg.Copy()
	mcfg.RuntimeParams["synchronous_commit"] = "off"
	marks := stdlib.OpenDB(*mcfg)
	marks.SetMaxOpenConns(1)
	s, err := newStore(db, marks, dialectPostgres, opts, &pgBlobs{db: db})
	if err != nil {
		return nil, err
	}
	s.writeKey = key
	s.writeGate = make(chan struct{}, 1)
	s.pgConnect = func(ctx context.Context, name string) (*SessionLock, error) {
		return trySessionLock(ctx, cfg.Copy(), name, 30*time.Second)
	}
	s.pgKey = fmt.Sprintf("%s:%d/%s as %s", cfg.Host, cfg.Port, cfg.Database, cfg.User)
	return s, nil
}

// validSchema checks a schema name of Options.Schema: "" (none), or
// letters, digits and underscores, at most 63 bytes (PostgreSQL's
// NAMEDATALEN-1; longer names are cut short silently), not beginning
// with pg_ (reserved for the system).
func validSchema(name string) error {
	if name == "" {
		return nil
	}
	if len(name) > 63 {
		return fmt.Errorf("schema name %q is longer than 63 bytes (storage.postgres.schema)", name)
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return fmt.Errorf("schema name %q may hold only letters, digits and underscores (storage.postgres.schema)", name)
		}
	}
	if strings.HasPrefix(strings.ToLower(name), "pg_") {
		return fmt.Errorf("schema name %q begins with pg_, which PostgreSQL keeps for itself (storage.postgres.schema)", name)
	}
	return nil
}

// quoteIdent quotes a PostgreSQL identifier.
func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// pgCreateSchema creates schema name if it is missing, under the
// migration lock: two processes making it at once would otherwise collide
// on the catalog's unique index despite IF NOT EXISTS.
func pgCreateSchema(ctx context.Context, db *sql.DB, name string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("creating schema %s: %w", name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgMigrationLock); err != nil {
		return fmt.Errorf("creating schema %s: waiting for other processes' migrations: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+quoteIdent(name)); err != nil {
		return fmt.Errorf("creating schema %s (the database user needs the CREATE privilege on the database, or an administrator creates the schema): %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("creating schema %s: %w", name, err)
	}
	return nil
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
