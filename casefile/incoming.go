package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Incoming is one received mail as it is recorded: what the desk read
// from it and where it is filed. Its raw bytes are already in the mail
// directory under SHA256 (Store.PutBlob).
type Incoming struct {
	CaseID        int64 // 0: unfiled (Note says why)
	From          string
	To            []string
	Subject       string
	MessageID     string // without angle brackets; "" if none
	InReplyTo     []string
	References    []string
	AutoSubmitted string
	Date          time.Time // the mail's Date, else when it was received
	Kind          string    // "" when the mail could not be read
	SHA256        string    // of the raw bytes; required
	Size          int64     // of the raw bytes
	Note          string    // why it is unfiled, what could not be read, …
	Text          string    // the new text, already clipped by the caller
	Attachments   []NewAttachment

	Folder      string // "" for mail from elsewhere (a file)
	UIDValidity uint32
	UID         uint32
	ReceivedAt  time.Time
}

// Duplicate says whether a mail is stored already.
type Duplicate struct {
	// ID is the row id of the stored copy (0: not stored) and CaseID its
	// case (0: unfiled).
	ID, CaseID int64
	// Why says how it was recognised: DuplicateBytes, or DuplicateOwn
	// when its Message-ID is one we sent (the bytes of our own mail are
	// not kept, so a copy of it coming back is stored: see the caller).
	Why string
	// CollidesWith is set when the mail is not a duplicate but another,
	// different mail with its Message-ID is stored: the row id of the
	// first such mail.
	CollidesWith int64
}

// Why a mail is a duplicate.
const (
	DuplicateBytes = "same bytes"
	DuplicateOwn   = "our own mail"
	// DuplicatePurged: the mail was filed once and removed since by a
	// purge; ID is then 1, not the row id of a message (a tombstone has
	// none): it only says the mail is known.
	DuplicatePurged = "purged"
)

// FindDuplicate reports whether the mail with Message-ID mid and raw
// bytes hashing to sum is stored already. The same bytes are the same
// mail; the same Message-ID on different bytes is a different mail (a
// broken client, or a forger), reported in CollidesWith — except a
// Message-ID of our own outgoing mail: that is our mail coming back. The
// bytes of a purged mail are a duplicate too (DuplicatePurged).
func (tx *Tx) FindDuplicate(mid, sum string) (Duplicate, error) {
	var d Duplicate
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT id, COALESCE(case_id, 0) FROM messages WHERE sha256 = ?`, sum).Scan(&d.ID, &d.CaseID)
	switch {
	case err == nil:
		d.Why = DuplicateBytes
		return d, nil
	case !errors.Is(err, sql.ErrNoRows):
		return d, fmt.Errorf("looking for a message with SHA-256 %s: %w", sum, err)
	}
	if purged, err := purgedBySum(tx.ctx, tx.tx, sum); err != nil {
		return d, err
	} else if purged {
		// Filed once and purged since (redress purge): never again.
		return Duplicate{ID: 1, Why: DuplicatePurged}, nil
	}
	if mid == "" {
		return d, nil
	}
	var dir string
	var id, caseID int64
	err = tx.tx.QueryRowContext(tx.ctx, `SELECT id, COALESCE(case_id, 0), direction FROM messages
		WHERE message_id = ? ORDER BY direction = 'in', id LIMIT 1`, mid).Scan(&id, &caseID, &dir)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return d, nil
	case err != nil:
		return d, fmt.Errorf("looking for message %q: %w", mid, err)
	case dir == DirectionOut:
		return Duplicate{ID: id, CaseID: caseID, Why: DuplicateOwn}, nil
	}
	d.CollidesWith = id
	return d, nil
}

// KnownMessage reports whether an incoming mail with Message-ID mid and
// raw size size is stored, or was and has been purged (for a re-scan after a UIDVALIDITY change,
// before downloading it again).
func (s *Store) KnownMessage(ctx context.Context, mid string, size int64) (bool, error) {
	if mid == "" {
		return false, nil
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM messages
		WHERE message_id = ? AND direction = 'in' AND size = ?)
		+ (SELECT count(*) FROM purged WHERE id_key = ?)`, mid, size, idKey(mid, size)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("looking for message %q: %w", mid, err)
	}
	return n > 0, nil
}

// CaseOfThread returns the case holding a stored message (in or out)
// whose Message-ID is one of ids, trying them in order, or an error
// wrapping ErrNotFound.
func (tx *Tx) CaseOfThread(ids []string) (*Case, error) {
	for _, mid := range ids {
		if mid == "" {
			continue
		}
		var caseID int64
		err := tx.tx.QueryRowContext(tx.ctx, `SELECT case_id FROM messages
			WHERE message_id = ? AND case_id IS NOT NULL ORDER BY id LIMIT 1`, mid).Scan(&caseID)
		if err == nil {
			return tx.CaseByID(caseID)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("looking for the case of message %q: %w", mid, err)
		}
	}
	return nil, fmt.Errorf("case of thread %v: %w", ids, ErrNotFound)
}

