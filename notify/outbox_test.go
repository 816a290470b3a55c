package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/logging"
	"github.com/yweca/redress/notify/notifytest"
)

// memOutbox is an in-memory stand-in for the SQLite outbox store (the
// store is tested in casefile); the SMTP side of these tests is real.
type memOutbox struct {
	mu   sync.Mutex
	rows map[int64]*memRow
	// dueErr, when set, is returned by Due.
	dueErr error
	// onSent, when set, is called with the number of rows sent so far
	// each time a row is marked sent (without the lock held).
	onSent func(n int)
	sent   int
	// sentErr, claimErr and sentSinceErr, when set, are returned by
	// Sent, Claim and SentSince.
	sentErr, claimErr, sentSinceErr error
	// elsewhere are rows another process claimed after Due listed them:
	// Claim answers ErrClaimed for them.
	elsewhere map[int64]bool
}

type memRow struct {
	q       Queued
	next    time.Time
	claimed time.Time // not due before
	sentAt  time.Time
	failed  bool
	reasons []string
}

func newMemOutbox(mails ...Mail) *memOutbox {
	o := &memOutbox{rows: map[int64]*memRow{}}
	for i, m := range mails {
		id := int64(i + 1)
		o.rows[id] = &memRow{q: Queued{ID: id, Mail: m}}
	}
	return o
}

func (o *memOutbox) Due(ctx context.Context, now time.Time, limit int) ([]Queued, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.dueErr != nil {
		return nil, o.dueErr
	}
	var ids []int64
	for id, r := range o.rows {
		if r.sentAt.IsZero() && !r.failed && !r.next.After(now) && !r.claimed.After(now) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var out []Queued
	for _, id := range ids {
		if len(out) == limit {
			break
		}
		out = append(out, o.rows[id].q)
	}
	return out, nil
}

func (o *memOutbox) Claim(ctx context.Context, id int64, until time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.claimErr != nil {
		return o.claimErr
	}
	if o.elsewhere[id] {
		return fmt.Errorf("claiming outbox mail #%d: %w", id, ErrClaimed)
	}
	o.rows[id].claimed = until
	return nil
}

func (o *memOutbox) Sent(ctx context.Context, id int64, at time.Time) error {
	o.mu.Lock()
	if o.sentErr != nil {
		o.mu.Unlock()
		return o.sentErr
	}
	o.rows[id].sentAt = at
	o.sent++
	n, hook := o.sent, o.onSent
	o.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	return nil
}

func (o *memOutbox) SentSince(ctx context.Context, since time.Time) (int, time.Time, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.sentSinceErr != nil {
		return 0, time.Time{}, o.sentSinceErr
	}
	var (
		n      int
		oldest time.Time
	)
	for _, r := range o.rows {
		if !r.sentAt.IsZero() && r.sentAt.After(since) {
			n++
			if oldest.IsZero() || r.sentAt.Before(oldest) {
				oldest = r.sentAt
			}
		}
	}
	return n, oldest, nil
}

// add queues m as a new row and returns its id.
func (o *memOutbox) add(m Mail) int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	id := int64(len(o.rows) + 1)
	o.rows[id] = &memRow{q: Queued{ID: id, Mail: m}}
	return id
}

func (o *memOutbox) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	r := o.rows[id]
	r.q.Attempts++
	r.next = next
	r.claimed = time.Time{} // one next-attempt column in the store
	r.reasons = append(r.reasons, reason)
	return nil
}

func (o *memOutbox) Failed(ctx context.Context, id int64, reason string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	r := o.rows[id]
	r.failed = true
	r.reasons = append(r.reasons, reason)
	return nil
}

func (o *memOutbox) row(id int64) memRow {
	o.mu.Lock()
	defer o.mu.Unlock()
	r := *o.rows[id]
	r.reasons = slices.Clone(r.reasons)
	return r
}

func mailTo(to, id string) Mail {
	m := testMail()
	m.To = []string{to}
	m.MessageID = id
	return m
}

// fakeClock is a settable clock for Deliverer.Now.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var t0 = time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)

