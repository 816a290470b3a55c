package casefile

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMigrationsIdempotentOnReopen(t *testing.T) {
	sqliteOnly(t, "PRAGMA user_version, journal_mode and foreign_keys; TestPostgresOpenMigrates reopens")
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "dir", "redress.db")
	want, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	var ref string
	for i := range 3 {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		v, err := schemaVersion(ctx, s.db)
		if err != nil || v != len(want) {
			t.Errorf("open #%d: schema version %d, %v; want %d", i+1, v, err, len(want))
		}
		if i == 0 {
			ref = ingest(t, s, in(1, complaint("keep@x"))).Case.Ref
		} else if _, err := s.CaseByRef(ctx, ref); err != nil {
			t.Errorf("open #%d: %v", i+1, err)
		}
		var mode string
		if err := s.db.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		var fk int
		if err := s.db.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMigrationFailureLeavesVersion(t *testing.T) {
	sqliteOnly(t, "the SQLite migrations; TestPostgresMigrationFailureLeavesVersion")
	ctx := context.Background()
	init, err := fs.ReadFile(migrationFS, "migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"migrations/0001_init.sql": {Data: init},
		"migrations/0002_broken.sql": {Data: []byte(`
			CREATE TABLE half_done (id INTEGER PRIMARY KEY);
			ALTER TABLE cases ADD COLUMN priority INTEGER;
			THIS IS NOT SQL;`)},
	}
	db, err := sql.Open("sqlite3", dsn(filepath.Join(t.TempDir(), "m.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = migrate(ctx, db, fsys)
	if err == nil || !strings.Contains(err.Error(), "0002_broken.sql") {
		t.Fatalf("migrate = %v, want an error naming 0002_broken.sql", err)
	}
	if v, err := schemaVersion(ctx, db); err != nil || v != 1 {
		t.Errorf("schema version = %d, %v; want 1 (the broken step rolled back)", v, err)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("half_done table exists (%d, %v): the failed step was not rolled back", n, err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM pragma_table_info('cases') WHERE name = 'priority'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("cases.priority exists (%d, %v): the failed step was not rolled back", n, err)
	}

	// Fixed, the step applies on the next run.
	fsys["migrations/0002_broken.sql"] = &fstest.MapFile{Data: []byte(`CREATE TABLE half_done (id INTEGER PRIMARY KEY);`)}
	if err := migrate(ctx, db, fsys); err != nil {
		t.Fatal(err)
	}
	if v, err := schemaVersion(ctx, db); err != nil || v != 2 {
		t.Errorf("schema version after the fix = %d, %v; want 2", v, err)
	}
	// A newer database than the program knows is refused.
	if err := migrate(ctx, db, fstest.MapFS{"migrations/0001_init.sql": {Data: init}}); err == nil {
		t.Error("migrate accepted a database newer than its migrations")
	}
}

func TestLoadMigrationsRejectsGaps(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
	}{
		{"gap", fstest.MapFS{"migrations/0001_a.sql": {}, "migrations/0003_c.sql": {}}},
		{"repeat", fstest.MapFS{"migrations/0001_a.sql": {}, "migrations/0001_b.sql": {}}},
		{"no number", fstest.MapFS{"migrations/init.sql": {}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := loadMigrations(tc.fsys); err == nil {
				t.Error("loadMigrations accepted it")
			}
		})
	}
}

// 0003 rebuilds the cases table for the lifecycle states: the rows, their
// messages and events stay joined, and a closed case of an earlier version
// is closed as resolved.
func TestLifecycleMigrationKeepsCases(t *testing.T) {
	sqliteOnly(t, "migration 0003 rebuilds a SQLite table; PostgreSQL alters it")
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	fsys := fstest.MapFS{}
	for _, name := range []string{"migrations/0001_init.sql", "migrations/0002_files_events_timers.sql"} {
		b, err := fs.ReadFile(migrationFS, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, fsys); err != nil {
		t.Fatal(err)
	}
	mustExec(t, db, `INSERT INTO cases (id, ref, kind, state, created_at, updated_at) VALUES
		(1, 'YW-2026-00001', 'complaint', 'closed', '', ''), (2, 'YW-2026-00002', 'complaint', 'awaiting_info', '', '')`)
	mustExec(t, db, `INSERT INTO messages (id, case_id, direction, message_id, date, sha256) VALUES (1, 1, 'in', 'a@x', '', 'aa')`)
	mustExec(t, db, `INSERT INTO events (case_id, at, actor, kind) VALUES (2, 'x', 'system', 'opened')`)
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c1, err := s.CaseByRef(ctx, "YW-2026-00001")
	if err != nil || c1.State != StateClosed || c1.CloseReason != CloseResolved {
		t.Errorf("closed case after the migration: %+v, %v; want closed, resolved", c1, err)
	}
	c2, err := s.CaseByRef(ctx, "YW-2026-00002")
	if err != nil || c2.State != StateAwaitingInfo || c2.CloseReason != "" {
		t.Errorf("open case after the migration: %+v, %v", c2, err)
	}
	if msgs, err := s.CaseMessages(ctx, 1); err != nil || len(msgs) != 1 {
		t.Errorf("messages of case 1: %d, %v", len(msgs), err)
	}
	var fk int
	if err := s.db.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v after the migration; want 1", fk, err)
	}
	// The rebuilt table still refuses an unknown state and a closed case
	// without a reason.
	if _, err := s.db.db.Exec(`UPDATE cases SET state = 'archived' WHERE id = 2`); err == nil {
		t.Error("the rebuilt table accepted state 'archived'")
	}
	if _, err := s.db.db.Exec(`UPDATE cases SET state = 'closed' WHERE id = 2`); err == nil {
		t.Error("the rebuilt table accepted a closed case without a reason")
	}
	if _, err := s.db.db.Exec(`INSERT INTO messages (case_id, direction, message_id, date, sha256) VALUES (99, 'in', 'b@x', '', 'bb')`); err == nil {
		t.Error("foreign keys are not enforced after the migration")
	}
}
