package mailboxtest

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-sasl"
)

// Quirks make the server behave like a hosted mailbox provider. They are
// played by a proxy in front of the memory server that reads the IMAP
// conversation line by line (literals are passed through whole), so the
// client under test meets them on the wire as it would at the provider.
type Quirks struct {
	// RequireID plays NetEase (163, 126, yeah.net): the server offers ID
	// (RFC 2971) and refuses SELECT and EXAMINE with "NO SELECT Unsafe
	// Login. Please contact kefu@188.com for help" until the client has
	// sent ID.
	RequireID bool
	// NoIdle plays a server without IDLE: neither IDLE nor IMAP4rev2 is
	// offered, and an IDLE command is refused with BAD.
	NoIdle bool
	// MinConnInterval plays a provider that throttles clients which
	// connect too often (Tencent): a connection opened sooner than this
	// after the one before is greeted with "* BYE [UNAVAILABLE] …" and
	// closed. Every attempt counts, refused ones too.
	MinConnInterval time.Duration
	// AuthMechanisms plays a server that takes only these SASL mechanisms
	// ("XOAUTH2", "OAUTHBEARER"; Gmail and Microsoft 365 with basic auth
	// off): LOGIN is refused, and the access token accepted is
	// Server.Token.
	AuthMechanisms []string
	// DropOnSelect plays a server that cannot open the user's mail after
	// login (Dovecot with a broken userdb): SELECT and EXAMINE get the
	// connection closed with "* BYE Internal error occurred".
	DropOnSelect bool
}

func (q Quirks) proxied() bool {
	return q.RequireID || q.NoIdle || q.MinConnInterval > 0 || q.DropOnSelect
}

// DefaultToken is the OAuth2 access token the test server accepts.
const DefaultToken = "ya29.test-access-token"

// unsafeLogin is NetEase's refusal of SELECT without ID, word for word.
const unsafeLogin = "SELECT Unsafe Login. Please contact kefu@188.com for help"

// proxy plays Quirks and Options.SpecialUse in front of the server at
// backend.
type proxy struct {
	s       *Server
	q       Quirks
	backend string
	// specialUse maps folder names as they go on the wire (modified
	// UTF-7, quoted or not) to their attribute.
	specialUse map[string]string
	ln         net.Listener

	mu       sync.Mutex
	lastConn time.Time
	conns    int // connections accepted (not throttled)
	refused  int // connections refused as too frequent
	ids      []string
	wg       sync.WaitGroup
	open     map[net.Conn]struct{}
	closed   bool
}

func startProxy(s *Server, q Quirks, specialUse map[string]string, backend string) (*proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening for the quirks proxy: %w", err)
	}
	p := &proxy{s: s, q: q, backend: backend, ln: ln, specialUse: map[string]string{}, open: map[net.Conn]struct{}{}}
	for name, attr := range specialUse {
		enc := encodeUTF7(name)
		p.specialUse[enc] = attr
		p.specialUse[strconv.Quote(enc)] = attr
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.serve(c)
			}()
		}
	}()
	return p, nil
}

func (p *proxy) close() {
	p.mu.Lock()
	p.closed = true
	for c := range p.open {
		c.Close()
	}
	p.mu.Unlock()
	p.ln.Close()
	p.wg.Wait()
}

func (p *proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.open[c] = struct{}{}
	return true
}

func (p *proxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.open, c)
	p.mu.Unlock()
}

// admit decides whether a new connection is too soon after the last.
func (p *proxy) admit() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	ok := p.q.MinConnInterval <= 0 || p.lastConn.IsZero() || now.Sub(p.lastConn) >= p.q.MinConnInterval
	p.lastConn = now
	if ok {
		p.conns++
	} else {
		p.refused++
	}
	return ok
}

var literalRE = regexp.MustCompile(`\{(\d+)\+?\}\r?\n$`)

