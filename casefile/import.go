package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ImportCheckpoint is how far an import of an mbox file got: every
// message before Offset is filed (or was recognised as filed before).
type ImportCheckpoint struct {
	Source    string // the archive, by its absolute path
	Offset    int64  // where the first message not yet filed starts
	Separator string // that message's From_ line; "" at the end of the file
	Messages  int    // messages read before Offset
}

// ImportCheckpoint returns the checkpoint of source, or an error wrapping
// ErrNotFound when no import of it was recorded.
func (s *Store) ImportCheckpoint(ctx context.Context, source string) (ImportCheckpoint, error) {
	cp := ImportCheckpoint{Source: source}
	err := s.db.QueryRowContext(ctx, `SELECT byte_offset, separator, messages FROM import_checkpoints WHERE source = ?`, source).
		Scan(&cp.Offset, &cp.Separator, &cp.Messages)
	if errors.Is(err, sql.ErrNoRows) {
		return cp, fmt.Errorf("import checkpoint of %s: %w", source, ErrNotFound)
	}
	if err != nil {
		return cp, fmt.Errorf("reading the import checkpoint of %s: %w", source, err)
	}
	return cp, nil
}

// SetImportCheckpoint records cp, in the transaction that files the
// messages before it.
func (tx *Tx) SetImportCheckpoint(cp ImportCheckpoint) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO import_checkpoints (source, byte_offset, separator, messages, updated_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (source) DO UPDATE SET byte_offset = excluded.byte_offset, separator = excluded.separator,
			messages = excluded.messages, updated_at = excluded.updated_at`,
		cp.Source, cp.Offset, cp.Separator, cp.Messages, fmtTime(tx.s.now()))
	if err != nil {
		return fmt.Errorf("recording the import checkpoint of %s: %w", cp.Source, err)
	}
	return nil
}

// HasMessageID reports whether a message, received or sent, with
// Message-ID mid is stored: an import skips such mail before keeping its
// bytes (the transaction that files it checks again).
func (s *Store) HasMessageID(ctx context.Context, mid string) (bool, error) {
	if mid == "" {
		return false, nil
	}
	var found bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM messages WHERE message_id = ?)
		OR EXISTS (SELECT 1 FROM purged WHERE mid_key = ?)`, mid, midKey(mid)).Scan(&found); err != nil {
		return false, fmt.Errorf("looking for message %q: %w", mid, err)
	}
	return found, nil
}
