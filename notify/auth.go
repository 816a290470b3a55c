package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/wneessen/go-mail/smtp"
)

// AUTH mechanisms of SMTPConfig.Auth.
const (
	// AuthLogin ("" means the same) authenticates with the password:
	// PLAIN when the server offers it, else LOGIN.
	AuthLogin = "login"
	// AuthPlain authenticates with the password over PLAIN only
	// (RFC 4616), and fails when the server does not offer it.
	AuthPlain = "plain"
	// AuthXOAuth2 authenticates with an OAuth2 access token over SASL
	// XOAUTH2, as Gmail and Outlook want.
	AuthXOAuth2 = "xoauth2"
	// AuthOAuthBearer authenticates with an OAuth2 access token over SASL
	// OAUTHBEARER (RFC 7628).
	AuthOAuthBearer = "oauthbearer"
)

// usesToken reports whether the mechanism authenticates with an access
// token from SMTPConfig.Token rather than the password.
func usesToken(auth string) bool {
	return auth == AuthXOAuth2 || auth == AuthOAuthBearer
}

// validateAuth returns the problems of the AUTH settings.
func (c SMTPConfig) validateAuth() []error {
	var errs []error
	switch c.Auth {
	case "", AuthLogin:
	case AuthPlain:
		if c.Username == "" {
			errs = append(errs, fmt.Errorf("smtp auth %q needs a username", c.Auth))
		}
	case AuthXOAuth2, AuthOAuthBearer:
		if c.Username == "" {
			errs = append(errs, fmt.Errorf("smtp auth %q needs a username (the mailbox the token is for)", c.Auth))
		}
		if c.Token == nil {
			errs = append(errs, fmt.Errorf("smtp auth %q needs an access token source (smtp.token_command or smtp.token_file)", c.Auth))
		}
	default:
		errs = append(errs, fmt.Errorf("smtp auth must be %q, %q, %q, %q or %q (got %q)",
			"", AuthLogin, AuthPlain, AuthXOAuth2, AuthOAuthBearer, c.Auth))
	}
	return errs
}

// accessToken gets a fresh OAuth2 access token from c.Token: once per
// connection, so that a token that expired while the desk ran is not used
// again. It is bounded by Timeout, like each SMTP command. Its errors
// never quote the token.
func (c SMTPConfig) accessToken(ctx context.Context) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	tok, err := c.Token(ctx)
	if err != nil {
		return "", fmt.Errorf("smtp auth %s: getting an access token (check smtp.token_command or smtp.token_file): %w", c.Auth, err)
	}
	// A token file ends in a newline; a token has no white space.
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return "", fmt.Errorf("smtp auth %s: the access token is empty (check smtp.token_command or smtp.token_file)", c.Auth)
	}
	if strings.ContainsFunc(tok, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		// \x01 separates the SASL fields of XOAUTH2 and OAUTHBEARER.
		return "", fmt.Errorf("smtp auth %s: the access token contains white space or a control character (check smtp.token_command or smtp.token_file)", c.Auth)
	}
	return tok, nil
}

// saslAuth is the go-mail smtp.Auth of one connection: it picks the
// mechanism SMTPConfig.Auth asks for from those the server offers.
// Whether the connection must be encrypted is decided by SMTPConfig.TLS
// (implicit and starttls never reach AUTH without TLS), so the password
// mechanisms are told to allow an unencrypted connection: with TLS "none"
// the operator chose that.
type saslAuth struct {
	auth       string // SMTPConfig.Auth
	host       string
	port       int
	user, pass string
	token      string
	// mech is the password mechanism chosen by Start.
	mech smtp.Auth
	// oauth is set for XOAUTH2 and OAUTHBEARER.
	oauth bool
	// status is the "status" of the error the server sent as an XOAUTH2
	// or OAUTHBEARER challenge ("invalid_token", "400" ...).
	status string
}

func offers(server *smtp.ServerInfo, mech string) bool {
	return slices.ContainsFunc(server.Auth, func(s string) bool { return strings.EqualFold(s, mech) })
}

func (a *saslAuth) notOffered(mech string, server *smtp.ServerInfo) error {
	return fmt.Errorf("smtp auth is %q but the server does not offer AUTH %s; it offers %q", a.auth, mech, strings.Join(server.Auth, " "))
}

func (a *saslAuth) Start(server *smtp.ServerInfo) (string, []byte, error) {
	switch a.auth {
	case "", AuthLogin:
		switch {
		case offers(server, "PLAIN"):
			a.mech = smtp.PlainAuth("", a.user, a.pass, a.host, true)
		case offers(server, "LOGIN"):
			a.mech = smtp.LoginAuth(a.user, a.pass, a.host, true)
		default:
			return "", nil, fmt.Errorf("server offers no password AUTH mechanism we support (PLAIN, LOGIN); it offers %q", strings.Join(server.Auth, " "))
		}
		return a.mech.Start(server)
	case AuthPlain:
		if !offers(server, "PLAIN") {
			return "", nil, a.notOffered("PLAIN", server)
		}
		a.mech = smtp.PlainAuth("", a.user, a.pass, a.host, true)
		return a.mech.Start(server)
	case AuthXOAuth2:
		if !offers(server, "XOAUTH2") {
			return "", nil, a.notOffered("XOAUTH2", server)
		}
		a.oauth = true
		// https://developers.google.com/gmail/imap/xoauth2-protocol
		return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
	case AuthOAuthBearer:
		if !offers(server, sasl.OAuthBearer) {
			return "", nil, a.notOffered(sasl.OAuthBearer, server)
		}
		a.oauth = true
		c := sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: a.user, Token: a.token, Host: a.host, Port: a.port})
		return c.Start()
	}
	return "", nil, fmt.Errorf("smtp auth %q is not supported", a.auth)
}

func (a *saslAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !a.oauth {
		return a.mech.Next(fromServer, more)
	}
	if !more {
		return nil, nil
	}
	// The token was refused: the server sends a JSON error as a challenge
	// and waits for a dummy response before its final reply (RFC 7628
	// §3.2.2–3.2.3: 0x01 for OAUTHBEARER; Google's XOAUTH2 takes an empty
	// line). The status is kept for the error.
	var e struct {
		Status string `json:"status"`
	}
	if json.Unmarshal(fromServer, &e) == nil {
		a.status = e.Status
	}
	if a.auth == AuthOAuthBearer {
		return []byte{0x01}, nil
	}
	return []byte{}, nil
}

// explain adds what the server said about a refused token to err.
func (a *saslAuth) explain(err error) error {
	if a == nil || a.status == "" {
		return err
	}
	return fmt.Errorf("%w (the server's %s status is %q: the access token is expired, revoked or lacks the mail scope)", err, a.auth, a.status)
}

// redactedError is an error whose text has the secrets blanked out; it
// unwraps to the original, so classification still works.
type redactedError struct {
	err  error
	text string
}

func (e *redactedError) Error() string { return e.text }
func (e *redactedError) Unwrap() error { return e.err }

// redact blanks the secrets (password, access token) out of err's text,
// in case a server or a token source echoed one. Secrets shorter than 4
// bytes are left alone: blanking them would garble the rest of the text.
func redact(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	text := err.Error()
	for _, s := range secrets {
		if len(s) >= 4 {
			text = strings.ReplaceAll(text, s, "[redacted]")
		}
	}
	if text == err.Error() {
		return err
	}
	return &redactedError{err: err, text: text}
}

// redact blanks the password and the access token out of err's text.
func (a *saslAuth) redact(err error) error {
	if a == nil {
		return err
	}
	return redact(err, a.pass, a.token)
}
