package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Actors of events other than staff addresses.
const (
	ActorConsumer = "consumer"
	ActorSystem   = "system"
)

// Event is one entry of a case's timeline: a transition, a mail filed, a
// decision. Actor is ActorConsumer, ActorSystem or a staff address.
type Event struct {
	ID        int64
	CaseID    int64
	At        time.Time
	Actor     string
	Kind      string // "opened", "mail_in", "state", …
	FromState string
	ToState   string
	Detail    string
	MessageID int64 // row id of the message that caused it; 0: none
}

// AddEvent appends e to its case's timeline (At zero: now).
func (tx *Tx) AddEvent(e Event) error {
	if e.At.IsZero() {
		e.At = tx.s.now()
	}
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO events (case_id, at, actor, kind, from_state, to_state, detail, message_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, e.CaseID, fmtTime(e.At), e.Actor, e.Kind, e.FromState, e.ToState, e.Detail, nullID(e.MessageID))
	if err != nil {
		return fmt.Errorf("recording %s event of case #%d: %w", e.Kind, e.CaseID, err)
	}
	return nil
}

// Kinds of events of the staff notice digest.
const (
	// EventNoticeBatched: the case's staff notice waits for the round's
	// digest (its detail is the digest's line for the case).
	EventNoticeBatched = "notice_batched"
	// EventNoticeDigested: a digest told staff of the batched notices
	// before it.
	EventNoticeDigested = "notice_digested"
)

// UndigestedNotices returns the notice_batched events that no later
// notice_digested event of their case answers, oldest first, with the
// case's reference in Actor's place (RefOf).
func (tx *Tx) UndigestedNotices() ([]BatchedNotice, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT e.id, e.case_id, c.ref, e.detail FROM events e JOIN cases c ON c.id = e.case_id
		WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM events d WHERE d.case_id = e.case_id AND d.kind = ? AND d.id > e.id)
		ORDER BY e.id`, EventNoticeBatched, EventNoticeDigested)
	if err != nil {
		return nil, fmt.Errorf("listing the staff notices waiting for a digest: %w", err)
	}
	defer rows.Close()
	var out []BatchedNotice
	for rows.Next() {
		var b BatchedNotice
		if err := rows.Scan(&b.EventID, &b.CaseID, &b.CaseRef, &b.Line); err != nil {
			return nil, fmt.Errorf("listing the staff notices waiting for a digest: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// BatchedNotice is a staff notice waiting for the round's digest.
type BatchedNotice struct {
	EventID, CaseID int64
	CaseRef         string
	Line            string
}

// Events returns the timeline of a case, oldest first.
func (s *Store) Events(ctx context.Context, caseID int64) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, case_id, at, actor, kind, from_state, to_state, detail, COALESCE(message_id, 0)
		FROM events WHERE case_id = ? ORDER BY at, id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("listing events of case #%d: %w", caseID, err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var (
			e  Event
			at string
		)
		if err := rows.Scan(&e.ID, &e.CaseID, &at, &e.Actor, &e.Kind, &e.FromState, &e.ToState, &e.Detail, &e.MessageID); err != nil {
			return nil, fmt.Errorf("listing events of case #%d: %w", caseID, err)
		}
		if e.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Timer is a pending timer of a case: a reminder or a deadline, one of
// each kind per case.
type Timer struct {
	CaseID int64
	Kind   string
	Due    time.Time
	Detail string
}

// SetTimer sets (or moves) the case's timer of t.Kind.
func (tx *Tx) SetTimer(t Timer) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO timers (case_id, kind, due, detail) VALUES (?, ?, ?, ?)
		ON CONFLICT (case_id, kind) DO UPDATE SET due = excluded.due, detail = excluded.detail`,
		t.CaseID, t.Kind, fmtTime(t.Due), t.Detail)
	if err != nil {
		return fmt.Errorf("setting the %s timer of case #%d: %w", t.Kind, t.CaseID, err)
	}
	return nil
}

// ClearTimer removes the case's timer of kind, if any.
func (tx *Tx) ClearTimer(caseID int64, kind string) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM timers WHERE case_id = ? AND kind = ?`, caseID, kind); err != nil {
		return fmt.Errorf("clearing the %s timer of case #%d: %w", kind, caseID, err)
	}
	return nil
}

// ClaimTimer reports whether the case's timer of kind is still due at
// now, and takes its row for the rest of the transaction: a timer that was
// fired, moved or cleared since DueTimers listed it is not fired again.
// On PostgreSQL the row is read FOR UPDATE SKIP LOCKED: a timer another
// process is firing this moment is skipped, not waited for (Write's
// advisory lock already keeps two writers of a station apart; this keeps
// the timer's own claim right without it).
func (tx *Tx) ClaimTimer(caseID int64, kind string, now time.Time) (bool, error) {
	q := `SELECT 1 FROM timers WHERE case_id = ? AND kind = ? AND due <= ?`
	if tx.s.dialect == dialectPostgres {
		q += ` FOR UPDATE SKIP LOCKED`
	}
	var one int
	err := tx.tx.QueryRowContext(tx.ctx, q, caseID, kind, fmtTime(now)).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("claiming the %s timer of case #%d: %w", kind, caseID, err)
	}
	return true, nil
}

// DueTimers returns the timers due at or before now, earliest first.
func (s *Store) DueTimers(ctx context.Context, now time.Time, limit int) ([]Timer, error) {
	if limit <= 0 {
		limit = noLimit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT case_id, kind, due, detail FROM timers WHERE due <= ? ORDER BY due, id LIMIT ?`, fmtTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("listing due timers: %w", err)
	}
	defer rows.Close()
	var out []Timer
	for rows.Next() {
		var (
			t   Timer
			due string
		)
		if err := rows.Scan(&t.CaseID, &t.Kind, &due, &t.Detail); err != nil {
			return nil, fmt.Errorf("listing due timers: %w", err)
		}
		if t.Due, err = parseTime(due); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// AddRecovery records money recovered for the consumer of a case.
func (tx *Tx) AddRecovery(caseID int64, amount, currency, actor string) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO recoveries (case_id, amount, currency, at, actor) VALUES (?, ?, ?, ?, ?)`,
		caseID, amount, currency, fmtTime(tx.s.now()), actor)
	if err != nil {
		return fmt.Errorf("recording money recovered on case #%d: %w", caseID, err)
	}
	return nil
}

// Recovery is money recovered for the consumer of a case.
type Recovery struct {
	Amount, Currency, Actor string
	At                      time.Time
}

// Recoveries returns the money recorded as recovered on a case.
func (s *Store) Recoveries(ctx context.Context, caseID int64) ([]Recovery, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT amount, currency, actor, at FROM recoveries WHERE case_id = ? ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("listing recoveries of case #%d: %w", caseID, err)
	}
	defer rows.Close()
	var out []Recovery
	for rows.Next() {
		var r Recovery
		var at string
		if err := rows.Scan(&r.Amount, &r.Currency, &r.Actor, &at); err != nil {
			return nil, err
		}
		if r.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
