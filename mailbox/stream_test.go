package mailbox_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yweca/redress/internal/memstat"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/parser"
)

const largeSize = 50 << 20

// sha256Of hashes what r gives.
func sha256Of(t testing.TB, r io.Reader) [sha256.Size]byte {
	t.Helper()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		t.Fatal(err)
	}
	return [sha256.Size]byte(h.Sum(nil))
}

// heapWatch is a hash writer that samples the Go heap every MiB written.
type heapWatch struct {
	hash.Hash
	written, next int64
	peak          uint64
}

func (w *heapWatch) Write(p []byte) (int, error) {
	w.written += int64(len(p))
	if w.written >= w.next {
		w.next = w.written + 1<<20
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		w.peak = max(w.peak, ms.HeapInuse)
	}
	return w.Hash.Write(p)
}

func TestPollStreamsLargeMessage(t *testing.T) {
	s := mailboxtest.Start(t)
	open := mailboxtest.LargeMessage("large-1@example.com", largeSize, 1)
	want := sha256Of(t, open())
	before := s.Append(t, "INBOX", rawMessage(1))
	large, err := s.AppendStream("INBOX", largeSize, open)
	if err != nil {
		t.Fatal(err)
	}
	after := s.Append(t, "INBOX", rawMessage(2))
	c := dial(t, testConfig(s))

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse

	var order []uint32
	var got [sha256.Size]byte
	var peak uint64
	stats, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(_ context.Context, m mailbox.Message) error {
		order = append(order, m.UID)
		if m.UID != large {
			_, err := io.Copy(io.Discard, m.Body)
			return err
		}
		if m.Size != largeSize {
			t.Errorf("large message size = %d before the fetch, want %d", m.Size, largeSize)
		}
		w := &heapWatch{Hash: sha256.New()}
		if _, err := io.Copy(w, m.Body); err != nil {
			return err
		}
		if w.written != largeSize {
			t.Errorf("body gave %d bytes, want %d", w.written, largeSize)
		}
		got = [sha256.Size]byte(w.Sum(nil))
		peak = w.peak
		return nil
	})
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	if !slices.Equal(order, []uint32{before, large, after}) {
		t.Errorf("handled uids %v, want %v", order, []uint32{before, large, after})
	}
	if got != want {
		t.Errorf("sha256 of the streamed body = %x, want %x (the appended bytes)", got, want)
	}
	if stats.Fetched != 3 || stats.LastUID != after {
		t.Errorf("stats = %+v", stats)
	}
	const limit = 16 << 20
	if peak > base && peak-base > limit {
		t.Errorf("heap in use grew by %d MiB while a %d MiB message streamed, want under %d MiB", (peak-base)>>20, largeSize>>20, limit>>20)
	}
	t.Logf("heap in use: base %d KiB, peak %d KiB during the body", base>>10, peak>>10)
}

