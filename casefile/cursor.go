package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Cursor is how far a folder has been read.
type Cursor struct{ UIDValidity, LastUID uint32 }

// Cursor returns the cursor of folder; the zero Cursor if it was never synced.
func (s *Store) Cursor(ctx context.Context, folder string) (Cursor, error) {
	var c Cursor
	err := s.db.QueryRowContext(ctx, `SELECT uidvalidity, last_uid FROM cursors WHERE folder = ?`, folder).
		Scan(&c.UIDValidity, &c.LastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return Cursor{}, nil
	}
	if err != nil {
		return Cursor{}, fmt.Errorf("reading cursor of folder %q: %w", folder, err)
	}
	return c, nil
}

// SetCursor overwrites the cursor of folder, for a resync that finds
// nothing to ingest (a new UIDVALIDITY on an empty folder, for example).
func (s *Store) SetCursor(ctx context.Context, folder string, c Cursor) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cursors (folder, uidvalidity, last_uid) VALUES (?, ?, ?)
		ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`,
		folder, c.UIDValidity, c.LastUID)
	if err != nil {
		return fmt.Errorf("setting cursor of folder %q: %w", folder, err)
	}
	return nil
}

// advanceCursor moves the cursor of folder past uid. RFC 9051 §2.3.1.1: UIDs
// are only comparable under one UIDVALIDITY, so a new UIDVALIDITY restarts
// the cursor at uid instead of keeping the larger of the two.
func advanceCursor(ctx context.Context, q queryer, folder string, uidValidity, uid uint32) error {
	_, err := q.ExecContext(ctx, `INSERT INTO cursors (folder, uidvalidity, last_uid) VALUES (?, ?, ?)
		ON CONFLICT (folder) DO UPDATE SET
			last_uid = CASE WHEN uidvalidity = excluded.uidvalidity THEN max(last_uid, excluded.last_uid)
				ELSE excluded.last_uid END,
			uidvalidity = excluded.uidvalidity`,
		folder, uidValidity, uid)
	if err != nil {
		return fmt.Errorf("advancing cursor of folder %q to UID %d: %w", folder, uid, err)
	}
	return nil
}
