package config_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

// twoStations is a deployment of two stations sharing the SMTP server
// and the staff section given at the top level.
const twoStations = `
smtp: {host: 127.0.0.1, port: 25, tls: none}
staff: {addresses: [staff@yweca.org.example]}
imap: {host: 127.0.0.1, port: 143, tls: none, username: shared, password_env: P}
schedule: {poll: "@every 5m"}
stations:
  - station: {name: North, address: north@yweca.org.example, case_prefix: NO}
    imap: {host: 127.0.0.1, port: 143, tls: none, username: north, password_env: P}
    storage: {database: north/redress.db}
  - station: {name: South, address: south@yweca.org.example, case_prefix: SO, timezone: Asia/Urumqi}
    imap: {host: 127.0.0.1, port: 143, tls: none, username: south, password_env: P, inbox: Complaints}
    storage: {database: south/redress.db}
    schedule: {poll: "@every 1m"}
`

func TestStationConfigsInherit(t *testing.T) {
	dir := t.TempDir()
	c, err := config.Parse([]byte(twoStations), dir)
	if err != nil {
		t.Fatal(err)
	}
	st := c.StationConfigs()
	if len(st) != 2 {
		t.Fatalf("StationConfigs gave %d stations, want 2", len(st))
	}
	tests := []struct {
		name                        string
		got                         *config.Config
		prefix, user, inbox, poll   string
		db, mailDir, timezone, smtp string
	}{
		{name: "north inherits schedule", got: st[0], prefix: "NO", user: "north", inbox: "INBOX", poll: "@every 5m",
			db: filepath.Join(dir, "north", "redress.db"), mailDir: filepath.Join(dir, "north", "mail"), timezone: "Asia/Shanghai", smtp: "127.0.0.1"},
		{name: "south overrides schedule", got: st[1], prefix: "SO", user: "south", inbox: "Complaints", poll: "@every 1m",
			db: filepath.Join(dir, "south", "redress.db"), mailDir: filepath.Join(dir, "south", "mail"), timezone: "Asia/Urumqi", smtp: "127.0.0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tt.got
			if g.Station.CasePrefix != tt.prefix || g.IMAP.Username != tt.user || g.IMAP.Inbox != tt.inbox || g.Schedule.Poll != tt.poll {
				t.Errorf("station %+v imap user %q inbox %q poll %q", g.Station, g.IMAP.Username, g.IMAP.Inbox, g.Schedule.Poll)
			}
			if g.DatabasePath() != tt.db || g.MailDir() != tt.mailDir {
				t.Errorf("database %q mail dir %q, want %q %q", g.DatabasePath(), g.MailDir(), tt.db, tt.mailDir)
			}
			if g.Station.Timezone != tt.timezone || g.SMTP.Host != tt.smtp || len(g.Staff.Addresses) != 1 {
				t.Errorf("timezone %q smtp %q staff %v", g.Station.Timezone, g.SMTP.Host, g.Staff.Addresses)
			}
			if len(g.Stations) != 0 {
				t.Errorf("a station's config lists stations itself: %d", len(g.Stations))
			}
		})
	}
	for _, key := range []string{"south", "SO", "so", "South"} {
		if s, err := c.FindStation(key); err != nil || s.Station.CasePrefix != "SO" {
			t.Errorf("FindStation(%q) = %v, %v", key, s, err)
		}
	}
	if _, err := c.FindStation("East"); err == nil || !strings.Contains(err.Error(), `"North" (NO)`) {
		t.Errorf("FindStation(East) error = %v, want one naming the stations", err)
	}
}

func TestSingleStationConfigsIsItself(t *testing.T) {
	c, err := config.Parse([]byte(minimal), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if st := c.StationConfigs(); len(st) != 1 || st[0] != c {
		t.Errorf("StationConfigs of a single-station config = %v, want the config itself", st)
	}
}

func TestStationsValidate(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		wantErr []string
	}{
		{name: "ok", yaml: twoStations},
		{name: "duplicate prefix", yaml: strings.Replace(twoStations, "case_prefix: SO", "case_prefix: NO", 1),
			wantErr: []string{`stations[1].station.case_prefix: must differ from stations[0]'s; two stations share the case prefix "NO"`}},
		{name: "duplicate name", yaml: strings.Replace(twoStations, "name: South", "name: north", 1),
			wantErr: []string{`stations[1].station.name: must differ from stations[0]'s`}},
		{name: "shared database", yaml: strings.Replace(twoStations, "south/redress.db", "north/redress.db", 1),
			wantErr: []string{"stations[1].storage.database: must differ", "stations[1].storage.mail_dir: must differ"}},
		{name: "shared inbox", yaml: strings.Replace(twoStations, "username: south, password_env: P, inbox: Complaints", "username: north, password_env: P", 1),
			wantErr: []string{"stations[1].imap.inbox: must differ"}},
		{name: "station key named with its index", yaml: strings.Replace(twoStations, "address: south@yweca.org.example", "address: nobody", 1),
			wantErr: []string{`stations[1].station.address: must be an e-mail address, got "nobody"`}},
		{name: "missing station section inherits and collides", yaml: strings.Replace(twoStations,
			"  - station: {name: South, address: south@yweca.org.example, case_prefix: SO, timezone: Asia/Urumqi}\n    imap", "  - imap", 1),
			wantErr: []string{"stations[1].station.name: must not be empty"}},
		{name: "unknown key in an entry", yaml: strings.Replace(twoStations, "inbox: Complaints", "inbx: Complaints", 1),
			wantErr: []string{"stations[1].imap.inbx: unknown key"}},
		{name: "the form serves several stations", yaml: twoStations + "http: {listen: \"127.0.0.1:9999\"}\nform: {enabled: true}\n"},
		{name: "the form needs the listener with stations too", yaml: twoStations + "http: {listen: \"\"}\nform: {enabled: true}\n",
			wantErr: []string{"form.enabled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { parseWants(t, tt.yaml, tt.wantErr) })
	}
}

// parseWants parses yaml and fails the test unless it is accepted
// (wantErr empty) or refused with an error containing each of wantErr. It
// returns the error, for more checks.
func parseWants(t *testing.T, yaml string, wantErr []string) error {
	t.Helper()
	_, err := config.Parse([]byte(yaml), t.TempDir())
	if len(wantErr) == 0 {
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		return nil
	}
	if err == nil {
		t.Fatalf("Parse accepted it, want %q", wantErr)
	}
	for _, w := range wantErr {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q\ndoes not contain %q", err, w)
		}
	}
	return err
}