func TestPollStalledMessageIsFetchError(t *testing.T) {
	tests := []struct {
		name      string
		size      int64
		opts      mailbox.PollOptions
		readBody  bool // handle reads the body (else returns at once)
		wantFetch bool // a *FetchError naming the stalled message
	}{
		{name: "large message alone, handle reads", size: 2 << 20, readBody: true, wantFetch: true},
		{name: "small message in a batch, handle reads", size: 200 << 10, readBody: true, wantFetch: true},
		{name: "large message, handle returns without reading", size: 2 << 20, wantFetch: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mailboxtest.Start(t)
			release := make(chan struct{})
			t.Cleanup(func() { close(release) }) // before the server's Close
			first := appendN(t, s, "INBOX", 0, 2)
			open := mailboxtest.LargeMessage("stalled@example.com", tt.size, 2)
			stalled, err := s.AppendStream("INBOX", tt.size, func() io.Reader {
				return mailboxtest.StallAfter(open(), tt.size/4, release)
			})
			if err != nil {
				t.Fatal(err)
			}
			later := s.Append(t, "INBOX", rawMessage(9))

			cfg := testConfig(s)
			cfg.Timeout = 300 * time.Millisecond
			c := dial(t, cfg)
			// Far above the inactivity timeout: the poll must end by that
			// timeout, not by this one.
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var handled []uint32
			stats, err := c.Poll(ctx, "INBOX", mailbox.Cursor{}, tt.opts, func(_ context.Context, m mailbox.Message) error {
				if m.UID == stalled && !tt.readBody {
					handled = append(handled, m.UID)
					return nil
				}
				if _, err := io.Copy(io.Discard, m.Body); err != nil {
					return fmt.Errorf("storing the message: %w", err)
				}
				handled = append(handled, m.UID)
				return nil
			})
			if ctx.Err() != nil {
				t.Fatalf("Poll ended by the test's context, not the inactivity timeout: %v", err)
			}
			if err == nil {
				t.Fatal("Poll of a stalled message succeeded")
			}
			if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "imap timeout") {
				t.Errorf("Poll error %q does not say the imap timeout passed", err)
			}
			var fe *mailbox.FetchError
			if tt.wantFetch {
				if !errors.As(err, &fe) {
					t.Fatalf("Poll error %v (%T) is not a *FetchError", err, err)
				}
				if fe.UID != stalled || fe.Size != tt.size || fe.Folder != "INBOX" || fe.UIDValidity != stats.UIDValidity || !fe.Own {
					t.Errorf("FetchError = %+v, want uid %d size %d", fe, stalled, tt.size)
				}
				if want := fmt.Sprintf("uid %d", stalled); !strings.Contains(err.Error(), want) {
					t.Errorf("Poll error %q does not name %q", err, want)
				}
				if !slices.Equal(handled, first) || stats.LastUID != first[1] || stats.Fetched != 2 {
					t.Errorf("handled %v (stats %+v), want the messages before it: %v", handled, stats, first)
				}
			} else {
				// handle accepted it without reading: not the message's
				// failure, but the connection's.
				if errors.As(err, &fe) {
					t.Errorf("Poll error is a FetchError though handle accepted the message: %v", err)
				}
				if stats.LastUID != stalled {
					t.Errorf("stats = %+v, want last uid %d", stats, stalled)
				}
			}
			if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, (&recorder{}).handle); !errors.Is(err, mailbox.ErrConnectionClosed) {
				t.Errorf("Poll after the stall: error = %v, want ErrConnectionClosed", err)
			}

			// The caller records the stalled message as not filed and moves
			// on: the next message comes.
			c2 := dial(t, cfg)
			var r recorder
			if _, err := c2.Poll(context.Background(), "INBOX", mailbox.Cursor{UIDValidity: stats.UIDValidity, LastUID: stalled}, tt.opts, r.handle); err != nil {
				t.Fatalf("Poll past the stalled message: %v", err)
			}
			if !slices.Equal(r.uids(), []uint32{later}) || !bytes.Equal(r.msgs[0].raw, rawMessage(9)) {
				t.Errorf("Poll past the stalled message handed %v, want [%d]", r.uids(), later)
			}
		})
	}
}