func TestFlush(t *testing.T) {
	tests := []struct {
		name      string
		attempts  int // Attempts of the row before the flush
		maxAtt    int
		lifetime  time.Duration
		queued    time.Time // when the row was queued; zero: t0
		reject    int       // RCPT reply code for the recipient, 0 = accept
		wantStats DeliveryStats
		wantSent  bool
		wantFail  bool
		wantNext  time.Time
		reason    string
	}{
		{name: "sent", wantStats: DeliveryStats{Sent: 1}, wantSent: true},
		{
			name: "temporary failure is retried after 1m", reject: 451,
			wantStats: DeliveryStats{Retried: 1}, wantNext: t0.Add(time.Minute), reason: "451",
		},
		{
			name: "third temporary failure waits 4m", attempts: 2, reject: 421,
			wantStats: DeliveryStats{Retried: 1}, wantNext: t0.Add(4 * time.Minute), reason: "421",
		},
		{
			name: "permanent failure fails at once", reject: 550,
			wantStats: DeliveryStats{Failed: 1}, wantFail: true, reason: "550",
		},
		{
			name: "temporary failure at the last attempt fails", attempts: 9, reject: 451,
			wantStats: DeliveryStats{Failed: 1}, wantFail: true, reason: "giving up after 10 attempts",
		},
		{
			name: "MaxAttempts is honoured", attempts: 2, maxAtt: 3, reject: 451,
			wantStats: DeliveryStats{Failed: 1}, wantFail: true, reason: "giving up after 3 attempts",
		},
		{
			name: "with a queue lifetime, the tenth attempt is retried", attempts: 9, reject: 451, lifetime: 120 * time.Hour,
			queued: t0.Add(-2 * time.Hour), wantStats: DeliveryStats{Retried: 1}, wantNext: t0.Add(Backoff(10)), reason: "451",
		},
		{
			name: "the queue lifetime fails mail whose next try would be too late", attempts: 30, reject: 451, lifetime: 120 * time.Hour,
			queued: t0.Add(-117 * time.Hour), wantStats: DeliveryStats{Failed: 1}, wantFail: true, reason: "policy.queue_lifetime 120h0m0s",
		},
		{
			name: "within the queue lifetime a late retry is still made", attempts: 30, reject: 451, lifetime: 120 * time.Hour,
			queued: t0.Add(-100 * time.Hour), wantStats: DeliveryStats{Retried: 1}, wantNext: t0.Add(6 * time.Hour), reason: "451",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.Start(t)
			if tt.reject != 0 {
				srv.RejectRcpt("buyer@example.com", tt.reject, "server says no")
			}
			ob := newMemOutbox(mailTo("buyer@example.com", "m1@yw.example"))
			ob.rows[1].q.Attempts = tt.attempts
			ob.rows[1].q.Queued = tt.queued
			clock := &fakeClock{t: t0}
			d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: clock.Now, MaxAttempts: tt.maxAtt, QueueLifetime: tt.lifetime}
			stats, err := d.Flush(t.Context())
			if err != nil {
				t.Fatalf("Flush: %v", err)
			}
			if stats != tt.wantStats {
				t.Errorf("stats = %+v, want %+v", stats, tt.wantStats)
			}
			r := ob.row(1)
			if got := !r.sentAt.IsZero(); got != tt.wantSent {
				t.Errorf("sent = %v, want %v", got, tt.wantSent)
			}
			if tt.wantSent && !r.sentAt.Equal(t0) {
				t.Errorf("sent at %v, want %v", r.sentAt, t0)
			}
			if r.failed != tt.wantFail {
				t.Errorf("failed = %v, want %v", r.failed, tt.wantFail)
			}
			if !r.next.Equal(tt.wantNext) {
				t.Errorf("next attempt = %v, want %v", r.next, tt.wantNext)
			}
			if tt.reason != "" {
				if len(r.reasons) != 1 || !strings.Contains(r.reasons[0], tt.reason) || !strings.Contains(r.reasons[0], "server says no") {
					t.Errorf("reasons = %q, want one containing %q and the server's text", r.reasons, tt.reason)
				}
			}
			if got, want := len(srv.Messages()), tt.wantStats.Sent; got != want {
				t.Errorf("server received %d mails, want %d", got, want)
			}
		})
	}
}

