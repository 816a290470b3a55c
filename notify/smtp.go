package notify

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/mail"
	"regexp"
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
	// Username and Password are used for AUTH; an empty Username means
	// no AUTH (and Auth must then be "" or "login").
	Username, Password string
	// Auth is the AUTH mechanism: "" or "login" (the password, over PLAIN
	// when offered, else LOGIN), "plain" (the password, PLAIN only),
	// "xoauth2" or "oauthbearer" (an OAuth2 access token from Token, for
	// hosted mailboxes such as Gmail and Outlook). A mechanism the server
	// does not offer fails the session set-up and names what it offers.
	Auth string
	// Token returns a fresh OAuth2 access token for "xoauth2" and
	// "oauthbearer". It is called once per connection (each Open, Send
	// and Check), before dialling; its error fails the set-up like an
	// unreachable server (IsConnection, never permanent), so mail stays
	// queued. Neither the token nor the password appears in any error or
	// log line of this package.
	Token func(ctx context.Context) (string, error)
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
	errs = append(errs, c.validateAuth()...)
	return errors.Join(errs...)
}

// Mail is one outgoing message, as stored in the outbox. Everything that
// makes two sends "the same mail" (Message-ID, Date) is part of it, so a
// retry sends byte-for-byte the same headers. The fields may hold the
// consumer's text as it came: Send cleans or refuses it by the rules in
// the package doc ("Header fields").
type Mail struct {
	// From is the station's address, FromName its display name (which
	// replaces a name in From).
	From     string
	FromName string
	// ReplyTo, when set, is where replies go (RFC 5322 §3.6.2): staff
	// notices are answered to the station. It must be one usable address.
	ReplyTo string
	// To holds one address per entry ("a@example.com" or
	// "Name <a@example.com>"); an entry that is not exactly one usable
	// address refuses the mail (a permanent error).
	To      []string
	Subject string
	// MessageID is without angle brackets; it is assigned when the mail is
	// queued, so a retry sends the same Message-ID.
	MessageID string
	// InReplyTo and References are without angle brackets; an id that is
	// not a valid msg-id is left out of the mail and logged.
	InReplyTo  string
	References []string
	// AutoSubmitted is the RFC 3834 Auto-Submitted value ("auto-replied"
	// etc.); "" leaves the header out.
	AutoSubmitted string
	// Date is when the mail was queued; the zero time means now.
	Date time.Time
	// Text is the UTF-8 plain text body.
	Text string
	// HTML, when set, is an alternative to Text (multipart/alternative,
	// RFC 2046 §5.1.4); with inline attachments both go in a
	// multipart/related (RFC 2387) beside them.
	HTML string
	// Attachments are sent with it (a staff reply's files, relayed).
	Attachments []Attachment
}

// Attachment is a file sent with a mail. Open gives its content afresh
// for every send; the file is read while the mail is written, not held in
// memory.
type Attachment struct {
	Filename, ContentType string
	Open                  func() (io.ReadSeekCloser, error)
	// ContentID, when set, makes it an inline part of the HTML, which
	// references it as cid:ContentID (RFC 2392); it must be a valid
	// msg-id without angle brackets.
	ContentID string
}

// Sender sends mail over SMTP. Open starts a session that sends many
// mails over one connection; Send is a one-shot session for a single mail.
// *Sender implements Transport.
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

// Transport opens SMTP sessions; *Sender implements it.
type Transport interface {
	// Open connects and sets the session up (TLS, EHLO, STARTTLS, AUTH).
	// Its errors satisfy IsConnection.
	Open(ctx context.Context) (Session, error)
}

// Session is one open connection to the mail server that sends mails one
// after another. It is not safe for concurrent use.
type Session interface {
	// Send delivers m. A reply about this mail is classified by
	// IsPermanent and ReplyCode and leaves the session usable; an error
	// for which IsConnection is true means the connection is gone and
	// the session must be closed. Cancelling ctx aborts the connection.
	Send(ctx context.Context, m Mail) error
	// Close quits the session (QUIT) and closes the connection.
	Close() error
}

// Send delivers m over a session of its own: connect, authenticate if
// configured, send and quit. The error can be classified with IsPermanent
// and IsConnection; its text includes the server's reply. Cancelling ctx
// aborts the connection. A Deliverer uses Open instead, to send many mails
// over one connection.
func (s *Sender) Send(ctx context.Context, m Mail) error {
	b, err := buildMsg(m)
	if err != nil {
		// A mail that cannot be built needs no connection to find out.
		return &permanentError{err: fmt.Errorf("building mail %s: %w", mailName(m), err)}
	}
	b.close()
	sess, err := s.Open(ctx)
	if err != nil {
		return err
	}
	err = sess.Send(ctx, m)
	if cerr := sess.Close(); cerr != nil {
		s.logger.Debug("closing smtp session", "server", s.cfg.addr(), "err", cerr)
	}
	return err
}

