package notify

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// TLS modes of SMTPConfig.TLS.
const (
	TLSImplicit = "implicit" // TLS from the first byte (submissions, port 465; RFC 8314)
	TLSStartTLS = "starttls" // plain connect, then mandatory STARTTLS (RFC 3207)
	TLSNone     = "none"     // no TLS at all; AUTH then travels in clear text
)

// SMTPConfig says how to reach the outgoing mail server.
type SMTPConfig struct {
	Host string
	Port int
	// TLS is "implicit", "starttls" or "none".
	TLS string
	// Username and Password are used for AUTH (PLAIN, else LOGIN); an
	// empty Username means no AUTH.
	Username, Password string
	// TLSConfig is used for implicit TLS and STARTTLS. nil means the system
	// roots with ServerName = Host.
	TLSConfig *tls.Config
	// HeloName is the name given in EHLO; "" means "localhost".
	HeloName string
	// Timeout bounds dialing and each SMTP command; 0 means one minute.
	Timeout time.Duration
}

func (c SMTPConfig) addr() string {
	return net.JoinHostPort(c.Host, strconv.Itoa(c.Port))
}

func (c SMTPConfig) timeout() time.Duration {
	if c.Timeout <= 0 {
		return time.Minute
	}
	return c.Timeout
}

func (c SMTPConfig) helo() string {
	if c.HeloName == "" {
		return "localhost"
	}
	return c.HeloName
}

func (c SMTPConfig) tlsConfig() *tls.Config {
	if c.TLSConfig == nil {
		return &tls.Config{ServerName: c.Host, MinVersion: tls.VersionTLS12}
	}
	cfg := c.TLSConfig.Clone()
	if cfg.ServerName == "" {
		cfg.ServerName = c.Host
	}
	return cfg
}

func (c SMTPConfig) validate() error {
	var errs []error
	if c.Host == "" {
		errs = append(errs, errors.New("smtp host is empty"))
	}
	if c.Port < 1 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("smtp port must be 1-65535 (got %d)", c.Port))
	}
	// Which mode a host may use is the config package's policy (smtp.tls);
	// here only a mode the client cannot speak is refused.
	switch c.TLS {
	case TLSImplicit, TLSStartTLS, TLSNone:
	default:
		errs = append(errs, fmt.Errorf("smtp tls must be %q, %q or %q (got %q)", TLSImplicit, TLSStartTLS, TLSNone, c.TLS))
	}
	return errors.Join(errs...)
}

// Mail is one outgoing message, as stored in the outbox. Everything that
// makes two sends "the same mail" (Message-ID, Date) is part of it, so a
// retry sends byte-for-byte the same headers.
type Mail struct {
	From     string
	FromName string
	To       []string
	Subject  string
	// MessageID is without angle brackets; it is assigned when the mail is
	// queued, so a retry sends the same Message-ID.
	MessageID string
	// InReplyTo and References are without angle brackets.
	InReplyTo  string
	References []string
	// AutoSubmitted is the RFC 3834 Auto-Submitted value ("auto-replied"
	// etc.); "" leaves the header out.
	AutoSubmitted string
	// Date is when the mail was queued; the zero time means now.
	Date time.Time
	// Text is the UTF-8 plain text body.
	Text string
}

// Sender sends mail over SMTP, one connection per Send.
type Sender struct {
	cfg    SMTPConfig
	logger *slog.Logger
}

// NewSender returns a Sender for cfg. A nil logger discards.
func NewSender(cfg SMTPConfig, logger *slog.Logger) *Sender {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Sender{cfg: cfg, logger: logger.With("component", "notify")}
}

// Send connects, authenticates if configured, delivers m and quits. The
// error can be classified with IsPermanent; its text includes the server's
// reply. Cancelling ctx aborts the connection.
func (s *Sender) Send(ctx context.Context, m Mail) error {
	msg, err := buildMsg(m)
	if err != nil {
		return &permanentError{err: fmt.Errorf("building mail %s: %w", m.MessageID, err)}
	}
	var stop func() bool
	dial := func(dctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := s.cfg.dial(dctx, network, addr)
		if err != nil {
			return nil, err
		}
		// go-mail only uses ctx for dialing; closing the connection is what
		// aborts a session that is already running.
		stop = context.AfterFunc(ctx, func() { conn.Close() })
		return conn, nil
	}
	client, err := s.cfg.client(dial)
	if err != nil {
		return &permanentError{err: err}
	}
	err = client.DialAndSendWithContext(ctx, msg)
	if stop != nil {
		stop()
	}
	if err != nil {
		if ctx.Err() != nil {
			err = errors.Join(ctx.Err(), err)
		}
		return fmt.Errorf("sending mail %s via %s: %w", m.MessageID, s.cfg.addr(), err)
	}
	s.logger.Debug("mail sent", "message_id", m.MessageID, "server", s.cfg.addr(), "reply", msg.ServerResponse())
	return nil
}

