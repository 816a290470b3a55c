package casefile

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"
)

// In PostgreSQL, big bytes are rows (migrations/postgres/0014): several
// instances on different machines share the store, and each must read
// every body without a shared file system.
//
//	blobs       (sha256, size, chunks, created): one row per stored content
//	blob_chunks (sha256, seq, data): its bytes, blobChunk bytes a row
//
// Content is present exactly when its blobs row is. A put writes the
// chunks and then that row in one transaction, so a crash never leaves
// half a blob visible, and commits before the row naming the content is
// written (the caller's order, as with files): a committed row always has
// its content, and a crash in between leaves an orphan that the sweep
// removes after the grace period.
//
// Times (created, the sweep's cutoff, blob_sweep.at) are the database
// server's clock, not the instance's: instances on machines whose clocks
// disagree must still agree on which blob is young.

// blobChunk is the size of a chunk row. Large enough that the per-row
// costs (a round trip, a heap tuple and an index entry) are small beside
// the bytes (PostgreSQL cuts them further into ~2 KB TOAST pieces in any
// case); small enough that a put and a reader hold about one chunk in
// memory whatever the body's size (bodies can be 64 MiB), that a Seek
// fetches at most this much it does not need, and far below PostgreSQL's
// 1 GB limit on a value.
const blobChunk = 1 << 20

// pgBlobs keeps blobs in the PostgreSQL database of the store.
type pgBlobs struct {
	db *sql.DB
}

// pgNowText is the server's time in fmtTime's fixed-width UTC format
// (microseconds, padded to fmtTime's nanoseconds).
const pgNowText = `to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"000Z"')`

func (p *pgBlobs) init() error { return nil }

// sync has nothing to do: every put is a commit, durable
// (synchronous_commit=on) when it returns.
func (p *pgBlobs) sync() error { return nil }

// put streams r into chunks, hashing as it goes. The name is known only
// at the end, so the chunks are written under a temporary key (never a
// valid SHA-256) in the put's own transaction and renamed by one UPDATE
// once the hash is known; PostgreSQL reuses their TOASTed data for the
// new row versions, so the rename does not copy the bytes. (A temporary
// table would cost DDL on every put.) Content that fits one chunk is
// known whole after the first read and goes the way of putBytes: no
// rename.
func (p *pgBlobs) put(ctx context.Context, r io.Reader, _ bool) (Blob, error) {
	buf := make([]byte, blobChunk)
	r = ctxReader{ctx, r}
	n, err := io.ReadFull(r, buf)
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return p.putBytes(ctx, buf[:n], true)
	case err != nil:
		return Blob{}, fmt.Errorf("reading content to store: %w", err)
	}

	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return Blob{}, fmt.Errorf("storing content in PostgreSQL: %w", err)
	}
	defer tx.Rollback()
	tmp, err := tmpBlobKey()
	if err != nil {
		return Blob{}, err
	}
	h := sha256.New()
	var size, seq int64
	for n > 0 {
		h.Write(buf[:n])
		if _, err := tx.ExecContext(ctx, `INSERT INTO blob_chunks (sha256, seq, data) VALUES ($1, $2, $3)`, tmp, seq, buf[:n]); err != nil {
			return Blob{}, fmt.Errorf("storing chunk %d of content in PostgreSQL: %w", seq, err)
		}
		seq++
		size += int64(n)
		n, err = io.ReadFull(r, buf)
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			continue // n is the last, short chunk, or 0
		}
		if err != nil {
			return Blob{}, fmt.Errorf("reading content to store: %w", err)
		}
	}
	b := Blob{SHA256: hex.EncodeToString(h.Sum(nil)), Size: size}
	inserted, err := claimBlob(ctx, tx, b, seq)
	if err != nil {
		return Blob{}, err
	}
	if inserted {
		_, err = tx.ExecContext(ctx, `UPDATE blob_chunks SET sha256 = $1 WHERE sha256 = $2`, b.SHA256, tmp)
	} else {
		_, err = tx.ExecContext(ctx, `DELETE FROM blob_chunks WHERE sha256 = $1`, tmp)
	}
	if err != nil {
		return Blob{}, fmt.Errorf("storing content %s in PostgreSQL: %w", b.SHA256, err)
	}
	if err := tx.Commit(); err != nil {
		return Blob{}, fmt.Errorf("committing content %s to PostgreSQL: %w", b.SHA256, err)
	}
	return b, nil
}

