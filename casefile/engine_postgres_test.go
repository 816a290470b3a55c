//go:build postgres

package casefile

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
)

// Built with the postgres tag, the store tests run on the engine
// REDRESS_TEST_ENGINE names: "postgres" runs the whole suite against
// the server at REDRESS_TEST_POSTGRES_URL (scripts/pgtest.sh does both),
// anything else SQLite.

// testEngine is the engine the store tests run on.
func testEngine(t *testing.T) string {
	t.Helper()
	switch e := os.Getenv("REDRESS_TEST_ENGINE"); e {
	case "", "sqlite":
		return "sqlite"
	case "postgres":
		return "postgres"
	default:
		t.Fatalf("REDRESS_TEST_ENGINE=%q: want sqlite or postgres", e)
		return ""
	}
}

// openEngine opens an empty store on the engine under test, and returns
// with it a function opening another Store on the same case file (a
// second process, or a restart). On PostgreSQL the case file is a schema
// of its own (Options.Schema), dropped when the test ends, and the mail
// directory a temporary one.
func openEngine(t *testing.T, opts Options) (*Store, func(Options) *Store) {
	t.Helper()
	if testEngine(t) != "postgres" {
		return openSQLiteTest(t, opts)
	}
	u := pgTestURL(t)
	schema := pgTestSchema(t, u, "t_")
	mailDir := filepath.Join(t.TempDir(), "mail")
	open := func(o Options) *Store {
		t.Helper()
		o.Schema, o.MailDir = schema, mailDir
		s, err := OpenPostgres(context.Background(), u, "", o)
		if err != nil {
			t.Fatalf("OpenPostgres: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	return open(opts), open
}

// pgTestSchema names a schema of the test's own on the server at u,
// prefix and random letters, which OpenPostgres creates, and drops it
// when the test ends (after the stores opened later are closed: cleanups
// run last first).
func pgTestSchema(t *testing.T, u, prefix string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	name := prefix + hex.EncodeToString(b)
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", u)
		if err != nil {
			t.Errorf("dropping schema %s: %v", name, err)
			return
		}
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), `DROP SCHEMA IF EXISTS `+quoteIdent(name)+` CASCADE`); err != nil {
			t.Errorf("dropping schema %s: %v", name, err)
		}
	})
	return name
}
