package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// ErrConnectionClosed is returned (wrapped) by Poll when the connection was
// closed before, by Close, by an expired timeout or a cancelled context, or by
// the server. Dial again.
var ErrConnectionClosed = errors.New("imap connection is closed")

// logoutTimeout bounds LOGOUT in Close: a server that does not answer in
// this time gets its connection closed without ceremony.
const logoutTimeout = 10 * time.Second

// Client is one logged-in IMAP connection. Its methods must not be called
// concurrently: Poll is a sequence of commands on one connection.
type Client struct {
	cfg  Config
	addr string
	log  *slog.Logger
	imap *imapclient.Client
	// wc is the connection under imap (and under TLS): it owns the read
	// deadlines (see watchConn).
	wc *watchConn

	// wake receives a value when the server reports a new message count
	// outside a SELECT (EXISTS during IDLE or after another command).
	wake chan struct{}
	// seen is what the last Poll of each folder found at EXAMINE; Idle
	// compares it with a fresh EXAMINE to catch messages that arrived
	// between that Poll and IDLE.
	seen map[string]folderState
	info ServerInfo

	mu     sync.Mutex
	closed bool // Close was called
}

type folderState struct {
	uidValidity uint32
	uidNext     uint32
}

// Dial connects to the server named by cfg in the configured TLS mode and
// logs in. It gives up when ctx is done or cfg.Timeout expires. Its errors say
// which step failed and quote the server's words; they never contain the
// password.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("checking imap settings: %w", err)
	}
	addr := cfg.addr()
	log := cfg.logger()

	ctx, cancel := context.WithTimeout(ctx, cfg.timeout())
	defer cancel()

	// ctxErr prefers the context's reason over the I/O error its expiry
	// caused (the connection is closed under the client's feet).
	ctxErr := func(step string, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			if errors.Is(cerr, context.DeadlineExceeded) {
				return fmt.Errorf("%s: no answer within %s: %w", step, cfg.timeout(), cerr)
			}
			return fmt.Errorf("%s: %w", step, cerr)
		}
		return fmt.Errorf("%s: %w", step, err)
	}

	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, ctxErr("connecting to imap "+addr, err)
	}
	// The client library has no context support: close the connection when
	// ctx is done, which unblocks whatever it is waiting for.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	fail := func(c *imapclient.Client, step string, err error) (*Client, error) {
		stop()
		if c != nil {
			c.Close()
		} else {
			conn.Close()
		}
		return nil, ctxErr(step, err)
	}

	wake := make(chan struct{}, 1)
	opts := &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages == nil {
					return
				}
				select {
				case wake <- struct{}{}:
				default:
				}
			},
		},
	}
	// wc is disarmed during Dial: ctx bounds the dial as a whole.
	wc := newWatchConn(conn, cfg.timeout())
	greet := &firstLine{}
	var c *imapclient.Client
	switch cfg.tlsMode() {
	case TLSImplicit:
		tc := cfg.tlsConfig()
		if tc.NextProtos == nil {
			tc.NextProtos = []string{"imap"}
		}
		tlsConn := tls.Client(wc, tc)
		if err := tlsConn.HandshakeContext(ctx); err != nil {
			return fail(nil, fmt.Sprintf("tls handshake with imap %s (check the tls mode, host name and ca file)", addr), err)
		}
		c = imapclient.New(greet.wrap(tlsConn), opts)
	case TLSStartTLS:
		opts.TLSConfig = cfg.tlsConfig()
		c, err = imapclient.NewStartTLS(greet.wrap(wc), opts)
		if err != nil {
			// NewStartTLS has closed the connection.
			return fail(nil, fmt.Sprintf("starting tls with imap %s (check the tls mode, host name and ca file)", addr), err)
		}
	case TLSNone:
		c = imapclient.New(greet.wrap(wc), opts)
	}

	if err := c.WaitGreeting(); err != nil {
		if bye := byeGreeting(greet.line()); bye != nil {
			// The server said BYE and hung up; the client library may
			// report the hang-up rather than the BYE, whichever it saw
			// first.
			err = bye
		}
		return fail(c, "reading the greeting of imap "+addr, throttled(err))
	}
	info := ServerInfo{Greeting: greet.line(), Auth: cfg.auth()}
	if err := authenticate(ctx, c, cfg); err != nil {
		return fail(c, fmt.Sprintf("logging in to imap %s as %s (auth %s)", addr, cfg.Username, cfg.auth()), throttled(err))
	}
	caps := c.Caps()
	for cp := range caps {
		info.Capabilities = append(info.Capabilities, string(cp))
	}
	slices.Sort(info.Capabilities)
	if caps.Has(imap.CapID) {
		// NetEase refuses SELECT from a client that has not said who it
		// is ("Unsafe Login"); every server that offers ID gets it.
		id := cfg.ClientID
		if id.Name == "" {
			id.Name = "redress"
		}
		data := &imap.IDData{Name: id.Name, Version: id.Version, Vendor: id.Vendor}
		if id.SupportAddress != "" {
			data.SupportURL = "mailto:" + id.SupportAddress
		}
		reply, err := c.ID(data).Wait()
		if err != nil {
			if c.State() == imap.ConnStateNone || errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fail(c, "sending ID to imap "+addr, err)
			}
			// A refused ID is the server's loss, not fatal: a server
			// that needs it says so at SELECT.
			log.Warn("the imap server refused the ID command", "addr", addr, "err", err)
		} else {
			info.ID = serverID(reply)
			info.SentID = true
		}
	}
	if !stop() {
		// ctx expired right after LOGIN: the connection is being closed.
		return fail(c, fmt.Sprintf("logging in to imap %s as %s", addr, cfg.Username), ctx.Err())
	}
	log.Debug("logged in", "addr", addr, "tls", cfg.tlsMode(), "auth", cfg.auth(), "server_id", info.ID.String())
	return &Client{cfg: cfg, addr: addr, log: log, imap: c, wc: wc, wake: wake, seen: make(map[string]folderState), info: info}, nil
}

