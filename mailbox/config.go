package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"time"
)

// TLS modes for Config.TLS.
const (
	TLSImplicit = "implicit" // TLS from the first byte (port 993)
	TLSStartTLS = "starttls" // plain connection upgraded with STARTTLS (port 143)
	TLSNone     = "none"     // plain IMAP; config allows it only to loopback hosts
)

// DefaultTimeout is Config.Timeout when it is zero.
const DefaultTimeout = 2 * time.Minute

// DefaultBatch is the number of UIDs fetched per UID FETCH when
// PollOptions.Batch is zero or less.
const DefaultBatch = 50

// DefaultLargeSize is PollOptions.LargeSize when it is zero or less: from
// this RFC822.SIZE on, a message is fetched in a UID FETCH of its own.
const DefaultLargeSize = 1 << 20

// Authentication mechanisms for Config.Auth.
const (
	AuthLogin       = "login"
	AuthPlain       = "plain"
	AuthXOAuth2     = "xoauth2"
	AuthOAuthBearer = "oauthbearer"
)

// ClientID is the client's side of the IMAP ID command.
type ClientID struct {
	Name, Version, Vendor string
	// SupportAddress is where the server's operator can reach the
	// client's operator: the station's address.
	SupportAddress string
}

// Config says how to reach and log in to the IMAP server.
type Config struct {
	Host string
	Port int
	// TLS is "implicit", "starttls" or "none". Empty means "implicit".
	// "none" sends the password in clear text: the config package allows
	// it only to loopback hosts (imap.tls); Dial does not check again.
	TLS      string
	Username string
	Password string
	// Auth is how to log in: "login" (the default, also for ""): the IMAP
	// LOGIN command with Password; "plain": SASL PLAIN with Password;
	// "xoauth2" or "oauthbearer" (RFC 7628): SASL with an OAuth2 access
	// token from Token, as Gmail and Microsoft 365 want.
	Auth string
	// Token returns a fresh OAuth2 access token; it is called on every
	// Dial with Auth "xoauth2" or "oauthbearer". Neither it nor Password
	// is ever logged or quoted in an error.
	Token func(ctx context.Context) (string, error)
	// ClientID is what the client says about itself with the IMAP ID
	// command (RFC 2971), sent after login whenever the server offers ID:
	// NetEase (163, 126, yeah.net) refuses SELECT from a client that did
	// not. Name "" is "redress".
	ClientID ClientID
	// TLSConfig is used for "implicit" and "starttls". Nil means the system
	// roots; an empty ServerName is set to Host.
	TLSConfig *tls.Config
	// Timeout bounds the dial as a whole (TCP, TLS, greeting and LOGIN),
	// and is the inactivity limit of every command after it: a command
	// fails, and the connection is closed, when no byte arrives from the
	// server for Timeout. A transfer that keeps making progress is never
	// cut off, however long it takes. Zero means DefaultTimeout.
	Timeout time.Duration
	// NoIdle makes Idle wait with NOOP every KeepAlive even where the
	// server offers IDLE (imap.idle: false).
	NoIdle bool
	// KeepAlive is how often Idle sends NOOP on a server without IDLE;
	// zero means DefaultKeepAlive.
	KeepAlive time.Duration
	// Logger receives debug and info records with component=mailbox. Nil
	// discards them. The password is never logged.
	Logger *slog.Logger
}

func (cfg Config) addr() string {
	return net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
}

func (cfg Config) timeout() time.Duration {
	if cfg.Timeout <= 0 {
		return DefaultTimeout
	}
	return cfg.Timeout
}

// DefaultKeepAlive is Config.KeepAlive when it is zero: well inside the
// 30-minute autologout of RFC 9051 and the shorter ones of hosted
// mailboxes.
const DefaultKeepAlive = 4 * time.Minute

func (cfg Config) keepAlive() time.Duration {
	if cfg.KeepAlive <= 0 {
		return DefaultKeepAlive
	}
	return cfg.KeepAlive
}

func (cfg Config) tlsMode() string {
	if cfg.TLS == "" {
		return TLSImplicit
	}
	return cfg.TLS
}

func (cfg Config) auth() string {
	if cfg.Auth == "" {
		return AuthLogin
	}
	return cfg.Auth
}

func (cfg Config) logger() *slog.Logger {
	l := cfg.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	return l.With("component", "mailbox")
}

func (cfg Config) tlsConfig() *tls.Config {
	var tc *tls.Config
	if cfg.TLSConfig != nil {
		tc = cfg.TLSConfig.Clone()
	} else {
		tc = &tls.Config{}
	}
	if tc.ServerName == "" {
		tc.ServerName = cfg.Host
	}
	if tc.MinVersion == 0 {
		tc.MinVersion = tls.VersionTLS12
	}
	return tc
}

// Validate reports every problem with cfg, one sentence per problem.
func (cfg Config) Validate() error {
	var errs []error
	if cfg.Host == "" {
		errs = append(errs, errors.New("imap host is empty"))
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		errs = append(errs, fmt.Errorf("imap port must be 1-65535 (got %d)", cfg.Port))
	}
	// Which mode a host may use is the config package's policy (imap.tls);
	// here only a mode Dial cannot speak is refused.
	switch mode := cfg.tlsMode(); mode {
	case TLSImplicit, TLSStartTLS, TLSNone:
	default:
		errs = append(errs, fmt.Errorf("imap tls mode must be %q, %q or %q (got %q)", TLSImplicit, TLSStartTLS, TLSNone, mode))
	}
	if cfg.Username == "" {
		errs = append(errs, errors.New("imap username is empty"))
	}
	switch auth := cfg.auth(); auth {
	case AuthLogin, AuthPlain:
	case AuthXOAuth2, AuthOAuthBearer:
		if cfg.Token == nil {
			errs = append(errs, fmt.Errorf("imap auth %q needs an access token source (token_command or token_file)", auth))
		}
	default:
		errs = append(errs, fmt.Errorf("imap auth must be %q, %q, %q or %q (got %q)", AuthLogin, AuthPlain, AuthXOAuth2, AuthOAuthBearer, auth))
	}
	if cfg.Timeout < 0 {
		errs = append(errs, fmt.Errorf("imap timeout must not be negative (got %s)", cfg.Timeout))
	}
	return errors.Join(errs...)
}
