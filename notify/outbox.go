package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"sync"
	"time"
)

// Queued is one outbox row that is due for delivery.
type Queued struct {
	ID int64
	// Attempts is how many delivery attempts have already failed; the
	// store's Retry increments it.
	Attempts int
	Mail     Mail
	// Queued is when the mail was queued; zero: Mail.Date. With
	// Deliverer.QueueLifetime it bounds how long the mail is retried.
	Queued time.Time
	// CaseRef and Purpose name the mail in the log ("" : none).
	CaseRef, Purpose string
}

// Outbox is the store side of delivery (implemented in casefile).
type Outbox interface {
	// Due returns up to limit unsent, not failed rows whose next attempt
	// is at or before now, oldest first.
	Due(ctx context.Context, now time.Time, limit int) ([]Queued, error)
	// Sent marks the row delivered.
	Sent(ctx context.Context, id int64, at time.Time) error
	// Retry records a failed attempt (Attempts+1) and the time of the next.
	Retry(ctx context.Context, id int64, next time.Time, reason string) error
	// Failed gives the row up for good, with the reason for the operator.
	Failed(ctx context.Context, id int64, reason string) error
	// Claim makes the row not due before until, without counting an
	// attempt: written before the mail is sent, so that a mail whose
	// "sent" cannot be recorded (a read-only or full database) is not
	// sent again every round. When Claim fails nothing is sent. It wraps
	// ErrClaimed when another process sharing the store has claimed the
	// row, or already sent or rescheduled it, since Due listed it: the
	// mail is skipped, not an error. Claiming again a row this process
	// claimed (until now: to make it due at once) succeeds.
	Claim(ctx context.Context, id int64, until time.Time) error
	// SentSince returns how many rows were marked Sent with a time after
	// since, and the earliest of those times (zero when n is 0). The
	// sending limits count their rolling windows with it, so that the
	// counts hold across a restart.
	SentSince(ctx context.Context, since time.Time) (n int, oldest time.Time, err error)
}

// ErrClaimed is wrapped by Outbox.Claim when the row is no longer this
// process's to send: another instance sharing the store claimed it (or
// sent it, or scheduled it for later) after Due listed it.
var ErrClaimed = errors.New("outbox mail claimed by another process")

// ClaimLease is how long a mail being sent stays not due: if the process
// dies between sending and recording it, the mail is sent again after
// this long (with the same Message-ID).
const ClaimLease = 15 * time.Minute

// MailSender sends one mail on a connection of its own; *Sender
// implements it.
type MailSender interface {
	Send(ctx context.Context, m Mail) error
}

// DeliveryStats counts what one Flush did.
type DeliveryStats struct {
	Sent, Retried, Failed int
	// Deferred counts due mail left untouched because the server could
	// not be reached: it stays due and its attempts are not counted. It
	// counts the mail the round had fetched; more may be due behind it.
	Deferred int
	// Limited counts due mail left untouched because a sending limit
	// (MaxPerMinute, MaxPerDay) was reached: like Deferred, it stays due
	// with its attempts unchanged, and more may be due behind it. It is
	// not Deferred because nothing is wrong: the desk waits on purpose.
	Limited int
	// LimitedUntil, when Limited > 0, is when the limit that stopped the
	// round has room for a mail again at the earliest.
	LimitedUntil time.Time
}

// Deliverer applies the delivery policy to the outbox: send what is due
// over one SMTP session, give up at once on permanent errors, retry
// temporary ones with Backoff until MaxAttempts, and leave everything due
// when the server cannot be reached. Flush calls on one Deliverer run one
// at a time; a Deliverer must not be copied after first use.
type Deliverer struct {
	// Transport opens the SMTP sessions; usually a *Sender.
	Transport Transport
	// Sender is used when Transport is nil: as the Transport when it
	// implements one (a *Sender does), else one Send per mail.
	//
	// Deprecated: set Transport.
	Sender MailSender
	Outbox Outbox
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// MaxAttempts is how many attempts a mail gets in total; 0 means 10
	// without a QueueLifetime and no limit with one.
	MaxAttempts int
	// QueueLifetime is how long after it was queued a mail is still
	// retried after temporary failures, as Postfix's
	// maximal_queue_lifetime: a mail whose next attempt would fall later
	// is failed. 0: MaxAttempts alone decides.
	QueueLifetime time.Duration
	// MaxPerMinute and MaxPerDay cap the mail sent in any rolling minute
	// and any rolling 24 hours (smtp.max_per_minute, smtp.max_per_day), as
	// hosted mailboxes such as QQ Mail and Gmail refuse mail above their
	// quota. 0 or less means no limit. They count what the Outbox recorded
	// Sent (SentSince), so they hold across restarts; mail over a limit
	// stays due with its attempts unchanged (DeliveryStats.Limited).
	MaxPerMinute, MaxPerDay int

	mu sync.Mutex
}

