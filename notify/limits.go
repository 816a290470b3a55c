package notify

import (
	"context"
	"fmt"
	"time"
)

// window is one sending limit and what the outbox says about it: a
// rolling window (now-length, now] in which at most max mails may be sent.
type window struct {
	key    string // the config key, for the log: "smtp.max_per_minute"
	max    int
	length time.Duration
	// sent is how many mails were recorded sent in the window, oldest the
	// earliest of their times.
	sent   int
	oldest time.Time
}

// frees is when the window has room for one more mail at the earliest:
// when its oldest send leaves it. When more than max were sent (a limit
// lowered since) it is a lower bound, and the round after it waits again.
func (w window) frees() time.Time { return w.oldest.Add(w.length) }

// allowance decides how many more mails may be sent under the windows
// (-1: no limit). When none may, bind is the window that keeps the round
// waiting longest: mail can go only once every exhausted window has room.
func allowance(ws []window) (n int, bind window) {
	n = -1
	for _, w := range ws {
		left := max(w.max-w.sent, 0)
		if n < 0 || left < n {
			n = left
		}
		if left == 0 && (bind.key == "" || w.frees().After(bind.frees())) {
			bind = w
		}
	}
	return n, bind
}

// limits returns the windows of the Deliverer's sending limits, not yet
// counted; none when there are none.
func (d *Deliverer) limits() []window {
	var ws []window
	if d.MaxPerMinute > 0 {
		ws = append(ws, window{key: "smtp.max_per_minute", max: d.MaxPerMinute, length: time.Minute})
	}
	if d.MaxPerDay > 0 {
		ws = append(ws, window{key: "smtp.max_per_day", max: d.MaxPerDay, length: 24 * time.Hour})
	}
	return ws
}

// count fills in what the outbox recorded sent in each window ending at
// now: the counts survive a restart because they are read from the store,
// not kept in memory.
func count(ctx context.Context, o Outbox, now time.Time, ws []window) error {
	for i := range ws {
		n, oldest, err := o.SentSince(ctx, now.Add(-ws[i].length))
		if err != nil {
			return fmt.Errorf("counting the mail sent in the last %s for %s: %w", ws[i].length, ws[i].key, err)
		}
		ws[i].sent, ws[i].oldest = n, oldest
	}
	return nil
}
