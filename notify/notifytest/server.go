// Package notifytest runs an in-process SMTP server (emersion/go-smtp) on
// loopback that records every mail it receives. Tests of notify and of
// other packages, and "redress demo", send to it.
package notifytest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Options configures a Server beyond the defaults of Start.
type Options struct {
	// TLS is "" or "none" (plain), "starttls" (STARTTLS offered) or
	// "implicit" (TLS from the first byte). The certificate is self-signed
	// for 127.0.0.1 and localhost; Server.ClientTLSConfig trusts it.
	TLS string
	// Username and Password, when set, make AUTH mandatory before MAIL
	// FROM and check the credentials. Without them any credentials are
	// accepted.
	Username, Password string
	// Mechanisms are the AUTH mechanisms offered, of "PLAIN", "LOGIN",
	// "XOAUTH2" and "OAUTHBEARER"; nil means PLAIN only.
	Mechanisms []string
	// Token, when set, is the one OAuth2 access token XOAUTH2 and
	// OAUTHBEARER accept, and makes AUTH mandatory. Without it any token
	// is accepted. A refused token gets what Gmail sends: a JSON error as
	// a challenge, then 535 5.7.8.
	Token string
	// Domain is the name in the greeting; "" means "localhost".
	Domain string
}

// Received is one mail as the server got it.
type Received struct {
	From string
	To   []string
	Data []byte
	// Username is who authenticated for it, "" without AUTH.
	Username string
	// Mechanism is the AUTH mechanism used ("PLAIN", "XOAUTH2" ...), ""
	// without AUTH.
	Mechanism string
	// Conn is the number of the connection it came on: 1 for the first
	// connection the server accepted, and so on.
	Conn int
}

// Server is a running test SMTP server.
type Server struct {
	Addr string // host:port
	Host string
	Port int

	opts      Options
	srv       *smtp.Server
	ln        net.Listener
	counter   *countingListener
	clientTLS *tls.Config
	done      chan struct{}

	mu        sync.Mutex
	msgs      []Received
	changed   chan struct{} // closed and replaced when msgs grows
	rejects   map[string]*smtp.SMTPError
	dataError *smtp.SMTPError
	rsets     int
	dropAfter int
	dropRcpt  map[string]bool
}

// Start starts a plain server (no TLS, insecure AUTH allowed) on
// 127.0.0.1:0; t.Cleanup closes it.
func Start(t testing.TB) *Server {
	t.Helper()
	return StartWithOptions(t, Options{})
}

// StartWithOptions is Start with Options.
func StartWithOptions(t testing.TB, o Options) *Server {
	t.Helper()
	s, err := NewServer("127.0.0.1:0", o)
	if err != nil {
		t.Fatalf("starting test smtp server: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// StartServer starts a plain server on addr ("127.0.0.1:0" for any port)
// without a testing.TB; the caller must Close it.
func StartServer(addr string) (*Server, error) {
	return NewServer(addr, Options{})
}

// NewServer starts a server on addr with o; the caller must Close it.
func NewServer(addr string, o Options) (*Server, error) {
	for _, m := range o.Mechanisms {
		switch m {
		case sasl.Plain, sasl.Login, mechXOAuth2, sasl.OAuthBearer:
		default:
			return nil, fmt.Errorf("notifytest: unknown auth mechanism %q", m)
		}
	}
	s := &Server{
		opts:     o,
		changed:  make(chan struct{}),
		rejects:  map[string]*smtp.SMTPError{},
		dropRcpt: map[string]bool{},
		done:     make(chan struct{}),
	}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{s: s, conn: c.Conn(), connNo: connNumber(c.Conn())}, nil
	}))
	srv.Domain = o.Domain
	if srv.Domain == "" {
		srv.Domain = "localhost"
	}
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.MaxMessageBytes = 10 << 20
	srv.ErrorLog = discardLogger{}

	var serverTLS *tls.Config
	switch o.TLS {
	case "", "none":
	case "starttls", "implicit":
		var err error
		serverTLS, s.clientTLS, err = selfSigned()
		if err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("notifytest: unknown tls mode %q", o.TLS)
	}

	tcpLn, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("notifytest: listening on %s: %w", addr, err)
	}
	s.counter = &countingListener{Listener: tcpLn}
	var ln net.Listener = s.counter
	if o.TLS == "starttls" {
		srv.TLSConfig = serverTLS
	}
	if o.TLS == "implicit" {
		ln = tls.NewListener(ln, serverTLS)
	}
	tcp := ln.Addr().(*net.TCPAddr)
	s.Addr = tcp.String()
	s.Host = tcp.IP.String()
	s.Port = tcp.Port
	s.srv = srv
	s.ln = ln
	go func() {
		defer close(s.done)
		srv.Serve(ln)
	}()
	return s, nil
}

