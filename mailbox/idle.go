package mailbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2"
)

// DefaultIdleWait is how long Idle waits when given a maxWait of zero or
// less. RFC 2177 §3: servers may drop a client idle for 30 minutes, so stay
// well below.
const DefaultIdleWait = 25 * time.Minute

// Idle waits until folder probably has new messages, maxWait passes, or
// ctx is done, whichever comes first. It reports true when the server said
// something changed; the caller then Polls. A wake-up is a hint only: IDLE
// can miss a message that arrives just as it starts, so callers also Poll
// after a false return (maxWait is the backstop).
//
// It examines folder first and returns true at once when the folder's
// UIDVALIDITY or UIDNEXT differ from what the last Poll of folder on this
// Client saw, or when there was no such Poll. Then it issues IDLE (RFC 2177,
// part of IMAP4rev2) and waits for an EXISTS response. A server without
// IDLE is waited on with a timer only.
//
// When ctx is done it ends IDLE and returns ctx.Err(); the connection stays
// usable unless the server does not answer in Config.Timeout, in which
// case it is closed.
func (c *Client) Idle(ctx context.Context, folder string, maxWait time.Duration) (bool, error) {
	if err := c.usable(); err != nil {
		return false, fmt.Errorf("idling on folder %q: %w", folder, err)
	}
	if maxWait <= 0 {
		maxWait = DefaultIdleWait
	}
	timeout := c.cfg.timeout()

	// bounded runs f with the connection closed if it takes longer than
	// timeout or ctx ends first; it reports the context's error if so.
	bounded := func(ctx context.Context, f func() error) error {
		bctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		closed := make(chan struct{})
		stop := context.AfterFunc(bctx, func() {
			c.imap.Close()
			close(closed)
		})
		err := f()
		if !stop() {
			<-closed
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("imap %s did not answer within %s (imap timeout), connection closed: %w", c.addr, timeout, bctx.Err())
		}
		return err
	}

	var sel *imap.SelectData
	err := bounded(ctx, func() error {
		var err error
		sel, err = c.examine(folder)
		return err
	})
	if err != nil {
		return false, err
	}
	last, ok := c.seen[folder]
	if !ok || last.uidValidity != sel.UIDValidity || (sel.UIDNext != 0 && uint32(sel.UIDNext) != last.uidNext) {
		return true, nil
	}

	timer := time.NewTimer(maxWait)
	defer timer.Stop()
	if !c.CanIdle() {
		return c.waitNoop(ctx, folder, timer, bounded)
	}

	// Forget wake-ups from before this IDLE.
	select {
	case <-c.wake:
	default:
	}
	idle, err := c.imap.Idle()
	if err != nil {
		return false, fmt.Errorf("starting idle on folder %q on imap %s: %w", folder, c.addr, err)
	}
	c.log.Debug("idling", "folder", folder, "uidvalidity", sel.UIDValidity, "max_wait", maxWait)

	var woke bool
	var waitErr error
	select {
	case <-c.wake:
		woke = true
	case <-timer.C:
	case <-ctx.Done():
		waitErr = ctx.Err()
	case <-c.imap.Closed():
		waitErr = fmt.Errorf("idling on folder %q: imap %s dropped the connection: %w", folder, c.addr, ErrConnectionClosed)
	}
	// Ending IDLE gets its own bound: ctx may already be done.
	err = bounded(context.Background(), func() error {
		if err := idle.Close(); err != nil {
			return err
		}
		return idle.Wait()
	})
	if waitErr != nil {
		return woke, waitErr
	}
	if err != nil && !errors.Is(err, ErrConnectionClosed) {
		return woke, fmt.Errorf("ending idle on folder %q on imap %s: %w", folder, c.addr, err)
	}
	return woke, nil
}

// CanIdle reports whether Idle waits with IDLE on this connection: the
// server offers it (RFC 2177; part of IMAP4rev2, RFC 9051 §6.3.13) and
// Config.NoIdle is off. Otherwise Idle sends NOOP.
func (c *Client) CanIdle() bool {
	caps := c.imap.Caps()
	return !c.cfg.NoIdle && (caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2))
}

// waitNoop is Idle on a server without IDLE (or with Config.NoIdle): it
// sends NOOP every Config.KeepAlive, which keeps the connection from the
// server's autologout and brings EXISTS for new mail in the examined
// folder.
func (c *Client) waitNoop(ctx context.Context, folder string, timer *time.Timer, bounded func(context.Context, func() error) error) (bool, error) {
	select {
	case <-c.wake:
	default:
	}
	tick := time.NewTicker(c.cfg.keepAlive())
	defer tick.Stop()
	for {
		select {
		case <-timer.C:
			return false, nil
		case <-ctx.Done():
			return false, ctx.Err()
		case <-c.imap.Closed():
			return false, fmt.Errorf("waiting on folder %q: imap %s dropped the connection: %w", folder, c.addr, ErrConnectionClosed)
		case <-tick.C:
		}
		if err := bounded(ctx, func() error { return c.imap.Noop().Wait() }); err != nil {
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			return false, fmt.Errorf("keeping the connection to imap %s alive (NOOP): %w", c.addr, throttled(err))
		}
		select {
		case <-c.wake:
			return true, nil
		default:
		}
	}
}

// Usable reports whether the connection can carry another command: it
// was not closed, timed out or dropped by the server.
func (c *Client) Usable() bool { return c.usable() == nil }
