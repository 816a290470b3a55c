package mailboxtest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"maps"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Default credentials of the test user.
const (
	DefaultUser     = "tousu@yweca.org.example"
	DefaultPassword = "secret"
)

// Options changes what Start* set up. The zero value is what Start uses.
type Options struct {
	// IMAP4rev1Only advertises IMAP4rev1 alone, like many older servers,
	// instead of IMAP4rev1 and IMAP4rev2.
	IMAP4rev1Only bool
	// Folders to create besides INBOX.
	Folders []string
	// TLS serves implicit TLS at Addr and STARTTLS at StartTLSAddr with a
	// self-signed certificate for 127.0.0.1 and localhost; plain LOGIN is
	// refused there.
	TLS bool
	// Quirks make the server act like a hosted provider (plain servers
	// only).
	Quirks Quirks
	// SpecialUse gives folders a special-use attribute (RFC 6154) in
	// LIST, e.g. {"已发送": `\Sent`}, and makes the server offer
	// SPECIAL-USE. The folders must be in Folders.
	SpecialUse map[string]string
}

// Server is a running in-process IMAP server with one user whose INBOX
// exists.
type Server struct {
	// Addr is "127.0.0.1:port": plain IMAP with LOGIN allowed without TLS,
	// or implicit TLS when the server was started with TLS.
	Addr string
	Host string // "127.0.0.1"
	Port int

	User, Password string
	// Token is the OAuth2 access token accepted with
	// Quirks.AuthMechanisms (DefaultToken; see SetToken).
	Token string

	// Set when started with TLS: a plain listener offering STARTTLS (LOGIN
	// only after it), the certificate in PEM, a pool holding it, and a file
	// holding the PEM (the "ca_file" a config would name; empty for
	// StartServer with TLS, which writes no files).
	StartTLSAddr string
	StartTLSPort int
	CertPEM      []byte
	CertPool     *x509.CertPool
	CAFile       string

	mem     *imapmemserver.Server
	user    *imapmemserver.User
	srvs    []*imapserver.Server
	lns     []net.Listener
	serving sync.WaitGroup
	admin   string // plain address with insecure LOGIN, for Flags

	mu        sync.Mutex
	closed    bool
	streams   map[string]map[imap.UID]*stream // by folder, then UID
	fetchHook func()
	idleHook  func()
	logins    int
	proxy     *proxy
}

// Start starts a plain server (no TLS, LOGIN allowed) and closes it when
// the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	return StartWith(t, Options{})
}

// StartTLS starts a server with implicit TLS at Addr and STARTTLS at
// StartTLSAddr, with a self-signed certificate for 127.0.0.1 whose PEM is
// in CertPEM and in the file CAFile.
func StartTLS(t testing.TB) *Server {
	t.Helper()
	s := StartWith(t, Options{TLS: true})
	s.CAFile = filepath.Join(t.TempDir(), "imap-ca.pem")
	if err := os.WriteFile(s.CAFile, s.CertPEM, 0o644); err != nil {
		t.Fatalf("writing test ca file: %v", err)
	}
	return s
}