// client returns a go-mail client for the config, dialing with dial.
func (c SMTPConfig) client(dial gomail.DialContextFunc) (*gomail.Client, error) {
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("invalid smtp configuration: %w", err)
	}
	policy := gomail.NoTLS // implicit TLS is done by dial itself
	if c.TLS == TLSStartTLS {
		policy = gomail.TLSMandatory
	}
	opts := []gomail.Option{
		gomail.WithPort(c.Port),
		gomail.WithTimeout(c.timeout()),
		gomail.WithHELO(c.helo()),
		gomail.WithTLSConfig(c.tlsConfig()),
		gomail.WithTLSPolicy(policy),
		gomail.WithDialContextFunc(dial),
	}
	if c.Username != "" {
		opts = append(opts, gomail.WithSMTPAuthCustom(&autoAuth{host: c.Host, user: c.Username, pass: c.Password}))
	}
	client, err := gomail.NewClient(c.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("configuring smtp client for %s: %w", c.addr(), err)
	}
	return client, nil
}

// dial opens the TCP connection, with TLS from the start in implicit mode.
func (c SMTPConfig) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{}
	if c.TLS == TLSImplicit {
		td := &tls.Dialer{NetDialer: d, Config: c.tlsConfig()}
		return td.DialContext(ctx, network, addr)
	}
	return d.DialContext(ctx, network, addr)
}

// autoAuth chooses PLAIN if the server offers it, else LOGIN. Whether the
// connection must be encrypted is decided by SMTPConfig.TLS (implicit and
// starttls never reach AUTH without TLS), so the mechanisms are told to
// allow an unencrypted connection: with TLS "none" the operator chose that.
type autoAuth struct {
	host, user, pass string
	mech             smtp.Auth
}

func (a *autoAuth) Start(server *smtp.ServerInfo) (string, []byte, error) {
	switch {
	case slices.ContainsFunc(server.Auth, func(s string) bool { return strings.EqualFold(s, "PLAIN") }):
		a.mech = smtp.PlainAuth("", a.user, a.pass, a.host, true)
	case slices.ContainsFunc(server.Auth, func(s string) bool { return strings.EqualFold(s, "LOGIN") }):
		a.mech = smtp.LoginAuth(a.user, a.pass, a.host, true)
	default:
		return "", nil, fmt.Errorf("server offers no AUTH mechanism we support (PLAIN, LOGIN); it offers %q", strings.Join(server.Auth, " "))
	}
	return a.mech.Start(server)
}

func (a *autoAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	return a.mech.Next(fromServer, more)
}

