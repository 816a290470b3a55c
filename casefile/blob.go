package casefile

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Big bytes — raw mail as received and attachment content — are kept
// apart from the rows, named by their SHA-256, one copy per distinct
// content, in one of two blob stores:
//
//   - blobDir (SQLite): files under the mail directory (mox keeps message
//     files on disk the same way): mail/ab/abcdef…. A file is written and
//     fsynced (and its directory too) before the transaction that names
//     it commits, so a committed row always has its file; a crash in
//     between leaves an orphan file, which SweepBlobs removes.
//   - pgBlobs (PostgreSQL, blob_pg.go): tables blobs and blob_chunks, so
//     that every instance sharing the database reads every body without a
//     shared file system. A blob is committed before the row naming it,
//     like a file.

// blobStore is where the store keeps big bytes. Every method but init
// may be called concurrently.
type blobStore interface {
	// init prepares the store (makes the mail directory).
	init() error
	// put stores r and returns its hash and size. durable false leaves
	// making it durable to the next sync (files: one flush for a batch).
	// Content already stored is not stored twice, and is protected from
	// a sweep for the grace period again, as if just stored: a row about
	// to commit names it.
	put(ctx context.Context, r io.Reader, durable bool) (Blob, error)
	// putBytes is put of data held in memory.
	putBytes(ctx context.Context, data []byte, durable bool) (Blob, error)
	// sync makes everything put so far durable.
	sync() error
	// open opens the content named sum (a valid sum) for reading; it
	// wraps ErrNotFound when there is none.
	open(ctx context.Context, sum string) (io.ReadSeekCloser, error)
	// corrupt is the error of content named sum that does not hash to
	// it; it wraps ErrBlobCorrupt.
	corrupt(sum string) error
	// sweep removes the content that no row names (inUse says whether a
	// row does) and that was stored longer than grace ago, and returns
	// how much it removed.
	sweep(ctx context.Context, grace time.Duration, inUse func(context.Context, string) (bool, error)) (int, error)
	// remove removes the content named sum when no row names it (inUse)
	// and it was stored longer than grace ago (Purge's removal of a
	// purged case's content), and reports whether it did.
	remove(ctx context.Context, sum string, grace time.Duration, inUse func(context.Context, string) (bool, error)) (bool, error)
	// sweepDue says whether the last sweep is longer ago than every;
	// swept records that a sweep ran.
	sweepDue(ctx context.Context, every time.Duration) (bool, error)
	swept(ctx context.Context) error
}

// Blob names stored content: its SHA-256 (hex) and size in bytes.
type Blob struct {
	SHA256 string
	Size   int64
}

// ErrBlobCorrupt is wrapped when a stored file's content no longer hashes
// to its name.
var ErrBlobCorrupt = errors.New("stored file does not match its SHA-256")

type blobDir struct {
	dir string

	mu      sync.Mutex
	pending []string // written by putLazy, not yet flushed: files, then their directories
}

func (b *blobDir) tmpDir() string { return filepath.Join(b.dir, "tmp") }

func (b *blobDir) path(sum string) string {
	return filepath.Join(b.dir, sum[:2], sum)
}

func (b *blobDir) init() error {
	if err := os.MkdirAll(b.tmpDir(), 0o750); err != nil {
		return fmt.Errorf("creating the mail directory %s (storage.mail_dir): %w", b.dir, err)
	}
	return nil
}

func validSum(sum string) bool {
	if len(sum) != 64 {
		return false
	}
	_, err := hex.DecodeString(sum)
	return err == nil && strings.ToLower(sum) == sum
}

// PutBlob stores the content r reads and returns its hash and size; it is
// durable when PutBlob returns. In the mail directory the file is
// fsynced, and renamed into place with its directory fsynced; in
// PostgreSQL it is committed. Content already stored is not stored twice.
func (s *Store) PutBlob(ctx context.Context, r io.Reader) (Blob, error) {
	return s.bodies.put(ctx, r, true)
}

