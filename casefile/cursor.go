package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
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
			last_uid = CASE WHEN cursors.uidvalidity <> excluded.uidvalidity THEN excluded.last_uid
				WHEN cursors.last_uid > excluded.last_uid THEN cursors.last_uid
				ELSE excluded.last_uid END,
			uidvalidity = excluded.uidvalidity`,
		folder, uidValidity, uid)
	if err != nil {
		return fmt.Errorf("advancing cursor of folder %q to UID %d: %w", folder, uid, err)
	}
	return nil
}

// AdvanceCursor moves the cursor of folder past uid, in the transaction
// that records what the message at uid did.
func (tx *Tx) AdvanceCursor(folder string, uidValidity, uid uint32) error {
	return advanceCursor(tx.ctx, tx.tx, folder, uidValidity, uid)
}

// FetchFailure is a mail of a folder whose download failed.
type FetchFailure struct {
	Folder      string
	UIDValidity uint32
	UID         uint32
	Size        int64
	Attempts    int
	GivenUp     bool
	LastError   string
	LastAt      time.Time
}

// RecordFetchFailure counts one more failed download of uid and returns
// the number of attempts so far.
func (tx *Tx) RecordFetchFailure(folder string, uidValidity, uid uint32, size int64, reason string) (int, error) {
	var n int
	err := tx.tx.QueryRowContext(tx.ctx, `INSERT INTO fetch_failures (folder, uidvalidity, uid, size, attempts, last_error, last_at)
		VALUES (?, ?, ?, ?, 1, ?, ?)
		ON CONFLICT (folder, uidvalidity, uid) DO UPDATE SET attempts = fetch_failures.attempts + 1,
			size = excluded.size, last_error = excluded.last_error, last_at = excluded.last_at
		RETURNING attempts`, folder, uidValidity, uid, size, reason, fmtTime(tx.s.now())).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("recording the failed download of UID %d of %q: %w", uid, folder, err)
	}
	return n, nil
}

// GiveUpFetch marks the download of uid as given up (it is listed with
// the unfiled mail) and moves the cursor past it.
func (tx *Tx) GiveUpFetch(folder string, uidValidity, uid uint32) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE fetch_failures SET given_up = 1
		WHERE folder = ? AND uidvalidity = ? AND uid = ?`, folder, uidValidity, uid); err != nil {
		return fmt.Errorf("giving up the download of UID %d of %q: %w", uid, folder, err)
	}
	return tx.AdvanceCursor(folder, uidValidity, uid)
}

// GivenUpFetches lists the mail whose download was given up.
func (s *Store) GivenUpFetches(ctx context.Context) ([]FetchFailure, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT folder, uidvalidity, uid, size, attempts, given_up, last_error, last_at
		FROM fetch_failures WHERE given_up = 1 ORDER BY last_at, folder, uid`)
	if err != nil {
		return nil, fmt.Errorf("listing mail that could not be downloaded: %w", err)
	}
	defer rows.Close()
	var out []FetchFailure
	for rows.Next() {
		var (
			f  FetchFailure
			at string
		)
		if err := rows.Scan(&f.Folder, &f.UIDValidity, &f.UID, &f.Size, &f.Attempts, &f.GivenUp, &f.LastError, &at); err != nil {
			return nil, fmt.Errorf("listing mail that could not be downloaded: %w", err)
		}
		if f.LastAt, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// RetryGivenUp makes mail whose download was given up due again: the
// mail at uid (0: all of it) is forgotten as given up and the folder's
// cursor moved back before it, so the next round downloads it anew. Mail
// after it that was already filed is downloaded again and recognised as
// already filed by its bytes. It returns how many mails are due again.
func (s *Store) RetryGivenUp(ctx context.Context, uid uint32) (int, error) {
	n := 0
	err := s.Write(ctx, func(tx *Tx) error {
		n = 0
		q := `SELECT folder, uidvalidity, min(uid), count(*) FROM fetch_failures WHERE given_up = 1`
		args := []any{}
		if uid != 0 {
			q += ` AND uid = ?`
			args = append(args, uid)
		}
		rows, err := tx.tx.QueryContext(tx.ctx, q+` GROUP BY folder, uidvalidity`, args...)
		if err != nil {
			return err
		}
		type first struct {
			folder    string
			uidv, uid uint32
			count     int
		}
		var firsts []first
		for rows.Next() {
			var f first
			if err := rows.Scan(&f.folder, &f.uidv, &f.uid, &f.count); err != nil {
				rows.Close()
				return err
			}
			firsts = append(firsts, f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, f := range firsts {
			if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE cursors SET last_uid = ?
				WHERE folder = ? AND uidvalidity = ? AND last_uid >= ?`, f.uid-1, f.folder, f.uidv, f.uid); err != nil {
				return err
			}
			del := `DELETE FROM fetch_failures WHERE folder = ? AND uidvalidity = ? AND given_up = 1`
			dargs := []any{f.folder, f.uidv}
			if uid != 0 {
				del += ` AND uid = ?`
				dargs = append(dargs, uid)
			}
			if _, err := tx.tx.ExecContext(tx.ctx, del, dargs...); err != nil {
				return err
			}
			n += f.count
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("making given-up mail due again: %w", err)
	}
	return n, nil
}