// literalLen returns the size of the literal a line announces at its end.
func literalLen(line string) (int64, bool) {
	m := literalRE.FindStringSubmatch(line)
	if m == nil {
		return 0, false
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	return n, err == nil
}

// conn is one client connection through the proxy.
type proxyConn struct {
	p      *proxy
	client net.Conn
	wmu    sync.Mutex // serialises writes to client: whole responses
	idSent bool
}

func (p *proxy) serve(client net.Conn) {
	defer client.Close()
	if !p.track(client) {
		return
	}
	defer p.untrack(client)
	if !p.admit() {
		io.WriteString(client, "* BYE [UNAVAILABLE] Too many connections in a short time, try again later\r\n")
		// Close only once the client has read it and hung up (or after a
		// moment): closing at once can reset the connection before the
		// client reads the BYE.
		client.SetReadDeadline(time.Now().Add(2 * time.Second))
		io.Copy(io.Discard, client)
		return
	}
	backend, err := net.Dial("tcp", p.backend)
	if err != nil {
		io.WriteString(client, "* BYE backend unreachable\r\n")
		return
	}
	defer backend.Close()
	if !p.track(backend) {
		return
	}
	defer p.untrack(backend)
	pc := &proxyConn{p: p, client: client}
	done := make(chan struct{})
	go func() {
		defer close(done)
		pc.fromServer(bufio.NewReader(backend))
		client.Close()
	}()
	pc.fromClient(bufio.NewReader(client), backend)
	backend.Close()
	<-done
}

// fromClient passes commands to the server, answering the ones a quirk
// takes over.
func (pc *proxyConn) fromClient(r *bufio.Reader, backend net.Conn) {
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if pc.command(line) {
			continue
		}
		if _, err := io.WriteString(backend, line); err != nil {
			return
		}
		// A command's literals, and the lines that go on after them.
		for {
			n, ok := literalLen(line)
			if !ok {
				break
			}
			if _, err := io.CopyN(backend, r, n); err != nil {
				return
			}
			if line, err = r.ReadString('\n'); err != nil {
				return
			}
			if _, err := io.WriteString(backend, line); err != nil {
				return
			}
		}
	}
}

// command answers line itself when a quirk says so, and reports whether
// it did.
func (pc *proxyConn) command(line string) bool {
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return false
	}
	tag, name := fields[0], strings.ToUpper(fields[1])
	q := pc.p.q
	switch {
	case name == "ID" && q.RequireID:
		pc.p.mu.Lock()
		pc.p.ids = append(pc.p.ids, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), fields[0]+" "+fields[1])))
		pc.p.mu.Unlock()
		pc.idSent = true
		pc.reply(`* ID ("name" "Coremail Imap" "vendor" "Mailtech" "TransID" "test")` + "\r\n" + tag + " OK ID completed\r\n")
		return true
	case (name == "SELECT" || name == "EXAMINE") && q.DropOnSelect:
		pc.reply("* BYE Internal error occurred. Refer to server log for more information.\r\n")
		pc.client.Close()
		return true
	case (name == "SELECT" || name == "EXAMINE") && q.RequireID && !pc.idSent:
		pc.reply(tag + " NO " + unsafeLogin + "\r\n")
		return true
	case name == "IDLE" && q.NoIdle:
		pc.reply(tag + " BAD Unsupported command\r\n")
		return true
	}
	return false
}

func (pc *proxyConn) reply(s string) {
	pc.wmu.Lock()
	defer pc.wmu.Unlock()
	io.WriteString(pc.client, s)
}

var listRE = regexp.MustCompile(`^\* LIST \(([^)]*)\) (\S+) (.+?)\r?\n$`)

// fromServer passes responses to the client, rewriting capabilities and
// LIST attributes as the quirks say. A response with literals is written
// whole under wmu, so a reply of command never lands inside it.
func (pc *proxyConn) fromServer(r *bufio.Reader) {
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		pc.wmu.Lock()
		err = pc.passResponse(r, line)
		pc.wmu.Unlock()
		if err != nil {
			return
		}
	}
}

func (pc *proxyConn) passResponse(r *bufio.Reader, line string) error {
	line = pc.rewrite(line)
	if _, err := io.WriteString(pc.client, line); err != nil {
		return err
	}
	for {
		n, ok := literalLen(line)
		if !ok {
			return nil
		}
		if _, err := io.CopyN(pc.client, r, n); err != nil {
			return err
		}
		var err error
		if line, err = r.ReadString('\n'); err != nil {
			return err
		}
		if _, err := io.WriteString(pc.client, line); err != nil {
			return err
		}
	}
}