// ServerInfo is what the server said about itself on Dial, for an
// operator checking the settings.
type ServerInfo struct {
	// Greeting is the server's first line, clipped.
	Greeting string
	// Capabilities after login, sorted.
	Capabilities []string
	// SentID says the ID command was sent (the server offers ID); ID is
	// the server's answer.
	SentID bool
	ID     ServerID
	// Auth is the mechanism used to log in (Config.Auth).
	Auth string
}

// ServerID is the server's answer to the ID command (RFC 2971).
type ServerID struct {
	Name, Version, Vendor, SupportURL, OS string
}

func serverID(d *imap.IDData) ServerID {
	if d == nil {
		return ServerID{}
	}
	return ServerID{Name: d.Name, Version: d.Version, Vendor: d.Vendor, SupportURL: d.SupportURL, OS: d.OS}
}

// String is the answer as "name X, version Y, …", or "" when empty.
func (id ServerID) String() string {
	var parts []string
	for _, kv := range [][2]string{{"name", id.Name}, {"version", id.Version}, {"vendor", id.Vendor}, {"os", id.OS}, {"support-url", id.SupportURL}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+" "+strconv.Quote(clip(kv[1], 100)))
		}
	}
	return strings.Join(parts, ", ")
}

// Info returns what the server said about itself when the Client dialled.
func (c *Client) Info() ServerInfo { return c.info }

// Close logs out and closes the connection. It is safe to call more than
// once; only the first call does anything. A connection that is already
// broken is closed without error.
func (c *Client) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.mu.Unlock()

	select {
	case <-c.imap.Closed():
		c.imap.Close()
		return nil
	default:
	}
	t := time.AfterFunc(logoutTimeout, func() { c.imap.Close() })
	err := c.imap.Logout().Wait()
	t.Stop()
	c.imap.Close()
	var imapErr *imap.Error
	if errors.As(err, &imapErr) {
		// The server refused LOGOUT: worth telling, though the connection
		// is closed anyway.
		return fmt.Errorf("logging out of imap %s: %w", c.addr, err)
	}
	return nil
}

