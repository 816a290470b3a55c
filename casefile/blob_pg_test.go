//go:build postgres

package casefile

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/internal/memstat"
)

// pgContent is n bytes of incompressible content, different for each seed.
func pgContent(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0x626c6f62))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// pgCount counts rows of a query on the store's database.
func pgCount(t *testing.T, s *Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func pgExec(t *testing.T, s *Store, q string, args ...any) {
	t.Helper()
	if _, err := s.db.ExecContext(context.Background(), q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// oneReader hands out its content a byte at a time at most n bytes per
// Read, as a network stream does, so chunks are filled from many reads.
type oneReader struct {
	data []byte
	n    int
}

func (r *oneReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), r.n)], r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestPGBlobRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	tests := []struct {
		name   string
		size   int
		chunks int
	}{
		{name: "empty", size: 0, chunks: 0},
		{name: "small", size: 100, chunks: 1},
		{name: "one whole chunk", size: blobChunk, chunks: 1},
		{name: "one chunk and a byte", size: blobChunk + 1, chunks: 2},
		{name: "three and a half chunks", size: 3*blobChunk + blobChunk/2, chunks: 4},
	}
	puts := []struct {
		name string
		put  func(data []byte) (Blob, error)
	}{
		{name: "PutBlob", put: func(data []byte) (Blob, error) {
			return s.PutBlob(ctx, &oneReader{data: data, n: 64 << 10})
		}},
		{name: "PutBlobLazy", put: func(data []byte) (Blob, error) { return s.PutBlobLazy(ctx, bytes.NewReader(data)) }},
		{name: "PutBlobBytes", put: func(data []byte) (Blob, error) { return s.PutBlobBytes(ctx, data) }},
	}
	seed := uint64(1)
	for _, tc := range tests {
		for _, p := range puts {
			t.Run(tc.name+"/"+p.name, func(t *testing.T) {
				seed++
				data := pgContent(seed, tc.size)
				b, err := p.put(data)
				if err != nil {
					t.Fatal(err)
				}
				if want := (Blob{SHA256: sumOf(data), Size: int64(tc.size)}); b != want {
					t.Fatalf("put = %+v, want %+v", b, want)
				}
				if err := s.SyncBlobs(); err != nil {
					t.Fatal(err)
				}
				got, err := s.ReadBlob(b.SHA256)
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("ReadBlob = %d bytes, %v; want the %d put", len(got), err, len(data))
				}
				if n := pgCount(t, s, `SELECT chunks FROM blobs WHERE sha256 = $1`, b.SHA256); n != tc.chunks {
					t.Errorf("blobs.chunks = %d, want %d", n, tc.chunks)
				}
				if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks WHERE sha256 = $1`, b.SHA256); n != tc.chunks {
					t.Errorf("%d chunk rows, want %d", n, tc.chunks)
				}
			})
		}
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks WHERE sha256 NOT IN (SELECT sha256 FROM blobs)`); n != 0 {
		t.Errorf("%d chunks belong to no blob (temporary keys left behind)", n)
	}
	// created is the server's time in the store's time format.
	var created string
	if err := s.db.QueryRowContext(ctx, `SELECT min(created) FROM blobs`).Scan(&created); err != nil {
		t.Fatal(err)
	}
	if at, err := parseTime(created); err != nil || time.Since(at).Abs() > time.Hour {
		t.Errorf("blobs.created %q = %v, %v; want about now", created, at, err)
	}
}

func TestPGBlobSeek(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	data := pgContent(7, 3*blobChunk+blobChunk/2)
	b, err := s.PutBlob(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.OpenBlob(b.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tests := []struct {
		name   string
		offset int64
		whence int
		at     int64 // position after the seek
		read   int   // bytes to read there (fewer at the end)
	}{
		{name: "start", offset: 0, whence: io.SeekStart, at: 0, read: 10},
		{name: "across the first boundary", offset: blobChunk - 5, whence: io.SeekStart, at: blobChunk - 5, read: 10},
		{name: "across two boundaries", offset: blobChunk - 1, whence: io.SeekStart, at: blobChunk - 1, read: blobChunk + 2},
		{name: "back into an earlier chunk", offset: -2 * blobChunk, whence: io.SeekCurrent, at: 1, read: 100},
		{name: "on a boundary", offset: 3 * blobChunk, whence: io.SeekStart, at: 3 * blobChunk, read: 1},
		{name: "the last bytes", offset: -3, whence: io.SeekEnd, at: int64(len(data)) - 3, read: 3},
		{name: "past the end", offset: 10, whence: io.SeekEnd, at: int64(len(data)) + 10, read: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			at, err := f.Seek(tc.offset, tc.whence)
			if err != nil || at != tc.at {
				t.Fatalf("Seek(%d, %d) = %d, %v; want %d", tc.offset, tc.whence, at, err, tc.at)
			}
			got := make([]byte, tc.read)
			if _, err := io.ReadFull(f, got); err != nil {
				t.Fatalf("reading %d bytes at %d: %v", tc.read, at, err)
			}
			if end := at + int64(tc.read); end <= int64(len(data)) && !bytes.Equal(got, data[at:end]) {
				t.Errorf("bytes at %d differ from those put", at)
			}
			if at+int64(tc.read) >= int64(len(data)) {
				if n, err := f.Read(make([]byte, 1)); n != 0 || err != io.EOF {
					t.Errorf("Read at the end = %d, %v; want io.EOF", n, err)
				}
			}
		})
	}
	if _, err := f.Seek(-1, io.SeekStart); err == nil {
		t.Error("Seek to a negative position succeeded")
	}
	// The whole, after all that seeking.
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil || hex.EncodeToString(h.Sum(nil)) != b.SHA256 {
		t.Errorf("copying the whole = %v; want content hashing to its name", err)
	}
	f.Close()
	if _, err := f.Read(make([]byte, 1)); err == nil {
		t.Error("Read after Close succeeded")
	}
}

// Content already stored is not stored again, and is made young again:
// a row about to commit names it, and a sweep must spare it meanwhile.
func TestPGBlobPutTwice(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	tests := []struct {
		name string
		size int
		put  func(data []byte) (Blob, error)
	}{
		{name: "bytes", size: 2*blobChunk + 1, put: func(data []byte) (Blob, error) { return s.PutBlobBytes(ctx, data) }},
		{name: "stream", size: 2*blobChunk + 1, put: func(data []byte) (Blob, error) { return s.PutBlob(ctx, bytes.NewReader(data)) }},
		{name: "small stream", size: 10, put: func(data []byte) (Blob, error) { return s.PutBlob(ctx, bytes.NewReader(data)) }},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := pgContent(uint64(100+i), tc.size)
			first, err := tc.put(data)
			if err != nil {
				t.Fatal(err)
			}
			pgExec(t, s, `UPDATE blobs SET created = '2000-01-01T00:00:00.000000000Z' WHERE sha256 = $1`, first.SHA256)
			again, err := tc.put(data)
			if err != nil || again != first {
				t.Fatalf("second put = %+v, %v; want %+v", again, err, first)
			}
			if n := pgCount(t, s, `SELECT count(*) FROM blobs WHERE sha256 = $1`, first.SHA256); n != 1 {
				t.Errorf("%d blobs rows, want 1", n)
			}
			want := (tc.size + blobChunk - 1) / blobChunk
			if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks`); n != want {
				t.Errorf("%d chunk rows, want %d", n, want)
			}
			if n, err := s.SweepBlobs(ctx, time.Hour); err != nil || n != 0 {
				t.Errorf("SweepBlobs = %d, %v; want the content stored again spared", n, err)
			}
			if got, err := s.ReadBlob(first.SHA256); err != nil || !bytes.Equal(got, data) {
				t.Errorf("ReadBlob = %d bytes, %v", len(got), err)
			}
			pgExec(t, s, `DELETE FROM blob_chunks`)
			pgExec(t, s, `DELETE FROM blobs`)
		})
	}
}

// gate holds every reader's first Read until all have started, so that
// the puts really run side by side.
type gate struct {
	wg sync.WaitGroup
}

type gatedReader struct {
	g    *gate
	r    io.Reader
	seen bool
}

func (r *gatedReader) Read(p []byte) (int, error) {
	if !r.seen {
		r.seen = true
		r.g.wg.Done()
		r.g.wg.Wait()
	}
	return r.r.Read(p)
}

// Two instances storing the same content at once both succeed, and it is
// stored once.
func TestPGBlobConcurrentPuts(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	a := openPostgresTest(t, u, "")
	b := openPostgresTest(t, u, "")
	tests := []struct {
		name string
		size int
	}{
		{name: "small", size: 1000},
		{name: "several chunks", size: 2*blobChunk + 17},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := pgContent(uint64(200+i), tc.size)
			g := &gate{}
			g.wg.Add(2)
			var (
				wg    sync.WaitGroup
				blobs [2]Blob
				errs  [2]error
			)
			for j, s := range []*Store{a, b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					blobs[j], errs[j] = s.PutBlob(ctx, &gatedReader{g: g, r: bytes.NewReader(data)})
				}()
			}
			wg.Wait()
			for j := range 2 {
				if errs[j] != nil || blobs[j].SHA256 != sumOf(data) {
					t.Errorf("put %d = %+v, %v", j, blobs[j], errs[j])
				}
			}
			if n := pgCount(t, a, `SELECT count(*) FROM blobs WHERE sha256 = $1`, sumOf(data)); n != 1 {
				t.Errorf("%d blobs rows, want 1", n)
			}
			want := (tc.size + blobChunk - 1) / blobChunk
			if n := pgCount(t, a, `SELECT count(*) FROM blob_chunks WHERE sha256 = $1`, sumOf(data)); n != want {
				t.Errorf("%d chunk rows, want %d", n, want)
			}
			if got, err := b.ReadBlob(sumOf(data)); err != nil || !bytes.Equal(got, data) {
				t.Errorf("ReadBlob = %d bytes, %v", len(got), err)
			}
		})
	}
	if n := pgCount(t, a, `SELECT count(*) FROM blob_chunks WHERE sha256 NOT IN (SELECT sha256 FROM blobs)`); n != 0 {
		t.Errorf("%d chunks belong to no blob", n)
	}
}

func TestPGBlobNotFound(t *testing.T) {
	s := openPostgresTest(t, pgSchema(t), "")
	for _, sum := range []string{strings.Repeat("ab", 32), "../../etc/passwd", "tmp-0123"} {
		if _, err := s.OpenBlob(sum); !errors.Is(err, ErrNotFound) {
			t.Errorf("OpenBlob(%q) = %v, want ErrNotFound", sum, err)
		}
		if _, err := s.ReadBlob(sum); !errors.Is(err, ErrNotFound) {
			t.Errorf("ReadBlob(%q) = %v, want ErrNotFound", sum, err)
		}
	}
}

// Content changed in the database is reported, not returned.
func TestPGBlobCorrupt(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	tests := []struct {
		name   string
		damage string // SQL on the blob's chunk 1 ($1: its name)
	}{
		{name: "a byte changed", damage: `UPDATE blob_chunks SET data = set_byte(data, 5, (get_byte(data, 5) + 1) % 256) WHERE sha256 = $1 AND seq = 1`},
		{name: "a chunk cut short", damage: `UPDATE blob_chunks SET data = substr(data, 1, 100) WHERE sha256 = $1 AND seq = 1`},
		{name: "a chunk missing", damage: `DELETE FROM blob_chunks WHERE sha256 = $1 AND seq = 1`},
		{name: "the size changed", damage: `UPDATE blobs SET size = size + 1 WHERE sha256 = $1`},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := s.PutBlobBytes(ctx, pgContent(uint64(300+i), 2*blobChunk+blobChunk/2))
			if err != nil {
				t.Fatal(err)
			}
			pgExec(t, s, tc.damage, b.SHA256)
			if _, err := s.ReadBlob(b.SHA256); !errors.Is(err, ErrBlobCorrupt) {
				t.Errorf("ReadBlob = %v, want ErrBlobCorrupt", err)
			}
		})
	}
}

// The sweep removes content no row names once it is older than grace,
// chunks included, and keeps content a message or an attachment names
// and young content.
func TestPGBlobSweep(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	put := func(name string, size int) Blob {
		t.Helper()
		b, err := s.PutBlobBytes(ctx, pgContent(uint64(len(name)), size))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	old := func(b Blob) {
		t.Helper()
		pgExec(t, s, `UPDATE blobs SET created = '2000-01-01T00:00:00.000000000Z' WHERE sha256 = $1`, b.SHA256)
	}
	orphan := put("orphan", blobChunk+1)
	raw := put("raw mail", 100)
	attached := put("attachment", blobChunk+5)
	young := put("young", 10)
	for _, b := range []Blob{orphan, raw, attached} {
		old(b)
	}
	// Rows naming content, in raw SQL: the store's own queries are still
	// written for SQLite.
	var mid int64
	if err := s.db.QueryRowContext(ctx, `INSERT INTO messages (direction, date, sha256, size)
		VALUES ('in', '', $1, $2) RETURNING id`, raw.SHA256, raw.Size).Scan(&mid); err != nil {
		t.Fatal(err)
	}
	pgExec(t, s, `INSERT INTO attachments (message_id, filename, size, sha256) VALUES ($1, 'photo.jpg', $2, $3)`, mid, attached.Size, attached.SHA256)

	if n, err := s.SweepBlobs(ctx, time.Hour); err != nil || n != 1 {
		t.Fatalf("SweepBlobs = %d, %v; want 1 (the orphan)", n, err)
	}
	if _, err := s.OpenBlob(orphan.SHA256); !errors.Is(err, ErrNotFound) {
		t.Errorf("the orphan after the sweep: %v, want ErrNotFound", err)
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks WHERE sha256 = $1`, orphan.SHA256); n != 0 {
		t.Errorf("%d chunks of the orphan left", n)
	}
	for name, b := range map[string]Blob{"raw mail": raw, "attachment": attached, "young": young} {
		if _, err := s.ReadBlob(b.SHA256); err != nil {
			t.Errorf("%s after the sweep: %v", name, err)
		}
	}
	// Young no more, and no longer named: swept.
	old(young)
	pgExec(t, s, `DELETE FROM attachments`)
	if n, err := s.SweepBlobs(ctx, time.Hour); err != nil || n != 2 {
		t.Errorf("second SweepBlobs = %d, %v; want 2 (the young one and the attachment)", n, err)
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blobs`); n != 1 {
		t.Errorf("%d blobs left, want 1 (the raw mail)", n)
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks WHERE sha256 <> $1`, raw.SHA256); n != 0 {
		t.Errorf("%d chunks of swept blobs left", n)
	}
}

// More orphans than a sweep batch are all removed.
func TestPGBlobSweepBatches(t *testing.T) {
	ctx := context.Background()
	s := openPostgresTest(t, pgSchema(t), "")
	n := sweepBatch + 7
	pgExec(t, s, `INSERT INTO blobs (sha256, size, chunks, created)
		SELECT encode(sha256(i::text::bytea), 'hex'), 1, 1, '2000-01-01T00:00:00.000000000Z' FROM generate_series(1, $1) AS i`, n)
	pgExec(t, s, `INSERT INTO blob_chunks (sha256, seq, data) SELECT sha256, 0, '\x00' FROM blobs`)
	if got, err := s.SweepBlobs(ctx, time.Hour); err != nil || got != n {
		t.Errorf("SweepBlobs = %d, %v; want %d", got, err, n)
	}
	if left := pgCount(t, s, `SELECT count(*) FROM blob_chunks`); left != 0 {
		t.Errorf("%d chunks left", left)
	}
}

// The time of the last sweep is in the database, shared by every instance:
// one of them sweeps a period, whichever comes first.
func TestPGSweepBlobsIfDue(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	a := openPostgresTest(t, u, "")
	b := openPostgresTest(t, u, "")
	if _, swept, err := a.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || !swept {
		t.Fatalf("first sweep: swept %v, %v; want it to run", swept, err)
	}
	if _, swept, err := b.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || swept {
		t.Errorf("another instance within the hour: swept %v, %v; want it skipped", swept, err)
	}
	pgExec(t, a, `UPDATE blob_sweep SET at = '2000-01-01T00:00:00.000000000Z'`)
	if _, swept, err := b.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || !swept {
		t.Errorf("sweep after the period: swept %v, %v; want it to run", swept, err)
	}
}

// cancelReader cancels its context once it has handed out after bytes.
type cancelReader struct {
	r      io.Reader
	after  int
	cancel context.CancelFunc
}

func (c *cancelReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if c.after -= n; c.after <= 0 {
		c.cancel()
	}
	return n, err
}

// A put cancelled midway leaves nothing: no blobs row, no chunks.
func TestPGBlobPutCancelled(t *testing.T) {
	s := openPostgresTest(t, pgSchema(t), "")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := pgContent(400, 4*blobChunk)
	_, err := s.PutBlob(ctx, &cancelReader{r: bytes.NewReader(data), after: 2*blobChunk + 100, cancel: cancel})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled PutBlob = %v, want context.Canceled", err)
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blobs`); n != 0 {
		t.Errorf("%d blobs rows after a cancelled put", n)
	}
	if n := pgCount(t, s, `SELECT count(*) FROM blob_chunks`); n != 0 {
		t.Errorf("%d chunk rows after a cancelled put", n)
	}
}

// BenchmarkPGBlobPut stores bodies of 8 MiB (and 64 MiB, the largest
// mail), each new content, streamed from a generator so that the body is
// never in memory whole. Memory stays bounded when peak-RSS-MiB is about
// the same for both sizes (run it alone: the peak never goes down in a
// process); B/op counts every allocation, freed ones included.
func BenchmarkPGBlobPut(b *testing.B) {
	ctx := context.Background()
	s := openPostgresTest(b, pgSchema(b), "")
	for _, size := range []int64{8 << 20, 64 << 20} {
		b.Run(fmt.Sprintf("%dMiB", size>>20), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for i := uint64(0); b.Loop(); i++ {
				var seed [32]byte
				binary.BigEndian.PutUint64(seed[:], uint64(size)+i<<32) // new content each time
				if _, err := s.PutBlob(ctx, io.LimitReader(rand.NewChaCha8(seed), size)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(memstat.PeakRSS())/(1<<20), "peak-RSS-MiB")
		})
	}
}
