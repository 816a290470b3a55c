package casefile

import (
	"strings"
	"testing"
)

// Each SQLite migration has its PostgreSQL translation under the same
// number and name, so a schema version means the same on both engines.
func TestPostgresMigrationsPairSQLite(t *testing.T) {
	lite, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := loadMigrationsIn(pgMigrationFS, pgMigrationsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg) != len(lite) {
		t.Fatalf("%d PostgreSQL migrations, %d SQLite ones; want one translation each", len(pg), len(lite))
	}
	for i := range lite {
		if pg[i].name != lite[i].name {
			t.Errorf("migration %d: PostgreSQL %s, SQLite %s; want the same name", i+1, pg[i].name, lite[i].name)
		}
		code := withoutComments(pg[i].sql)
		for _, bad := range []string{"PRAGMA", "BLOB", "NOCASE", "json_each", "INTEGER"} {
			if strings.Contains(code, bad) {
				t.Errorf("PostgreSQL migration %s contains SQLite's %s", pg[i].name, bad)
			}
		}
	}
}

// withoutComments drops the -- comments of a migration (none of ours has
// "--" inside a string).
func withoutComments(sql string) string {
	var b strings.Builder
	for line := range strings.Lines(sql) {
		code, _, _ := strings.Cut(line, "--")
		b.WriteString(code)
	}
	return b.String()
}
