package config_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/config"
)

func TestLoadExample(t *testing.T) {
	c, err := config.Load("../config.example.yaml")
	if err != nil {
		t.Fatalf("config.example.yaml does not load: %v", err)
	}
	if c.Station.CasePrefix != "YW" || c.Station.Address != "tousu@yweca.org.example" {
		t.Errorf("station = %+v", c.Station)
	}
	if c.IMAP.Port != 993 || c.IMAP.TLS != "implicit" || c.IMAP.PasswordEnv != "REDRESS_IMAP_PASSWORD" {
		t.Errorf("imap = %+v", c.IMAP)
	}
	if got := c.StationDomain(); got != "yweca.org.example" {
		t.Errorf("StationDomain = %q", got)
	}
	if len(c.Policy.Required) != 4 {
		t.Errorf("policy.required = %v", c.Policy.Required)
	}
	if !filepath.IsAbs(c.DatabasePath()) || filepath.Base(c.DatabasePath()) != "redress.db" {
		t.Errorf("DatabasePath = %q, want an absolute path to redress.db", c.DatabasePath())
	}
	if want := filepath.Join(filepath.Dir(c.DatabasePath()), "mail"); c.MailDir() != want {
		t.Errorf("MailDir = %q, want %q (mail beside the database)", c.MailDir(), want)
	}
}

func TestMailDir(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		storage string
		want    string
	}{
		{name: "default beside a relative database", storage: "{database: ./x.db}", want: filepath.Join(dir, "mail")},
		{name: "default beside a database in a subdirectory", storage: "{database: data/x.db}", want: filepath.Join(dir, "data", "mail")},
		{name: "default beside an absolute database", storage: "{database: /var/lib/redress/x.db}", want: "/var/lib/redress/mail"},
		{name: "empty means default", storage: `{database: data/x.db, mail_dir: ""}`, want: filepath.Join(dir, "data", "mail")},
		{name: "relative resolved against the config directory", storage: "{database: data/x.db, mail_dir: blobs}", want: filepath.Join(dir, "blobs")},
		{name: "absolute kept", storage: "{database: ./x.db, mail_dir: /srv/redress/mail}", want: "/srv/redress/mail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			yaml := strings.Replace(minimal, "storage: {database: ./x.db}", "storage: "+tt.storage, 1)
			c, err := config.Parse([]byte(yaml), dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.MailDir(); got != tt.want {
				t.Errorf("MailDir() = %q, want %q", got, tt.want)
			}
		})
	}

	// A Config built in code, without Parse's defaults, still has a mail
	// directory beside its database.
	c := &config.Config{Dir: dir, Storage: config.Storage{Database: "x.db"}}
	if got, want := c.MailDir(), filepath.Join(dir, "mail"); got != want {
		t.Errorf("MailDir() without defaults = %q, want %q", got, want)
	}
}

