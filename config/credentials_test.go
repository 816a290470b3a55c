package config_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

// password_file and token_file may name systemd's credentials directory
// (LoadCredential=), and only it: any other "$" is refused when the config
// is loaded, and an unset CREDENTIALS_DIRECTORY is named when the secret is
// read.
func TestCredentialsDirectory(t *testing.T) {
	creds := t.TempDir()
	if err := os.WriteFile(filepath.Join(creds, "imap-password"), []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(creds, "token"), []byte("ya29.cred\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	imapLine := "imap: {host: 127.0.0.1, port: 143, tls: none, username: u, password_env: P}"
	tests := []struct {
		name      string
		imap      string
		credsDir  string // "" unsets CREDENTIALS_DIRECTORY
		want      string
		wantParse string // error of Parse
		wantRead  string // error of Password or Token
	}{
		{name: "braces", imap: "{host: 127.0.0.1, port: 143, tls: none, username: u, password_file: '${CREDENTIALS_DIRECTORY}/imap-password'}",
			credsDir: creds, want: "s3cret"},
		{name: "bare", imap: "{host: 127.0.0.1, port: 143, tls: none, username: u, password_file: $CREDENTIALS_DIRECTORY/imap-password}",
			credsDir: creds, want: "s3cret"},
		{name: "token file", imap: "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_file: '${CREDENTIALS_DIRECTORY}/token'}",
			credsDir: creds, want: "ya29.cred"},
		{name: "not under systemd", imap: "{host: 127.0.0.1, port: 143, tls: none, username: u, password_file: '${CREDENTIALS_DIRECTORY}/imap-password'}",
			wantRead: "imap.password_file: \"${CREDENTIALS_DIRECTORY}/imap-password\" names ${CREDENTIALS_DIRECTORY}, which is not set"},
		{name: "token not under systemd", imap: "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_file: '${CREDENTIALS_DIRECTORY}/token'}",
			wantRead: "imap.token_file: \"${CREDENTIALS_DIRECTORY}/token\" names ${CREDENTIALS_DIRECTORY}, which is not set"},
		{name: "other variable", imap: "{host: 127.0.0.1, port: 143, tls: none, username: u, password_file: '$HOME/pw'}",
			credsDir: creds, wantParse: `imap.password_file: only ${CREDENTIALS_DIRECTORY} is expanded in file paths, got "$HOME/pw"`},
		{name: "longer name", imap: "{host: 127.0.0.1, port: 143, tls: none, username: u, password_file: $CREDENTIALS_DIRECTORY_X/pw}",
			credsDir: creds, wantParse: "imap.password_file: only ${CREDENTIALS_DIRECTORY} is expanded"},
		{name: "token file variable", imap: "{host: imap.gmail.com, port: 993, username: u, auth: xoauth2, token_file: '${XDG_RUNTIME_DIR}/token'}",
			credsDir: creds, wantParse: "imap.token_file: only ${CREDENTIALS_DIRECTORY} is expanded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(config.CredentialsVar, tt.credsDir)
			if tt.credsDir == "" {
				os.Unsetenv(config.CredentialsVar)
			}
			c, err := config.Parse([]byte(strings.Replace(minimal, imapLine, "imap: "+tt.imap, 1)), t.TempDir())
			if tt.wantParse != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantParse) {
					t.Fatalf("Parse: %v, want %q", err, tt.wantParse)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var got string
			if tok := c.Token("imap", c.IMAP.Secret); tok != nil {
				got, err = tok(context.Background())
			} else {
				got, err = c.Password("imap", c.IMAP.Secret)
			}
			switch {
			case tt.wantRead != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantRead) {
					t.Errorf("reading the secret: %v, want %q", err, tt.wantRead)
				}
			case err != nil || got != tt.want:
				t.Errorf("secret = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
