package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Directions of a stored message.
const (
	DirectionIn  = "in"
	DirectionOut = "out"
)

// Delivery states of an outgoing message.
const (
	DeliveryPending = "pending"
	DeliverySent    = "sent"
	DeliveryFailed  = "failed"
)

// Message is one stored mail, incoming or outgoing.
type Message struct {
	ID          int64
	CaseID      int64  // 0: not filed to a case
	Direction   string // "in" | "out"
	From        string // address only
	To          []string
	Subject     string
	MessageID   string // without angle brackets
	Date        time.Time
	Kind        string // incoming: analysis.Kind; "" when the mail could not be parsed; outgoing: ""
	Purpose     string // outgoing only: Outgoing.Purpose ("ack", "request", …)
	SHA256      string // hex of the raw bytes, incoming only
	Size        int64  // incoming only: size of the raw bytes
	Note        string // why it is unfiled, parse error, dropped attachments…
	Text        string
	Attachments []Attachment

	Delivery      string // out only: "pending" | "sent" | "failed"
	DeliveryError string // out only: the last reason given to MarkRetry or MarkFailed
	// OutboxID, DeliveryAttempts, NextAttempt and SentAt tell a mail
	// waiting after failed attempts from one not yet tried, and when it
	// goes next or went (out only).
	OutboxID         int64
	DeliveryAttempts int
	NextAttempt      time.Time
	SentAt           time.Time
}

const messageColumns = `m.id, COALESCE(m.case_id, 0), m.direction, m.from_addr, m.to_addrs, m.subject,
	m.message_id, m.date, m.kind, m.purpose, COALESCE(m.sha256, ''), m.size, m.note, m.text,
	COALESCE(o.state, ''), COALESCE(o.last_error, ''), COALESCE(o.id, 0), COALESCE(o.attempts, 0),
	COALESCE(o.next_attempt, ''), COALESCE(o.sent_at, '')`

func scanMessage(row scanner) (Message, error) {
	var (
		m                    Message
		to, date, next, sent string
	)
	err := row.Scan(&m.ID, &m.CaseID, &m.Direction, &m.From, &to, &m.Subject,
		&m.MessageID, &date, &m.Kind, &m.Purpose, &m.SHA256, &m.Size, &m.Note, &m.Text,
		&m.Delivery, &m.DeliveryError, &m.OutboxID, &m.DeliveryAttempts, &next, &sent)
	if err != nil {
		return m, err
	}
	if m.NextAttempt, err = parseTime(next); err != nil {
		return m, fmt.Errorf("message #%d: %w", m.ID, err)
	}
	if m.SentAt, err = parseTime(sent); err != nil {
		return m, fmt.Errorf("message #%d: %w", m.ID, err)
	}
	if m.To, err = fromJSON(to); err != nil {
		return m, fmt.Errorf("message #%d: %w", m.ID, err)
	}
	if m.Date, err = parseTime(date); err != nil {
		return m, fmt.Errorf("message #%d: %w", m.ID, err)
	}
	return m, nil
}

// CaseMessages returns the messages of a case, in and out, by date then id.
func (s *Store) CaseMessages(ctx context.Context, caseID int64) ([]Message, error) {
	ms, err := s.listMessages(ctx, `SELECT `+messageColumns+`
		FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
		WHERE m.case_id = ? ORDER BY m.date, m.id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("listing messages of case #%d: %w", caseID, err)
	}
	return ms, nil
}

// UnfiledMessages returns the messages filed to no case, in the order they
// were stored.
func (s *Store) UnfiledMessages(ctx context.Context) ([]Message, error) {
	ms, err := s.listMessages(ctx, `SELECT `+messageColumns+`
		FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
		WHERE m.case_id IS NULL ORDER BY m.id`)
	if err != nil {
		return nil, fmt.Errorf("listing unfiled messages: %w", err)
	}
	return ms, nil
}

// MessageByID returns one stored message, or an error wrapping ErrNotFound.
func (s *Store) MessageByID(ctx context.Context, id int64) (*Message, error) {
	ms, err := s.listMessages(ctx, `SELECT `+messageColumns+`
		FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
		WHERE m.id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("loading message #%d: %w", id, err)
	}
	if len(ms) == 0 {
		return nil, fmt.Errorf("message #%d: %w", id, ErrNotFound)
	}
	return &ms[0], nil
}

func (s *Store) listMessages(ctx context.Context, query string, args ...any) ([]Message, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ms []Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	for i := range ms {
		if ms[i].Attachments, err = messageAttachments(ctx, s.db, ms[i].ID); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

// RawMessage returns the raw bytes of an incoming message as received,
// read from the mail directory and verified against the SHA-256 recorded
// for it, or an error wrapping ErrNotFound (also for outgoing messages,
// which keep no raw form).
func (s *Store) RawMessage(ctx context.Context, id int64) ([]byte, error) {
	var sum sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT sha256 FROM messages WHERE id = ?`, id).Scan(&sum)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !sum.Valid) {
		return nil, fmt.Errorf("raw message #%d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading raw message #%d: %w", id, err)
	}
	data, err := s.ReadBlob(sum.String)
	if err != nil {
		return nil, fmt.Errorf("raw message #%d: %w", id, err)
	}
	return data, nil
}