// flushBatch is how many rows one Due call fetches.
const flushBatch = 50

// Flush sends all mail that is due, over one SMTP session opened at the
// first due mail and reused (RSET between mails) for the rest.
//
// A reply about one mail is handled as before: a permanent error marks the
// mail Failed with the server's reply; a temporary one schedules a retry at
// now+Backoff(attempts), and after MaxAttempts attempts marks it Failed;
// the session goes on with the next mail.
//
// A connection lost during a mail is dialled again once and the mail sent
// again on the new session. When the server cannot be reached (the dial
// or the session set-up fails), the round stops at once: this mail and the
// rest stay due with their attempts unchanged, they are counted in
// Deferred, and one warning says how many and why. A mail that loses the
// fresh connection too counts as a temporary failure, and the round stops
// the same way.
//
// With MaxPerMinute or MaxPerDay set, the round counts the mail sent in
// each window before its first mail and whenever its allowance is spent.
// When a limit leaves no room, the round stops before dialling or
// claiming anything: the rest stays due with its attempts unchanged,
// counted in Limited, LimitedUntil says when the limit frees a slot, and
// one line (a warning for the daily limit, info for the minute's) says
// how many, which limit and until when.
//
// Flush stops early when ctx is cancelled, returning ctx's error; a mail
// whose send was cut short stays due. A store error stops the flush and is
// returned with the counts so far.
func (d *Deliverer) Flush(ctx context.Context) (DeliveryStats, error) {
	d.mu.Lock()
	defer d.mu.Unlock()

	logger := d.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	tr := d.transport()
	if tr == nil {
		return DeliveryStats{}, errors.New("notify: Deliverer has no Transport")
	}
	r := &round{d: d, tr: tr, ctx: ctx, logger: logger.With("component", "notify"), maxAttempts: d.MaxAttempts, now: d.now,
		limits: d.limits()}
	if r.maxAttempts <= 0 && d.QueueLifetime > 0 {
		r.maxAttempts = math.MaxInt // the queue lifetime decides
	} else if r.maxAttempts <= 0 {
		r.maxAttempts = 10
	}
	defer r.closeSession()

	// Each row is handled at most once per Flush, so a store that keeps
	// returning a row (clock skew, a Retry into the past) cannot loop us.
	seen := map[int64]bool{}
	start := r.now()
	for {
		if err := ctx.Err(); err != nil {
			return r.stats, err
		}
		due, err := d.Outbox.Due(ctx, start, flushBatch)
		if err != nil {
			return r.stats, fmt.Errorf("listing due outbox mail: %w", err)
		}
		var todo []Queued
		for _, q := range due {
			if !seen[q.ID] {
				seen[q.ID] = true
				todo = append(todo, q)
			}
		}
		for i, q := range todo {
			if err := ctx.Err(); err != nil {
				return r.stats, err
			}
			if bind, full, err := r.full(); err != nil {
				return r.stats, err
			} else if full {
				left := len(todo) - i
				r.stats.Limited += left
				r.stats.LimitedUntil = bind.frees()
				level := slog.LevelInfo
				if bind.length >= 24*time.Hour {
					// A daily quota holds mail for hours: the operator
					// should know.
					level = slog.LevelWarn
				}
				r.logger.Log(ctx, level, "sending limit reached; due mail left until the limit frees a slot",
					"limited", left, "more_due", len(due) == flushBatch, "limit", bind.key, "max", bind.max,
					"sent_in_window", bind.sent, "frees_at", bind.frees())
				return r.stats, nil
			}
			stop, err := r.deliver(q)
			if err != nil {
				return r.stats, err
			}
			if stop != nil {
				left := len(todo) - i
				if stop.handled {
					left--
				}
				r.stats.Deferred += left
				r.logger.Warn(stop.msg, "deferred", left, "more_due", len(due) == flushBatch,
					"err", stop.err)
				return r.stats, nil
			}
		}
		if len(todo) == 0 || len(due) < flushBatch {
			return r.stats, nil
		}
	}
}