// Close stops the server and waits for it.
func (s *Server) Close() error {
	err := s.srv.Close()
	// Serve may not have registered the listener yet; closing it here
	// makes Serve return in that case too.
	s.ln.Close()
	<-s.done
	if errors.Is(err, smtp.ErrServerClosed) {
		return nil
	}
	return err
}

// Connections returns how many connections the server has accepted,
// those closed at once by Refuse included: one per SMTP session a client
// opened (or tried to).
func (s *Server) Connections() int {
	return int(s.counter.accepted.Load())
}

// RSETs returns how many RSET commands clients have sent.
func (s *Server) RSETs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rsets
}

// Refuse makes the server, while on, close every new connection at once,
// before the greeting, as a server that is down or overloaded does; the
// client sees its session set-up fail. Connections still counts them.
// Connections already open are not affected.
func (s *Server) Refuse(on bool) {
	s.counter.refuse.Store(on)
}

// DropAfter makes the server close a connection, without a reply, at the
// MAIL FROM that follows the n-th mail it accepted on that connection, as
// a server that drops idle or busy clients does. 0 turns it off.
func (s *Server) DropAfter(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropAfter = n
}

// DropRcpt makes the server close the connection, without a reply, at
// every RCPT TO addr (compared case-insensitively), as a server that
// crashes on one mail does; on false it accepts addr again.
func (s *Server) DropRcpt(addr string, on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if on {
		s.dropRcpt[strings.ToLower(addr)] = true
	} else {
		delete(s.dropRcpt, strings.ToLower(addr))
	}
}

// ClientTLSConfig returns a client configuration that trusts the server's
// self-signed certificate, or nil for a server without TLS.
func (s *Server) ClientTLSConfig() *tls.Config {
	if s.clientTLS == nil {
		return nil
	}
	return s.clientTLS.Clone()
}

// Messages returns a copy of all mail received so far.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneReceived(s.msgs)
}

// WaitFor blocks until n mails have arrived or timeout passed, and returns
// all received so far (fewer than n on timeout).
func (s *Server) WaitFor(n int, timeout time.Duration) []Received {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		if len(s.msgs) >= n {
			msgs := cloneReceived(s.msgs)
			s.mu.Unlock()
			return msgs
		}
		changed := s.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-timer.C:
			return s.Messages()
		}
	}
}

// RejectRcpt makes RCPT TO addr (compared case-insensitively) fail with
// code and msg, e.g. 550 for a permanent or 451 for a temporary failure.
// Code 0 accepts addr again.
func (s *Server) RejectRcpt(addr string, code int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.rejects, strings.ToLower(addr))
		return
	}
	s.rejects[strings.ToLower(addr)] = smtpError(code, msg)
}

// RejectData makes the end of DATA fail with code and msg for every mail;
// code 0 accepts again.
func (s *Server) RejectData(code int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		s.dataError = nil
		return
	}
	s.dataError = smtpError(code, msg)
}

func smtpError(code int, msg string) *smtp.SMTPError {
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCodeNotSet, Message: msg}
}

func cloneReceived(in []Received) []Received {
	out := make([]Received, len(in))
	for i, r := range in {
		out[i] = Received{From: r.From, To: append([]string(nil), r.To...), Data: append([]byte(nil), r.Data...), Username: r.Username, Mechanism: r.Mechanism, Conn: r.Conn}
	}
	return out
}

// countingListener numbers the connections it accepts and, while refuse
// is set, closes them at once.
type countingListener struct {
	net.Listener
	accepted atomic.Int64
	refuse   atomic.Bool
}

func (l *countingListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		n := l.accepted.Add(1)
		if l.refuse.Load() {
			c.Close()
			continue
		}
		return &countedConn{Conn: c, n: int(n)}, nil
	}
}