// TestServerTLS is the one test of the TLS-mode policy for imap.tls and
// smtp.tls (mailbox and notify only refuse a mode they cannot dial).
func TestServerTLS(t *testing.T) {
	tests := []struct {
		name    string
		host    string
		tls     string // "-" leaves the key out
		wantErr string // "" means valid
	}{
		{name: "implicit to a remote host", host: "mail.example.org", tls: "implicit"},
		{name: "starttls to a remote host", host: "mail.example.org", tls: "starttls"},
		{name: "left out means implicit", host: "mail.example.org", tls: "-"},
		{name: "none on ipv4 loopback", host: "127.0.0.1", tls: "none"},
		{name: "none on another ipv4 loopback address", host: "127.0.0.2", tls: "none"},
		{name: "none on localhost", host: "localhost", tls: "none"},
		{name: "none on LOCALHOST", host: "LOCALHOST", tls: "none"},
		{name: "none on ipv6 loopback", host: "::1", tls: "none"},
		{name: "none on bracketed ipv6 loopback", host: "[::1]", tls: "none"},
		{name: "none on a remote host", host: "mail.example.org", tls: "none", wantErr: `tls: none is only allowed for loopback hosts, got host "mail.example.org"`},
		{name: "none on a remote address", host: "192.0.2.1", tls: "none", wantErr: `tls: none is only allowed for loopback hosts, got host "192.0.2.1"`},
		{name: "none on a name that only starts like localhost", host: "localhost.example.org", tls: "none", wantErr: "tls: none is only allowed for loopback hosts"},
		{name: "unknown mode", host: "127.0.0.1", tls: "ssl", wantErr: `tls: must be implicit, starttls or none, got "ssl"`},
		{name: "modes are lower case", host: "mail.example.org", tls: "Implicit", wantErr: `tls: must be implicit, starttls or none, got "Implicit"`},
		{name: "none with no host reports the host only", host: "", tls: "none", wantErr: "host: must not be empty"},
	}
	for _, sec := range []string{"imap", "smtp"} {
		for _, tt := range tests {
			t.Run(sec+"/"+tt.name, func(t *testing.T) {
				server := fmt.Sprintf("host: %q, port: 1143", tt.host)
				if tt.tls != "-" {
					server += ", tls: " + tt.tls
				}
				yaml := minimal
				if sec == "imap" {
					yaml = strings.Replace(yaml, "host: 127.0.0.1, port: 143, tls: none", server, 1)
				} else {
					yaml = strings.Replace(yaml, "host: 127.0.0.1, port: 25, tls: none", server, 1)
				}
				c, err := config.Parse([]byte(yaml), t.TempDir())
				if tt.wantErr == "" {
					if err != nil {
						t.Fatalf("unexpected error: %v", err)
					}
					got := c.IMAP.TLS
					if sec == "smtp" {
						got = c.SMTP.TLS
					}
					if tt.tls == "-" && got != config.TLSImplicit {
						t.Errorf("%s.tls left out = %q, want %q", sec, got, config.TLSImplicit)
					}
					return
				}
				if err == nil {
					t.Fatalf("no error, want %s.%s", sec, tt.wantErr)
				}
				if !strings.Contains(err.Error(), sec+"."+tt.wantErr) {
					t.Errorf("error lacks %q:\n%v", sec+"."+tt.wantErr, err)
				}
				if strings.Contains(tt.wantErr, "host: must not be empty") && strings.Contains(err.Error(), sec+".tls") {
					t.Errorf("an empty host also reported a tls problem:\n%v", err)
				}
			})
		}
	}
}

const minimal = `
station: {name: S, address: tousu@yweca.org.example, case_prefix: YW}
imap: {host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P}
smtp: {host: 127.0.0.1, port: 25, tls: none}
storage: {database: ./x.db}
`