// PutBlobLazy stores r like PutBlob but leaves flushing it to disk to the
// next SyncBlobs, which must return before a transaction naming it
// commits. One flush for a batch of mail costs far less than one per file.
// In PostgreSQL it is PutBlob: each blob is its own commit.
func (s *Store) PutBlobLazy(ctx context.Context, r io.Reader) (Blob, error) {
	return s.bodies.put(ctx, r, false)
}

// SyncBlobs flushes to disk every file PutBlobLazy wrote so far, and the
// directories naming them. In PostgreSQL there is nothing to flush.
func (s *Store) SyncBlobs() error {
	return s.bodies.sync()
}

func (b *blobDir) sync() error {
	b.mu.Lock()
	pending := b.pending
	b.pending = nil
	b.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	err := syncFS(b.dir, pending)
	if err != nil {
		b.mu.Lock()
		b.pending = append(pending, b.pending...)
		b.mu.Unlock()
		return fmt.Errorf("flushing the mail directory %s to disk: %w", b.dir, err)
	}
	return nil
}

// syncEach fsyncs each path (files and directories).
func syncEach(paths []string) error {
	seen := map[string]bool{}
	for _, p := range paths {
		if seen[p] {
			continue
		}
		seen[p] = true
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func (b *blobDir) put(ctx context.Context, r io.Reader, durable bool) (Blob, error) {
	f, err := os.CreateTemp(b.tmpDir(), "in-*")
	if err != nil {
		return Blob{}, fmt.Errorf("creating a file in the mail directory %s: %w", b.dir, err)
	}
	tmp := f.Name()
	keep := false
	defer func() {
		if !keep {
			f.Close()
			os.Remove(tmp)
		}
	}()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), ctxReader{ctx, r})
	if err != nil {
		return Blob{}, fmt.Errorf("writing mail to %s: %w", tmp, err)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return Blob{}, fmt.Errorf("flushing %s to disk: %w", tmp, err)
		}
	}
	if err := f.Close(); err != nil {
		return Blob{}, fmt.Errorf("closing %s: %w", tmp, err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	dst := b.path(sum)
	dir := filepath.Dir(dst)
	if fi, err := os.Stat(dst); err == nil && fi.Size() == n {
		// Already stored; tmp is removed. The file may be an orphan that
		// a sweep (in another process: cases refile beside the daemon)
		// is about to remove as old and unnamed: make it young again, so
		// the sweep spares it until the row naming it commits. It may
		// also be a file another process wrote and never flushed: flush
		// it like one written now.
		now := time.Now()
		if err := os.Chtimes(dst, now, now); err != nil {
			return Blob{}, fmt.Errorf("refreshing %s: %w", dst, err)
		}
		if !durable {
			b.mu.Lock()
			b.pending = append(b.pending, dst, dir)
			b.mu.Unlock()
		} else if err := syncEach([]string{dst}); err != nil {
			return Blob{}, fmt.Errorf("flushing %s to disk: %w", dst, err)
		}
		return Blob{SHA256: sum, Size: n}, nil
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return Blob{}, fmt.Errorf("creating %s: %w", dir, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return Blob{}, fmt.Errorf("moving mail into %s: %w", dst, err)
	}
	keep = true
	if !durable {
		b.mu.Lock()
		b.pending = append(b.pending, dst, dir)
		b.mu.Unlock()
		return Blob{SHA256: sum, Size: n}, nil
	}
	if err := syncDir(dir); err != nil {
		return Blob{}, err
	}
	return Blob{SHA256: sum, Size: n}, nil
}

func (b *blobDir) putBytes(ctx context.Context, data []byte, durable bool) (Blob, error) {
	return b.put(ctx, bytes.NewReader(data), durable)
}

// PutBlobBytes stores data like PutBlob.
func (s *Store) PutBlobBytes(ctx context.Context, data []byte) (Blob, error) {
	return s.bodies.putBytes(ctx, data, true)
}

// PutBlobBytesLazy stores data like PutBlobLazy.
func (s *Store) PutBlobBytesLazy(ctx context.Context, data []byte) (Blob, error) {
	return s.bodies.putBytes(ctx, data, false)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("opening %s to flush it: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("flushing directory %s to disk: %w", dir, err)
	}
	return nil
}

// OpenBlob opens the stored content named sum for reading. It wraps
// ErrNotFound when there is no such content. The content is not checked
// against sum (ReadBlob does).
func (s *Store) OpenBlob(sum string) (io.ReadSeekCloser, error) {
	if !validSum(sum) {
		return nil, fmt.Errorf("stored file %q: not a SHA-256: %w", sum, ErrNotFound)
	}
	return s.bodies.open(context.Background(), sum)
}

func (b *blobDir) open(_ context.Context, sum string) (io.ReadSeekCloser, error) {
	f, err := os.Open(b.path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("stored file %s is missing from the mail directory %s: %w", sum, b.dir, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("opening stored file %s: %w", sum, err)
	}
	return f, nil
}

// ReadBlob returns the stored content named sum, verified against its
// hash (ErrBlobCorrupt when it no longer matches).
func (s *Store) ReadBlob(sum string) ([]byte, error) {
	f, err := s.OpenBlob(sum)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("reading stored file %s: %w", sum, err)
	}
	got := sha256.Sum256(data)
	if hex.EncodeToString(got[:]) != sum {
		return nil, s.bodies.corrupt(sum)
	}
	return data, nil
}

func (b *blobDir) corrupt(sum string) error {
	return fmt.Errorf("%s: %w (the file was changed or damaged on disk)", b.path(sum), ErrBlobCorrupt)
}

// SweepBlobs removes the stored content that no row names and that is
// older than grace (younger content may belong to a transaction still
// running) and returns how much it removed: files of the mail directory,
// and leftover temporary files older than grace, or blobs in PostgreSQL.
// Such content is left by a crash between storing it and committing the
// row that names it, or by a purge.
func (s *Store) SweepBlobs(ctx context.Context, grace time.Duration) (int, error) {
	return s.bodies.sweep(ctx, grace, s.blobInUse)
}

func (b *blobDir) sweep(ctx context.Context, grace time.Duration, inUse func(context.Context, string) (bool, error)) (int, error) {
	cutoff := time.Now().Add(-grace) // file times are wall-clock times
	removed := 0
	entries, err := os.ReadDir(b.dir)
	if err != nil {
		return 0, fmt.Errorf("sweeping the mail directory %s: %w", b.dir, err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		sub := filepath.Join(b.dir, e.Name())
		files, err := os.ReadDir(sub)
		if err != nil {
			return removed, fmt.Errorf("sweeping %s: %w", sub, err)
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return removed, err
			}
			info, err := f.Info()
			if err != nil || info.IsDir() || !info.ModTime().Before(cutoff) {
				continue
			}
			name := f.Name()
			if e.Name() != "tmp" {
				if !validSum(name) {
					continue // not ours
				}
				used, err := inUse(ctx, name)
				if err != nil {
					return removed, err
				}
				if used {
					continue
				}
			}
			if err := os.Remove(filepath.Join(sub, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return removed, fmt.Errorf("removing orphan file %s: %w", name, err)
			}
			removed++
		}
	}
	return removed, nil
}

func (s *Store) blobInUse(ctx context.Context, sum string) (bool, error) {
	return blobInUse(ctx, s.db, sum)
}

func blobInUse(ctx context.Context, q queryer, sum string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM messages WHERE sha256 = ?)
		+ (SELECT count(*) FROM attachments WHERE sha256 = ?)`, sum, sum).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("checking whether %s is still used: %w", sum, err)
	}
	return n > 0, nil
}

// moveBlobsOut moves raw mail and attachment content kept in the database
// by older versions out to files, a batch per transaction: each file is
// on disk before the transaction that drops its BLOB commits, so a crash
// at any point loses nothing.
func (s *Store) moveBlobsOut(ctx context.Context) error {
	for {
		n, err := s.moveRawBatch(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	for {
		n, err := s.moveAttachmentBatch(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
	}
}

const moveBatch = 100

func (s *Store) moveRawBatch(ctx context.Context) (int, error) {
	return s.moveBatch(ctx,
		`SELECT r.message_id, r.data, COALESCE(m.sha256, '') FROM message_raw r
			JOIN messages m ON m.id = r.message_id ORDER BY r.message_id LIMIT ?`,
		func(tx *sqlTx, id int64, b Blob, want string) error {
			if want != "" && want != b.SHA256 {
				return fmt.Errorf("raw bytes of message #%d hash to %s, not to the recorded %s", id, b.SHA256, want)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE messages SET sha256 = ?, size = ? WHERE id = ?`, b.SHA256, b.Size, id); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `DELETE FROM message_raw WHERE message_id = ?`, id)
			return err
		})
}