// Open connects to the server and sets the session up: implicit TLS or
// STARTTLS as configured, EHLO, and AUTH when Username is set. Every error
// satisfies IsConnection (and not IsPermanent): it is the server's or the
// configuration's fault, not a mail's. ctx bounds the set-up only.
func (s *Sender) Open(ctx context.Context) (Session, error) {
	var (
		conn net.Conn
		stop func() bool
	)
	dial := func(dctx context.Context, network, addr string) (net.Conn, error) {
		c, err := s.cfg.dial(dctx, network, addr)
		if err != nil {
			return nil, err
		}
		conn = c
		// go-mail only uses ctx for dialing; closing the connection is what
		// aborts a set-up that is already running.
		stop = context.AfterFunc(ctx, func() { c.Close() })
		return c, nil
	}
	client, auth, err := s.cfg.client(ctx, dial)
	if err != nil {
		return nil, &connError{err: fmt.Errorf("opening smtp session with %s: %w", s.cfg.addr(), err)}
	}
	sc, err := client.DialToSMTPClientWithContext(ctx)
	if stop != nil {
		stop()
	}
	if err != nil {
		if conn != nil {
			conn.Close()
		}
		if ctx.Err() != nil {
			err = errors.Join(ctx.Err(), err)
		}
		err = fmt.Errorf("opening smtp session with %s (tls %s): %w", s.cfg.addr(), s.cfg.TLS, auth.explain(err))
		return nil, &connError{err: auth.redact(err)}
	}
	if ctx.Err() != nil {
		// Cancelled just as the set-up finished: the connection may be
		// closed under us.
		conn.Close()
		return nil, &connError{err: fmt.Errorf("opening smtp session with %s: %w", s.cfg.addr(), ctx.Err())}
	}
	return &smtpSession{s: s, client: client, sc: sc, conn: conn}, nil
}

// smtpSession is one SMTP connection set up by Sender.Open.
type smtpSession struct {
	s      *Sender
	client *gomail.Client
	sc     *smtp.Client
	conn   net.Conn
	// used is set once a mail transaction was started: the next one is
	// preceded by RSET.
	used   bool
	broken bool
	closed bool
}

func (ss *smtpSession) Send(ctx context.Context, m Mail) error {
	b, err := buildMsg(m)
	if err != nil {
		// Refused before touching the connection: the session stays usable.
		return &permanentError{err: fmt.Errorf("building mail %s: %w", mailName(m), err)}
	}
	defer b.close()
	if len(b.dropped) > 0 {
		// The ids came from the consumer's mail; the mail goes out without
		// them (it threads less well) rather than not at all.
		ss.s.logger.Warn("threading ids left out of an outgoing mail: not valid msg-ids (RFC 5322 §3.6.4)",
			"message_id", b.id, "dropped", strings.Join(b.dropped, " "))
	}
	msg, id := b.msg, b.id
	addr := ss.s.cfg.addr()
	if ss.broken || ss.closed {
		return &connError{err: fmt.Errorf("sending mail %s via %s: the smtp session is closed", id, addr)}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("sending mail %s via %s: %w", id, addr, err)
	}
	stop := context.AfterFunc(ctx, func() { ss.conn.Close() })
	defer stop()

	if ss.used {
		// RFC 5321 §4.1.1.5: RSET ends whatever the previous mail left
		// behind (go-mail resets after a refused MAIL FROM or RCPT TO, not
		// after a refused DATA). It also tells whether the connection is
		// still alive before this mail is started: a failure here has
		// not touched this mail.
		err := ss.sc.UpdateDeadline(ss.s.cfg.timeout())
		if err == nil {
			err = ss.sc.Reset()
		}
		if err != nil {
			ss.broken = true
			if ctx.Err() != nil {
				err = errors.Join(ctx.Err(), err)
			}
			return &connError{err: fmt.Errorf("resetting the smtp session with %s before mail %s: %w", addr, id, err)}
		}
	}
	ss.used = true
	err = ss.client.SendWithSMTPClient(ss.sc, msg)
	if err == nil {
		ss.s.logger.Debug("mail sent", "message_id", id, "server", addr, "reply", msg.ServerResponse())
		return nil
	}
	if ctx.Err() != nil {
		ss.broken = true
		return fmt.Errorf("sending mail %s via %s: %w", id, addr, errors.Join(ctx.Err(), err))
	}
	err = fmt.Errorf("sending mail %s via %s: %w", id, addr, err)
	if lostConnection(err) {
		ss.broken = true
		return &connError{err: err}
	}
	return err
}