// now is the Deliverer's clock.
func (d *Deliverer) now() time.Time {
	if d.Now == nil {
		return time.Now()
	}
	return d.Now()
}

// transport returns the Transport to use, nil if there is none.
func (d *Deliverer) transport() Transport {
	switch {
	case d.Transport != nil:
		return d.Transport
	case d.Sender == nil:
		return nil
	}
	if t, ok := d.Sender.(Transport); ok {
		return t
	}
	return oneShot{d.Sender}
}

// oneShot makes a MailSender a Transport whose sessions send each mail
// with MailSender.Send.
type oneShot struct{ s MailSender }

func (o oneShot) Open(context.Context) (Session, error) { return o, nil }

func (o oneShot) Send(ctx context.Context, m Mail) error { return o.s.Send(ctx, m) }

func (o oneShot) Close() error { return nil }

// round is the state of one Flush.
type round struct {
	d           *Deliverer
	tr          Transport
	ctx         context.Context
	logger      *slog.Logger
	maxAttempts int
	now         func() time.Time
	stats       DeliveryStats
	sess        Session
	// limits are the sending limits (nil: none), allowed how many more
	// mails they let this round send before they are counted again.
	limits  []window
	allowed int
}

// full reports whether the sending limits let no more mail go now, and
// then the limit that binds. The windows are counted in the outbox when
// the round's allowance is spent (at its first mail, and again after as
// many mails as were allowed, so that a long round sees the windows
// move); between counts the allowance is kept here.
func (r *round) full() (bind window, full bool, err error) {
	if len(r.limits) == 0 || r.allowed > 0 {
		return window{}, false, nil
	}
	if err := count(r.ctx, r.d.Outbox, r.now(), r.limits); err != nil {
		return window{}, false, err
	}
	r.allowed, bind = allowance(r.limits)
	return bind, r.allowed == 0, nil
}

// stopRound says why a round stops before all due mail was tried.
type stopRound struct {
	msg string
	err error
	// handled is set when the current mail was dealt with (counted as a
	// failed attempt) and is not among the deferred.
	handled bool
}

func (r *round) closeSession() {
	if r.sess == nil {
		return
	}
	if err := r.sess.Close(); err != nil {
		r.logger.Debug("closing smtp session", "err", err)
	}
	r.sess = nil
}

// open opens the round's session if there is none. A non-nil stop means
// the server cannot be reached and the round must end.
func (r *round) open() (*stopRound, error) {
	if r.sess != nil {
		return nil, nil
	}
	s, err := r.tr.Open(r.ctx)
	if err != nil {
		if r.ctx.Err() != nil {
			return nil, r.ctx.Err()
		}
		return &stopRound{msg: "smtp server unreachable or refused the session set-up (TLS, login); due mail left for the next round", err: err}, nil
	}
	r.sess = s
	return nil, nil
}

// send sends m on the round's session, opening it first if there is none,
// and dialling once more when the connection is lost during m. A non-nil
// stop means the round must end; sendErr is then the error of m when it
// was tried on the fresh connection, or nil when m was not tried.
func (r *round) send(m Mail) (stop *stopRound, sendErr error) {
	redialled := false
	for {
		if stop, err := r.open(); stop != nil || err != nil {
			return stop, err
		}
		err := r.sess.Send(r.ctx, m)
		if err == nil || !IsConnection(err) {
			return nil, err
		}
		r.closeSession()
		if r.ctx.Err() != nil {
			return nil, err
		}
		if redialled {
			return &stopRound{msg: "smtp server dropped the connection twice; due mail left for the next round", err: err, handled: true}, err
		}
		redialled = true
		r.logger.Info("smtp connection lost; dialling again", "message_id", m.MessageID, "err", err)
	}
}