// putBytes stores data, whose name is known before anything is written:
// content already there costs one statement, not its bytes again.
func (p *pgBlobs) putBytes(ctx context.Context, data []byte, _ bool) (Blob, error) {
	sum := sha256.Sum256(data)
	b := Blob{SHA256: hex.EncodeToString(sum[:]), Size: int64(len(data))}
	chunks := (b.Size + blobChunk - 1) / blobChunk
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return Blob{}, fmt.Errorf("storing content in PostgreSQL: %w", err)
	}
	defer tx.Rollback()
	inserted, err := claimBlob(ctx, tx, b, chunks)
	if err != nil {
		return Blob{}, err
	}
	for seq := int64(0); inserted && seq < chunks; seq++ {
		chunk := data[seq*blobChunk : min((seq+1)*blobChunk, b.Size)]
		if _, err := tx.ExecContext(ctx, `INSERT INTO blob_chunks (sha256, seq, data) VALUES ($1, $2, $3)`, b.SHA256, seq, chunk); err != nil {
			return Blob{}, fmt.Errorf("storing chunk %d of content %s in PostgreSQL: %w", seq, b.SHA256, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return Blob{}, fmt.Errorf("committing content %s to PostgreSQL: %w", b.SHA256, err)
	}
	return b, nil
}

// claimBlob inserts the blobs row of b in tx and reports true, or, when
// the content is already stored, makes it young again (created = now) so
// that a sweep spares it until the row about to name it commits, and
// reports false.
//
// The uncommitted row holds the name: a put of the same content in
// another instance waits at its INSERT until this transaction ends, then
// finds the row (ON CONFLICT DO NOTHING) and only refreshes it, so both
// succeed and the bytes are stored once. A sweep that deletes the row
// between the INSERT finding it and the UPDATE leaves the UPDATE nothing
// to change: the loop inserts it afresh.
func claimBlob(ctx context.Context, tx *sql.Tx, b Blob, chunks int64) (inserted bool, err error) {
	for {
		err := tx.QueryRowContext(ctx, `INSERT INTO blobs (sha256, size, chunks, created)
			VALUES ($1, $2, $3, `+pgNowText+`)
			ON CONFLICT (sha256) DO NOTHING RETURNING true`, b.SHA256, b.Size, chunks).Scan(&inserted)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return false, fmt.Errorf("recording content %s in PostgreSQL: %w", b.SHA256, err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE blobs SET created = `+pgNowText+` WHERE sha256 = $1`, b.SHA256)
		if err != nil {
			return false, fmt.Errorf("refreshing stored content %s in PostgreSQL: %w", b.SHA256, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 1 {
			return false, err
		}
	}
}

// tmpBlobKey is a name for chunks whose hash is not known yet: unique,
// and never a SHA-256 (it has a dash), so no reader or sweep takes it for
// content.
func tmpBlobKey() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("naming content being stored: %w", err)
	}
	return "tmp-" + hex.EncodeToString(b), nil
}

func (p *pgBlobs) open(ctx context.Context, sum string) (io.ReadSeekCloser, error) {
	r := &pgBlobReader{ctx: ctx, db: p.db, sum: sum, seq: -1}
	err := p.db.QueryRowContext(ctx, `SELECT size, chunks FROM blobs WHERE sha256 = $1`, sum).Scan(&r.size, &r.chunks)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("stored content %s is missing from PostgreSQL (table blobs): %w", sum, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("opening stored content %s: %w", sum, err)
	}
	if want := (r.size + blobChunk - 1) / blobChunk; r.size < 0 || r.chunks != want {
		return nil, fmt.Errorf("stored content %s: %d bytes in %d chunks, want %d: %w", sum, r.size, r.chunks, want, ErrBlobCorrupt)
	}
	return r, nil
}

func (p *pgBlobs) corrupt(sum string) error {
	return fmt.Errorf("stored content %s in PostgreSQL: %w (its chunks were changed in the database)", sum, ErrBlobCorrupt)
}

// pgBlobReader reads a blob a chunk at a time, fetching each chunk when a
// read first needs it: one chunk in memory at a time.
type pgBlobReader struct {
	ctx          context.Context
	db           *sql.DB
	sum          string
	size, chunks int64
	pos          int64 // where the next Read starts
	seq          int64 // the chunk in buf; -1 for none
	buf          []byte
	closed       bool
}

func (r *pgBlobReader) Read(p []byte) (int, error) {
	if r.closed {
		return 0, fmt.Errorf("reading stored content %s: %w", r.sum, fs.ErrClosed)
	}
	if r.pos >= r.size {
		return 0, io.EOF
	}
	if seq := r.pos / blobChunk; seq != r.seq {
		if err := r.fetch(seq); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.buf[r.pos%blobChunk:])
	r.pos += int64(n)
	return n, nil
}

// fetch loads chunk seq into buf, checking its length against the size.
func (r *pgBlobReader) fetch(seq int64) error {
	rows, err := r.db.QueryContext(r.ctx, `SELECT data FROM blob_chunks WHERE sha256 = $1 AND seq = $2`, r.sum, seq)
	if err != nil {
		return fmt.Errorf("reading chunk %d of stored content %s: %w", seq, r.sum, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reading chunk %d of stored content %s: %w", seq, r.sum, err)
		}
		return fmt.Errorf("chunk %d of stored content %s is missing: %w", seq, r.sum, ErrBlobCorrupt)
	}
	var data sql.RawBytes // valid until Next: copied into the reused buf
	if err := rows.Scan(&data); err != nil {
		return fmt.Errorf("reading chunk %d of stored content %s: %w", seq, r.sum, err)
	}
	if want := min(blobChunk, r.size-seq*blobChunk); int64(len(data)) != want {
		return fmt.Errorf("chunk %d of stored content %s has %d bytes, want %d: %w", seq, r.sum, len(data), want, ErrBlobCorrupt)
	}
	r.buf = append(r.buf[:0], data...)
	r.seq = seq
	return rows.Close()
}

func (r *pgBlobReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += r.pos
	case io.SeekEnd:
		offset += r.size
	default:
		return 0, fmt.Errorf("seeking in stored content %s: whence %d: %w", r.sum, whence, errors.ErrUnsupported)
	}
	if offset < 0 {
		return 0, fmt.Errorf("seeking in stored content %s: negative position %d", r.sum, offset)
	}
	r.pos = offset
	return offset, nil
}

func (r *pgBlobReader) Close() error {
	r.closed = true
	r.buf = nil
	return nil
}

// pgBlobUnused is blobInUse's question (blob.go) for PostgreSQL, asked of
// the blobs row aliased alias inside a statement: that no row names it.
func pgBlobUnused(alias string) string {
	return `NOT EXISTS (SELECT 1 FROM messages m WHERE m.sha256 = ` + alias + `.sha256)
		AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = ` + alias + `.sha256)`
}

// sweepBatch is how many blobs one sweep transaction removes at most: a
// first sweep of a large store does not hold one huge transaction.
const sweepBatch = 500

// sweep deletes the blobs no row names whose created is older than grace,
// with their chunks, sweepBatch a transaction. It asks inUse's question in
// its SQL (pgBlobUnused), one statement a batch, not a query per blob.
//
// The conditions are repeated on the deleted row itself: a put that
// refreshes created (claimBlob) while the sweep runs makes PostgreSQL
// re-check them on the new row version, so the refreshed blob stays.
func (p *pgBlobs) sweep(ctx context.Context, grace time.Duration, _ func(context.Context, string) (bool, error)) (int, error) {
	now, err := pgServerNow(ctx, p.db)
	if err != nil {
		return 0, fmt.Errorf("sweeping stored content in PostgreSQL: %w", err)
	}
	cutoff := fmtTime(now.Add(-grace))
	removed := 0
	for {
		var n int
		err := p.db.QueryRowContext(ctx, `WITH gone AS (
				DELETE FROM blobs b
				WHERE b.sha256 IN (SELECT o.sha256 FROM blobs o
					WHERE o.created < $1 AND `+pgBlobUnused("o")+` LIMIT $2)
				AND b.created < $1 AND `+pgBlobUnused("b")+`
				RETURNING b.sha256),
			chunks AS (DELETE FROM blob_chunks c USING gone WHERE c.sha256 = gone.sha256)
			SELECT count(*) FROM gone`, cutoff, sweepBatch).Scan(&n)
		if err != nil {
			return removed, fmt.Errorf("sweeping stored content in PostgreSQL: %w", err)
		}
		removed += n
		if n < sweepBatch {
			return removed, nil
		}
		if err := ctx.Err(); err != nil {
			return removed, err
		}
	}
}

// sweepDue claims the sweep when the last one (blob_sweep.at, shared by
// every instance) is longer ago than every: the claim is the sweep's
// record, so of several instances finding it due at once only one sweeps.
// A sweep that then fails waits for the next period.
func (p *pgBlobs) sweepDue(ctx context.Context, every time.Duration) (bool, error) {
	now, err := pgServerNow(ctx, p.db)
	if err != nil {
		return false, fmt.Errorf("checking when stored content was last swept: %w", err)
	}
	var claimed bool
	err = p.db.QueryRowContext(ctx, `INSERT INTO blob_sweep (at) VALUES ($1)
		ON CONFLICT (one) DO UPDATE SET at = excluded.at WHERE blob_sweep.at <= $2
		RETURNING true`, fmtTime(now), fmtTime(now.Add(-every))).Scan(&claimed)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("recording the sweep of stored content: %w", err)
	}
	return true, nil
}

// swept has nothing to record: sweepDue did.
func (p *pgBlobs) swept(context.Context) error { return nil }

// pgServerNow is the database server's clock.
func pgServerNow(ctx context.Context, q queryer) (time.Time, error) {
	var t time.Time
	if err := q.QueryRowContext(ctx, `SELECT statement_timestamp()`).Scan(&t); err != nil {
		return time.Time{}, fmt.Errorf("reading the database server's time: %w", err)
	}
	return t, nil
}

// remove deletes the stored content named sum, with its chunks, when no
// row names it and it was stored (or stored again) longer ago than grace,
// asking inUse's question in its SQL (pgBlobUnused) as sweep does.
func (p *pgBlobs) remove(ctx context.Context, sum string, grace time.Duration, _ func(context.Context, string) (bool, error)) (bool, error) {
	now, err := pgServerNow(ctx, p.db)
	if err != nil {
		return false, fmt.Errorf("removing purged content %s: %w", sum, err)
	}
	var n int
	err = p.db.QueryRowContext(ctx, `WITH gone AS (
			DELETE FROM blobs b WHERE b.sha256 = $1 AND b.created < $2 AND `+pgBlobUnused("b")+`
			RETURNING b.sha256),
		chunks AS (DELETE FROM blob_chunks c USING gone WHERE c.sha256 = gone.sha256)
		SELECT count(*) FROM gone`, sum, fmtTime(now.Add(-grace))).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("removing purged content %s (it stays as an orphan for the next sweep): %w", sum, err)
	}
	return n == 1, nil
}
