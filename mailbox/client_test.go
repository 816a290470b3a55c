package mailbox_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

const wrongPassword = "hunter2-not-the-password"

func TestDialWrongPassword(t *testing.T) {
	s := mailboxtest.Start(t)
	cfg := testConfig(s)
	cfg.Password = wrongPassword
	_, err := mailbox.Dial(context.Background(), cfg)
	if err == nil {
		t.Fatal("Dial with a wrong password succeeded")
	}
	msg := err.Error()
	for _, want := range []string{"logging in to imap " + s.Addr, "as " + s.User, "AUTHENTICATIONFAILED", "Authentication failed"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, wrongPassword) {
		t.Errorf("error %q contains the password", msg)
	}
}

func TestDialRefusesUnreachable(t *testing.T) {
	// A port that was free a moment ago: nothing listens there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	ln.Close()
	cfg := mailbox.Config{Host: "127.0.0.1", Port: addr.Port, TLS: mailbox.TLSNone, Username: "u", Password: "p"}
	_, err = mailbox.Dial(context.Background(), cfg)
	if err == nil || !strings.Contains(err.Error(), "connecting to imap 127.0.0.1:"+strconv.Itoa(addr.Port)) {
		t.Errorf("Dial error = %v, want it to say connecting failed", err)
	}
}

func TestDialCancelledContext(t *testing.T) {
	s := mailboxtest.Start(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := mailbox.Dial(ctx, testConfig(s))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Dial error = %v, want context.Canceled", err)
	}
}

func TestConfigValidate(t *testing.T) {
	valid := mailbox.Config{Host: "imap.example.com", Port: 993, TLS: mailbox.TLSImplicit, Username: "u", Password: "p"}
	tests := []struct {
		name    string
		edit    func(*mailbox.Config)
		wantErr []string // substrings; nil means valid
	}{
		{name: "implicit", edit: func(*mailbox.Config) {}},
		{name: "empty tls means implicit", edit: func(c *mailbox.Config) { c.TLS = "" }},
		{name: "starttls", edit: func(c *mailbox.Config) { c.TLS = mailbox.TLSStartTLS; c.Port = 143 }},
		{name: "none", edit: func(c *mailbox.Config) { c.TLS = mailbox.TLSNone; c.Port = 143 }},
		{name: "unknown tls mode", edit: func(c *mailbox.Config) { c.TLS = "ssl" }, wantErr: []string{`(got "ssl")`}},
		{name: "port zero", edit: func(c *mailbox.Config) { c.Port = 0 }, wantErr: []string{"port must be 1-65535 (got 0)"}},
		{name: "all problems at once", edit: func(c *mailbox.Config) { *c = mailbox.Config{Port: 70000} }, wantErr: []string{"host is empty", "(got 70000)", "username is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := valid
			tt.edit(&cfg)
			err := cfg.Validate()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			for _, want := range tt.wantErr {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Validate() = %q, want it to contain %q", err, want)
				}
			}
		})
	}
}

func TestCheck(t *testing.T) {
	s := mailboxtest.Start(t)
	tests := []struct {
		name    string
		edit    func(*mailbox.Config)
		folder  string
		wantErr []string
	}{
		{name: "ok", edit: func(*mailbox.Config) {}, folder: "INBOX"},
		{name: "wrong password", edit: func(c *mailbox.Config) { c.Password = wrongPassword }, folder: "INBOX",
			wantErr: []string{"logging in to imap", "AUTHENTICATIONFAILED"}},
		{name: "unknown user", edit: func(c *mailbox.Config) { c.Username = "nobody@yweca.org.example" }, folder: "INBOX",
			wantErr: []string{"logging in to imap", "as nobody@yweca.org.example", "Authentication failed"}},
		{name: "missing folder", edit: func(*mailbox.Config) {}, folder: "Complaints",
			wantErr: []string{`examining folder "Complaints"`, "NONEXISTENT", "No such mailbox"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(s)
			tt.edit(&cfg)
			err := mailbox.Check(context.Background(), cfg, tt.folder)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Check succeeded, want an error")
			}
			for _, want := range tt.wantErr {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Check error %q does not contain %q", err, want)
				}
			}
			if strings.Contains(err.Error(), wrongPassword) {
				t.Errorf("Check error %q contains the password", err)
			}
		})
	}
}

func TestTLSModes(t *testing.T) {
	s := mailboxtest.StartTLS(t)
	uid := s.Append(t, "INBOX", rawMessage(1))

	// The pool a config's ca_file would give.
	pem, err := os.ReadFile(s.CAFile)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := x509.NewCertPool()
	if !fromFile.AppendCertsFromPEM(pem) {
		t.Fatal("CAFile holds no certificate")
	}

	tests := []struct {
		name    string
		mode    string
		port    int
		tls     *tls.Config
		wantErr []string
	}{
		{name: "implicit with ca file", mode: mailbox.TLSImplicit, port: s.Port, tls: &tls.Config{RootCAs: fromFile}},
		{name: "starttls with ca pool", mode: mailbox.TLSStartTLS, port: s.StartTLSPort, tls: &tls.Config{RootCAs: s.CertPool}},
		{name: "implicit with system roots", mode: mailbox.TLSImplicit, port: s.Port,
			wantErr: []string{"tls handshake with imap 127.0.0.1:", "certificate"}},
		{name: "starttls with system roots", mode: mailbox.TLSStartTLS, port: s.StartTLSPort,
			wantErr: []string{"starting tls with imap 127.0.0.1:", "certificate"}},
		{name: "implicit against starttls port", mode: mailbox.TLSImplicit, port: s.StartTLSPort, tls: &tls.Config{RootCAs: s.CertPool},
			wantErr: []string{"tls handshake with imap"}},
		{name: "none against starttls port", mode: mailbox.TLSNone, port: s.StartTLSPort,
			wantErr: []string{"logging in to imap", "PRIVACYREQUIRED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := mailbox.Config{
				Host: "127.0.0.1", Port: tt.port, TLS: tt.mode,
				Username: s.User, Password: s.Password, TLSConfig: tt.tls,
			}
			c, err := mailbox.Dial(context.Background(), cfg)
			if tt.wantErr != nil {
				if err == nil {
					c.Close()
					t.Fatal("Dial succeeded, want an error")
				}
				for _, want := range tt.wantErr {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("Dial error %q does not contain %q", err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("Dial: %v", err)
			}
			defer c.Close()
			var r recorder
			if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
				t.Fatalf("Poll: %v", err)
			}
			if len(r.msgs) != 1 || r.msgs[0].UID != uid || !bytes.Equal(r.msgs[0].raw, rawMessage(1)) {
				t.Errorf("Poll over %s handed %v, want uid %d", tt.mode, r.uids(), uid)
			}
			if err := c.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
}

func TestLogging(t *testing.T) {
	s := mailboxtest.Start(t)
	uids := appendN(t, s, "INBOX", 0, 2)
	var buf bytes.Buffer
	cfg := testConfig(s)
	cfg.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := dial(t, cfg)
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
		t.Fatal(err)
	}
	c.Close()
	out := buf.String()
	for _, want := range []string{"component=mailbox", "uid=" + strconv.Itoa(int(uids[1])), "uidvalidity="} {
		if !strings.Contains(out, want) {
			t.Errorf("log does not contain %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, s.Password) {
		t.Errorf("log contains the password:\n%s", out)
	}
}
