package mailbox_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

// testConfig returns a Config for the plain test server s.
func testConfig(s *mailboxtest.Server) mailbox.Config {
	return mailbox.Config{
		Host:     s.Host,
		Port:     s.Port,
		TLS:      mailbox.TLSNone,
		Username: s.User,
		Password: s.Password,
		Timeout:  30 * time.Second,
	}
}

func dial(t *testing.T, cfg mailbox.Config) *mailbox.Client {
	t.Helper()
	c, err := mailbox.Dial(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func rawMessage(n int) []byte {
	return fmt.Appendf(nil, "From: Wang Fang <wang.fang@example.com>\r\n"+
		"To: tousu@yweca.org.example\r\n"+
		"Subject: complaint %d\r\n"+
		"Message-ID: <complaint-%d@example.com>\r\n"+
		"\r\n"+
		"Body of complaint %d.\r\n", n, n, n)
}

// appendN appends messages numbered from..to-1 to folder and returns their
// UIDs.
func appendN(t *testing.T, s *mailboxtest.Server, folder string, from, to int) []uint32 {
	t.Helper()
	var uids []uint32
	for i := from; i < to; i++ {
		uids = append(uids, s.Append(t, folder, rawMessage(i)))
	}
	return uids
}

// recorder collects what Poll hands over, bodies read in full.
type recorder struct {
	msgs []got
}

// got is a message as handle saw it, with its body.
type got struct {
	mailbox.Message
	raw []byte
}

func (r *recorder) handle(_ context.Context, m mailbox.Message) error {
	g := got{Message: m}
	if m.Body != nil {
		raw, err := io.ReadAll(m.Body)
		if err != nil {
			return err
		}
		g.raw = raw
	}
	g.Body = nil // valid only during handle
	r.msgs = append(r.msgs, g)
	return nil
}

func (r *recorder) uids() []uint32 {
	var uids []uint32
	for _, m := range r.msgs {
		uids = append(uids, m.UID)
	}
	return uids
}

func TestPollFetchesAllThenOnlyNew(t *testing.T) {
	tests := []struct {
		name    string
		batch   int
		rev1    bool
		initial int
	}{
		{name: "default batch", batch: 0, initial: 5},
		{name: "batch of one", batch: 1, initial: 5},
		{name: "batch smaller than count", batch: 2, initial: 5},
		{name: "batch equal to count", batch: 5, initial: 5},
		{name: "imap4rev1 server", batch: 3, rev1: true, initial: 7},
		{name: "empty folder first", batch: 2, initial: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mailboxtest.StartWith(t, mailboxtest.Options{IMAP4rev1Only: tt.rev1})
			uidValidity, err := s.UIDValidity("INBOX")
			if err != nil {
				t.Fatal(err)
			}
			first := appendN(t, s, "INBOX", 0, tt.initial)
			c := dial(t, testConfig(s))
			ctx := context.Background()

			var r recorder
			stats, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: tt.batch}, r.handle)
			if err != nil {
				t.Fatalf("first Poll: %v", err)
			}
			if !slices.Equal(r.uids(), first) {
				t.Fatalf("first Poll handed uids %v, want %v", r.uids(), first)
			}
			for i, m := range r.msgs {
				if !bytes.Equal(m.raw, rawMessage(i)) {
					t.Errorf("message uid %d: raw = %q, want %q", m.UID, m.raw, rawMessage(i))
				}
				if m.UIDValidity != uidValidity {
					t.Errorf("message uid %d: uidvalidity = %d, want %d", m.UID, m.UIDValidity, uidValidity)
				}
				if m.Size != int64(len(m.raw)) {
					t.Errorf("message uid %d: size = %d, want %d", m.UID, m.Size, len(m.raw))
				}
				if m.InternalDate.IsZero() {
					t.Errorf("message uid %d: zero internal date", m.UID)
				}
			}
			want := mailbox.PollStats{UIDValidity: uidValidity, Fetched: tt.initial, Found: tt.initial}
			if tt.initial > 0 {
				want.LastUID = first[len(first)-1]
			}
			if stats != want {
				t.Errorf("first Poll stats = %+v, want %+v", stats, want)
			}

			cur := mailbox.Cursor{UIDValidity: stats.UIDValidity, LastUID: stats.LastUID}
			second := appendN(t, s, "INBOX", 100, 103)
			r = recorder{}
			stats, err = c.Poll(ctx, "INBOX", cur, mailbox.PollOptions{Batch: tt.batch}, r.handle)
			if err != nil {
				t.Fatalf("second Poll: %v", err)
			}
			if !slices.Equal(r.uids(), second) {
				t.Fatalf("second Poll handed uids %v, want only the new %v", r.uids(), second)
			}
			if stats.Rescan || stats.Fetched != 3 || stats.LastUID != second[2] {
				t.Errorf("second Poll stats = %+v", stats)
			}

			// Nothing new: UID SEARCH last+1:* still returns the last UID
			// (RFC 9051 "*" rule), which must not be handed over again.
			cur.LastUID = stats.LastUID
			r = recorder{}
			stats, err = c.Poll(ctx, "INBOX", cur, mailbox.PollOptions{Batch: tt.batch}, r.handle)
			if err != nil {
				t.Fatalf("third Poll: %v", err)
			}
			if len(r.msgs) != 0 || stats.Fetched != 0 || stats.Found != 0 {
				t.Errorf("third Poll handed uids %v (stats %+v), want none", r.uids(), stats)
			}
		})
	}
}

