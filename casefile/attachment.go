package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Attachment is the metadata of one stored attachment; its content is
// read with AttachmentData.
type Attachment struct {
	ID          int64
	Filename    string
	ContentType string
	Size        int64
	Stored      bool // the content is stored (false when the parser dropped it)
}

func messageAttachments(ctx context.Context, q queryer, messageID int64) ([]Attachment, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, filename, content_type, size, sha256 IS NOT NULL OR data IS NOT NULL
		FROM attachments WHERE message_id = ? ORDER BY id`, messageID)
	if err != nil {
		return nil, fmt.Errorf("listing attachments of message #%d: %w", messageID, err)
	}
	defer rows.Close()
	var as []Attachment
	for rows.Next() {
		var a Attachment
		if err := rows.Scan(&a.ID, &a.Filename, &a.ContentType, &a.Size, &a.Stored); err != nil {
			return nil, fmt.Errorf("listing attachments of message #%d: %w", messageID, err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing attachments of message #%d: %w", messageID, err)
	}
	return as, nil
}

// AttachmentData returns the content of an attachment, read from the mail
// directory and verified against its SHA-256, or an error wrapping
// ErrNotFound when there is no such attachment or its content was dropped.
func (s *Store) AttachmentData(ctx context.Context, id int64) ([]byte, error) {
	var sum sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT sha256 FROM attachments WHERE id = ?`, id).Scan(&sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("attachment #%d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading attachment #%d: %w", id, err)
	}
	if !sum.Valid {
		return nil, fmt.Errorf("content of attachment #%d (dropped when received): %w", id, ErrNotFound)
	}
	data, err := s.ReadBlob(sum.String)
	if err != nil {
		return nil, fmt.Errorf("attachment #%d: %w", id, err)
	}
	return data, nil
}

// NewAttachment is an attachment of an incoming message to be stored; its
// content is already in the mail directory (PutBlob) unless SHA256 is ""
// (content dropped).
type NewAttachment struct {
	Filename    string
	ContentType string
	Size        int64
	SHA256      string
	// ContentID, on an outgoing mail's attachment, shows it inline in the
	// mail's HTML, which references it as cid:ContentID ("": attached).
	ContentID string
}

func insertAttachments(ctx context.Context, tx *sqlTx, messageID int64, as []NewAttachment) error {
	for _, a := range as {
		var sum any // NULL when the content was dropped
		if a.SHA256 != "" {
			sum = a.SHA256
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO attachments (message_id, filename, content_type, size, sha256, content_id)
			VALUES (?, ?, ?, ?, ?, ?)`, messageID, a.Filename, a.ContentType, a.Size, sum, a.ContentID)
		if err != nil {
			return fmt.Errorf("storing attachment %q: %w", a.Filename, err)
		}
	}
	return nil
}