func TestReminderPolicy(t *testing.T) {
	tests := []struct {
		name   string
		policy string
		after  time.Duration
		max    int
	}{
		{"defaults", "", 72 * time.Hour, 2},
		{"set", "policy: {remind_after: 48h30m, max_reminders: 3}\n", 48*time.Hour + 30*time.Minute, 3},
		{"no reminders", "policy: {max_reminders: 0}\n", 72 * time.Hour, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(minimal+tt.policy), t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			if c.RemindAfter() != tt.after || c.MaxReminders() != tt.max {
				t.Errorf("remind after %s, max %d; want %s, %d", c.RemindAfter(), c.MaxReminders(), tt.after, tt.max)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		wantErr []string // substrings that must all appear
	}{
		{name: "minimal ok", yaml: minimal},
		{name: "empty", yaml: "", wantErr: []string{"station.name: must not be empty", "imap.port: must be 1-65535, got 0", "smtp.host: must not be empty", "storage.database"}},
		{name: "unknown key", yaml: minimal + "extra: 1\n", wantErr: []string{"extra: unknown key (line 6)"}},
		{name: "unknown nested key", yaml: strings.Replace(minimal, "tls: none, username", "tls: none, usrname: x, username", 1), wantErr: []string{"imap.usrname: unknown key"}},
		{name: "unknown key and bad value both reported", yaml: strings.Replace(minimal, "port: 25", "port: 0, helo: x", 1), wantErr: []string{"smtp.helo: unknown key", "smtp.port: must be 1-65535, got 0"}},
		{name: "not yaml", yaml: "station: [\n", wantErr: []string{"config is not valid YAML"}},
		{name: "wrong shape", yaml: minimal + "staff: {addresses: 5}\n", wantErr: []string{"expected shape"}},
		{name: "literal password", yaml: strings.Replace(minimal, "password_env: P", "password: hunter2", 1), wantErr: []string{"imap.password: a literal password is not accepted"}},
		{name: "blank mail_dir", yaml: strings.Replace(minimal, "database: ./x.db", `database: ./x.db, mail_dir: "  "`, 1), wantErr: []string{`storage.mail_dir: must be a directory path (or left out for mail/ beside the database), got "  "`}},
		{name: "mail_dir is the database", yaml: strings.Replace(minimal, "database: ./x.db", "database: ./x.db, mail_dir: x.db", 1), wantErr: []string{`storage.mail_dir: must be a directory, not the database file itself, got "x.db"`}},
		{name: "mail_dir unknown sibling key", yaml: strings.Replace(minimal, "database: ./x.db", "database: ./x.db, maildir: m", 1), wantErr: []string{"storage.maildir: unknown key"}},
		{name: "report schedule without report.to", yaml: minimal + "schedule: {report: \"0 8 1 * *\"}\n", wantErr: []string{"report.to: must list at least one address when schedule.report is set"}},
		{name: "report ok", yaml: minimal + "schedule: {report: \"0 8 1 * *\"}\nreport: {to: [director@x.example]}\n"},
		{name: "report bad", yaml: minimal + "schedule: {report: monthly}\nreport: {to: [director]}\n", wantErr: []string{"schedule.report: must be a cron expression", `report.to[0]: must be an e-mail address, got "director"`}},
		{name: "no password source", yaml: strings.Replace(minimal, ", password_env: P", "", 1), wantErr: []string{"imap.password_env: must name"}},
		{name: "bad values all reported", yaml: `
station: {name: S, address: not-an-address, case_prefix: yw1, timezone: Mars/Base}
imap: {host: mail.example.org, port: 70000, tls: none, username: u, password_env: P}
smtp: {host: 127.0.0.1, port: 25, tls: sometimes}
staff: {addresses: [ok@x.example, bad], notify: []}
schedule: {poll: "every minute"}
storage: {database: ./x.db}
policy: {required: [complainant_name, shoe_size], remind_after: 3d, max_reminders: -1, ack_limit: 0}
`, wantErr: []string{
			`policy.remind_after: must be a duration of at least a minute such as 72h or 48h30m, got "3d"`,
			`policy.max_reminders: must be 0-20, got -1`,
			`policy.ack_limit: must be 1-100, got 0`,
			`station.address: must be an e-mail address, got "not-an-address"`,
			`station.case_prefix: must be 1-8 upper-case letters A-Z, got "yw1"`,
			`station.timezone`,
			`imap.port: must be 1-65535, got 70000`,
			`imap.tls: none is only allowed for loopback hosts`,
			`smtp.tls: must be implicit, starttls or none, got "sometimes"`,
			`staff.addresses[1]: must be an e-mail address, got "bad"`,
			`schedule.poll`,
			`policy.required[1]`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(tt.yaml), t.TempDir())
			if len(tt.wantErr) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if c.Schedule.Poll != "@every 1m" || c.IMAP.Inbox != "INBOX" {
					t.Errorf("defaults not applied: %+v %+v", c.Schedule, c.IMAP)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestPassword(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pw"), []byte("s3cret\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := &config.Config{Dir: dir}
	got, err := c.Password("imap", config.Secret{PasswordFile: "pw"})
	if err != nil || got != "s3cret" {
		t.Errorf("password_file: got %q, %v", got, err)
	}
	t.Setenv("REDRESS_TEST_PW", "from-env")
	got, err = c.Password("imap", config.Secret{PasswordEnv: "REDRESS_TEST_PW"})
	if err != nil || got != "from-env" {
		t.Errorf("password_env: got %q, %v", got, err)
	}
	_, err = c.Password("smtp", config.Secret{PasswordEnv: "REDRESS_TEST_UNSET_VARIABLE"})
	if err == nil || !strings.Contains(err.Error(), "smtp.password_env: environment variable REDRESS_TEST_UNSET_VARIABLE is not set") {
		t.Errorf("unset env: %v", err)
	}
}
