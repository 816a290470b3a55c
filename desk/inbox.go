package desk

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/yweca/redress/mailbox"
)

// Sent folder settings of Config.Sent besides a folder name.
const (
	SentAuto = "auto" // find it: SPECIAL-USE \Sent, then the common names
	SentNone = "none" // read no Sent folder
)

// Redial delays: after a failed connection the next attempt waits
// redialBase·2^(n-1) (n failures in a row), capped at redialMax, with
// ±20% jitter so that many stations do not return in step. A provider's
// refusal for now (mailbox.IsThrottled) starts at throttleBase instead:
// hosted mailboxes punish clients that come back at once.
const (
	redialBase   = 15 * time.Second
	throttleBase = 5 * time.Minute
	redialMax    = 30 * time.Minute
)

// redial is the backoff state of the inbox connection: decisions as
// data, kept on the Desk between polls.
type redial struct {
	failures int
	until    time.Time // no dial before this
	lastErr  error
}

// delay is how long to wait after the n-th failure in a row; jitter in
// [-1, 1) scales it by ±20%.
func redialDelay(n int, throttled bool, jitter float64) time.Duration {
	base := redialBase
	if throttled {
		base = throttleBase
	}
	d := base
	for i := 1; i < n && d < redialMax; i++ {
		d *= 2
	}
	d = min(d, redialMax)
	return d + time.Duration(float64(d)*0.2*jitter)
}

// ErrBackingOff is wrapped by Poll's error when the inbox connection
// failed recently and the next attempt is not due yet.
var ErrBackingOff = errors.New("not connecting to the mail server yet: backing off after failures")

// RetryAt is when Poll will next try to connect after failures; zero when
// it may at once. The daemon's loop does not poll before it.
func (d *Desk) RetryAt() time.Time { return d.redial.until }

// connect returns the open inbox connection, dialling it when there is
// none and the backoff allows.
func (d *Desk) connect(ctx context.Context) (*mailbox.Client, error) {
	if d.client != nil && d.client.Usable() {
		return d.client, nil
	}
	d.dropClient()
	now := time.Now()
	if now.Before(d.redial.until) {
		return nil, fmt.Errorf("%w: next attempt at %s after %d failures (last: %v)", ErrBackingOff,
			d.redial.until.Format(time.TimeOnly), d.redial.failures, d.redial.lastErr)
	}
	c, err := mailbox.Dial(ctx, d.imap)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		d.redial.failures++
		d.redial.lastErr = err
		wait := redialDelay(d.redial.failures, mailbox.IsThrottled(err), d.jitter())
		d.redial.until = now.Add(wait)
		level := "failed"
		if mailbox.IsThrottled(err) {
			level = "refused for now (throttled)"
		}
		d.log.Warn("connecting to the mail server "+level+"; waiting before the next attempt",
			"failures", d.redial.failures, "retry_in", wait.Round(time.Second), "err", err)
		return nil, err
	}
	if d.redial.failures > 0 {
		d.log.Info("connected to the mail server again", "after_failures", d.redial.failures)
	}
	d.redial = redial{}
	d.client = c
	d.sent = d.cfg.Sent
	if d.sent == SentAuto {
		d.sent = d.findSent(ctx, c)
	}
	return c, nil
}

// findSent resolves imap.sent: auto on a fresh connection.
func (d *Desk) findSent(ctx context.Context, c *mailbox.Client) string {
	folders, err := c.Folders(ctx)
	if err != nil {
		d.log.Warn("listing folders to find the Sent folder failed; the Sent folder is not read this time", "err", err)
		return ""
	}
	name, how := mailbox.FindSent(folders)
	if name == "" {
		if !d.noSentLogged {
			d.log.Info("no Sent folder found (none marked \\Sent, none with a common name): mail staff send from the station account is not recorded; name it in imap.sent", "folders", len(folders))
			d.noSentLogged = true
		}
		return ""
	}
	if name != d.lastSent {
		d.log.Info("reading the station account's Sent folder", "folder", name, "found", how)
		d.lastSent = name
	}
	return name
}

func (d *Desk) jitter() float64 {
	if d.rand != nil {
		return d.rand()
	}
	return rand.Float64()*2 - 1
}

// dropClient closes the kept connection, if any.
func (d *Desk) dropClient() {
	if d.client != nil {
		d.client.Close()
		d.client = nil
		if d.Observer != nil {
			d.Observer.IdleConnected(false)
		}
	}
}

// Close logs out of the mail server. The Desk may be used again: the next
// Poll dials afresh.
func (d *Desk) Close() error {
	d.dropClient()
	return nil
}

// Wait waits on the kept inbox connection until until, or until the
// server reports new mail (IDLE, or NOOP every mailbox.Config.KeepAlive
// where the server has no IDLE or imap.idle is off), or ctx is done. It reports whether new
// mail was announced. Without a connection it just waits. A connection
// that fails while waiting is dropped; the next Poll dials again.
func (d *Desk) Wait(ctx context.Context, until time.Time) bool {
	for {
		left := time.Until(until)
		if left <= 0 || ctx.Err() != nil {
			return false
		}
		if d.client == nil || !d.client.Usable() {
			t := time.NewTimer(left)
			defer t.Stop()
			select {
			case <-t.C:
			case <-ctx.Done():
			}
			return false
		}
		if d.Observer != nil {
			d.Observer.IdleConnected(d.client.CanIdle())
		}
		woke, err := d.client.Idle(ctx, d.cfg.Folder, min(left, mailbox.DefaultIdleWait))
		switch {
		case ctx.Err() != nil:
			return false
		case err != nil:
			d.log.Info("the connection to the mail server ended while waiting; it is opened again at the next poll", "err", err)
			d.dropClient()
			return true // poll now: reconnecting finds what arrived meanwhile
		case woke:
			return true
		}
	}
}