func (ss *smtpSession) Close() error {
	if ss.closed {
		return nil
	}
	ss.closed = true
	defer ss.conn.Close()
	if ss.broken {
		return nil
	}
	// The deadline of the last command may have passed while the caller
	// did other work; QUIT gets a fresh one.
	if err := ss.sc.UpdateDeadline(ss.s.cfg.timeout()); err != nil {
		return fmt.Errorf("quitting smtp session with %s: %w", ss.s.cfg.addr(), err)
	}
	if err := ss.client.CloseWithSMTPClient(ss.sc); err != nil {
		return fmt.Errorf("quitting smtp session with %s: %w", ss.s.cfg.addr(), err)
	}
	return nil
}

// lostConnection reports whether err from go-mail's send means the
// connection is gone rather than the server refusing the mail: the error
// carries no SMTP reply (a network error, EOF, a timeout) and is not about
// building the mail.
func lostConnection(err error) bool {
	var se *gomail.SendError
	if !errors.As(err, &se) {
		return false
	}
	switch se.Reason {
	case gomail.ErrGetSender, gomail.ErrGetRcpts, gomail.ErrNoUnencoded:
		return false
	}
	return se.ErrorCode() == 0
}

// client returns a go-mail client for the config, dialing with dial, and
// its AUTH (nil without Username). For the token mechanisms it gets the
// access token first.
func (c SMTPConfig) client(ctx context.Context, dial gomail.DialContextFunc) (*gomail.Client, *saslAuth, error) {
	if err := c.validate(); err != nil {
		return nil, nil, fmt.Errorf("invalid smtp configuration: %w", err)
	}
	var auth *saslAuth
	if c.Username != "" {
		auth = &saslAuth{auth: c.Auth, host: c.Host, port: c.Port, user: c.Username, pass: c.Password}
		if usesToken(c.Auth) {
			tok, err := c.accessToken(ctx)
			if err != nil {
				return nil, nil, err
			}
			auth.token = tok
		}
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
		// A session checks its connection with the RSET it sends before
		// each mail after the first, not with a NOOP before every mail.
		gomail.WithoutNoop(),
		gomail.WithoutRset(),
	}
	if auth != nil {
		opts = append(opts, gomail.WithSMTPAuthCustom(auth))
	}
	client, err := gomail.NewClient(c.Host, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("configuring smtp client for %s: %w", c.addr(), err)
	}
	return client, auth, nil
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

// builtMsg is a mail ready for go-mail, with what buildMsg left out.
type builtMsg struct {
	msg *gomail.Msg
	// files are the opened attachments, closed by close.
	files []io.Closer
	// id is the mail's Message-ID without angle brackets.
	id string
	// dropped names the threading ids that were left out because they
	// are not valid msg-ids: "In-Reply-To", "References[2]" (0-based).
	dropped []string
}

// buildMsg turns m into a go-mail message, writing every header field
// through the rules of header.go, so that no text in m can add a header
// field, break a line or make one longer than 998 octets:
//
//   - Subject and the display names (FromName, names in From and To) are
//     cleaned by headerText; the Subject is written plain or as RFC 2047
//     encoded-words (unstructured), a display name is cut at 200 bytes and
//     quoted or encoded by net/mail.
//   - From and each To must be exactly one address (parseMailbox); the
//     envelope (MAIL FROM, RCPT TO) is the parsed address.
//   - Message-ID must be a valid msg-id (msgID): it is ours. In-Reply-To and
//     References copy ids from the consumer's mail: an invalid one is left
//     out and named in dropped, and the mail is still sent.
//   - Auto-Submitted must be a keyword.
//
// Errors mean the mail itself is unusable and are permanent.
func buildMsg(m Mail) (builtMsg, error) {
	if strings.Trim(m.MessageID, " \t<>") == "" {
		return builtMsg{}, errors.New("mail has no message-id (it must be assigned when the mail is queued)")
	}
	id, err := msgID(m.MessageID)
	if err != nil {
		return builtMsg{}, fmt.Errorf("the mail's message-id is not a valid msg-id (RFC 5322 §3.6.4): %w", err)
	}
	if len(m.To) == 0 {
		return builtMsg{}, errors.New("mail has no recipient")
	}
	from, err := parseMailbox(m.From)
	if err != nil {
		return builtMsg{}, fmt.Errorf("unusable from address: %w", err)
	}
	if m.FromName != "" {
		from.Name = displayName(m.FromName)
	}
	to := make([]*mail.Address, len(m.To))
	for i, s := range m.To {
		if to[i], err = parseMailbox(s); err != nil {
			return builtMsg{}, fmt.Errorf("unusable recipient %d of %d: %w", i+1, len(m.To), err)
		}
	}
	if m.AutoSubmitted != "" {
		if err := autoSubmitted(m.AutoSubmitted); err != nil {
			return builtMsg{}, err
		}
	}

	enc := gomail.EncodingQP
	if mostlyNonASCII(m.Text) {
		enc = gomail.EncodingB64
	}
	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(enc), gomail.WithNoDefaultUserAgent())
	msg.FromMailAddress(from)
	msg.ToMailAddress(to...)
	if m.ReplyTo != "" {
		rt, err := parseMailbox(m.ReplyTo)
		if err != nil {
			return builtMsg{}, fmt.Errorf("unusable reply-to address: %w", err)
		}
		msg.ReplyToMailAddress(rt)
	}
	// unstructured returns printable ASCII, which go-mail's own encoder
	// leaves as it is.
	msg.Subject(unstructured(headerText(m.Subject)))
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	msg.SetDateWithValue(date)
	msg.SetMessageIDWithValue(id)
	b := builtMsg{msg: msg, id: id}
	if m.InReplyTo != "" {
		if irt, err := msgID(m.InReplyTo); err == nil {
			msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+irt+">")
		} else {
			b.dropped = append(b.dropped, "In-Reply-To")
		}
	}
	var refs []string
	for i, r := range m.References {
		if r, err := msgID(r); err == nil {
			refs = append(refs, "<"+r+">")
		} else {
			b.dropped = append(b.dropped, fmt.Sprintf("References[%d]", i))
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
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	var files []io.Closer
	for i, a := range m.Attachments {
		if a.Open == nil {
			closeAll(files)
			return builtMsg{}, fmt.Errorf("attachment %d has no content", i+1)
		}
		f, err := a.Open()
		if err != nil {
			closeAll(files)
			return builtMsg{}, fmt.Errorf("opening attachment %d: %w", i+1, err)
		}
		files = append(files, f)
		name := headerText(a.Filename)
		if name == "" {
			name = fmt.Sprintf("attachment-%d", i+1)
		}
		ct := strings.ToLower(strings.TrimSpace(a.ContentType))
		if !contentTypeRe.MatchString(ct) {
			ct = "application/octet-stream"
		}
		if a.ContentID == "" {
			msg.AttachReadSeeker(name, f, gomail.WithFileContentType(gomail.ContentType(ct)))
			continue
		}
		cid, err := msgID(a.ContentID)
		if err != nil {
			closeAll(files)
			return builtMsg{}, fmt.Errorf("attachment %d: its content-id is not a valid msg-id (RFC 2392): %w", i+1, err)
		}
		msg.EmbedReadSeeker(name, f, gomail.WithFileContentType(gomail.ContentType(ct)), gomail.WithFileContentID("<"+cid+">"))
	}
	b.files = files
	return b, nil
}

// mailName names m in errors and logs: its Message-ID when that is valid,
// else the quoted value, so that no error text carries a line break.
func mailName(m Mail) string {
	if id, err := msgID(m.MessageID); err == nil {
		return id
	}
	return strconv.Quote(m.MessageID)
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

// connError marks a failure to reach or keep the server: dialing, the
// greeting, TLS, EHLO, AUTH, or a connection lost during a session.
type connError struct{ err error }

func (e *connError) Error() string { return e.err.Error() }
func (e *connError) Unwrap() error { return e.err }

// IsConnection reports whether err means the mail server could not be
// reached or the connection to it was lost (dial, greeting, TLS, EHLO,
// AUTH, or a network error, EOF or timeout in the middle of a session),
// rather than a reply about one mail. Such an error says nothing about
// the mail: it is never permanent.
func IsConnection(err error) bool {
	ce := (*connError)(nil)
	return errors.As(err, &ce)
}

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
	client, auth, err := cfg.client(ctx, dial)
	if err != nil {
		return "", fmt.Errorf("checking smtp server %s: %w", cfg.addr(), err)
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
		return "", auth.redact(fmt.Errorf("checking smtp server %s (tls %s): %w", cfg.addr(), cfg.TLS, auth.explain(err)))
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

// contentTypeRe is a MIME type/subtype an attachment may be sent as.
var contentTypeRe = regexp.MustCompile(`^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$`)

func (b builtMsg) close() { closeAll(b.files) }

func closeAll(files []io.Closer) {
	for _, f := range files {
		f.Close()
	}
}