func TestPollLeavesSeenFlagsAlone(t *testing.T) {
	s := mailboxtest.Start(t)
	unseen1 := s.Append(t, "INBOX", rawMessage(1))
	seen, err := s.AppendSeenMessage("INBOX", rawMessage(2))
	if err != nil {
		t.Fatal(err)
	}
	unseen2 := s.Append(t, "INBOX", rawMessage(3))

	c := dial(t, testConfig(s))
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: 2}, r.handle); err != nil {
		t.Fatal(err)
	}
	if len(r.msgs) != 3 {
		t.Fatalf("Poll handed %d messages, want 3", len(r.msgs))
	}

	n, err := s.Unseen("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("unseen count after Poll = %d, want 2", n)
	}
	for _, tc := range []struct {
		uid      uint32
		wantSeen bool
	}{{unseen1, false}, {seen, true}, {unseen2, false}} {
		flags, err := s.Flags("INBOX", tc.uid)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(flags, `\Seen`); got != tc.wantSeen {
			t.Errorf("uid %d flags after Poll = %v, want \\Seen %v", tc.uid, flags, tc.wantSeen)
		}
	}
}

func TestPollStopsAtHandleError(t *testing.T) {
	s := mailboxtest.Start(t)
	uids := appendN(t, s, "INBOX", 0, 5)
	c := dial(t, testConfig(s))
	ctx := context.Background()
	errStore := errors.New("database is locked")

	var handled []uint32
	stats, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: 10}, func(_ context.Context, m mailbox.Message) error {
		if m.UID == uids[2] {
			return errStore
		}
		handled = append(handled, m.UID)
		return nil
	})
	if !errors.Is(err, errStore) {
		t.Fatalf("Poll error = %v, want it to wrap %v", err, errStore)
	}
	if want := fmt.Sprintf("uid %d", uids[2]); !strings.Contains(err.Error(), want) {
		t.Errorf("Poll error %q does not name %q", err, want)
	}
	if !slices.Equal(handled, uids[:2]) {
		t.Fatalf("handled %v before the error, want %v", handled, uids[:2])
	}
	if stats.Fetched != 2 || stats.LastUID != uids[1] {
		t.Errorf("stats = %+v, want 2 fetched up to uid %d", stats, uids[1])
	}

	// The same client, with the cursor the caller stored, gets the failed
	// message again.
	var r recorder
	cur := mailbox.Cursor{UIDValidity: stats.UIDValidity, LastUID: stats.LastUID}
	if _, err := c.Poll(ctx, "INBOX", cur, mailbox.PollOptions{Batch: 10}, r.handle); err != nil {
		t.Fatalf("Poll after handle error: %v", err)
	}
	if !slices.Equal(r.uids(), uids[2:]) {
		t.Errorf("Poll after handle error handed %v, want %v", r.uids(), uids[2:])
	}
}

func TestPollRescansAfterUIDValidityChange(t *testing.T) {
	s := mailboxtest.Start(t)
	appendN(t, s, "INBOX", 0, 3)
	c := dial(t, testConfig(s))
	ctx := context.Background()

	var r recorder
	stats, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Rescan {
		t.Error("first Poll from the zero cursor reported Rescan")
	}
	cur := r.msgs[len(r.msgs)-1].Cursor()

	if err := s.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	newUIDs := appendN(t, s, "INBOX", 10, 12)
	newValidity, err := s.UIDValidity("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if newValidity == cur.UIDValidity {
		t.Fatalf("RecreateMailbox kept uidvalidity %d", newValidity)
	}

	r = recorder{}
	stats, err = c.Poll(ctx, "INBOX", cur, mailbox.PollOptions{}, r.handle)
	if err != nil {
		t.Fatal(err)
	}
	if !stats.Rescan || stats.UIDValidity != newValidity {
		t.Errorf("stats = %+v, want Rescan with uidvalidity %d", stats, newValidity)
	}
	if !slices.Equal(r.uids(), newUIDs) {
		t.Errorf("rescan handed %v, want %v", r.uids(), newUIDs)
	}
	for _, m := range r.msgs {
		if m.UIDValidity != newValidity {
			t.Errorf("uid %d carries uidvalidity %d, want %d", m.UID, m.UIDValidity, newValidity)
		}
	}
}