// usable reports ErrConnectionClosed, wrapped, when the connection cannot
// carry another command.
func (c *Client) usable() error {
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return fmt.Errorf("using imap %s after Close: %w", c.addr, ErrConnectionClosed)
	}
	if c.wc.hasStalled() {
		// watchConn closed it; the client's reader may not have noticed
		// yet.
		return fmt.Errorf("imap %s timed out earlier and the connection was closed: dial again: %w", c.addr, ErrConnectionClosed)
	}
	select {
	case <-c.imap.Closed():
		return fmt.Errorf("imap %s dropped the connection or it timed out earlier: dial again: %w", c.addr, ErrConnectionClosed)
	default:
		return nil
	}
}

// Check dials, logs in, examines folder and logs out: a quick test of the
// settings for an operator. The error says which step failed and quotes the
// server.
func Check(ctx context.Context, cfg Config, folder string) error {
	_, err := Inspect(ctx, cfg, folder)
	return err
}

// Report is what Inspect found on the server.
type Report struct {
	ServerInfo
	// Folders are the account's folders; nil when listing them failed
	// (FoldersErr).
	Folders    []Folder
	FoldersErr error
}

// Inspect dials, logs in, examines folder, lists the folders and logs
// out, reporting what the server said about itself, for check-config. The
// error says which step failed and quotes the server; a failed LIST is not
// an error (Report.FoldersErr).
func Inspect(ctx context.Context, cfg Config, folder string) (Report, error) {
	c, err := Dial(ctx, cfg)
	if err != nil {
		return Report{}, err
	}
	rep := Report{ServerInfo: c.Info()}
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout())
	defer cancel()
	stop := context.AfterFunc(ctx, func() { c.imap.Close() })
	_, err = c.examine(folder)
	if !stop() {
		c.Close()
		return rep, fmt.Errorf("examining folder %q on imap %s as %s: %w", folder, c.addr, cfg.Username, ctx.Err())
	}
	if err != nil {
		c.Close()
		return rep, err
	}
	rep.Folders, rep.FoldersErr = c.Folders(ctx)
	return rep, c.Close()
}

// examine opens folder read-only (EXAMINE) and returns what the server said
// about it.
func (c *Client) examine(folder string) (*imap.SelectData, error) {
	data, err := c.imap.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		if !c.info.SentID && strings.Contains(err.Error(), "Unsafe Login") {
			// NetEase's refusal of a client that sent no ID: this server
			// did not offer ID, so none was sent.
			return nil, fmt.Errorf("examining folder %q on imap %s as %s (the server wants the IMAP ID command but did not offer it): %w", folder, c.addr, c.cfg.Username, err)
		}
		if !c.Usable() && !c.wc.hasStalled() {
			return nil, fmt.Errorf("examining folder %q on imap %s as %s: the server closed the connection (its own log says why: often a mailbox it cannot open, or a provider refusing this client): %w", folder, c.addr, c.cfg.Username, err)
		}
		return nil, fmt.Errorf("examining folder %q on imap %s as %s: %w", folder, c.addr, c.cfg.Username, throttled(err))
	}
	return data, nil
}

// byeGreeting is the BYE a server greeted with ("* BYE [UNAVAILABLE] Too
// many connections"), as an IMAP error, or nil.
func byeGreeting(line string) *imap.Error {
	rest, ok := strings.CutPrefix(line, "* BYE")
	if !ok {
		return nil
	}
	e := &imap.Error{Type: imap.StatusResponseTypeBye, Text: strings.TrimSpace(rest)}
	if t := e.Text; strings.HasPrefix(t, "[") {
		if i := strings.IndexByte(t, ']'); i > 0 {
			code, _, _ := strings.Cut(t[1:i], " ")
			e.Code = imap.ResponseCode(strings.ToUpper(code))
			e.Text = strings.TrimSpace(t[i+1:])
		}
	}
	return e
}
