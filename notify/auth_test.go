package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/yweca/redress/notify/notifytest"
)

// Secrets of these tests: none of them may appear in an error or a log line.
const (
	goodToken = "ya29.a0AfB_good-access-token-4711"
	badToken  = "ya29.a0AfB_expired-access-token-0815"
	password  = "s3cret-station-password"
)

// tokenSource returns a Token func giving tok and counting its calls.
func tokenSource(tok string, calls *atomic.Int32) func(context.Context) (string, error) {
	return func(context.Context) (string, error) {
		if calls != nil {
			calls.Add(1)
		}
		return tok + "\n", nil // as read from a token file
	}
}

// noSecrets fails the test if a secret appears in text.
func noSecrets(t *testing.T, what, text string) {
	t.Helper()
	for _, s := range []string{goodToken, badToken, password} {
		if strings.Contains(text, s) {
			t.Errorf("%s contains the secret %q:\n%s", what, s, text)
		}
	}
}

func TestSendAuthMechanisms(t *testing.T) {
	gmail := []string{"LOGIN", "PLAIN", "XOAUTH2", "OAUTHBEARER"} // what smtp.gmail.com offers
	tests := []struct {
		name     string
		offered  []string
		auth     string
		wantMech string
	}{
		{name: "default prefers PLAIN", offered: []string{"LOGIN", "PLAIN"}, auth: "", wantMech: "PLAIN"},
		{name: "default falls back to LOGIN", offered: []string{"LOGIN"}, auth: "", wantMech: "LOGIN"},
		{name: "login is the default", offered: []string{"LOGIN"}, auth: AuthLogin, wantMech: "LOGIN"},
		{name: "plain", offered: []string{"LOGIN", "PLAIN"}, auth: AuthPlain, wantMech: "PLAIN"},
		{name: "xoauth2 on a server offering only XOAUTH2", offered: []string{"XOAUTH2"}, auth: AuthXOAuth2, wantMech: "XOAUTH2"},
		{name: "xoauth2 on gmail's list", offered: gmail, auth: AuthXOAuth2, wantMech: "XOAUTH2"},
		{name: "oauthbearer on a server offering only OAUTHBEARER", offered: []string{"OAUTHBEARER"}, auth: AuthOAuthBearer, wantMech: "OAUTHBEARER"},
		{name: "oauthbearer on gmail's list", offered: gmail, auth: AuthOAuthBearer, wantMech: "OAUTHBEARER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.StartWithOptions(t, notifytest.Options{
				Mechanisms: tt.offered, Username: "station@example.com", Password: password, Token: goodToken,
			})
			var calls atomic.Int32
			cfg := plainConfig(srv)
			cfg.Username, cfg.Auth = "station@example.com", tt.auth
			if usesToken(tt.auth) {
				cfg.Token = tokenSource(goodToken, &calls)
			} else {
				cfg.Password = password
			}
			var logs bytes.Buffer
			if err := NewSender(cfg, logTo(&logs)).Send(t.Context(), testMail()); err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Messages()
			if len(got) != 1 || got[0].Username != "station@example.com" || got[0].Mechanism != tt.wantMech {
				t.Fatalf("received %+v, want one mail authenticated as station@example.com with %s", got, tt.wantMech)
			}
			if _, err := Check(t.Context(), cfg); err != nil {
				t.Fatalf("Check: %v", err)
			}
			if usesToken(tt.auth) {
				// One token per connection: Send's and Check's.
				if n := calls.Load(); n != 2 {
					t.Errorf("Token called %d times for 2 connections", n)
				}
			}
			noSecrets(t, "the log", logs.String())
		})
	}
}

