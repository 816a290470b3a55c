package notify

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// DefaultFlushInterval is how often a Worker flushes when nobody kicks it
// and its Interval is 0: the shortest Backoff, so a retry waits at most
// about twice its backoff.
const DefaultFlushInterval = time.Minute

// Worker delivers the outbox apart from polling: it flushes as soon as it
// is kicked (a transaction that queued mail has committed), and otherwise
// every Interval, so that retries are sent when they fall due. Make it
// with NewWorker.
type Worker struct {
	// Deliverer does the flushing; Flush may also be called on it
	// directly (a one-shot run): calls take turns.
	Deliverer *Deliverer
	// Interval is the time between flushes when nothing kicks the worker;
	// 0 means DefaultFlushInterval.
	Interval time.Duration
	// Logger receives flush errors; nil discards.
	Logger *slog.Logger
	// OnFlush, when set, is called after every completed flush with its
	// result, from the goroutine running Run.
	OnFlush func(DeliveryStats, error)

	kick chan struct{}
}

// NewWorker returns a Worker flushing d every interval (0 means
// DefaultFlushInterval) and when kicked.
func NewWorker(d *Deliverer, interval time.Duration, logger *slog.Logger) *Worker {
	return &Worker{Deliverer: d, Interval: interval, Logger: logger, kick: make(chan struct{}, 1)}
}

// nextFlush is how long the worker waits after a flush when nothing kicks
// it: Interval, except after a round stopped by a sending limit, when it
// waits until the limit frees a slot (at least a second). That is sooner
// than Interval for a per-minute limit, and for a daily one it spares
// flushing every Interval for hours only to log the limit again; a Kick
// still flushes at once (the round then counts the windows and stops
// without dialling).
func nextFlush(stats DeliveryStats, err error, interval time.Duration, now time.Time) time.Duration {
	if err != nil || stats.Limited == 0 || stats.LimitedUntil.IsZero() {
		return interval
	}
	return max(stats.LimitedUntil.Sub(now), time.Second)
}

// Kick asks for a flush as soon as possible. It never blocks, and kicks
// coalesce: however many arrive while a flush runs, one more flush follows
// it. A kick before Run starts is kept for it.
func (w *Worker) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// Run flushes once at start (mail left due by an earlier run), then on
// every Kick and every Interval (after a round stopped by a sending
// limit: when the limit frees a slot, see nextFlush), until ctx is
// cancelled; it then returns
// nil, leaving unsent mail due for the next run. A failed flush (a store
// error) is logged and tried again at the next kick or interval.
func (w *Worker) Run(ctx context.Context) error {
	if w.Deliverer == nil || w.kick == nil {
		return errors.New("notify: Worker must be made with NewWorker and a Deliverer")
	}
	logger := w.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	interval := w.Interval
	if interval <= 0 {
		interval = DefaultFlushInterval
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-w.kick:
		case <-timer.C:
		}
		stats, err := w.Deliverer.Flush(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			logger.Error("sending queued mail", "component", "notify", "err", err)
		}
		if w.OnFlush != nil {
			w.OnFlush(stats, err)
		}
		timer.Reset(nextFlush(stats, err, interval, w.Deliverer.now()))
	}
}
