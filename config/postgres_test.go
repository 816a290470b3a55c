package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

func TestStoragePostgres(t *testing.T) {
	tests := []struct {
		name    string
		storage string
		wantErr []string // substrings that must all appear
		hidden  string   // must not appear in the error
	}{
		{name: "url and env", storage: "{postgres: {url: \"postgres://redress@db.example/redress?sslmode=verify-full\", password_env: PGPW}}"},
		{name: "url and file", storage: "{postgres: {url: \"postgresql://redress@db.example:5433/redress\", password_file: pw}}"},
		{name: "no password: trust, .pgpass or a certificate", storage: "{postgres: {url: \"postgres://redress@127.0.0.1/redress\"}}"},
		{name: "unix socket", storage: "{postgres: {url: \"postgres:///redress?host=/run/postgresql\"}}"},
		{name: "no url", storage: "{postgres: {password_env: PGPW}}",
			wantErr: []string{"storage.postgres.url: must be a PostgreSQL URL"}},
		{name: "not postgres", storage: "{postgres: {url: \"mysql://db/redress\"}}",
			wantErr: []string{`storage.postgres.url: must begin with postgres://, got "mysql://db/redress"`}},
		{name: "password in the url", storage: "{postgres: {url: \"postgres://redress:hunter2@db/redress\"}}",
			wantErr: []string{"storage.postgres.url: a password in the URL is not accepted", "redress:xxxxx@db"}, hidden: "hunter2"},
		{name: "password parameter", storage: "{postgres: {url: \"postgres://redress@db/redress?password=hunter2\"}}",
			wantErr: []string{"storage.postgres.url: a password in the URL is not accepted"}, hidden: "hunter2"},
		{name: "no database", storage: "{postgres: {url: \"postgres://redress@db\"}}",
			wantErr: []string{"storage.postgres.url: must name the database"}},
		{name: "no server", storage: "{postgres: {url: \"postgres:///redress\"}}",
			wantErr: []string{"storage.postgres.url: must name the server"}},
		{name: "literal password", storage: "{postgres: {url: \"postgres://redress@db/redress\", password: hunter2}}",
			wantErr: []string{"storage.postgres.password: a literal password is not accepted"}, hidden: "hunter2"},
		{name: "env and file", storage: "{postgres: {url: \"postgres://redress@db/redress\", password_env: A, password_file: b}}",
			wantErr: []string{"storage.postgres.password_env: set either password_env or password_file, not both"}},
		{name: "a variable other than the credentials directory", storage: "{postgres: {url: \"postgres://redress@db/redress\", password_file: \"$HOME/pw\"}}",
			wantErr: []string{"storage.postgres.password_file: only ${CREDENTIALS_DIRECTORY} is expanded"}},
		{name: "database too", storage: "{database: ./x.db, postgres: {url: \"postgres://redress@db/redress\"}}",
			wantErr: []string{`storage.database: is not used with storage.postgres: leave it out (got "./x.db")`}},
		{name: "mail_dir too", storage: "{mail_dir: m, postgres: {url: \"postgres://redress@db/redress\"}}",
			wantErr: []string{`storage.mail_dir: is not used with storage.postgres: mail bodies are kept in PostgreSQL`}},
		{name: "schema", storage: "{postgres: {url: \"postgres://redress@db/redress\", schema: yiwu_market}}"},
		{name: "schema not a plain name", storage: "{postgres: {url: \"postgres://redress@db/redress\", schema: \"Yiwu; DROP\"}}",
			wantErr: []string{`storage.postgres.schema: must be a lower-case PostgreSQL name`}},
		{name: "lock timeout", storage: "{lock_timeout: 10s, postgres: {url: \"postgres://redress@db/redress\"}}"},
		{name: "lock timeout not a duration", storage: "{lock_timeout: 30, postgres: {url: \"postgres://redress@db/redress\"}}",
			wantErr: []string{`storage.lock_timeout: must be a Go duration between 1s and 1h such as "30s", got "30"`}},
		{name: "unknown key", storage: "{postgres: {url: \"postgres://redress@db/redress\", passwd_env: X}}",
			wantErr: []string{"storage.postgres.passwd_env: unknown key"}},
		{name: "neither database nor postgres", storage: "{mail_dir: m}",
			wantErr: []string{"storage.database: must be the path of the SQLite database file (or give storage.postgres)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := parseWants(t, strings.Replace(minimal, "storage: {database: ./x.db}", "storage: "+tt.storage, 1), tt.wantErr)
			if tt.hidden != "" && err != nil && strings.Contains(err.Error(), tt.hidden) {
				t.Errorf("error shows %q:\n%v", tt.hidden, err)
			}
		})
	}
}