func TestFlushRetryThenSend(t *testing.T) {
	srv := notifytest.Start(t)
	srv.RejectRcpt("late@example.com", 451, "try again later")
	ob := newMemOutbox(
		mailTo("ok@example.com", "a@yw.example"),
		mailTo("late@example.com", "b@yw.example"),
		mailTo("gone@example.com", "c@yw.example"),
	)
	srv.RejectRcpt("gone@example.com", 550, "no such user")
	clock := &fakeClock{t: t0}
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: clock.Now}

	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("first Flush: %v", err)
	}
	if want := (DeliveryStats{Sent: 1, Retried: 1, Failed: 1}); stats != want {
		t.Fatalf("first Flush stats = %+v, want %+v", stats, want)
	}

	// Not due yet: nothing happens.
	clock.Advance(30 * time.Second)
	if stats, err = d.Flush(t.Context()); err != nil || stats != (DeliveryStats{}) {
		t.Fatalf("Flush before the retry is due = %+v, %v; want nothing done", stats, err)
	}

	srv.RejectRcpt("late@example.com", 0, "")
	clock.Advance(30 * time.Second)
	if stats, err = d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: 1}) {
		t.Fatalf("Flush when the retry is due = %+v, %v; want one sent", stats, err)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 || msgs[0].To[0] != "ok@example.com" || msgs[1].To[0] != "late@example.com" {
		t.Fatalf("server received %+v", msgs)
	}
	if r := ob.row(2); r.q.Attempts != 1 || r.sentAt.IsZero() {
		t.Errorf("row 2 = %+v, want sent after one failed attempt", r)
	}
}

func TestFlushManyBatches(t *testing.T) {
	srv := notifytest.Start(t)
	var mails []Mail
	for i := range flushBatch + 7 {
		mails = append(mails, mailTo(fmt.Sprintf("u%d@example.com", i), fmt.Sprintf("m%d@yw.example", i)))
	}
	ob := newMemOutbox(mails...)
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now}
	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if stats.Sent != len(mails) {
		t.Errorf("sent %d, want %d", stats.Sent, len(mails))
	}
	if got := len(srv.Messages()); got != len(mails) {
		t.Errorf("server received %d, want %d", got, len(mails))
	}
}

func TestFlushCancelled(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(mailTo("buyer@example.com", "m1@yw.example"))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now}
	stats, err := d.Flush(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Flush err = %v, want context.Canceled", err)
	}
	if stats != (DeliveryStats{}) {
		t.Errorf("stats = %+v, want zero", stats)
	}
	if r := ob.row(1); !r.sentAt.IsZero() || r.failed || r.q.Attempts != 0 {
		t.Errorf("row changed by a cancelled flush: %+v", r)
	}
}

// cancellingTransport cancels the flush while sending the first mail, as
// a shutdown signal would.
type cancellingTransport struct {
	cancel context.CancelFunc
	calls  int
}

func (s *cancellingTransport) Open(ctx context.Context) (Session, error) { return s, nil }

func (s *cancellingTransport) Send(ctx context.Context, m Mail) error {
	s.calls++
	s.cancel()
	return fmt.Errorf("sending: %w", ctx.Err())
}

func (s *cancellingTransport) Close() error { return nil }

func TestFlushStopsWhenCancelledMidway(t *testing.T) {
	ob := newMemOutbox(mailTo("a@example.com", "a@yw"), mailTo("b@example.com", "b@yw"))
	ctx, cancel := context.WithCancel(t.Context())
	s := &cancellingTransport{cancel: cancel}
	d := &Deliverer{Transport: s, Outbox: ob, Now: (&fakeClock{t: t0}).Now}
	if _, err := d.Flush(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Flush err = %v, want context.Canceled", err)
	}
	if s.calls != 1 {
		t.Errorf("Send called %d times, want 1", s.calls)
	}
	if r := ob.row(1); r.q.Attempts != 0 || r.failed {
		t.Errorf("interrupted mail was counted as an attempt: %+v", r)
	}
}