// AddIncoming records a received mail and its attachments and returns its
// row id.
func (tx *Tx) AddIncoming(m *Incoming) (int64, error) {
	if !validSum(m.SHA256) {
		return 0, fmt.Errorf("storing message %q: SHA-256 %q is not a hex digest", m.MessageID, m.SHA256)
	}
	received := m.ReceivedAt
	if received.IsZero() {
		received = tx.s.now()
	}
	date := m.Date
	if date.IsZero() {
		date = received
	}
	var id int64
	err := tx.tx.QueryRowContext(tx.ctx, `INSERT INTO messages (case_id, direction, from_addr, to_addrs, subject,
		message_id, in_reply_to, refs, auto_submitted, date, kind, sha256, size, note, text,
		folder, uidvalidity, uid, received_at)
		VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		nullID(m.CaseID), m.From, toJSON(m.To), m.Subject,
		m.MessageID, strings.Join(m.InReplyTo, " "), strings.Join(m.References, " "), m.AutoSubmitted,
		fmtTime(date), m.Kind, m.SHA256, m.Size, m.Note, m.Text,
		m.Folder, m.UIDValidity, m.UID, fmtTime(received)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("storing message %q: %w", m.MessageID, err)
	}
	if err := insertAttachments(tx.ctx, tx.tx, id, m.Attachments); err != nil {
		return 0, err
	}
	return id, nil
}

// Refile rewrites what was read from stored incoming message id (filed
// again after a parser fix, or after it was kept unfiled): its case, kind,
// header fields, text, note and attachments. Its raw bytes, hash and
// folder position stay as received.
func (tx *Tx) Refile(id int64, m *Incoming) error {
	date := m.Date
	res, err := tx.tx.ExecContext(tx.ctx, `UPDATE messages SET case_id = ?, from_addr = ?, to_addrs = ?,
		subject = ?, message_id = ?, in_reply_to = ?, refs = ?, auto_submitted = ?,
		date = CASE WHEN ? = '' THEN date ELSE ? END, kind = ?, note = ?, text = ?
		WHERE id = ? AND direction = 'in'`,
		nullID(m.CaseID), m.From, toJSON(m.To), m.Subject, m.MessageID,
		strings.Join(m.InReplyTo, " "), strings.Join(m.References, " "), m.AutoSubmitted,
		fmtTime(date), fmtTime(date), m.Kind, m.Note, m.Text, id)
	if err != nil {
		return fmt.Errorf("refiling message #%d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("refiling message #%d: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("refiling message #%d: %w", id, ErrNotFound)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM attachments WHERE message_id = ?`, id); err != nil {
		return fmt.Errorf("refiling message #%d: %w", id, err)
	}
	return insertAttachments(tx.ctx, tx.tx, id, m.Attachments)
}

// StoredIncoming is what refiling needs of a stored incoming mail.
type StoredIncoming struct {
	ID          int64
	SHA256      string
	Size        int64
	Folder      string
	UIDValidity uint32
	UID         uint32
	ReceivedAt  time.Time
}

// UnfiledIncoming lists the incoming mail filed to no case (id > 0: only
// that one, which must be unfiled).
func (s *Store) UnfiledIncoming(ctx context.Context, id int64) ([]StoredIncoming, error) {
	q := `SELECT id, sha256, size, folder, uidvalidity, uid, received_at FROM messages
		WHERE direction = 'in' AND case_id IS NULL`
	args := []any{}
	if id > 0 {
		q += ` AND id = ?`
		args = append(args, id)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("listing unfiled mail: %w", err)
	}
	defer rows.Close()
	var out []StoredIncoming
	for rows.Next() {
		var (
			m        StoredIncoming
			received string
		)
		if err := rows.Scan(&m.ID, &m.SHA256, &m.Size, &m.Folder, &m.UIDValidity, &m.UID, &received); err != nil {
			return nil, fmt.Errorf("listing unfiled mail: %w", err)
		}
		if m.ReceivedAt, err = parseTime(received); err != nil {
			return nil, fmt.Errorf("listing unfiled mail: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing unfiled mail: %w", err)
	}
	return out, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// ThreadEntry is one mail of a case's thread.
type ThreadEntry struct {
	MessageID string
	Direction string
	From      string // address
}

// CaseThread returns the Message-IDs of the mail of a case, in and out,
// oldest first: what a new mail of the case replies to and references.
func (tx *Tx) CaseThread(caseID int64) ([]ThreadEntry, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT message_id, direction, from_addr FROM messages
		WHERE case_id = ? AND message_id <> '' ORDER BY date, id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("reading the thread of case #%d: %w", caseID, err)
	}
	defer rows.Close()
	var out []ThreadEntry
	for rows.Next() {
		var e ThreadEntry
		if err := rows.Scan(&e.MessageID, &e.Direction, &e.From); err != nil {
			return nil, fmt.Errorf("reading the thread of case #%d: %w", caseID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