// countedConn is an accepted connection with its number.
type countedConn struct {
	net.Conn
	n int
}

// connNumber finds the number of c, under TLS if need be.
func connNumber(c net.Conn) int {
	for {
		switch cc := c.(type) {
		case *countedConn:
			return cc.n
		case *tls.Conn:
			c = cc.NetConn()
		default:
			return 0
		}
	}
}

type session struct {
	s        *Server
	conn     net.Conn
	connNo   int
	username string
	mech     string
	from     string
	to       []string
	// delivered counts the mails accepted on this session.
	delivered int
	// afterData is set by Data: go-smtp resets the session after DATA
	// itself, and that reset is not an RSET from the client.
	afterData bool
}

func (ss *session) AuthMechanisms() []string {
	if len(ss.s.opts.Mechanisms) == 0 {
		return []string{sasl.Plain}
	}
	return ss.s.opts.Mechanisms
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if !slices.Contains(ss.AuthMechanisms(), mech) {
		return nil, &smtp.SMTPError{Code: 504, EnhancedCode: smtp.EnhancedCode{5, 5, 4}, Message: "Unrecognized authentication type"}
	}
	o := ss.s.opts
	password := func(username, password string) error {
		if o.Username != "" && (username != o.Username || password != o.Password) {
			return errCredentials
		}
		ss.username, ss.mech = username, mech
		return nil
	}
	// token checks an access token; the error is the status the server
	// sends back in its JSON challenge.
	token := func(username, token string) string {
		if o.Username != "" && username != o.Username {
			return "invalid_request"
		}
		if o.Token != "" && token != o.Token {
			return "invalid_token"
		}
		ss.username, ss.mech = username, mech
		return ""
	}
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(_, username, pw string) error { return password(username, pw) }), nil
	case sasl.Login:
		return &loginServer{check: password}, nil
	case mechXOAuth2:
		return &xoauth2Server{check: token}, nil
	default: // OAUTHBEARER
		return finalReply{sasl.NewOAuthBearerServer(func(opts sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if status := token(opts.Username, opts.Token); status != "" {
				return &sasl.OAuthBearerError{Status: status, Schemes: "bearer"}
			}
			return nil
		})}, nil
	}
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if (ss.s.opts.Username != "" || ss.s.opts.Token != "") && ss.username == "" {
		// What Postfix and most submission servers say (RFC 4954 §6).
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	ss.s.mu.Lock()
	drop := ss.s.dropAfter > 0 && ss.delivered >= ss.s.dropAfter
	ss.s.mu.Unlock()
	if drop {
		ss.conn.Close()
		return errors.New("notifytest: dropping the connection")
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.mu.Lock()
	rej := ss.s.rejects[strings.ToLower(to)]
	drop := ss.s.dropRcpt[strings.ToLower(to)]
	ss.s.mu.Unlock()
	if drop {
		ss.conn.Close()
		return errors.New("notifytest: dropping the connection")
	}
	if rej != nil {
		return rej
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	ss.afterData = true
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s := ss.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dataError != nil {
		return s.dataError
	}
	ss.delivered++
	s.msgs = append(s.msgs, Received{From: ss.from, To: append([]string(nil), ss.to...), Data: data, Username: ss.username, Mechanism: ss.mech, Conn: ss.connNo})
	close(s.changed)
	s.changed = make(chan struct{})
	return nil
}

func (ss *session) Reset() {
	if ss.afterData {
		ss.afterData = false
	} else {
		ss.s.mu.Lock()
		ss.s.rsets++
		ss.s.mu.Unlock()
	}
	ss.from = ""
	ss.to = nil
}

func (ss *session) Logout() error { return nil }

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}
func (discardLogger) Println(...any)        {}

// selfSigned makes a certificate for 127.0.0.1 and localhost, and a client
// configuration that trusts it.
func selfSigned() (server, client *tls.Config, err error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("notifytest: generating key: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "notifytest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, fmt.Errorf("notifytest: creating certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, fmt.Errorf("notifytest: parsing certificate: %w", err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	server = &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}},
		MinVersion:   tls.VersionTLS12,
	}
	client = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return server, client, nil
}