// buildMsg turns m into a go-mail message. Errors mean the mail itself is
// unusable and are permanent.
func buildMsg(m Mail) (*gomail.Msg, error) {
	id := trimID(m.MessageID)
	if id == "" {
		return nil, errors.New("mail has no message-id (it must be assigned when the mail is queued)")
	}
	if len(m.To) == 0 {
		return nil, errors.New("mail has no recipient")
	}
	from, err := mail.ParseAddress(m.From)
	if err != nil {
		return nil, fmt.Errorf("parsing from address %q: %w", m.From, err)
	}
	if m.FromName != "" {
		from.Name = m.FromName
	}

	enc := gomail.EncodingQP
	if mostlyNonASCII(m.Text) {
		enc = gomail.EncodingB64
	}
	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(enc), gomail.WithNoDefaultUserAgent())
	msg.FromMailAddress(from)
	if err := msg.To(m.To...); err != nil {
		return nil, fmt.Errorf("parsing recipient addresses: %w", err)
	}
	msg.Subject(m.Subject)
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	msg.SetDateWithValue(date)
	msg.SetMessageIDWithValue(id)
	if irt := trimID(m.InReplyTo); irt != "" {
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+irt+">")
	}
	var refs []string
	for _, r := range m.References {
		if r = trimID(r); r != "" {
			refs = append(refs, "<"+r+">")
		}
	}
	if len(refs) > 0 {
		// One value: go-mail joins several values with ", ", but RFC 5322
		// §3.6.4 separates msg-ids in References by white space only.
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	if m.AutoSubmitted != "" {
		// RFC 3834 §5: Auto-Submitted marks mail sent by a program, so that
		// other responders do not answer it.
		msg.SetGenHeader(gomail.Header("Auto-Submitted"), m.AutoSubmitted)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	return msg, nil
}

func trimID(id string) string {
	return strings.Trim(strings.TrimSpace(id), "<>")
}

// mostlyNonASCII reports whether base64 is the smaller body encoding:
// quoted-printable triples every non-ASCII byte.
func mostlyNonASCII(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	return n*5 > len(s)
}

// permanentError marks an error that retrying cannot fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// IsPermanent reports whether err means the mail can never be delivered as
// it is: a 5xx reply in the mail transaction (MAIL FROM, RCPT TO, DATA),
// including rejected recipients, or a mail that cannot be built. 4xx
// replies, network errors, timeouts and failures before the transaction
// (greeting, EHLO, STARTTLS, AUTH: a configuration or server problem, not
// this mail's) are temporary, and so is 530 "authentication required".
func IsPermanent(err error) bool {
	if err == nil {
		return false
	}
	if pe := (*permanentError)(nil); errors.As(err, &pe) {
		return true
	}
	// go-mail sets IsTemp only for replies starting with 4, and ErrorCode
	// only for replies starting with 4 or 5; a network error has neither.
	var se *gomail.SendError
	if errors.As(err, &se) {
		code := se.ErrorCode()
		if code == 530 {
			// RFC 4954 §6: 530 "authentication required" (sent to MAIL
			// FROM when Username is missing) is our configuration's fault;
			// failing every queued mail for it would lose them.
			return false
		}
		return code >= 500 && code <= 599 && !se.IsTemp()
	}
	return false
}

// ReplyCode returns the SMTP reply code carried by err, or 0.
func ReplyCode(err error) int {
	var se *gomail.SendError
	if errors.As(err, &se) {
		return se.ErrorCode()
	}
	return 0
}

// Check connects to the server as Send would (TLS mode, EHLO, STARTTLS,
// AUTH when Username is set), then quits. It returns the server's greeting
// without the reply code. Errors quote the server's reply.
func Check(ctx context.Context, cfg SMTPConfig) (greeting string, err error) {
	var (
		gc   *greetingConn
		stop func() bool
	)
	dial := func(dctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := cfg.dial(dctx, network, addr)
		if err != nil {
			return nil, err
		}
		gc = &greetingConn{Conn: conn, capturing: true}
		stop = context.AfterFunc(ctx, func() { conn.Close() })
		return gc, nil
	}
	client, err := cfg.client(dial)
	if err != nil {
		return "", err
	}
	defer func() {
		if stop != nil {
			stop()
		}
	}()
	sc, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			err = errors.Join(ctx.Err(), err)
		}
		return "", fmt.Errorf("checking smtp server %s (tls %s): %w", cfg.addr(), cfg.TLS, err)
	}
	greeting = gc.greeting()
	if err := client.CloseWithSMTPClient(sc); err != nil {
		return greeting, fmt.Errorf("checking smtp server %s: quit: %w", cfg.addr(), err)
	}
	return greeting, nil
}

// greetingConn records what the server sends until the client writes its
// first command: that is the greeting.
type greetingConn struct {
	net.Conn
	capturing bool
	buf       bytes.Buffer
}

func (c *greetingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if c.capturing && c.buf.Len() < 4096 {
		c.buf.Write(p[:n])
	}
	return n, err
}

func (c *greetingConn) Write(p []byte) (int, error) {
	c.capturing = false
	return c.Conn.Write(p)
}

// greeting returns the text of the 220 reply lines, joined by spaces.
func (c *greetingConn) greeting() string {
	var parts []string
	sc := bufio.NewScanner(bytes.NewReader(c.buf.Bytes()))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if len(line) < 3 || line[:3] != "220" {
			break
		}
		// "220-text" continues, "220 text" (or a bare "220") ends it.
		rest := line[3:]
		last := rest == "" || rest[0] != '-'
		if rest != "" {
			rest = rest[1:]
		}
		parts = append(parts, strings.TrimSpace(rest))
		if last {
			break
		}
	}
	return strings.Join(parts, " ")
}

// NewMessageID returns a new random Message-ID, "<random>@domain" without
// the angle brackets. An empty domain is "localhost".
func NewMessageID(domain string) string {
	if domain == "" {
		domain = "localhost"
	}
	return strings.ToLower(rand.Text()) + "@" + domain
}