// StartWith starts a server with opts and closes it when the test ends.
func StartWith(t testing.TB, opts Options) *Server {
	t.Helper()
	s, err := StartServerWith(opts)
	if err != nil {
		t.Fatalf("starting test imap server: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// StartServer starts a plain server (no TLS, LOGIN allowed) listening on
// addr; an empty addr or "127.0.0.1:0" picks a free loopback port. Close
// stops it. It is meant for `redress demo`: keep addr on loopback.
func StartServer(addr string) (*Server, error) {
	return startServer(addr, Options{})
}

// StartServerWith starts a server on 127.0.0.1 with a free port.
func StartServerWith(opts Options) (*Server, error) {
	return startServer("127.0.0.1:0", opts)
}

func startServer(addr string, opts Options) (*Server, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(DefaultUser, DefaultPassword)
	mem.AddUser(user)
	for _, name := range append([]string{"INBOX"}, opts.Folders...) {
		if err := user.Create(name, nil); err != nil {
			return nil, fmt.Errorf("creating folder %q: %w", name, err)
		}
	}
	s := &Server{User: DefaultUser, Password: DefaultPassword, Token: DefaultToken, mem: mem, user: user}
	if opts.TLS && (opts.Quirks.proxied() || len(opts.SpecialUse) > 0 || len(opts.Quirks.AuthMechanisms) > 0) {
		return nil, errors.New("quirks and special-use folders are played on plain servers only")
	}

	caps := imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	if opts.IMAP4rev1Only || opts.Quirks.NoIdle {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}}
	}
	newServer := func(tc *tls.Config, mechs []string) *imapserver.Server {
		srv := imapserver.New(&imapserver.Options{
			NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
				inner, ok := mem.NewSession().(imapserver.SessionIMAP4rev2)
				if !ok {
					return nil, nil, errors.New("imapmemserver session lacks IMAP4rev2")
				}
				sess := &session{SessionIMAP4rev2: inner, s: s}
				if len(mechs) > 0 {
					return &saslSession{session: sess, mechs: mechs}, nil, nil
				}
				return sess, nil, nil
			},
			Caps:         caps,
			Logger:       log.New(io.Discard, "", 0),
			TLSConfig:    tc,
			InsecureAuth: tc == nil,
		})
		s.srvs = append(s.srvs, srv)
		return srv
	}
	// Serve runs in goroutines that Close waits for after closing their
	// listeners itself: imapserver.Server.Close racing a Serve that has not
	// yet started trips its WaitGroup (Add concurrent with Wait).
	serve := func(srv *imapserver.Server, ln net.Listener) {
		s.lns = append(s.lns, ln)
		s.serving.Add(1)
		go func() {
			defer s.serving.Done()
			srv.Serve(ln)
		}()
	}

	// The admin server: plain, insecure LOGIN; it is Addr for plain
	// servers.
	admin := newServer(nil, nil)
	adminAddr := addr
	if opts.TLS {
		adminAddr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", adminAddr)
	if err != nil {
		return nil, fmt.Errorf("listening for test imap: %w", err)
	}
	serve(admin, ln)
	s.admin = ln.Addr().String()
	s.Addr = s.admin

	if opts.TLS {
		certPEM, cert, err := selfSigned()
		if err != nil {
			s.Close()
			return nil, err
		}
		s.CertPEM = certPEM
		s.CertPool = x509.NewCertPool()
		s.CertPool.AppendCertsFromPEM(certPEM)
		tc := &tls.Config{Certificates: []tls.Certificate{cert}}
		secure := newServer(tc, nil)

		tln, err := tls.Listen("tcp", addr, tc)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("listening for test imaps: %w", err)
		}
		serve(secure, tln)
		s.Addr = tln.Addr().String()

		sln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("listening for test imap with starttls: %w", err)
		}
		serve(secure, sln)
		s.StartTLSAddr = sln.Addr().String()
		_, port, _ := net.SplitHostPort(s.StartTLSAddr)
		s.StartTLSPort, _ = strconv.Atoi(port)
	}

	if mechs := opts.Quirks.AuthMechanisms; len(mechs) > 0 {
		// Addr offers only these mechanisms; the admin server keeps LOGIN
		// for the helpers (Flags).
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("listening for test imap: %w", err)
		}
		serve(newServer(nil, mechs), ln)
		s.Addr = ln.Addr().String()
	}
	if opts.Quirks.proxied() || len(opts.SpecialUse) > 0 {
		p, err := startProxy(s, opts.Quirks, opts.SpecialUse, s.Addr)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.proxy = p
		s.Addr = p.ln.Addr().String()
	}

	host, port, _ := net.SplitHostPort(s.Addr)
	s.Host = host
	s.Port, _ = strconv.Atoi(port)
	return s, nil
}

