package casefile

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Outbox states.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// OutboxEntry is one outbox row as the operator sees it (redress outbox
// list).
type OutboxEntry struct {
	ID          int64
	CaseRef     string // "" for mail about no case
	Purpose     string
	To          []string
	Subject     string
	State       string // OutboxPending, OutboxSent or OutboxFailed
	Attempts    int
	NextAttempt time.Time // pending mail: when it is tried next
	LastError   string
	SentAt      time.Time // sent mail: when
	Queued      time.Time // when it was queued (the mail's date)
}

// ListOutbox returns the pending and failed mail, and the mail sent after
// sentSince, oldest first.
func (s *Store) ListOutbox(ctx context.Context, sentSince time.Time) ([]OutboxEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT o.id, COALESCE(c.ref, ''), m.purpose, m.to_addrs, m.subject,
		o.state, o.attempts, o.next_attempt, o.last_error, o.sent_at, m.date
		FROM outbox o
		JOIN messages m ON m.id = o.message_id
		LEFT JOIN cases c ON c.id = m.case_id
		WHERE o.state != 'sent' OR o.sent_at > ?
		ORDER BY o.id`, fmtTime(sentSince))
	if err != nil {
		return nil, fmt.Errorf("listing the outbox: %w", err)
	}
	defer rows.Close()
	var out []OutboxEntry
	for rows.Next() {
		var (
			e                      OutboxEntry
			to, next, sent, queued string
		)
		if err := rows.Scan(&e.ID, &e.CaseRef, &e.Purpose, &to, &e.Subject, &e.State, &e.Attempts, &next, &e.LastError, &sent, &queued); err != nil {
			return nil, fmt.Errorf("listing the outbox: %w", err)
		}
		if e.To, err = fromJSON(to); err != nil {
			return nil, fmt.Errorf("listing the outbox: mail #%d: %w", e.ID, err)
		}
		for _, t := range []struct {
			dst *time.Time
			src string
		}{{&e.NextAttempt, next}, {&e.SentAt, sent}, {&e.Queued, queued}} {
			if *t.dst, err = parseTime(t.src); err != nil {
				return nil, fmt.Errorf("listing the outbox: mail #%d: %w", e.ID, err)
			}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// DueNow makes every pending mail due at once, whatever its backoff, and
// returns how many there are (redress outbox flush).
func (s *Store) DueNow(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE outbox SET next_attempt = ? WHERE state = 'pending'`, fmtTime(s.now()))
	if err != nil {
		return 0, fmt.Errorf("making the pending mail due now: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// Requeue makes failed mail pending again with its attempts reset, due at
// once: outbox mail id, or every failed mail when id is 0. It returns how
// many it requeued; a mail that is not failed is refused. Each requeue is
// recorded on the mail's case.
func (s *Store) Requeue(ctx context.Context, id int64, actor string) (int, error) {
	n := 0
	err := s.Write(ctx, func(tx *Tx) error {
		n = 0
		ids, err := tx.outboxIDs(id, OutboxFailed)
		if err != nil {
			return err
		}
		for _, o := range ids {
			if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE outbox SET state = 'pending', attempts = 0, next_attempt = ?, last_error = ''
				WHERE id = ? AND state = 'failed'`, fmtTime(tx.s.now()), o.id); err != nil {
				return fmt.Errorf("requeueing outbox mail #%d: %w", o.id, err)
			}
			if err := tx.outboxEvent(o, actor, "mail_requeued", fmt.Sprintf("outbox mail #%d (%s) requeued after: %s", o.id, o.purpose, clipDetail(o.lastError))); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// Drop gives up pending or failed outbox mail id for good, with the
// operator's reason recorded on the mail and on its case.
func (s *Store) Drop(ctx context.Context, id int64, reason, actor string) error {
	if strings.TrimSpace(reason) == "" {
		return fmt.Errorf("dropping outbox mail #%d: give a reason (it is recorded on the case)", id)
	}
	return s.Write(ctx, func(tx *Tx) error {
		ids, err := tx.outboxIDs(id, "")
		if err != nil {
			return err
		}
		o := ids[0]
		if o.state == OutboxSent {
			return fmt.Errorf("dropping outbox mail #%d: it was sent already", id)
		}
		if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?`,
			droppedPrefix+reason, id); err != nil {
			return fmt.Errorf("dropping outbox mail #%d: %w", id, err)
		}
		return tx.outboxEvent(o, actor, "mail_dropped", fmt.Sprintf("outbox mail #%d (%s) dropped: %s", id, o.purpose, reason))
	})
}

type outboxRow struct {
	id, caseID, messageRow int64
	state, purpose         string
	lastError              string
}

// outboxIDs returns outbox row id (which must exist, and be in state
// unless state is ""), or with id 0 every row in state.
func (tx *Tx) outboxIDs(id int64, state string) ([]outboxRow, error) {
	q := `SELECT o.id, COALESCE(m.case_id, 0), o.message_id, o.state, m.purpose, o.last_error
		FROM outbox o JOIN messages m ON m.id = o.message_id WHERE `
	var args []any
	if id != 0 {
		q += `o.id = ?`
		args = append(args, id)
	} else {
		q += `o.state = ?`
		args = append(args, state)
	}
	rows, err := tx.tx.QueryContext(tx.ctx, q+` ORDER BY o.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the outbox: %w", err)
	}
	defer rows.Close()
	var out []outboxRow
	for rows.Next() {
		var o outboxRow
		if err := rows.Scan(&o.id, &o.caseID, &o.messageRow, &o.state, &o.purpose, &o.lastError); err != nil {
			return nil, fmt.Errorf("reading the outbox: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the outbox: %w", err)
	}
	if id != 0 {
		if len(out) == 0 {
			return nil, fmt.Errorf("outbox mail #%d: %w", id, ErrNotFound)
		}
		if state != "" && out[0].state != state {
			return nil, fmt.Errorf("outbox mail #%d is %s, not %s", id, out[0].state, state)
		}
	}
	return out, nil
}

// outboxEvent records an operator's act on outbox mail on its case; mail
// of no case has no timeline.
func (tx *Tx) outboxEvent(o outboxRow, actor, kind, detail string) error {
	if o.caseID == 0 {
		return nil
	}
	return tx.AddEvent(Event{CaseID: o.caseID, Actor: actor, Kind: kind, Detail: detail, MessageID: o.messageRow})
}

// clipDetail cuts a server's reply for a timeline entry.
func clipDetail(s string) string {
	if len(s) <= 200 {
		return s
	}
	for n := 200; n > 0; n-- {
		if s[n]&0xC0 != 0x80 {
			return s[:n] + "…"
		}
	}
	return ""
}

// DeliveryCounts is how a case's outgoing mail stands.
type DeliveryCounts struct {
	Pending, Deferred, Sent, Failed int
}

// CaseDelivery returns, by case row id, how the outgoing mail of every
// case stands: pending (Deferred counts those pending after failed
// attempts), sent and failed.
func (s *Store) CaseDelivery(ctx context.Context) (map[int64]DeliveryCounts, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.case_id, o.state, o.attempts > 0, count(*)
		FROM outbox o JOIN messages m ON m.id = o.message_id
		WHERE m.case_id IS NOT NULL
		GROUP BY m.case_id, o.state, o.attempts > 0`)
	if err != nil {
		return nil, fmt.Errorf("counting the cases' outgoing mail: %w", err)
	}
	defer rows.Close()
	out := map[int64]DeliveryCounts{}
	for rows.Next() {
		var (
			caseID  int64
			state   string
			retried bool
			n       int
		)
		if err := rows.Scan(&caseID, &state, &retried, &n); err != nil {
			return nil, fmt.Errorf("counting the cases' outgoing mail: %w", err)
		}
		d := out[caseID]
		switch state {
		case OutboxPending:
			d.Pending += n
			if retried {
				d.Deferred += n
			}
		case OutboxSent:
			d.Sent += n
		case OutboxFailed:
			d.Failed += n
		}
		out[caseID] = d
	}
	return out, rows.Err()
}

// PendingOutbox counts the mail waiting in the outbox and says when the
// oldest of it was queued (zero when none waits): what a metrics scrape
// asks every few seconds, in one indexed query rather than a listing.
func (s *Store) PendingOutbox(ctx context.Context) (n int, oldest time.Time, err error) {
	var first sql.NullString
	err = s.db.QueryRowContext(ctx, `SELECT count(*), min(m.date) FROM outbox o JOIN messages m ON m.id = o.message_id
		WHERE o.state = 'pending'`).Scan(&n, &first)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("counting the pending outbox: %w", err)
	}
	if first.Valid && first.String != "" {
		if oldest, err = parseTime(first.String); err != nil {
			return 0, time.Time{}, fmt.Errorf("reading when the oldest pending mail was queued: %w", err)
		}
	}
	return n, oldest, nil
}