func TestPollStopsAfterMessageInHandWhenCancelled(t *testing.T) {
	s := mailboxtest.Start(t)
	uids := appendN(t, s, "INBOX", 0, 6)
	c := dial(t, testConfig(s))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var handled []uint32
	stats, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: 10}, func(ctx context.Context, m mailbox.Message) error {
		if m.UID == uids[1] {
			cancel()
		}
		handled = append(handled, m.UID)
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Poll error = %v, want context.Canceled", err)
	}
	if !slices.Equal(handled, uids[:2]) {
		t.Errorf("handled %v, want %v: the message in hand, then stop", handled, uids[:2])
	}
	if stats.Fetched != 2 || stats.LastUID != uids[1] {
		t.Errorf("stats = %+v", stats)
	}
	// The connection was closed on cancellation.
	_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: 10}, func(context.Context, mailbox.Message) error { return nil })
	if !errors.Is(err, mailbox.ErrConnectionClosed) {
		t.Errorf("Poll after cancellation: error = %v, want ErrConnectionClosed", err)
	}
}

func TestPollAlreadyCancelled(t *testing.T) {
	s := mailboxtest.Start(t)
	appendN(t, s, "INBOX", 0, 2)
	c := dial(t, testConfig(s))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var r recorder
	_, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Poll error = %v, want context.Canceled", err)
	}
	if len(r.msgs) != 0 {
		t.Errorf("handled %v with a cancelled context", r.uids())
	}
}

// stallFetch makes the server's FETCH block until the test ends.
func stallFetch(t *testing.T, s *mailboxtest.Server) {
	release := make(chan struct{})
	s.SetFetchHook(func() { <-release })
	t.Cleanup(func() { close(release) }) // runs before the server's Close
}

func TestPollBoundedByContextDeadline(t *testing.T) {
	s := mailboxtest.Start(t)
	appendN(t, s, "INBOX", 0, 2)
	stallFetch(t, s)
	c := dial(t, testConfig(s))

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	var r recorder
	_, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Poll error = %v, want context.DeadlineExceeded", err)
	}
	if len(r.msgs) != 0 {
		t.Errorf("handled %v from a stalled server", r.uids())
	}
}

func TestPollBoundedByConfigTimeout(t *testing.T) {
	s := mailboxtest.Start(t)
	appendN(t, s, "INBOX", 0, 2)
	cfg := testConfig(s)
	cfg.Timeout = time.Second
	c := dial(t, cfg)
	stallFetch(t, s)

	_, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Poll error = %v, want context.DeadlineExceeded", err)
	}
	if !strings.Contains(err.Error(), "imap timeout") {
		t.Errorf("Poll error %q does not say the imap timeout expired", err)
	}
	_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil })
	if !errors.Is(err, mailbox.ErrConnectionClosed) {
		t.Errorf("Poll after timeout: error = %v, want ErrConnectionClosed", err)
	}
}

func TestPollMissingFolder(t *testing.T) {
	s := mailboxtest.Start(t)
	c := dial(t, testConfig(s))
	_, err := c.Poll(context.Background(), "Complaints", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil })
	if err == nil {
		t.Fatal("Poll of a missing folder succeeded")
	}
	for _, want := range []string{`"Complaints"`, "No such mailbox"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	// A NO from the server leaves the connection usable.
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil }); err != nil {
		t.Errorf("Poll of INBOX after a NO: %v", err)
	}
}

func TestPollOtherFolder(t *testing.T) {
	tests := []struct {
		name   string
		folder string
		rev1   bool
	}{
		{name: "ascii with hierarchy", folder: "Complaints/2025"},
		{name: "chinese on imap4rev2", folder: "投诉/2025"},
		{name: "chinese on imap4rev1 (modified utf-7)", folder: "投诉/2025", rev1: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mailboxtest.StartWith(t, mailboxtest.Options{Folders: []string{tt.folder}, IMAP4rev1Only: tt.rev1})
			appendN(t, s, "INBOX", 0, 2)
			want := appendN(t, s, tt.folder, 50, 53)
			c := dial(t, testConfig(s))
			var r recorder
			if _, err := c.Poll(context.Background(), tt.folder, mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.uids(), want) {
				t.Fatalf("handed %v, want %v", r.uids(), want)
			}
			if !bytes.Equal(r.msgs[0].raw, rawMessage(50)) {
				t.Errorf("first message = %q, want message 50", r.msgs[0].raw)
			}
			if err := mailbox.Check(context.Background(), testConfig(s), tt.folder); err != nil {
				t.Errorf("Check: %v", err)
			}
		})
	}
}

func TestCloseTwiceAndPollAfterClose(t *testing.T) {
	s := mailboxtest.Start(t)
	c, err := mailbox.Dial(context.Background(), testConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("first Close: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil })
	if !errors.Is(err, mailbox.ErrConnectionClosed) {
		t.Errorf("Poll after Close: error = %v, want ErrConnectionClosed", err)
	}
}

func TestCloseAfterServerGone(t *testing.T) {
	s := mailboxtest.Start(t)
	c, err := mailbox.Dial(context.Background(), testConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(context.Context, mailbox.Message) error { return nil })
	if err == nil {
		t.Error("Poll against a stopped server succeeded")
	}
	if err := c.Close(); err != nil {
		t.Errorf("Close of a dropped connection: %v", err)
	}
}
