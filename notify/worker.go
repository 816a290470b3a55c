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
// every Kick and every Interval, until ctx is cancelled; it then returns
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
		timer.Reset(interval)
	}
}
