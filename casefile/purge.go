package casefile

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Retention (redress purge): a closed case is removed whole — its row,
// mail in and out with their raw bytes and attachments, timeline, timers,
// recoveries and outbox entries — once its closure is older than the
// station's retention period; so is mail kept without a case once it was
// received that long ago. Nothing else is ever removed: open cases stay
// however old, and so do the IMAP cursors, the case counters and the fetch
// failures.
//
// A purged incoming mail leaves a tombstone (table purged): the SHA-256
// of its raw bytes and a SHA-256 of its Message-ID and size, nothing
// readable. The cursors already keep a folder from being read again; the
// tombstone is for when they cannot — a changed UIDVALIDITY makes the
// folder be read from the start, `cases refetch`, a restored cursor —
// so that a mail the server still holds is recognised and never filed
// again (FindDuplicate, KnownMessage).
//
// Each case is removed in a transaction of its own; its files are removed
// after that commit, those no remaining row names. A crash in between
// leaves orphan files and no row naming them: the next purge, and the
// daemon's daily sweep, remove them (SweepBlobs).

// Purged is what a purge removed, or would remove (a dry run).
type Purged struct {
	// Cases are the references of the cases removed, with the cases that
	// were merged into them (they hold nothing of their own).
	Cases []string
	// Messages counts the mail removed with the cases, in and out;
	// Unfiled the mail kept without a case that was removed;
	// Attachments the attachments of both.
	Messages, Unfiled, Attachments int
	// Files counts the files of the mail directory removed (raw mail and
	// attachment content no remaining row names); Orphans those no row
	// named before the purge (left by a crash).
	Files, Orphans int
}

func (p *Purged) add(o Purged) {
	p.Cases = append(p.Cases, o.Cases...)
	p.Messages += o.Messages
	p.Unfiled += o.Unfiled
	p.Attachments += o.Attachments
	p.Files += o.Files
}

// PurgeGrace spares files younger than this: content that was purged
// and, meanwhile, received again in another mail may have a row about to
// commit that names it (PutBlob refreshes the time of a file it finds).
const PurgeGrace = 10 * time.Minute

// errDryRun rolls a dry run's transaction back.
var errDryRun = errors.New("dry run")

// Purge removes the closed cases whose closure is before cutoff and the
// unfiled mail received before cutoff, each case in a transaction of its
// own and its files after the commit; then it sweeps orphan files. With
// dryRun it only reports what it would remove and changes nothing, files
// included. The closure of a case is the last time it changed to closed
// (its last update when that is not recorded). A case merged into
// another goes with that one, never alone.
func (s *Store) Purge(ctx context.Context, cutoff time.Time, dryRun bool) (Purged, error) {
	var total Purged
	ids, err := s.expiredCases(ctx, cutoff)
	if err != nil {
		return total, err
	}
	mids, err := s.expiredUnfiled(ctx, cutoff)
	if err != nil {
		return total, err
	}
	// Each case, then each unfiled mail, in a transaction of its own.
	var steps []func(tx *Tx) (Purged, []string, error)
	for _, id := range ids {
		steps = append(steps, func(tx *Tx) (Purged, []string, error) { return tx.purgeCase(id, cutoff) })
	}
	for _, id := range mids {
		steps = append(steps, func(tx *Tx) (Purged, []string, error) { return tx.purgeUnfiled(id, cutoff) })
	}
	for _, step := range steps {
		p, sums, err := s.purgeOne(ctx, dryRun, step)
		if err != nil {
			return total, err
		}
		if !dryRun {
			p.Files, err = s.removePurgedFiles(ctx, sums)
		}
		total.add(p)
		if err != nil {
			return total, err
		}
	}
	if !dryRun {
		if total.Orphans, err = s.SweepBlobs(ctx, PurgeGrace); err != nil {
			return total, err
		}
	}
	return total, nil
}