func TestPollSlowFlowingTransferCompletes(t *testing.T) {
	s := mailboxtest.Start(t)
	const size = 320 << 10
	open := mailboxtest.LargeMessage("slow@example.com", size, 3)
	want := sha256Of(t, open())
	// 16 KiB every 100 ms: about 2 s in all, several times the timeout,
	// with bytes arriving far more often than it.
	uid, err := s.AppendStream("INBOX", size, func() io.Reader {
		return mailboxtest.Trickle(open(), 16<<10, 100*time.Millisecond)
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(s)
	cfg.Timeout = 500 * time.Millisecond
	c := dial(t, cfg)
	var got [sha256.Size]byte
	start := time.Now()
	stats, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(_ context.Context, m mailbox.Message) error {
		h := sha256.New()
		if _, err := io.Copy(h, m.Body); err != nil {
			return err
		}
		got = [sha256.Size]byte(h.Sum(nil))
		return nil
	})
	if err != nil {
		t.Fatalf("Poll of a slow but flowing message: %v", err)
	}
	if stats.LastUID != uid || got != want {
		t.Errorf("stats %+v, sha256 %x; want uid %d, sha256 %x", stats, got, uid, want)
	}
	if took := time.Since(start); took < 2*cfg.Timeout {
		// Not a speed target: the test proves nothing if the transfer
		// did not outlast the timeout.
		t.Errorf("transfer took %s, less than twice the timeout %s: the trickle is too fast to test anything", took, cfg.Timeout)
	}
}

func TestPollHandleLeavesBodyUnread(t *testing.T) {
	s := mailboxtest.Start(t)
	uids := appendN(t, s, "INBOX", 0, 3)
	big, err := s.AppendStream("INBOX", 3<<20, mailboxtest.LargeMessage("big@example.com", 3<<20, 4))
	if err != nil {
		t.Fatal(err)
	}
	uids = append(uids, big, s.Append(t, "INBOX", rawMessage(7)))
	c := dial(t, testConfig(s))
	var handled []uint32
	stats, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{Batch: 10}, func(_ context.Context, m mailbox.Message) error {
		if _, err := io.ReadFull(m.Body, make([]byte, 10)); err != nil {
			return err
		}
		handled = append(handled, m.UID)
		return nil
	})
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	if !slices.Equal(handled, uids) || stats.Fetched != len(uids) {
		t.Errorf("handled %v (stats %+v), want %v", handled, stats, uids)
	}
	// The connection is still in step.
	s.Append(t, "INBOX", rawMessage(8))
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{UIDValidity: stats.UIDValidity, LastUID: stats.LastUID}, mailbox.PollOptions{}, r.handle); err != nil {
		t.Fatalf("second Poll: %v", err)
	}
	if len(r.msgs) != 1 || !bytes.Equal(r.msgs[0].raw, rawMessage(8)) {
		t.Errorf("second Poll handed %v", r.uids())
	}
}

