//go:build postgres

package casefile

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// The driver "pgx" is registered by postgres.go's import of pgx/v5/stdlib.
// Run by scripts/pgtest.sh, which starts a PostgreSQL on loopback and sets
// REDRESS_TEST_POSTGRES_URL.

// pgTestURL is the server's URL; the test is skipped without one (an error
// under CI=true, where scripts/pgtest.sh must have set it).
func pgTestURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("REDRESS_TEST_POSTGRES_URL")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("REDRESS_TEST_POSTGRES_URL is not set (CI=true): run scripts/pgtest.sh")
		}
		t.Skip("REDRESS_TEST_POSTGRES_URL is not set: scripts/pgtest.sh runs these tests against a PostgreSQL on loopback")
	}
	return u
}

// pgSchema makes an empty schema of its own for the test, dropped when it
// ends, and returns the server URL with search_path set to it, so tests
// share one server without seeing each other's tables.
func pgSchema(t testing.TB) string {
	t.Helper()
	base := pgTestURL(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+name); err != nil {
		t.Fatalf("creating schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), `DROP SCHEMA `+name+` CASCADE`); err != nil {
			t.Errorf("dropping schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name) // pgx passes unknown parameters to the server
	u.RawQuery = q.Encode()
	return u.String()
}

func openPostgresTest(t testing.TB, u, password string) *Store {
	t.Helper()
	s, err := OpenPostgres(context.Background(), u, password, Options{})
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPostgresOpenMigrates(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	want, err := loadMigrationsIn(pgMigrationFS, pgMigrationsDir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		s := openPostgresTest(t, u, "")
		v, err := pgSchemaVersion(ctx, s.db)
		if err != nil || v != len(want) {
			t.Errorf("open #%d: schema version %d, %v; want %d", i+1, v, err, len(want))
		}
		var sync string
		if err := s.marks.QueryRowContext(ctx, `SHOW synchronous_commit`).Scan(&sync); err != nil || sync != "off" {
			t.Errorf("open #%d: marks handle synchronous_commit = %q, %v; want off", i+1, sync, err)
		}
		if err := s.db.QueryRowContext(ctx, `SHOW synchronous_commit`).Scan(&sync); err != nil || sync != "on" {
			t.Errorf("open #%d: synchronous_commit = %q, %v; want on", i+1, sync, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// The two engines' migrations make the same tables with the same columns
// and the same indexes (by name), but for pgOnlyTables.
func TestPostgresSchemaMatchesSQLite(t *testing.T) {
	lite, _ := openSQLiteTest(t, Options{})
	pg := openPostgresTest(t, pgSchema(t), "")

	liteCols := map[string][]string{}
	tables := queryStrings(t, lite.db.db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	for _, tb := range tables {
		liteCols[tb] = queryStrings(t, lite.db.db, `SELECT name FROM pragma_table_info(?)`, tb)
	}
	pgCols := map[string][]string{}
	for _, tb := range queryStrings(t, pg.db.db, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name <> 'schema_version'`) {
		pgCols[tb] = queryStrings(t, pg.db.db, `SELECT column_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = $1`, tb)
	}
	for tb, cols := range liteCols {
		slices.Sort(cols)
		got := pgCols[tb]
		slices.Sort(got)
		if !slices.Equal(got, cols) {
			t.Errorf("table %s: PostgreSQL columns %v, SQLite %v", tb, got, cols)
		}
	}
	for tb := range pgCols {
		if _, ok := liteCols[tb]; !ok && !pgOnlyTables[tb] {
			t.Errorf("table %s is in PostgreSQL only", tb)
		}
	}
	for tb := range pgOnlyTables {
		if _, ok := pgCols[tb]; !ok && tb != "schema_version" {
			t.Errorf("table %s is missing from PostgreSQL", tb)
		}
	}

	liteIdx := queryStrings(t, lite.db.db, `SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'`)
	pgIdx := queryStrings(t, pg.db.db, `SELECT indexname FROM pg_indexes
		WHERE schemaname = current_schema() AND indexname NOT LIKE '%\_pkey'`)
	slices.Sort(liteIdx)
	slices.Sort(pgIdx)
	if !slices.Equal(pgIdx, liteIdx) {
		t.Errorf("indexes: PostgreSQL %v, SQLite %v", pgIdx, liteIdx)
	}
}

func TestPostgresMigrationFailureLeavesVersion(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	init, err := fs.ReadFile(pgMigrationFS, pgMigrationsDir+"/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		pgMigrationsDir + "/0001_init.sql": {Data: init},
		pgMigrationsDir + "/0002_broken.sql": {Data: []byte(`
			CREATE TABLE half_done (id bigint PRIMARY KEY);
			ALTER TABLE cases ADD COLUMN priority bigint;
			THIS IS NOT SQL;`)},
	}
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = migratePostgres(ctx, db, fsys)
	if err == nil || !strings.Contains(err.Error(), "0002_broken.sql") {
		t.Fatalf("migrate = %v; want an error naming 0002_broken.sql", err)
	}
	if v, err := pgSchemaVersion(ctx, db); err != nil || v != 1 {
		t.Errorf("schema version %d, %v; want 1", v, err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name = 'half_done'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("half_done tables: %d, %v; want 0", n, err)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'cases' AND column_name = 'priority'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("cases.priority columns: %d, %v; want 0", n, err)
	}
	// A newer database than the program knows is refused.
	if _, err := db.ExecContext(ctx, `UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	if err := migratePostgres(ctx, db, pgMigrationFS); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("migrate a version-99 database = %v; want a refusal", err)
	}
}

// The password given apart from the URL (storage.postgres takes it from
// password_env or password_file) is the one used; a wrong one is refused
// without showing up in the error.
func TestPostgresPassword(t *testing.T) {
	u, err := url.Parse(pgSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	password, ok := u.User.Password()
	if !ok {
		t.Skip("REDRESS_TEST_POSTGRES_URL carries no password")
	}
	u.User = url.User(u.User.Username())
	bare := u.String()
	tests := []struct {
		name     string
		password string
		ok       bool
	}{
		{name: "right", password: password, ok: true},
		{name: "wrong", password: "not-the-" + password, ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := OpenPostgres(context.Background(), bare, tc.password, Options{MailDir: t.TempDir()})
			if err == nil {
				s.Close()
			}
			if (err == nil) != tc.ok {
				t.Fatalf("OpenPostgres with the %s password: %v", tc.name, err)
			}
			if err != nil && strings.Contains(err.Error(), tc.password) {
				t.Errorf("the error shows the password: %v", err)
			}
		})
	}
}

// Raw mail is kept in PostgreSQL: no mail directory is needed, and a
// mail directory given is neither made nor written.
func TestPostgresNeedsNoMailDir(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	dir := filepath.Join(t.TempDir(), "mail")
	for _, opts := range []Options{{}, {MailDir: dir}} {
		s, err := OpenPostgres(ctx, u, "", opts)
		if err != nil {
			t.Fatalf("OpenPostgres with MailDir %q: %v", opts.MailDir, err)
		}
		b, err := s.PutBlobBytes(ctx, []byte("kept in the database"))
		if err == nil {
			_, err = s.ReadBlob(b.SHA256)
		}
		s.Close()
		if err != nil {
			t.Errorf("MailDir %q: storing and reading content: %v", opts.MailDir, err)
		}
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the mail directory given was made: %v", err)
	}
}

func queryStrings(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Options.Schema: the schema is made if missing, taken as written
// (capitals too), and holds the station's tables; a second station in
// another schema of the database sees none of them, and has a write lock
// of its own.
func TestPostgresSchema(t *testing.T) {
	ctx := context.Background()
	u := pgTestURL(t)
	name := pgTestSchema(t, u, "St_")
	other := pgTestSchema(t, u, "t_")
	open := func(schema string) *Store {
		t.Helper()
		s, err := OpenPostgres(ctx, u, "", Options{Schema: schema, MailDir: t.TempDir()})
		if err != nil {
			t.Fatalf("OpenPostgres with schema %s: %v", schema, err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s := open(name)
	if got := s.Engine(); got != "postgres" {
		t.Errorf("Engine() = %q, want postgres", got)
	}
	var where string
	if err := s.db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&where); err != nil || where != name {
		t.Errorf("current_schema() = %q, %v; want %q", where, err, name)
	}
	if err := s.marks.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&where); err != nil || where != name {
		t.Errorf("marks: current_schema() = %q, %v; want %q", where, err, name)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_schema = ? AND table_name = 'cases'`, name).Scan(&n); err != nil || n != 1 {
		t.Errorf("tables named cases in schema %s: %d, %v; want 1", name, n, err)
	}
	if got := s.db.db.Stats().MaxOpenConnections; got != 3 {
		t.Errorf("MaxOpenConnections = %d, want 3", got)
	}
	if got := s.marks.db.Stats().MaxOpenConnections; got != 1 {
		t.Errorf("marks: MaxOpenConnections = %d, want 1", got)
	}
	ref := ingest(t, s, in(1, complaint("a@x"))).Case.Ref

	again := open(name)
	if _, err := again.CaseByRef(ctx, ref); err != nil {
		t.Errorf("reopened schema %s: %v", name, err)
	}
	if again.writeKey != s.writeKey {
		t.Errorf("write lock keys of one schema differ: %d, %d", s.writeKey, again.writeKey)
	}

	o := open(other)
	if _, err := o.CaseByRef(ctx, ref); !errors.Is(err, ErrNotFound) {
		t.Errorf("case %s seen from schema %s: %v", ref, other, err)
	}
	if o.writeKey == s.writeKey {
		t.Errorf("schemas %s and %s share the write lock key %d", name, other, s.writeKey)
	}
	// While a Write of one station runs, it holds its key; another
	// station writes meanwhile (the same key would wait for ever: the
	// deadline only ends such a wait).
	err := s.Write(ctx, func(tx *Tx) error {
		var held int
		if err := o.db.QueryRowContext(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
			AND (classid::bigint << 32 | objid::bigint) = ?`, s.writeKey).Scan(&held); err != nil {
			return err
		}
		if held != 1 {
			t.Errorf("inside Write, %d advisory locks with the station's key are held; want 1", held)
		}
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		return o.Write(wctx, func(tx *Tx) error { return tx.AdvanceCursor("INBOX", 1, 1) })
	})
	if err != nil {
		t.Errorf("writing to schema %s inside a Write to %s: %v", other, name, err)
	}
}

func TestPostgresSchemaRefused(t *testing.T) {
	// Refused before connecting: the URL need not reach a server.
	_, err := OpenPostgres(context.Background(), "postgres://redress@127.0.0.1:1/redress", "", Options{MailDir: t.TempDir(), Schema: "yw; DROP"})
	if err == nil || !strings.Contains(err.Error(), "storage.postgres.schema") {
		t.Errorf("OpenPostgres with schema %q = %v; want an error naming storage.postgres.schema", "yw; DROP", err)
	}
}

// Backup and CheckIntegrity are SQLite's: a PostgreSQL case file is
// copied with pg_dump.
func TestPostgresBackupRefused(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	out := filepath.Join(t.TempDir(), "b.db")
	if err := s.Backup(ctx, out, false); !errors.Is(err, ErrPostgresBackup) || !strings.Contains(err.Error(), "pg_dump") {
		t.Errorf("Backup = %v; want ErrPostgresBackup", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Backup left %s: %v", out, err)
	}
	if err := CheckIntegrity(ctx, pgTestURL(t)); !errors.Is(err, ErrPostgresBackup) {
		t.Errorf("CheckIntegrity of a PostgreSQL URL = %v; want ErrPostgresBackup", err)
	} else if strings.Contains(err.Error(), "secret") {
		t.Errorf("CheckIntegrity's error shows the URL's password: %v", err)
	}
}

// A writer of the station stuck in another process does not hang this
// one's Write for ever: it fails after the lock wait, saying why.
func TestPostgresWriteLockWaitBounded(t *testing.T) {
	u := pgSchema(t)
	var lt string
	if err := openPostgresTest(t, u, "").db.QueryRowContext(context.Background(), `SHOW lock_timeout`).Scan(&lt); err != nil || lt != "1min" {
		t.Errorf("lock_timeout on the store's connections = %q, %v; want 1min (pgLockWait)", lt, err)
	}
	short, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	q := short.Query()
	q.Set("lock_timeout", "200ms")
	short.RawQuery = q.Encode()
	s := openPostgresTest(t, short.String(), "")

	// Another process holds the station's write lock in a transaction
	// that does not end.
	other, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`SELECT pg_advisory_xact_lock($1)`, s.writeKey); err != nil {
		t.Fatal(err)
	}
	err = s.Write(context.Background(), func(tx *Tx) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "waiting for the case file's write lock") || !strings.Contains(err.Error(), "lock timeout") {
		t.Errorf("Write while another process holds the lock: %v, want the lock wait given up", err)
	}
	tx.Rollback()
	if err := s.Write(context.Background(), func(tx *Tx) error { return nil }); err != nil {
		t.Errorf("Write once the other let go: %v", err)
	}
}
