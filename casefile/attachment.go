package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/yweca/redress/parser"
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
	rows, err := q.QueryContext(ctx, `SELECT id, filename, content_type, size, data IS NOT NULL
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

// AttachmentData returns the content of an attachment, or an error wrapping
// ErrNotFound when there is no such attachment or its content was dropped.
func (s *Store) AttachmentData(ctx context.Context, id int64) ([]byte, error) {
	var data []byte
	var stored bool
	err := s.db.QueryRowContext(ctx, `SELECT data, data IS NOT NULL FROM attachments WHERE id = ?`, id).Scan(&data, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("attachment #%d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading attachment #%d: %w", id, err)
	}
	if !stored {
		return nil, fmt.Errorf("content of attachment #%d (dropped when received): %w", id, ErrNotFound)
	}
	if data == nil {
		data = []byte{}
	}
	return data, nil
}

func insertAttachments(ctx context.Context, tx *sql.Tx, messageID int64, as []parser.Attachment) error {
	for _, a := range as {
		var data any // NULL when the parser dropped the content
		if a.Data != nil {
			data = a.Data
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO attachments (message_id, filename, content_type, size, data)
			VALUES (?, ?, ?, ?, ?)`, messageID, a.Filename, a.ContentType, a.Size, data)
		if err != nil {
			return fmt.Errorf("storing attachment %q: %w", a.Filename, err)
		}
	}
	return nil
}