func TestSendAuthRefused(t *testing.T) {
	tests := []struct {
		name    string
		offered []string
		auth    string
		token   func(context.Context) (string, error)
		// want are phrases the error must contain.
		want []string
	}{
		{
			name: "xoauth2 with a wrong token", offered: []string{"XOAUTH2"}, auth: AuthXOAuth2, token: tokenSource(badToken, nil),
			want: []string{"535", "Authentication credentials invalid", `xoauth2 status is "400"`, "expired"},
		},
		{
			name: "oauthbearer with a wrong token", offered: []string{"OAUTHBEARER"}, auth: AuthOAuthBearer, token: tokenSource(badToken, nil),
			want: []string{"535", `oauthbearer status is "invalid_token"`},
		},
		{
			name: "plain on a server without PLAIN", offered: []string{"LOGIN", "XOAUTH2"}, auth: AuthPlain,
			want: []string{`smtp auth is "plain" but the server does not offer AUTH PLAIN`, `it offers "LOGIN XOAUTH2"`},
		},
		{
			name: "xoauth2 on a server without XOAUTH2", offered: []string{"PLAIN", "LOGIN"}, auth: AuthXOAuth2, token: tokenSource(goodToken, nil),
			want: []string{"does not offer AUTH XOAUTH2", `it offers "PLAIN LOGIN"`},
		},
		{
			name: "oauthbearer on a server without OAUTHBEARER", offered: []string{"XOAUTH2"}, auth: AuthOAuthBearer, token: tokenSource(goodToken, nil),
			want: []string{"does not offer AUTH OAUTHBEARER"},
		},
		{
			name: "the token source fails", offered: []string{"XOAUTH2"}, auth: AuthXOAuth2,
			token: func(context.Context) (string, error) { return "", errors.New("token command exited with status 1") },
			want:  []string{"getting an access token", "smtp.token_command or smtp.token_file", "exited with status 1"},
		},
		{
			name: "the token source gives nothing", offered: []string{"XOAUTH2"}, auth: AuthXOAuth2,
			token: func(context.Context) (string, error) { return "\n", nil },
			want:  []string{"access token is empty", "smtp.token_command or smtp.token_file"},
		},
		{
			name: "the token has a control character", offered: []string{"XOAUTH2"}, auth: AuthXOAuth2,
			token: func(context.Context) (string, error) { return goodToken + "\x01auth=x", nil },
			want:  []string{"control character"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.StartWithOptions(t, notifytest.Options{
				Mechanisms: tt.offered, Username: "station@example.com", Password: password, Token: goodToken,
			})
			cfg := plainConfig(srv)
			cfg.Username, cfg.Password, cfg.Auth, cfg.Token = "station@example.com", password, tt.auth, tt.token
			var logs bytes.Buffer
			s := NewSender(cfg, logTo(&logs))
			for _, step := range []struct {
				name string
				run  func() error
			}{
				{"Send", func() error { return s.Send(t.Context(), testMail()) }},
				{"Open", func() error {
					sess, err := s.Open(t.Context())
					if err == nil {
						sess.Close()
					}
					return err
				}},
				{"Check", func() error { _, err := Check(t.Context(), cfg); return err }},
			} {
				err := step.run()
				if err == nil {
					t.Fatalf("%s succeeded", step.name)
				}
				for _, w := range tt.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("%s: error %q lacks %q", step.name, err, w)
					}
				}
				if step.name != "Check" && (!IsConnection(err) || IsPermanent(err)) {
					t.Errorf("%s: IsConnection = %v, IsPermanent = %v, want a temporary connection error: %v",
						step.name, IsConnection(err), IsPermanent(err), err)
				}
				t.Logf("%s: %v", step.name, err)
				noSecrets(t, step.name+"'s error", err.Error())
			}
			noSecrets(t, "the log", logs.String())
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("server received %d mails", n)
			}
		})
	}
}

// A refused token is the configuration's fault, not the mail's: Flush
// leaves the mail queued with its attempts unchanged, and says why in one
// warning that quotes neither token nor password.
func TestFlushWrongTokenLeavesMailQueued(t *testing.T) {
	for _, auth := range []string{AuthXOAuth2, AuthOAuthBearer} {
		t.Run(auth, func(t *testing.T) {
			srv := notifytest.StartWithOptions(t, notifytest.Options{
				Mechanisms: []string{"XOAUTH2", "OAUTHBEARER"}, Username: "station@example.com", Token: goodToken,
			})
			var calls atomic.Int32
			cfg := plainConfig(srv)
			cfg.Username, cfg.Password, cfg.Auth, cfg.Token = "station@example.com", password, auth, tokenSource(badToken, &calls)
			var logs bytes.Buffer
			logger := logTo(&logs)
			ob := newMemOutbox(manyMails(3)...)
			clock := &fakeClock{t: t0}
			d := &Deliverer{Transport: NewSender(cfg, logger), Outbox: ob, Now: clock.Now, Logger: logger}
			stats, err := d.Flush(t.Context())
			if err != nil {
				t.Fatalf("Flush: %v", err)
			}
			if want := (DeliveryStats{Deferred: 3}); stats != want {
				t.Errorf("stats = %+v, want %+v", stats, want)
			}
			for id := int64(1); id <= 3; id++ {
				if r := ob.row(id); r.q.Attempts != 0 || r.failed || !r.sentAt.IsZero() || len(r.reasons) != 0 {
					t.Errorf("row %d changed by a refused login: %+v", id, r)
				}
			}
			lines := logLines(&logs)
			if len(lines) != 1 || !strings.Contains(lines[0], "level=WARN") || !strings.Contains(lines[0], "535") {
				t.Errorf("want one warning quoting the 535 reply, got:\n%s", logs.String())
			}
			noSecrets(t, "the log", logs.String())

			// The operator renews the token: the next round sends the mail.
			cfg.Token = tokenSource(goodToken, &calls)
			d.Transport = NewSender(cfg, logger)
			if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: 3}) {
				t.Fatalf("Flush with a good token = %+v, %v; want 3 sent", stats, err)
			}
			if n := calls.Load(); n != 2 {
				t.Errorf("Token called %d times for 2 rounds of one connection each", n)
			}
			noSecrets(t, "the log", logs.String())
		})
	}
}