func TestPollRescanSkipsKnownMail(t *testing.T) {
	s := mailboxtest.Start(t)
	appendN(t, s, "INBOX", 0, 3)
	c := dial(t, testConfig(s))
	filed := map[string]int64{} // Message-ID → size, as the caller's store has them
	var r recorder
	stats, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		filed[fmt.Sprintf("complaint-%d@example.com", i)] = int64(len(rawMessage(i)))
	}
	filed["large-known@example.com"] = 2 << 20
	cur := mailbox.Cursor{UIDValidity: stats.UIDValidity, LastUID: stats.LastUID}

	if err := s.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	var opened atomic.Int32
	open := mailboxtest.LargeMessage("large-known@example.com", 2<<20, 5)
	known0 := s.Append(t, "INBOX", rawMessage(0))
	largeKnown, err := s.AppendStream("INBOX", 2<<20, func() io.Reader { opened.Add(1); return open() })
	if err != nil {
		t.Fatal(err)
	}
	unknown := s.Append(t, "INBOX", rawMessage(5))
	noID := s.Append(t, "INBOX", []byte("From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n"))
	known2 := s.Append(t, "INBOX", rawMessage(2))
	opened.Store(0)

	var asked []string
	r = recorder{}
	opts := mailbox.PollOptions{Batch: 2, Known: func(_ context.Context, header []byte, size int64) (bool, error) {
		id := parser.HeaderMessageID(header) // as the caller reads it
		asked = append(asked, id)
		want, ok := filed[id]
		return ok && want == size, nil
	}}
	c2 := dial(t, testConfig(s))
	stats, err = c2.Poll(context.Background(), "INBOX", cur, opts, r.handle)
	if err != nil {
		t.Fatalf("rescan Poll: %v", err)
	}
	if !stats.Rescan || stats.Known != 3 || stats.Fetched != 2 || stats.LastUID != known2 {
		t.Errorf("stats = %+v, want a rescan with 3 known and 2 fetched up to uid %d", stats, known2)
	}
	if !slices.Equal(r.uids(), []uint32{known0, largeKnown, unknown, noID, known2}) {
		t.Fatalf("handled %v, want every uid in order", r.uids())
	}
	wantKnown := map[uint32]bool{known0: true, largeKnown: true, known2: true}
	for _, m := range r.msgs {
		isKnown := wantKnown[m.UID]
		if m.Known != isKnown {
			t.Errorf("uid %d: Known = %v, want %v", m.UID, m.Known, isKnown)
		}
		if isKnown && m.raw != nil {
			t.Errorf("known uid %d: body %q; want no body", m.UID, m.raw)
		}
	}
	if got := r.msgs[2]; !bytes.Equal(got.raw, rawMessage(5)) {
		t.Errorf("unknown message: body %q", got.raw)
	}
	if got := r.msgs[3]; got.raw == nil {
		t.Errorf("message without id: body %q; want it downloaded", got.raw)
	}
	if n := opened.Load(); n != 0 {
		t.Errorf("the known large message was downloaded %d times, want 0", n)
	}
	if want := []string{"complaint-0@example.com", "large-known@example.com", "complaint-5@example.com", "", "complaint-2@example.com"}; !slices.Equal(asked, want) {
		t.Errorf("Known asked for %q, want %q", asked, want)
	}

	// An error of Known ends the poll as it is, not as a FetchError.
	errStore := errors.New("database is locked")
	opts.Known = func(context.Context, []byte, int64) (bool, error) { return false, errStore }
	c3 := dial(t, testConfig(s))
	_, err = c3.Poll(context.Background(), "INBOX", cur, opts, (&recorder{}).handle)
	var fe *mailbox.FetchError
	if !errors.Is(err, errStore) || errors.As(err, &fe) {
		t.Errorf("Poll with a failing Known: error = %v, want it to wrap %v", err, errStore)
	}
}

func TestPollHandleErrorIsNotFetchError(t *testing.T) {
	s := mailboxtest.Start(t)
	uid, err := s.AppendStream("INBOX", 2<<20, mailboxtest.LargeMessage("x@example.com", 2<<20, 6))
	if err != nil {
		t.Fatal(err)
	}
	c := dial(t, testConfig(s))
	errDisk := errors.New("disk full")
	_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(_ context.Context, m mailbox.Message) error {
		if _, err := io.CopyN(io.Discard, m.Body, 1<<20); err != nil {
			return err
		}
		return errDisk
	})
	var fe *mailbox.FetchError
	if !errors.Is(err, errDisk) || errors.As(err, &fe) || !strings.Contains(err.Error(), fmt.Sprintf("uid %d", uid)) {
		t.Fatalf("Poll error = %v, want it to wrap %v and name uid %d, not to be a FetchError", err, errDisk, uid)
	}
	// The rest of the body was read and discarded: the connection is in step.
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil || len(r.msgs) != 1 || len(r.msgs[0].raw) != 2<<20 {
		t.Errorf("Poll after a handle error: %v, handed %v", err, r.uids())
	}
}

// BenchmarkPollLarge fetches a 50 MB message and hashes it; it reports the
// throughput and the process's peak resident memory (VmHWM), which must
// not grow with the message size.
func BenchmarkPollLarge(b *testing.B) {
	s := mailboxtest.Start(b)
	if _, err := s.AppendStream("INBOX", largeSize, mailboxtest.LargeMessage("bench@example.com", largeSize, 7)); err != nil {
		b.Fatal(err)
	}
	cfg := testConfig(s)
	b.SetBytes(largeSize)
	for b.Loop() {
		c, err := mailbox.Dial(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		_, err = c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, func(_ context.Context, m mailbox.Message) error {
			_, err := io.Copy(sha256.New(), m.Body)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		c.Close()
	}
	if hwm := memstat.PeakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<20), "peak-RSS-MiB")
	}
}
