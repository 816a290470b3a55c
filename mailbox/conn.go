package mailbox

import (
	"bytes"
	"errors"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

// watchConn is the TCP connection under the IMAP client (and under TLS). It
// owns the read deadlines: imapclient sets its own (30 s per response, 5 min
// per literal, none between responses; go-imap issue #726), which would cut
// off a large message on a slow link however steadily it flows, and would
// never notice a server that does not start its answer at all. watchConn
// ignores them.
//
// While armed, every Read gets a deadline of timeout from its start: a
// command fails only when no byte arrives for timeout, and a transfer that
// keeps making progress is never cut off. When a read times out while
// armed, watchConn closes the connection at once, so the client's reader
// and whoever waits on it see an error, and remembers that it did.
//
// Disarmed (the default: during Dial, between commands, while IDLE waits,
// while the caller's handle function works on a message), reads have no
// deadline at all; those phases bound themselves.
type watchConn struct {
	net.Conn
	timeout time.Duration

	mu      sync.Mutex
	armed   bool
	stalled bool // a read timed out while armed; the connection is closed
}

func newWatchConn(conn net.Conn, timeout time.Duration) *watchConn {
	return &watchConn{Conn: conn, timeout: timeout}
}

// Read reads with a fresh inactivity deadline when armed.
func (w *watchConn) Read(p []byte) (int, error) {
	w.mu.Lock()
	if w.armed {
		w.Conn.SetReadDeadline(time.Now().Add(w.timeout))
	}
	w.mu.Unlock()
	n, err := w.Conn.Read(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		// Only watchConn sets read deadlines, and only when armed.
		w.mu.Lock()
		w.stalled = true
		w.mu.Unlock()
		w.Conn.Close()
	}
	return n, err
}

// SetReadDeadline records nothing and sets nothing: read deadlines are
// watchConn's own business (see the type's comment).
func (w *watchConn) SetReadDeadline(time.Time) error { return nil }

// SetDeadline sets only the write deadline; see SetReadDeadline.
func (w *watchConn) SetDeadline(t time.Time) error { return w.Conn.SetWriteDeadline(t) }

// setArmed arms (on) or disarms the inactivity deadline, also for a read
// that is already waiting, and reports whether it was armed before.
func (w *watchConn) setArmed(on bool) (was bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	was = w.armed
	w.armed = on
	if on {
		w.Conn.SetReadDeadline(time.Now().Add(w.timeout))
	} else {
		w.Conn.SetReadDeadline(time.Time{})
	}
	return was
}

// hasStalled reports whether the connection was closed because nothing
// arrived for timeout while armed.
func (w *watchConn) hasStalled() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.stalled
}

// kill closes the connection without a word to the server, without waiting
// for the client's reader: it unblocks every reader and writer.
func (w *watchConn) kill() { w.Conn.Close() }

// firstLine records the first line the server sends (its greeting), for
// an operator checking the settings.
type firstLine struct {
	mu   sync.Mutex
	buf  []byte
	done bool
}

// maxGreeting bounds the recorded greeting.
const maxGreeting = 512

func (f *firstLine) wrap(c net.Conn) net.Conn { return &firstLineConn{Conn: c, f: f} }

func (f *firstLine) record(p []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done {
		return
	}
	if i := bytes.IndexByte(p, '\n'); i >= 0 {
		p, f.done = p[:i], true
	}
	f.buf = append(f.buf, p[:min(len(p), maxGreeting-len(f.buf))]...)
	if len(f.buf) >= maxGreeting {
		f.done = true
	}
}

func (f *firstLine) line() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.ToValidUTF8(strings.TrimSpace(string(f.buf)), "?")
}

type firstLineConn struct {
	net.Conn
	f *firstLine
}

func (c *firstLineConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.f.record(p[:n])
	}
	return n, err
}