// deliver sends q and records the outcome in the outbox. A non-nil stop
// ends the round; a non-nil error is a store error or cancellation.
func (r *round) deliver(q Queued) (*stopRound, error) {
	ctx, d := r.ctx, r.d
	log := r.logger.With("outbox_id", q.ID, "message_id", q.Mail.MessageID, "case", q.CaseRef, "purpose", q.Purpose,
		"to", strings.Join(q.Mail.To, ","))
	// The server first: a round that cannot reach it changes nothing.
	if stop, err := r.open(); stop != nil || err != nil {
		return stop, err
	}
	if err := d.Outbox.Claim(ctx, q.ID, r.now().Add(ClaimLease)); errors.Is(err, ErrClaimed) {
		log.Debug("mail skipped: another process is sending it")
		return nil, nil
	} else if err != nil {
		// Nothing can be recorded: sending now would send again next
		// round. Stop and leave it due.
		return nil, fmt.Errorf("claiming outbox mail %d before sending it (nothing was sent): %w", q.ID, err)
	}
	stop, sendErr := r.send(q.Mail)
	if stop != nil && !stop.handled {
		// Not sent after all: due again at once (best effort; else the
		// claim runs out).
		d.Outbox.Claim(context.WithoutCancel(ctx), q.ID, r.now())
		return stop, nil
	}
	if sendErr == nil {
		if err := d.Outbox.Sent(ctx, q.ID, r.now()); err != nil {
			// The mail went out; its claim keeps it from being sent again
			// until ClaimLease has passed, and then it goes with the same
			// Message-ID, which lets the recipient's client drop the copy.
			return nil, fmt.Errorf("marking outbox mail %d sent (it was sent; if this cannot be recorded it is sent again after %s): %w", q.ID, ClaimLease, err)
		}
		r.stats.Sent++
		r.allowed--
		log.Info("mail sent")
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		// Cut short by shutdown, not the server's fault: leave it due.
		return nil, err
	}
	attempts := q.Attempts + 1
	reason := sendErr.Error()
	switch {
	case IsPermanent(sendErr):
		if err := d.Outbox.Failed(ctx, q.ID, reason); err != nil {
			return nil, fmt.Errorf("marking outbox mail %d failed: %w", q.ID, err)
		}
		r.stats.Failed++
		log.Warn("mail rejected permanently", "attempts", attempts, "reply_code", ReplyCode(sendErr), "err", sendErr)
	case d.QueueLifetime > 0 && r.now().Add(Backoff(attempts)).After(queuedAt(q).Add(d.QueueLifetime)):
		reason = fmt.Sprintf("giving up after %d attempts over %s (policy.queue_lifetime %s): %s", attempts,
			r.now().Sub(queuedAt(q)).Round(time.Minute), d.QueueLifetime, reason)
		if err := d.Outbox.Failed(ctx, q.ID, reason); err != nil {
			return nil, fmt.Errorf("marking outbox mail %d failed: %w", q.ID, err)
		}
		r.stats.Failed++
		log.Warn("mail delivery given up: queue lifetime reached", "attempts", attempts, "queue_lifetime", d.QueueLifetime, "reply_code", ReplyCode(sendErr), "err", sendErr)
	case attempts >= r.maxAttempts:
		reason = fmt.Sprintf("giving up after %d attempts: %s", attempts, reason)
		if err := d.Outbox.Failed(ctx, q.ID, reason); err != nil {
			return nil, fmt.Errorf("marking outbox mail %d failed: %w", q.ID, err)
		}
		r.stats.Failed++
		log.Warn("mail delivery given up", "attempts", attempts, "reply_code", ReplyCode(sendErr), "err", sendErr)
	default:
		next := r.now().Add(Backoff(attempts))
		if err := d.Outbox.Retry(ctx, q.ID, next, reason); err != nil {
			return nil, fmt.Errorf("scheduling retry of outbox mail %d: %w", q.ID, err)
		}
		r.stats.Retried++
		log.Info("mail delivery deferred", "attempts", attempts, "next", next, "reply_code", ReplyCode(sendErr), "err", sendErr)
	}
	return stop, nil
}

// queuedAt is when q was queued.
func queuedAt(q Queued) time.Time {
	if !q.Queued.IsZero() {
		return q.Queued
	}
	return q.Mail.Date
}

// Backoff is the wait after the given number of failed attempts: 1m after
// the first, then doubling (2m, 4m, ...), capped at 6h. attempts < 1 counts
// as 1.
func Backoff(attempts int) time.Duration {
	const maxBackoff = 6 * time.Hour
	if attempts < 1 {
		attempts = 1
	}
	if attempts > 20 { // 2^19 minutes is far past the cap; avoid overflow
		return maxBackoff
	}
	d := time.Minute << (attempts - 1)
	return min(d, maxBackoff)
}