// Close stops the server and drops its connections. It is safe to call
// more than once.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	if s.proxy != nil {
		s.proxy.close()
	}
	for _, ln := range s.lns {
		ln.Close()
	}
	s.serving.Wait()
	var errs []error
	for _, srv := range s.srvs {
		if err := srv.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// AppendMessage stores raw in folder, unseen, and returns its UID.
func (s *Server) AppendMessage(folder string, raw []byte) (uint32, error) {
	return s.append(folder, raw, nil)
}

// AppendSeenMessage stores raw in folder with the \Seen flag and returns
// its UID.
func (s *Server) AppendSeenMessage(folder string, raw []byte) (uint32, error) {
	return s.append(folder, raw, []imap.Flag{imap.FlagSeen})
}

func (s *Server) append(folder string, raw []byte, flags []imap.Flag) (uint32, error) {
	data, err := s.user.Append(folder, bytes.NewReader(raw), &imap.AppendOptions{Flags: flags, Time: time.Now()})
	if err != nil {
		return 0, fmt.Errorf("appending to test folder %q: %w", folder, err)
	}
	return uint32(data.UID), nil
}

// Append stores raw in folder, unseen, and returns its UID; it fails the
// test on error.
func (s *Server) Append(t testing.TB, folder string, raw []byte) uint32 {
	t.Helper()
	uid, err := s.AppendMessage(folder, raw)
	if err != nil {
		t.Fatal(err)
	}
	return uid
}

// CreateMailbox creates folder.
func (s *Server) CreateMailbox(folder string) error {
	if err := s.user.Create(folder, nil); err != nil {
		return fmt.Errorf("creating test folder %q: %w", folder, err)
	}
	return nil
}

// RecreateMailbox deletes folder (with its messages) and creates it again,
// which gives it a new UIDVALIDITY.
func (s *Server) RecreateMailbox(folder string) error {
	if err := s.user.Delete(folder); err != nil {
		return fmt.Errorf("deleting test folder %q: %w", folder, err)
	}
	s.mu.Lock()
	delete(s.streams, folder)
	s.mu.Unlock()
	return s.CreateMailbox(folder)
}

// UIDValidity returns folder's UIDVALIDITY.
func (s *Server) UIDValidity(folder string) (uint32, error) {
	data, err := s.user.Status(folder, &imap.StatusOptions{UIDValidity: true})
	if err != nil {
		return 0, fmt.Errorf("status of test folder %q: %w", folder, err)
	}
	return data.UIDValidity, nil
}

// Unseen returns how many messages of folder lack the \Seen flag.
func (s *Server) Unseen(folder string) (uint32, error) {
	data, err := s.user.Status(folder, &imap.StatusOptions{NumUnseen: true})
	if err != nil {
		return 0, fmt.Errorf("status of test folder %q: %w", folder, err)
	}
	if data.NumUnseen == nil {
		return 0, errors.New("status of test folder: no unseen count")
	}
	return *data.NumUnseen, nil
}

// Flags returns the flags of message uid in folder, as a second IMAP client
// sees them ("\Seen", ...).
func (s *Server) Flags(folder string, uid uint32) ([]string, error) {
	c, err := imapclient.DialInsecure(s.admin, nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		return nil, err
	}
	if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return nil, err
	}
	msgs, err := c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{Flags: true}).Collect()
	if err != nil {
		return nil, err
	}
	if len(msgs) != 1 {
		return nil, fmt.Errorf("no message uid %d in test folder %q", uid, folder)
	}
	flags := []string{}
	for _, f := range msgs[0].Flags {
		flags = append(flags, string(f))
	}
	c.Logout().Wait()
	return flags, nil
}

// SetFetchHook makes every FETCH call f before the server answers it; nil
// removes the hook. A hook that blocks simulates a stalled server.
func (s *Server) SetFetchHook(f func()) {
	s.mu.Lock()
	s.fetchHook = f
	s.mu.Unlock()
}

// SetIdleHook makes every IDLE call f as it starts; nil removes the hook.
// The memory server reports only messages appended after its IDLE has
// begun, a moment after f is called.
func (s *Server) SetIdleHook(f func()) {
	s.mu.Lock()
	s.idleHook = f
	s.mu.Unlock()
}

// Logins returns how many LOGINs succeeded.
func (s *Server) Logins() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logins
}

// session wraps the memory server's session. It embeds
// imapserver.SessionIMAP4rev2: embedding only imapserver.Session makes the
// server panic.
type session struct {
	imapserver.SessionIMAP4rev2
	s      *Server
	folder string // the selected folder
}

func (sess *session) Login(username, password string) error {
	if err := sess.SessionIMAP4rev2.Login(username, password); err != nil {
		return err
	}
	sess.s.mu.Lock()
	sess.s.logins++
	sess.s.mu.Unlock()
	return nil
}

func (sess *session) Select(mailbox string, options *imap.SelectOptions) (*imap.SelectData, error) {
	data, err := sess.SessionIMAP4rev2.Select(mailbox, options)
	if err == nil {
		sess.folder = mailbox
	}
	return data, err
}

func (sess *session) Fetch(w *imapserver.FetchWriter, numSet imap.NumSet, options *imap.FetchOptions) error {
	sess.s.mu.Lock()
	hook := sess.s.fetchHook
	streams := maps.Clone(sess.s.streams[sess.folder])
	sess.s.mu.Unlock()
	if hook != nil {
		hook()
	}
	return sess.fetchWithStreams(w, numSet, options, streams)
}

func (sess *session) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	sess.s.mu.Lock()
	hook := sess.s.idleHook
	sess.s.mu.Unlock()
	if hook != nil {
		hook()
	}
	return sess.SessionIMAP4rev2.Idle(w, stop)
}

// selfSigned makes a certificate for 127.0.0.1, ::1 and localhost, valid
// for a day.
func selfSigned() ([]byte, tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, tls.Certificate{}, fmt.Errorf("generating test key: %w", err)
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(now.UnixNano()),
		Subject:               pkix.Name{CommonName: "redress test imap"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, tls.Certificate{}, fmt.Errorf("creating test certificate: %w", err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, tls.Certificate{}, fmt.Errorf("encoding test key: %w", err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return nil, tls.Certificate{}, fmt.Errorf("loading test certificate: %w", err)
	}
	return certPEM, cert, nil
}