// rewrite edits one response line.
func (pc *proxyConn) rewrite(line string) string {
	if i := strings.Index(line, "CAPABILITY "); i >= 0 && (strings.HasPrefix(line, "* CAPABILITY ") || strings.Contains(line, "[CAPABILITY ")) {
		end := len(line) - len(strings.TrimRight(line, "\r\n"))
		body := line[i+len("CAPABILITY ") : len(line)-end]
		rest := ""
		if j := strings.IndexByte(body, ']'); j >= 0 {
			body, rest = body[:j], body[j:]
		}
		var caps []string
		for _, c := range strings.Fields(body) {
			u := strings.ToUpper(c)
			if pc.p.q.NoIdle && (u == "IDLE" || u == "IMAP4REV2") {
				continue
			}
			caps = append(caps, c)
		}
		if pc.p.q.RequireID {
			caps = append(caps, "ID")
		}
		if len(pc.p.specialUse) > 0 {
			caps = append(caps, "SPECIAL-USE")
		}
		return line[:i+len("CAPABILITY ")] + strings.Join(caps, " ") + rest + line[len(line)-end:]
	}
	if m := listRE.FindStringSubmatch(line); m != nil {
		if attr, ok := pc.p.specialUse[m[3]]; ok {
			attrs := strings.TrimSpace(m[1] + " " + attr)
			return fmt.Sprintf("* LIST (%s) %s %s\r\n", attrs, m[2], m[3])
		}
	}
	return line
}

// encodeUTF7 encodes a folder name in IMAP's modified UTF-7 (RFC 3501
// §5.1.3), as it goes on the wire.
func encodeUTF7(s string) string {
	var b strings.Builder
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		u := utf16.Encode(run)
		buf := make([]byte, 2*len(u))
		for i, c := range u {
			buf[2*i], buf[2*i+1] = byte(c>>8), byte(c)
		}
		enc := base64.RawStdEncoding.EncodeToString(buf)
		b.WriteString("&" + strings.ReplaceAll(enc, "/", ",") + "-")
		run = run[:0]
	}
	for _, r := range s {
		switch {
		case r == '&':
			flush()
			b.WriteString("&-")
		case r >= 0x20 && r <= 0x7e:
			flush()
			b.WriteRune(r)
		default:
			run = append(run, r)
		}
	}
	flush()
	return b.String()
}

// saslSession is a session that offers only Quirks.AuthMechanisms.
type saslSession struct {
	*session
	mechs []string
}

var _ imapserver.SessionSASL = (*saslSession)(nil)

func (sess *saslSession) Login(string, string) error {
	return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed,
		Text: "LOGIN is disabled on this server: use AUTHENTICATE " + strings.Join(sess.mechs, " or ")}
}

func (sess *saslSession) AuthenticateMechanisms() []string { return sess.mechs }

func (sess *saslSession) Authenticate(mech string) (sasl.Server, error) {
	check := func(user, token string) error {
		sess.s.mu.Lock()
		want := sess.s.Token
		sess.s.mu.Unlock()
		if user != sess.s.User || token != want {
			return errors.New("invalid credentials")
		}
		return sess.session.Login(sess.s.User, sess.s.Password)
	}
	switch strings.ToUpper(mech) {
	case "XOAUTH2":
		return &xoauth2Server{check: check}, nil
	case "OAUTHBEARER":
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if err := check(o.Username, o.Token); err != nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		}), nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "unsupported mechanism " + mech}
}

// xoauth2Server is the server side of SASL XOAUTH2 as Gmail plays it: a
// failure is a JSON challenge, then NO after the client's empty answer.
type xoauth2Server struct {
	check  func(user, token string) error
	failed error
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.failed != nil {
		return nil, true, x.failed
	}
	if resp == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	var user, token string
	for _, part := range bytes.Split(resp, []byte{1}) {
		k, v, _ := strings.Cut(string(part), "=")
		switch k {
		case "user":
			user = v
		case "auth":
			token, _ = strings.CutPrefix(v, "Bearer ")
		}
	}
	if err := x.check(user, token); err != nil {
		x.failed = err
		return []byte(`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`), false, nil
	}
	return nil, true, nil
}

// Connections returns how many connections the quirks proxy let in, and
// how many it refused as too frequent (Quirks.MinConnInterval). Both are
// zero for a server without quirks.
func (s *Server) Connections() (accepted, refused int) {
	if s.proxy == nil {
		return 0, 0
	}
	s.proxy.mu.Lock()
	defer s.proxy.mu.Unlock()
	return s.proxy.conns, s.proxy.refused
}

// ClientIDs returns the arguments of every ID command the server got
// (Quirks.RequireID), e.g. `("name" "redress" …)`.
func (s *Server) ClientIDs() []string {
	if s.proxy == nil {
		return nil
	}
	s.proxy.mu.Lock()
	defer s.proxy.mu.Unlock()
	return append([]string(nil), s.proxy.ids...)
}

// SetToken changes the access token the server accepts
// (Quirks.AuthMechanisms): an expired token in tests.
func (s *Server) SetToken(token string) {
	s.mu.Lock()
	s.Token = token
	s.mu.Unlock()
}
