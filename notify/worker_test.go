package notify

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/notify/notifytest"
)

// flushResult is one call of Worker.OnFlush.
type flushResult struct {
	stats DeliveryStats
	err   error
}

// startWorker runs w in the background with OnFlush reporting into the
// returned channel. stop cancels it and waits for Run to return, and
// returns Run's error.
func startWorker(t *testing.T, w *Worker) (results chan flushResult, stop func() error) {
	t.Helper()
	results = make(chan flushResult, 100)
	w.OnFlush = func(s DeliveryStats, err error) { results <- flushResult{s, err} }
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			runErr = <-done
		})
		return runErr
	}
	t.Cleanup(func() { stop() })
	return results, stop
}

func TestWorkerKickDelivers(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox()
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob}
	// An interval far longer than any test: only a kick can send.
	w := NewWorker(d, 24*time.Hour, nil)
	results, stop := startWorker(t, w)

	if r := <-results; r.err != nil || r.stats != (DeliveryStats{}) {
		t.Fatalf("start-up flush of an empty outbox = %+v", r)
	}
	ob.add(mailTo("buyer@example.com", "k1@yw.example"))
	w.Kick()
	if r := <-results; r.err != nil || r.stats != (DeliveryStats{Sent: 1}) {
		t.Fatalf("flush after Kick = %+v, want one sent", r)
	}
	if got := srv.Messages(); len(got) != 1 || got[0].To[0] != "buyer@example.com" {
		t.Fatalf("server received %+v", got)
	}
	if err := stop(); err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
}

// blockingOutbox holds the first Due call until release is closed.
type blockingOutbox struct {
	*memOutbox
	entered chan struct{}
	release chan struct{}
	once    sync.Once
}

func (o *blockingOutbox) Due(ctx context.Context, now time.Time, limit int) ([]Queued, error) {
	first := false
	o.once.Do(func() { first = true })
	if first {
		close(o.entered)
		<-o.release
	}
	return o.memOutbox.Due(ctx, now, limit)
}

func TestWorkerCoalescesKicks(t *testing.T) {
	srv := notifytest.Start(t)
	ob := &blockingOutbox{memOutbox: newMemOutbox(), entered: make(chan struct{}), release: make(chan struct{})}
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob}
	w := NewWorker(d, 24*time.Hour, nil)
	results, stop := startWorker(t, w)

	<-ob.entered // the start-up flush is running
	for range 5 {
		w.Kick()
	}
	close(ob.release)
	<-results // the start-up flush
	<-results // one more for all five kicks
	if err := stop(); err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
	close(results)
	extra := 0
	for range results {
		extra++
	}
	if extra != 0 {
		t.Errorf("five kicks during one flush caused %d further flushes, want 1", 1+extra)
	}
}

// Cancelling the worker in the middle of a flush leaves the mail due and
// its attempts uncounted.
func TestWorkerCancelLeavesMailDue(t *testing.T) {
	ob := newMemOutbox(mailTo("a@example.com", "a@yw"), mailTo("b@example.com", "b@yw"))
	ctx, cancel := context.WithCancel(t.Context())
	tr := &cancellingTransport{cancel: cancel}
	w := NewWorker(&Deliverer{Transport: tr, Outbox: ob}, 24*time.Hour, nil)
	flushed := false
	w.OnFlush = func(DeliveryStats, error) { flushed = true }
	if err := w.Run(ctx); err != nil {
		t.Fatalf("Run = %v, want nil after cancel", err)
	}
	if flushed {
		t.Error("OnFlush called for a flush cut short by cancel")
	}
	for id := int64(1); id <= 2; id++ {
		if r := ob.row(id); r.q.Attempts != 0 || r.failed || !r.sentAt.IsZero() {
			t.Errorf("row %d = %+v, want still due", id, r)
		}
	}
}

func TestWorkerNeedsNewWorker(t *testing.T) {
	if err := (&Worker{}).Run(t.Context()); err == nil {
		t.Fatal("Run of a zero Worker succeeded")
	}
}

// After a round stopped by a sending limit the worker flushes again when
// the limit frees a slot, not only after Interval.
func TestWorkerWakesWhenLimitFrees(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(manyMails(3)...)
	// A real clock that jumps 59.8s ahead once the first two mails are
	// sent: the minute's slot then frees about 200ms later.
	var (
		mu     sync.Mutex
		offset time.Duration
	)
	now := func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return time.Now().Add(offset)
	}
	ob.onSent = func(n int) {
		if n == 2 {
			mu.Lock()
			offset = 59800 * time.Millisecond
			mu.Unlock()
		}
	}
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: now, MaxPerMinute: 2}
	// An interval far longer than any test: only the limit's wake-up can send.
	w := NewWorker(d, 24*time.Hour, nil)
	results, _ := startWorker(t, w)
	if r := <-results; r.err != nil || r.stats.Sent != 2 || r.stats.Limited != 1 {
		t.Fatalf("first flush = %+v, want 2 sent and 1 limited", r)
	}
	select {
	case r := <-results:
		if r.err != nil || r.stats != (DeliveryStats{Sent: 1}) {
			t.Fatalf("flush after the limit freed = %+v, want the last one sent", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the worker did not flush when the limit freed a slot")
	}
}
