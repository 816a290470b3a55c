package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
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
}

const messageColumns = `m.id, COALESCE(m.case_id, 0), m.direction, m.from_addr, m.to_addrs, m.subject,
	m.message_id, m.date, m.kind, m.purpose, COALESCE(m.sha256, ''), m.size, m.note, m.text,
	COALESCE(o.state, ''), COALESCE(o.last_error, '')`

func scanMessage(row scanner) (Message, error) {
	var (
		m        Message
		to, date string
	)
	err := row.Scan(&m.ID, &m.CaseID, &m.Direction, &m.From, &to, &m.Subject,
		&m.MessageID, &date, &m.Kind, &m.Purpose, &m.SHA256, &m.Size, &m.Note, &m.Text,
		&m.Delivery, &m.DeliveryError)
	if err != nil {
		return m, err
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

// RawMessage returns the raw bytes of an incoming message, or an error
// wrapping ErrNotFound (also for outgoing messages, which keep no raw form).
func (s *Store) RawMessage(ctx context.Context, id int64) ([]byte, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM message_raw WHERE message_id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("raw message #%d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading raw message #%d: %w", id, err)
	}
	if data == nil {
		data = []byte{}
	}
	return data, nil
}

// incomingRow is what insertIncoming stores.
type incomingRow struct {
	caseID     int64 // 0: unfiled
	from       string
	to         []string
	subject    string
	messageID  string
	inReplyTo  []string
	references []string
	autoSub    string
	date       time.Time
	kind       string
	sha256     string
	raw        []byte
	note       string
	text       string
	folder     string
	uidv, uid  uint32
	received   time.Time
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func insertIncoming(ctx context.Context, tx *sql.Tx, r incomingRow) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO messages (case_id, direction, from_addr, to_addrs, subject,
		message_id, in_reply_to, refs, auto_submitted, date, kind, sha256, size, note, text,
		folder, uidvalidity, uid, received_at)
		VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullID(r.caseID), r.from, toJSON(r.to), r.subject,
		r.messageID, strings.Join(r.inReplyTo, " "), strings.Join(r.references, " "), r.autoSub,
		fmtTime(r.date), r.kind, r.sha256, len(r.raw), r.note, r.text,
		r.folder, r.uidv, r.uid, fmtTime(r.received))
	if err != nil {
		return 0, fmt.Errorf("storing message %q: %w", r.messageID, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("storing message %q: %w", r.messageID, err)
	}
	raw := r.raw
	if raw == nil {
		raw = []byte{}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO message_raw (message_id, data) VALUES (?, ?)`, id, raw); err != nil {
		return 0, fmt.Errorf("storing raw bytes of message %q: %w", r.messageID, err)
	}
	return id, nil
}

// findDuplicate returns the row id and case id (0 if unfiled) of a stored
// message with Message-ID mid (any direction: our own mail coming back is
// already recorded) or whose raw bytes hash to sum; id 0 if none.
func findDuplicate(ctx context.Context, tx *sql.Tx, mid, sum string) (id, caseID int64, err error) {
	if mid != "" {
		err = tx.QueryRowContext(ctx, `SELECT id, COALESCE(case_id, 0) FROM messages
			WHERE message_id = ? ORDER BY id LIMIT 1`, mid).Scan(&id, &caseID)
		if err == nil {
			return id, caseID, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, 0, fmt.Errorf("looking for message %q: %w", mid, err)
		}
	}
	err = tx.QueryRowContext(ctx, `SELECT id, COALESCE(case_id, 0) FROM messages WHERE sha256 = ?`, sum).Scan(&id, &caseID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("looking for a message with SHA-256 %s: %w", sum, err)
	}
	return id, caseID, nil
}

// caseOfThread returns the id of the case holding a stored message (in or
// out) whose Message-ID is one of ids, trying them in order; 0 if none.
func caseOfThread(ctx context.Context, tx *sql.Tx, ids []string) (int64, error) {
	for _, mid := range ids {
		if mid == "" {
			continue
		}
		var caseID int64
		err := tx.QueryRowContext(ctx, `SELECT case_id FROM messages
			WHERE message_id = ? AND case_id IS NOT NULL ORDER BY id LIMIT 1`, mid).Scan(&caseID)
		if err == nil {
			return caseID, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("looking for the case of message %q: %w", mid, err)
		}
	}
	return 0, nil
}
