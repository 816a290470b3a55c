//go:build !postgres

package casefile

import (
	"os"
	"testing"
)

// Built without the postgres tag, the store tests run on SQLite only;
// engine_postgres_test.go is the other half.

// testEngine is the engine the store tests run on.
func testEngine(t *testing.T) string {
	t.Helper()
	if os.Getenv("REDRESS_TEST_ENGINE") == "postgres" {
		t.Fatal("REDRESS_TEST_ENGINE=postgres needs the build tag: go test -tags postgres (scripts/pgtest.sh)")
	}
	return "sqlite"
}

// openEngine opens an empty store on the engine under test, and returns
// with it a function opening another Store on the same case file (a
// second process, or a restart).
func openEngine(t *testing.T, opts Options) (*Store, func(Options) *Store) {
	t.Helper()
	testEngine(t)
	return openSQLiteTest(t, opts)
}