func TestFlushStoreError(t *testing.T) {
	ob := newMemOutbox()
	ob.dueErr = errors.New("database is locked")
	d := &Deliverer{Transport: NewSender(SMTPConfig{}, nil), Outbox: ob}
	_, err := d.Flush(t.Context())
	if err == nil || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("Flush err = %v, want the store's error", err)
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		name     string
		attempts int
		want     time.Duration
	}{
		{name: "zero counts as one", attempts: 0, want: time.Minute},
		{name: "negative counts as one", attempts: -3, want: time.Minute},
		{name: "first", attempts: 1, want: time.Minute},
		{name: "second", attempts: 2, want: 2 * time.Minute},
		{name: "third", attempts: 3, want: 4 * time.Minute},
		{name: "ninth", attempts: 9, want: 256 * time.Minute},
		{name: "tenth is capped", attempts: 10, want: 6 * time.Hour},
		{name: "huge is capped", attempts: 1000, want: 6 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Backoff(tt.attempts); got != tt.want {
				t.Errorf("Backoff(%d) = %v, want %v", tt.attempts, got, tt.want)
			}
		})
	}
}

// A mail whose "sent" cannot be recorded (the database went read-only) is
// not sent again every round; when not even the claim can be written,
// nothing is sent at all.
func TestSentMarkFailsNoResend(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(testMail())
	ob.sentErr = errors.New("attempt to write a readonly database")
	now := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: func() time.Time { return now }}
	for round := range 3 {
		if _, err := d.Flush(t.Context()); round == 0 && err == nil {
			t.Fatal("Flush hid the failed mark")
		}
		now = now.Add(time.Minute)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("the mail was sent %d times in 3 rounds, want once", n)
	}
	now = now.Add(ClaimLease)
	ob.claimErr = errors.New("attempt to write a readonly database")
	if _, err := d.Flush(t.Context()); err == nil || !strings.Contains(err.Error(), "nothing was sent") {
		t.Errorf("Flush with an unwritable claim = %v, want it to say nothing was sent", err)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("sent %d times after the claim failed, want still once", n)
	}
}

// Another instance sharing the store claims a mail between Due and
// Claim: it is skipped, not sent and not an error, and the round goes on
// with the rest.
func TestFlushSkipsMailClaimedElsewhere(t *testing.T) {
	srv := notifytest.Start(t)
	m1, m2, m3 := testMail(), testMail(), testMail()
	m1.MessageID, m2.MessageID, m3.MessageID = "one@x", "two@x", "three@x"
	ob := newMemOutbox(m1, m2, m3)
	ob.elsewhere = map[int64]bool{2: true}
	now := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: func() time.Time { return now }}
	st, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if st.Sent != 2 {
		t.Errorf("Sent = %d, want 2", st.Sent)
	}
	var ids []string
	for _, m := range srv.Messages() {
		ids = append(ids, string(m.Data))
	}
	if len(ids) != 2 || strings.Contains(strings.Join(ids, ""), "two@x") {
		t.Errorf("the server received %d mails (two@x among them: %v), want one@x and three@x only",
			len(ids), strings.Contains(strings.Join(ids, ""), "two@x"))
	}
	if !ob.rows[2].sentAt.IsZero() || ob.rows[2].failed {
		t.Error("the mail claimed elsewhere was marked by this process")
	}
}

// A "mail sent" line names the case, the purpose and the recipient,
// which the daemon's log handler (package logging) masks; a queue
// lifetime is named when it gives a mail up.
func TestFlushLogLines(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(mailTo("buyer@example.com", "m1@yw.example"))
	ob.rows[1].q.CaseRef, ob.rows[1].q.Purpose = "YW-2026-00042", "ack"
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now,
		Logger: logging.New(&logs, logging.Options{})}
	if _, err := d.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	line := logs.String()
	for _, want := range []string{"mail sent", "case=YW-2026-00042", "purpose=ack", "to=b***@example.com"} {
		if !strings.Contains(line, want) {
			t.Errorf("log %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "buyer@example.com") {
		t.Errorf("log %q shows the whole address", line)
	}
}