// purgeOne runs fn in a transaction: committed, or rolled back for a dry
// run (fn then counts, and files are counted as they would be removed).
func (s *Store) purgeOne(ctx context.Context, dryRun bool, fn func(tx *Tx) (Purged, []string, error)) (Purged, []string, error) {
	var (
		p    Purged
		sums []string
	)
	err := s.Write(ctx, func(tx *Tx) error {
		var err error
		if p, sums, err = fn(tx); err != nil {
			return err
		}
		if dryRun {
			// What no row would name once this transaction committed.
			n := 0
			for _, sum := range sums {
				used, err := blobInUse(ctx, tx.tx, sum)
				if err != nil {
					return err
				}
				if !used {
					n++
				}
			}
			p.Files = n
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return p, sums, err
}

// expiredCases lists the row ids of the closed cases, not merged into
// another, closed before cutoff, oldest closure first.
func (s *Store) expiredCases(ctx context.Context, cutoff time.Time) ([]int64, error) {
	return s.ids(ctx, "listing the cases past retention", `SELECT id FROM (
		SELECT c.id, COALESCE((SELECT max(e.at) FROM events e WHERE e.case_id = c.id
			AND e.kind = 'state' AND e.to_state = 'closed'), c.updated_at) AS closed_at
		FROM cases c WHERE c.state = 'closed' AND c.merged_into IS NULL) AS expired
		WHERE closed_at < ? ORDER BY closed_at, id`, fmtTime(cutoff))
}

// expiredUnfiled lists the row ids of the incoming mail kept without a
// case, received before cutoff, that no event or outgoing mail refers to.
func (s *Store) expiredUnfiled(ctx context.Context, cutoff time.Time) ([]int64, error) {
	return s.ids(ctx, "listing the unfiled mail past retention", `SELECT m.id FROM messages m
		WHERE m.direction = 'in' AND m.case_id IS NULL AND m.received_at < ?
		AND NOT EXISTS (SELECT 1 FROM events e WHERE e.message_id = m.id)
		ORDER BY m.id`, fmtTime(cutoff))
}

func (s *Store) ids(ctx context.Context, what, query string, args ...any) ([]int64, error) {
	return queryIDs(ctx, s.db, what, query, args...)
}

func queryIDs(ctx context.Context, q queryer, what, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return ids, nil
}

// purgeCase removes case id, the cases merged into it, and all they hold,
// leaving tombstones of their incoming mail. It checks again, inside the
// transaction, that the case is still closed before cutoff (staff may
// have reopened it since it was listed): if not, it removes nothing. It
// returns the hashes of the files the removed rows named.
func (tx *Tx) purgeCase(id int64, cutoff time.Time) (Purged, []string, error) {
	var p Purged
	c, err := tx.CaseByID(id)
	if errors.Is(err, ErrNotFound) {
		return p, nil, nil
	}
	if err != nil {
		return p, nil, err
	}
	fail := func(err error) (Purged, []string, error) {
		return Purged{}, nil, fmt.Errorf("purging case %s: %w", c.Ref, err)
	}
	var closedAt string
	err = tx.tx.QueryRowContext(tx.ctx, `SELECT COALESCE((SELECT max(at) FROM events WHERE case_id = ?
		AND kind = 'state' AND to_state = 'closed'), ?)`, id, fmtTime(c.UpdatedAt)).Scan(&closedAt)
	if err != nil {
		return fail(err)
	}
	if c.State != StateClosed || c.MergedInto != 0 || closedAt >= fmtTime(cutoff) {
		return p, nil, nil
	}
	// The case and, through any chain of merges, the cases folded into it.
	caseIDs := []int64{id}
	p.Cases = []string{c.Ref}
	for i := 0; i < len(caseIDs); i++ {
		rows, err := tx.tx.QueryContext(tx.ctx, `SELECT id, ref FROM cases WHERE merged_into = ? ORDER BY id`, caseIDs[i])
		if err != nil {
			return fail(err)
		}
		for rows.Next() {
			var mid int64
			var ref string
			if err := rows.Scan(&mid, &ref); err != nil {
				rows.Close()
				return fail(err)
			}
			caseIDs = append(caseIDs, mid)
			p.Cases = append(p.Cases, ref)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fail(err)
		}
	}
	in := "(" + strings.TrimSuffix(strings.Repeat("?,", len(caseIDs)), ",") + ")"
	args := make([]any, len(caseIDs))
	for i, v := range caseIDs {
		args[i] = v
	}
	msgIDs, err := queryIDs(tx.ctx, tx.tx, "listing the mail of case "+c.Ref,
		`SELECT id FROM messages WHERE case_id IN `+in+` ORDER BY id`, args...)
	if err != nil {
		return Purged{}, nil, err
	}
	sums, natt, err := tx.removeMessages(msgIDs)
	if err != nil {
		return fail(err)
	}
	p.Messages, p.Attachments = len(msgIDs), natt
	for _, q := range []string{
		`DELETE FROM events WHERE case_id IN ` + in,
		`DELETE FROM timers WHERE case_id IN ` + in,
		`DELETE FROM recoveries WHERE case_id IN ` + in,
		`DELETE FROM case_keys WHERE case_id IN ` + in,
		// One statement: the merged cases refer to the one they were
		// folded into, and the foreign key is checked at its end.
		`DELETE FROM cases WHERE id IN ` + in,
	} {
		if _, err := tx.tx.ExecContext(tx.ctx, q, args...); err != nil {
			return fail(err)
		}
	}
	return p, sums, nil
}

// purgeUnfiled removes unfiled incoming mail id, if it is still unfiled,
// received before cutoff and referred to by no event, leaving its
// tombstone.
func (tx *Tx) purgeUnfiled(id int64, cutoff time.Time) (Purged, []string, error) {
	var n int
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM messages m WHERE m.id = ? AND m.direction = 'in'
		AND m.case_id IS NULL AND m.received_at < ?
		AND NOT EXISTS (SELECT 1 FROM events e WHERE e.message_id = m.id)`, id, fmtTime(cutoff)).Scan(&n)
	if err != nil || n == 0 {
		return Purged{}, nil, err
	}
	sums, natt, err := tx.removeMessages([]int64{id})
	if err != nil {
		return Purged{}, nil, fmt.Errorf("purging unfiled mail #%d: %w", id, err)
	}
	return Purged{Unfiled: 1, Attachments: natt}, sums, nil
}

// removeMessages removes the given mail rows and what hangs on them
// (attachments, outbox entries, recipients, leftover raw BLOBs), after
// writing a tombstone of each incoming one and unlinking events of other
// cases from them. It returns the hashes of the files they named and the
// number of attachments removed.
func (tx *Tx) removeMessages(ids []int64) (sums []string, attachments int, err error) {
	now := fmtTime(tx.s.now())
	seen := map[string]bool{}
	for _, id := range ids {
		var (
			dir, mid string
			sum      sql.NullString
			size     int64
		)
		err := tx.tx.QueryRowContext(tx.ctx, `SELECT direction, message_id, sha256, size FROM messages WHERE id = ?`, id).
			Scan(&dir, &mid, &sum, &size)
		if err != nil {
			return nil, 0, fmt.Errorf("reading message #%d: %w", id, err)
		}
		if dir == DirectionIn && sum.Valid {
			if _, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO purged (sha256, id_key, mid_key, purged_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (sha256) DO NOTHING`, sum.String, idKey(mid, size), midKey(mid), now); err != nil {
				return nil, 0, fmt.Errorf("recording the tombstone of message #%d: %w", id, err)
			}
			if !seen[sum.String] {
				seen[sum.String] = true
				sums = append(sums, sum.String)
			}
		}
		rows, err := tx.tx.QueryContext(tx.ctx, `SELECT sha256 FROM attachments WHERE message_id = ? AND sha256 IS NOT NULL`, id)
		if err != nil {
			return nil, 0, fmt.Errorf("listing attachments of message #%d: %w", id, err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("listing attachments of message #%d: %w", id, err)
			}
			if !seen[s] {
				seen[s] = true
				sums = append(sums, s)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, 0, fmt.Errorf("listing attachments of message #%d: %w", id, err)
		}
		for _, q := range []string{
			`UPDATE events SET message_id = NULL WHERE message_id = ?`,
			`DELETE FROM outbox WHERE message_id = ?`,
			`DELETE FROM sent_to WHERE message_id = ?`,
			`DELETE FROM message_raw WHERE message_id = ?`,
			`DELETE FROM attachments WHERE message_id = ?`,
			`DELETE FROM messages WHERE id = ?`,
		} {
			res, err := tx.tx.ExecContext(tx.ctx, q, id)
			if err != nil {
				return nil, 0, fmt.Errorf("removing message #%d: %w", id, err)
			}
			if strings.HasPrefix(q, "DELETE FROM attachments") {
				n, _ := res.RowsAffected()
				attachments += int(n)
			}
		}
	}
	return sums, attachments, nil
}

// idKey is the tombstone's key of a mail by Message-ID and size, as
// KnownMessage asks; "" for a mail without a Message-ID.
func idKey(mid string, size int64) string {
	if mid == "" {
		return ""
	}
	h := sha256.Sum256([]byte(mid + "\x00" + strconv.FormatInt(size, 10)))
	return hex.EncodeToString(h[:])
}

// midKey is the tombstone's key of a Message-ID alone ("" for none).
func midKey(mid string) string {
	if mid == "" {
		return ""
	}
	h := sha256.Sum256([]byte(mid))
	return hex.EncodeToString(h[:])
}

// removePurgedFiles removes the files of sums that no row names any more
// and that are older than PurgeGrace, and returns how many it removed.
func (s *Store) removePurgedFiles(ctx context.Context, sums []string) (int, error) {
	removed := 0
	for _, sum := range sums {
		if !validSum(sum) {
			continue
		}
		gone, err := s.bodies.remove(ctx, sum, PurgeGrace, s.blobInUse)
		if err != nil {
			return removed, err
		}
		if gone {
			removed++
		}
	}
	return removed, nil
}

// purgedBySum reports whether a purged mail whose raw bytes hash to sum
// left a tombstone.
func purgedBySum(ctx context.Context, q queryer, sum string) (bool, error) {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM purged WHERE sha256 = ?`, sum).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("looking for a purged mail with SHA-256 %s: %w", sum, err)
	}
	return true, nil
}
