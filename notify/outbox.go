package notify

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"time"
)

// Queued is one outbox row that is due for delivery.
type Queued struct {
	ID int64
	// Attempts is how many delivery attempts have already failed; the
	// store's Retry increments it.
	Attempts int
	Mail     Mail
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
}

// MailSender sends one mail; *Sender implements it.
type MailSender interface {
	Send(ctx context.Context, m Mail) error
}

// DeliveryStats counts what one Flush did.
type DeliveryStats struct {
	Sent, Retried, Failed int
}

// Deliverer applies the delivery policy to the outbox: send what is due,
// give up at once on permanent errors, retry temporary ones with Backoff
// until MaxAttempts.
type Deliverer struct {
	Sender MailSender
	Outbox Outbox
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// MaxAttempts is how many attempts a mail gets in total; 0 means 10.
	MaxAttempts int
}

// flushBatch is how many rows one Due call fetches.
const flushBatch = 50

// Flush sends all mail that is due. A permanent error marks the mail
// Failed with the server's reply; a temporary one schedules a retry at
// now+Backoff(attempts), and after MaxAttempts attempts marks it Failed.
// It stops early when ctx is cancelled, returning ctx's error; a mail whose
// send was cut short stays due. A store error stops the flush and is
// returned with the counts so far.
func (d *Deliverer) Flush(ctx context.Context) (DeliveryStats, error) {
	var stats DeliveryStats
	logger := d.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("component", "notify")
	maxAttempts := d.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = 10
	}
	now := d.Now
	if now == nil {
		now = time.Now
	}

	// Each row is handled at most once per Flush, so a store that keeps
	// returning a row (clock skew, a Retry into the past) cannot loop us.
	seen := map[int64]bool{}
	start := now()
	for {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		due, err := d.Outbox.Due(ctx, start, flushBatch)
		if err != nil {
			return stats, fmt.Errorf("listing due outbox mail: %w", err)
		}
		handled := 0
		for _, q := range due {
			if seen[q.ID] {
				continue
			}
			seen[q.ID] = true
			handled++
			if err := ctx.Err(); err != nil {
				return stats, err
			}
			if err := d.deliver(ctx, logger, q, maxAttempts, now, &stats); err != nil {
				return stats, err
			}
		}
		if handled == 0 || len(due) < flushBatch {
			return stats, nil
		}
	}
}

func (d *Deliverer) deliver(ctx context.Context, logger *slog.Logger, q Queued, maxAttempts int, now func() time.Time, stats *DeliveryStats) error {
	log := logger.With("outbox_id", q.ID, "message_id", q.Mail.MessageID)
	sendErr := d.Sender.Send(ctx, q.Mail)
	if sendErr == nil {
		if err := d.Outbox.Sent(ctx, q.ID, now()); err != nil {
			// The mail went out; it will be sent again with the same
			// Message-ID, which lets the recipient's client drop the copy.
			return fmt.Errorf("marking outbox mail %d sent: %w", q.ID, err)
		}
		stats.Sent++
		log.Info("mail sent")
		return nil
	}
	if err := ctx.Err(); err != nil {
		// Cut short by shutdown, not the server's fault: leave it due.
		return err
	}
	attempts := q.Attempts + 1
	reason := sendErr.Error()
	switch {
	case IsPermanent(sendErr):
		if err := d.Outbox.Failed(ctx, q.ID, reason); err != nil {
			return fmt.Errorf("marking outbox mail %d failed: %w", q.ID, err)
		}
		stats.Failed++
		log.Warn("mail rejected permanently", "attempts", attempts, "reply_code", ReplyCode(sendErr), "err", maskAddresses(sendErr.Error()))
	case attempts >= maxAttempts:
		reason = fmt.Sprintf("giving up after %d attempts: %s", attempts, reason)
		if err := d.Outbox.Failed(ctx, q.ID, reason); err != nil {
			return fmt.Errorf("marking outbox mail %d failed: %w", q.ID, err)
		}
		stats.Failed++
		log.Warn("mail delivery given up", "attempts", attempts, "reply_code", ReplyCode(sendErr), "err", maskAddresses(sendErr.Error()))
	default:
		next := now().Add(Backoff(attempts))
		if err := d.Outbox.Retry(ctx, q.ID, next, reason); err != nil {
			return fmt.Errorf("scheduling retry of outbox mail %d: %w", q.ID, err)
		}
		stats.Retried++
		log.Info("mail delivery deferred", "attempts", attempts, "next", next, "reply_code", ReplyCode(sendErr), "err", maskAddresses(sendErr.Error()))
	}
	return nil
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

var addrLocalPart = regexp.MustCompile(`([A-Za-z0-9])[A-Za-z0-9._%+=-]*@`)

// maskAddresses shortens the local part of e-mail addresses in s to its
// first character, so that logs carry no consumer's full address (the
// outbox row keeps the full reason for the operator).
func maskAddresses(s string) string {
	return addrLocalPart.ReplaceAllString(s, "$1***@")
}