// Each connection gets a fresh token: a dropped connection is dialled
// again with a new one.
func TestTokenPerConnection(t *testing.T) {
	srv := notifytest.StartWithOptions(t, notifytest.Options{Mechanisms: []string{"XOAUTH2"}, Token: goodToken})
	srv.DropAfter(2)
	var calls atomic.Int32
	cfg := plainConfig(srv)
	cfg.Username, cfg.Auth, cfg.Token = "station@example.com", AuthXOAuth2, tokenSource(goodToken, &calls)
	mails := manyMails(5)
	d := &Deliverer{Transport: NewSender(cfg, nil), Outbox: newMemOutbox(mails...), Now: (&fakeClock{t: t0}).Now}
	if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: 5}) {
		t.Fatalf("Flush = %+v, %v; want 5 sent", stats, err)
	}
	receivedOnce(t, srv, mails)
	if conns, n := srv.Connections(), int(calls.Load()); conns != 3 || n != conns {
		t.Errorf("%d connections, %d tokens; want 3 of each", conns, n)
	}
}

func TestValidateAuth(t *testing.T) {
	token := tokenSource(goodToken, nil)
	tests := []struct {
		name string
		cfg  func(*SMTPConfig)
		want string // "" : valid
	}{
		{name: "no auth", cfg: func(c *SMTPConfig) {}},
		{name: "default with username", cfg: func(c *SMTPConfig) { c.Username, c.Password = "u", "p" }},
		{name: "login", cfg: func(c *SMTPConfig) { c.Username, c.Auth = "u", AuthLogin }},
		{name: "plain", cfg: func(c *SMTPConfig) { c.Username, c.Auth = "u", AuthPlain }},
		{name: "xoauth2", cfg: func(c *SMTPConfig) { c.Username, c.Auth, c.Token = "u", AuthXOAuth2, token }},
		{name: "oauthbearer", cfg: func(c *SMTPConfig) { c.Username, c.Auth, c.Token = "u", AuthOAuthBearer, token }},
		{name: "unknown", cfg: func(c *SMTPConfig) { c.Username, c.Auth = "u", "cram-md5" },
			want: `smtp auth must be "", "login", "plain", "xoauth2" or "oauthbearer" (got "cram-md5")`},
		{name: "upper case", cfg: func(c *SMTPConfig) { c.Username, c.Auth = "u", "PLAIN" }, want: `(got "PLAIN")`},
		{name: "plain without username", cfg: func(c *SMTPConfig) { c.Auth = AuthPlain }, want: `smtp auth "plain" needs a username`},
		{name: "xoauth2 without username", cfg: func(c *SMTPConfig) { c.Auth, c.Token = AuthXOAuth2, token },
			want: `smtp auth "xoauth2" needs a username`},
		{name: "xoauth2 without token", cfg: func(c *SMTPConfig) { c.Username, c.Auth = "u", AuthXOAuth2 },
			want: `smtp auth "xoauth2" needs an access token source (smtp.token_command or smtp.token_file)`},
		{name: "oauthbearer without either", cfg: func(c *SMTPConfig) { c.Auth = AuthOAuthBearer },
			want: "needs a username (the mailbox the token is for)\nsmtp auth \"oauthbearer\" needs an access token source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := SMTPConfig{Host: "smtp.example.com", Port: 587, TLS: TLSStartTLS}
			tt.cfg(&c)
			err := c.validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("validate = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("validate = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	inner := &connError{err: errors.New("535 5.7.8 bad token " + goodToken + " for " + password)}
	err := redact(fmt.Errorf("opening: %w", inner), goodToken, password, "p")
	if got := err.Error(); got != "opening: 535 5.7.8 bad token [redacted] for [redacted]" {
		t.Errorf("redacted text = %q", got)
	}
	if !IsConnection(err) {
		t.Error("redacting lost the error's class")
	}
	if e := errors.New("nothing secret"); redact(e, goodToken) != e {
		t.Error("an error without secrets was replaced")
	}
	if redact(nil, goodToken) != nil {
		t.Error("redact(nil) != nil")
	}
}