func (s *Store) moveAttachmentBatch(ctx context.Context) (int, error) {
	return s.moveBatch(ctx,
		`SELECT id, data, '' FROM attachments WHERE data IS NOT NULL ORDER BY id LIMIT ?`,
		func(tx *sqlTx, id int64, b Blob, _ string) error {
			_, err := tx.ExecContext(ctx, `UPDATE attachments SET sha256 = ?, data = NULL WHERE id = ?`, b.SHA256, id)
			return err
		})
}

func (s *Store) moveBatch(ctx context.Context, query string, update func(*sqlTx, int64, Blob, string) error) (int, error) {
	rows, err := s.db.QueryContext(ctx, query, moveBatch)
	if err != nil {
		return 0, err
	}
	type item struct {
		id   int64
		blob Blob
		want string
	}
	var items []item
	for rows.Next() {
		var (
			id   int64
			data []byte
			want string
		)
		if err := rows.Scan(&id, &data, &want); err != nil {
			rows.Close()
			return 0, err
		}
		b, err := s.bodies.put(ctx, bytes.NewReader(data), true)
		if err != nil {
			rows.Close()
			return 0, err
		}
		items = append(items, item{id, b, want})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(items) == 0 {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	for _, it := range items {
		if err := update(tx, it.id, it.blob, it.want); err != nil {
			return 0, err
		}
	}
	return len(items), tx.Commit()
}

// ctxReader stops a long copy when ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// sweptMarker is the file whose time says when the mail directory was
// last swept.
const sweptMarker = ".swept"

// SweepBlobsIfDue sweeps (SweepBlobs with grace) when the last sweep of
// this store is longer ago than every, and records the time. A sweep
// reads every file (or every blobs row), so cron-driven `once` runs do it
// daily, not every minute. swept says whether it ran. In PostgreSQL the
// time is shared by every instance, and only one of them sweeps.
func (s *Store) SweepBlobsIfDue(ctx context.Context, every, grace time.Duration) (removed int, swept bool, err error) {
	due, err := s.bodies.sweepDue(ctx, every)
	if err != nil || !due {
		return 0, false, err
	}
	removed, err = s.SweepBlobs(ctx, grace)
	if err != nil {
		return removed, true, err
	}
	return removed, true, s.bodies.swept(ctx)
}

func (b *blobDir) sweepDue(_ context.Context, every time.Duration) (bool, error) {
	fi, err := os.Stat(filepath.Join(b.dir, sweptMarker))
	return err != nil || time.Since(fi.ModTime()) >= every, nil
}

func (b *blobDir) swept(context.Context) error {
	marker := filepath.Join(b.dir, sweptMarker)
	if err := os.WriteFile(marker, nil, 0o640); err != nil {
		return fmt.Errorf("recording the sweep of %s: %w", b.dir, err)
	}
	now := time.Now()
	os.Chtimes(marker, now, now)
	return nil
}

func (b *blobDir) remove(ctx context.Context, sum string, grace time.Duration, inUse func(context.Context, string) (bool, error)) (bool, error) {
	used, err := inUse(ctx, sum)
	if err != nil {
		return false, err
	}
	path := b.path(sum)
	fi, err := os.Stat(path)
	if used || err != nil || !fi.ModTime().Before(time.Now().Add(-grace)) { // file times are wall-clock times
		return false, nil // named again, already gone, or maybe about to be named
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("removing purged file %s (it stays as an orphan for the next sweep): %w", path, err)
	}
	return true, nil
}
