package config_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/config"
)

func TestAuthSettings(t *testing.T) {
	tests := []struct {
		name    string
		imap    string
		smtp    string
		wantErr string // "" = valid
	}{
		{"default login", "{host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P}", "", ""},
		{"plain", "{host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P, auth: plain}", "", ""},
		{"xoauth2 with command", "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_command: [oauth2l, fetch]}", "", ""},
		{"oauthbearer with file", "{host: outlook.office365.com, port: 993, username: u, auth: oauthbearer, token_file: tok}", "", ""},
		{"unknown mechanism", "{host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P, auth: cram-md5}", "", "imap.auth: must be login, plain, xoauth2 or oauthbearer"},
		{"xoauth2 without token", "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2}", "", "imap.token_command: imap.auth xoauth2 needs token_command"},
		{"both token sources", "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_command: [x], token_file: y}", "", "set either token_command or token_file"},
		{"password with xoauth2", "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_file: y, password_env: P}", "", "imap.password_env: is not used with imap.auth xoauth2"},
		{"token with login", "{host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P, token_file: y}", "", "imap.token_command: is only used with imap.auth xoauth2 or oauthbearer"},
		{"token in clear text", "{host: mail.example, port: 143, tls: none, username: u, auth: xoauth2, token_file: y}", "", "an access token must not cross the network without TLS"},
		{"smtp xoauth2", "", "{host: smtp.gmail.com, port: 465, username: u, auth: xoauth2, token_file: y, max_per_day: 500}", ""},
		{"smtp xoauth2 without username", "", "{host: smtp.gmail.com, port: 465, auth: xoauth2, token_file: y}", "smtp.username: must not be empty with smtp.auth xoauth2"},
		{"smtp negative limit", "", "{host: 127.0.0.1, port: 25, tls: none, max_per_minute: -1}", "smtp.max_per_minute: must be 0 (unlimited) or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := minimal
			if tt.imap != "" {
				y = strings.Replace(y, "imap: {host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P}", "imap: "+tt.imap, 1)
			}
			if tt.smtp != "" {
				y = strings.Replace(y, "smtp: {host: 127.0.0.1, port: 25, tls: none}", "smtp: "+tt.smtp, 1)
			}
			_, err := config.Parse([]byte(y), t.TempDir())
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("valid settings refused: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("err = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

func TestSentDefault(t *testing.T) {
	c, err := config.Parse([]byte(minimal), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.Sent != config.SentAuto || !c.IdleOn() {
		t.Errorf("imap.sent = %q, idle %v; want auto and true by default", c.IMAP.Sent, c.IdleOn())
	}
}

func TestToken(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "tok"), []byte("  ya29.from-file \nsecond line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty"), []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := &config.Config{Dir: dir}
	sec := func(s config.Secret) config.Secret { s.Auth = config.AuthXOAuth2; return s }
	for _, tc := range []struct {
		name    string
		s       config.Secret
		want    string
		wantErr string
	}{
		{"file", sec(config.Secret{TokenFile: "tok"}), "ya29.from-file", ""},
		{"command", sec(config.Secret{TokenCommand: []string{"sh", "-c", "printf 'ya29.cmd\\nrest'"}}), "ya29.cmd", ""},
		{"command fails", sec(config.Secret{TokenCommand: []string{"sh", "-c", "echo ya29.leak; echo refresh token expired >&2; exit 3"}}), "", "imap.token_command sh: exit status 3: refresh token expired"},
		{"missing file", sec(config.Secret{TokenFile: "nope"}), "", "imap.token_file:"},
		{"empty file", sec(config.Secret{TokenFile: "empty"}), "", "gave no access token"},
		{"command not found", sec(config.Secret{TokenCommand: []string{"/nonexistent/oauth2l"}}), "", "imap.token_command /nonexistent/oauth2l"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Token("imap", tc.s)(context.Background())
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "ya29") {
					t.Errorf("error %q quotes the command's output", err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("Token = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	if c.Token("imap", config.Secret{Auth: config.AuthLogin, PasswordEnv: "P"}) != nil {
		t.Error("Token is not nil for password login")
	}
}

func TestQueueLifetime(t *testing.T) {
	for _, tt := range []struct {
		policy, wantErr string
		want            time.Duration
	}{
		{"", "", config.DefaultQueueLifetime},
		{"policy: {queue_lifetime: 72h}\n", "", 72 * time.Hour},
		{"policy: {queue_lifetime: 10m}\n", "policy.queue_lifetime: must be a duration of at least an hour", 0},
		{"policy: {queue_lifetime: five days}\n", "policy.queue_lifetime", 0},
	} {
		c, err := config.Parse([]byte(minimal+tt.policy), t.TempDir())
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err = %v, want %q", tt.policy, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%q: %v", tt.policy, err)
		case c.QueueLifetime() != tt.want:
			t.Errorf("%q: QueueLifetime = %s, want %s", tt.policy, c.QueueLifetime(), tt.want)
		}
	}
}