func TestPostgresPassword(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pgpw"), []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("REDRESS_TEST_PG_PW", "from-env")
	tests := []struct {
		name    string
		pg      *config.Postgres
		want    string
		wantErr string
	}{
		{name: "no postgres", pg: nil, want: ""},
		{name: "no password source", pg: &config.Postgres{URL: "postgres://r@db/r"}, want: ""},
		{name: "file", pg: &config.Postgres{URL: "postgres://r@db/r", PasswordFile: "pgpw"}, want: "s3cret"},
		{name: "env", pg: &config.Postgres{URL: "postgres://r@db/r", PasswordEnv: "REDRESS_TEST_PG_PW"}, want: "from-env"},
		{name: "env unset", pg: &config.Postgres{URL: "postgres://r@db/r", PasswordEnv: "REDRESS_TEST_UNSET_VARIABLE"},
			wantErr: "storage.postgres.password_env: environment variable REDRESS_TEST_UNSET_VARIABLE is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &config.Config{Dir: dir, Storage: config.Storage{Postgres: tt.pg}}
			got, err := c.PostgresPassword()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("PostgresPassword() = %q, %v; want an error with %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("PostgresPassword() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// Stations may share one PostgreSQL database, each in its own schema (by
// default named after its case prefix); two naming the same schema of the
// same database are refused.
func TestStationsPostgres(t *testing.T) {
	pg := func(db, schema string) string {
		return `storage: {postgres: {url: "postgres://redress@db.example/` + db + `", password_env: PGPW` + schema + `}}`
	}
	tests := []struct {
		name    string
		north   string
		south   string
		wantErr []string
	}{
		{name: "a database each", north: pg("north", ""), south: pg("south", "")},
		{name: "one postgres, one sqlite", north: pg("north", ""), south: "storage: {database: south/redress.db}"},
		{name: "shared database, a schema each by prefix", north: pg("cases", ""), south: pg("cases", "")},
		{name: "shared database, same schema", north: pg("cases", ", schema: s"), south: pg("cases", ", schema: s"),
			wantErr: []string{`stations[1].storage.postgres.schema: must differ from stations[0]'s; two stations share the PostgreSQL schema "postgres://redress@db.example/cases schema s"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			yaml := strings.Replace(twoStations, "storage: {database: north/redress.db}", tt.north, 1)
			yaml = strings.Replace(yaml, "storage: {database: south/redress.db}", tt.south, 1)
			parseWants(t, yaml, tt.wantErr)
		})
	}
}

func TestPostgresSchemaDefault(t *testing.T) {
	c := &config.Config{Station: config.Station{CasePrefix: "YWN"}}
	if got := c.PostgresSchema(); got != "" {
		t.Errorf("without storage.postgres: PostgresSchema() = %q, want \"\"", got)
	}
	c.Storage.Postgres = &config.Postgres{URL: "postgres://r@db/r"}
	if got := c.PostgresSchema(); got != "redress_ywn" {
		t.Errorf("PostgresSchema() = %q, want redress_ywn", got)
	}
	c.Storage.Postgres.Schema = "north"
	if got := c.PostgresSchema(); got != "north" {
		t.Errorf("PostgresSchema() = %q, want north", got)
	}
}

// A top-level storage.postgres that the entries leave alone is every
// station's, each in the schema of its case prefix.
func TestStationsSharePostgres(t *testing.T) {
	yaml := strings.Replace(twoStations, "    storage: {database: north/redress.db}\n", "", 1)
	yaml = strings.Replace(yaml, "    storage: {database: south/redress.db}\n", "", 1)
	yaml = strings.Replace(yaml, "stations:\n", "storage: {postgres: {url: \"postgres://redress@db.example/cases\", password_env: PGPW}}\nstations:\n", 1)
	c, err := config.Parse([]byte(yaml), t.TempDir())
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var got []string
	for _, st := range c.StationConfigs() {
		got = append(got, st.PostgresSchema())
	}
	if strings.Join(got, " ") != "redress_no redress_so" {
		t.Errorf("schemas %v, want redress_no and redress_so", got)
	}
}
