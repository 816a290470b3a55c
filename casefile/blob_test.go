package casefile

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestBlobRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	fileBlobs(t, s)
	data := []byte("From: a@b\r\n\r\nhello\r\n")
	b, err := s.PutBlobBytes(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if b.SHA256 != hex.EncodeToString(sum[:]) || b.Size != int64(len(data)) {
		t.Fatalf("PutBlobBytes = %+v, want the SHA-256 and size of the data", b)
	}
	// The same content again is the same file.
	if b2, err := s.PutBlob(ctx, strings.NewReader(string(data))); err != nil || b2 != b {
		t.Fatalf("second PutBlob = %+v, %v; want %+v", b2, err, b)
	}
	got, err := s.ReadBlob(b.SHA256)
	if err != nil || string(got) != string(data) {
		t.Fatalf("ReadBlob = %q, %v", got, err)
	}
	if tmp, _ := os.ReadDir(fileBlobs(t, s).tmpDir()); len(tmp) != 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}

	// A damaged file is reported, not returned.
	if err := os.WriteFile(fileBlobs(t, s).path(b.SHA256), []byte("tampered"), 0o640); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadBlob(b.SHA256); !errors.Is(err, ErrBlobCorrupt) {
		t.Errorf("ReadBlob of a damaged file = %v, want ErrBlobCorrupt", err)
	}
	if _, err := s.ReadBlob(strings.Repeat("ab", 32)); !errors.Is(err, ErrNotFound) {
		t.Errorf("ReadBlob of a missing file = %v, want ErrNotFound", err)
	}
	if _, err := s.ReadBlob("../../etc/passwd"); !errors.Is(err, ErrNotFound) {
		t.Errorf("ReadBlob of a path = %v, want ErrNotFound", err)
	}
}

// A crash between writing a body file and committing the transaction that
// names it leaves no case, and the sweep removes the orphan file but
// nothing that a row names.
func TestCrashBeforeCommitLeavesOrphanThatSweepRemoves(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-03-01T08:00:00Z")
	s := openTest(t, Options{Now: clk.Now})
	fileBlobs(t, s)
	kept := ingest(t, s, in(1, complaint("kept@x")))

	orphan, err := s.PutBlobBytes(ctx, []byte("Message-ID: <lost@x>\r\n\r\nnever committed\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	crash := errors.New("crash")
	err = s.Write(ctx, func(tx *Tx) error {
		c := &Case{Kind: "complaint", State: StateOpen, CreatedAt: s.Now(), UpdatedAt: s.Now()}
		if err := tx.OpenCase(c, s.Now()); err != nil {
			return err
		}
		if _, err := tx.AddIncoming(&Incoming{CaseID: c.ID, SHA256: orphan.SHA256, Size: orphan.Size}); err != nil {
			return err
		}
		return crash
	})
	if !errors.Is(err, crash) {
		t.Fatalf("Write = %v, want the function's error", err)
	}
	if n := countRows(t, s, "cases"); n != 1 {
		t.Errorf("%d cases after the failed transaction, want 1", n)
	}
	if n := countRows(t, s, "messages WHERE direction = 'in'"); n != 1 {
		t.Errorf("%d incoming messages after the failed transaction, want 1", n)
	}
	// A stray temporary file, as a crash in the middle of PutBlob leaves.
	if err := os.WriteFile(filepath.Join(fileBlobs(t, s).tmpDir(), "in-123"), []byte("half"), 0o640); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour) // files are old enough for any grace
	for _, p := range []string{fileBlobs(t, s).path(orphan.SHA256), filepath.Join(fileBlobs(t, s).tmpDir(), "in-123")} {
		if err := os.Chtimes(p, future.Add(-2*time.Hour), future.Add(-2*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	// A young file is spared: it may belong to a transaction in progress.
	if n, err := s.SweepBlobs(ctx, 100*365*24*time.Hour); err != nil || n != 0 {
		t.Errorf("SweepBlobs with a long grace removed %d, %v; want 0", n, err)
	}
	n, err := s.SweepBlobs(ctx, 0)
	if err != nil || n != 2 {
		t.Fatalf("SweepBlobs = %d, %v; want 2 (the orphan and the temporary file)", n, err)
	}
	if _, err := os.Stat(fileBlobs(t, s).path(orphan.SHA256)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("orphan still there: %v", err)
	}
	raw, err := s.RawMessage(ctx, kept.MessageID)
	if err != nil || !strings.Contains(string(raw), "kept@x") {
		t.Errorf("the committed mail's file was swept: %q, %v", raw, err)
	}
}

// TestPutOfOrphanContentSparesItFromTheSweep: content stored again while
// an old orphan file of it exists (a filing that failed earlier) is a
// file a row will name; a sweep running meanwhile in another process
// (the daemon's, beside cases refile) must not remove it as old.
func TestPutOfOrphanContentSparesItFromTheSweep(t *testing.T) {
	tests := []struct {
		name string
		put  func(s *Store, data []byte) (Blob, error)
	}{
		{name: "durable", put: func(s *Store, data []byte) (Blob, error) { return s.PutBlobBytes(context.Background(), data) }},
		{name: "lazy", put: func(s *Store, data []byte) (Blob, error) {
			return s.PutBlobBytesLazy(context.Background(), data)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{})
			fileBlobs(t, s)
			data := []byte("Message-ID: <again@x>\r\n\r\nfiled on the second try\r\n")
			orphan, err := s.PutBlobBytes(ctx, data)
			if err != nil {
				t.Fatal(err)
			}
			old := time.Now().Add(-2 * time.Hour)
			if err := os.Chtimes(fileBlobs(t, s).path(orphan.SHA256), old, old); err != nil {
				t.Fatal(err)
			}
			again, err := tt.put(s, data)
			if err != nil || again != orphan {
				t.Fatalf("put again = %+v, %v; want %+v", again, err, orphan)
			}
			if err := s.SyncBlobs(); err != nil {
				t.Fatal(err)
			}
			// The row naming it is not committed yet: the sweep must
			// see a young file.
			if n, err := s.SweepBlobs(ctx, time.Hour); err != nil || n != 0 {
				t.Errorf("SweepBlobs = %d, %v; want the file stored again spared", n, err)
			}
			if _, err := s.ReadBlob(orphan.SHA256); err != nil {
				t.Errorf("file stored again is gone: %v", err)
			}
		})
	}
}

func TestFindDuplicate(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	first := ingest(t, s, in(1, complaint("same@x")))

	t.Run("same bytes", func(t *testing.T) {
		dup := ingest(t, s, in(1, complaint("same@x")))
		if !dup.Duplicate || dup.MessageID != first.MessageID {
			t.Errorf("same bytes again = %+v, want a duplicate of #%d", dup, first.MessageID)
		}
	})
	t.Run("same Message-ID, other bytes", func(t *testing.T) {
		other := ingest(t, s, in(2, complaint("same@x")))
		if other.Duplicate || !other.NewCase {
			t.Fatalf("different bytes with a known Message-ID = %+v, want a new case", other)
		}
		raw, err := s.RawMessage(ctx, other.MessageID)
		if err != nil || !strings.Contains(string(raw), "X-UID: 2") {
			t.Errorf("second mail's bytes = %q, %v", raw, err)
		}
		var d Duplicate
		s.Write(ctx, func(tx *Tx) error {
			d, err = tx.FindDuplicate("same@x", strings.Repeat("0", 64))
			return err
		})
		if err != nil || d.ID != 0 || d.CollidesWith != first.MessageID {
			t.Errorf("FindDuplicate(other bytes) = %+v, %v; want a collision with #%d", d, err, first.MessageID)
		}
	})
	t.Run("our own mail coming back", func(t *testing.T) {
		ack := "ack-" + first.Case.Ref + "@desk"
		back := ingest(t, s, in(3, complaint(ack)))
		if !back.Duplicate {
			t.Errorf("our acknowledgement coming back = %+v, want a duplicate", back)
		}
	})
}

func TestDurableCommits(t *testing.T) {
	sqliteOnly(t, "PRAGMA synchronous; TestPostgresOpenMigrates checks synchronous_commit")
	s := openTest(t, Options{})
	var sync int
	if err := s.db.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != 2 {
		t.Errorf("PRAGMA synchronous = %d, %v; want 2 (FULL): a commit after which mail leaves must survive a power loss", sync, err)
	}
}

// Databases of version 1 kept raw mail and attachment content as BLOBs;
// opening one moves them out to files and still serves them.
func TestMigrationMovesBlobsOut(t *testing.T) {
	sqliteOnly(t, "moveBlobsOut moves the BLOBs of SQLite case files of schema version 1")
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	init, err := fs.ReadFile(migrationFS, "migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, fstest.MapFS{"migrations/0001_init.sql": {Data: init}}); err != nil {
		t.Fatal(err)
	}
	raw := []byte("Message-ID: <old@x>\r\nSubject: old\r\n\r\nphoto attached\r\n")
	photo := []byte("\x89PNG fake photo")
	sum := sha256.Sum256(raw)
	mustExec(t, db, `INSERT INTO messages (id, direction, message_id, date, sha256, size) VALUES (1, 'in', 'old@x', '', ?, ?)`, hex.EncodeToString(sum[:]), len(raw))
	mustExec(t, db, `INSERT INTO message_raw (message_id, data) VALUES (1, ?)`, raw)
	mustExec(t, db, `INSERT INTO attachments (id, message_id, filename, size, data) VALUES (1, 1, 'photo.png', ?, ?)`, len(photo), photo)
	mustExec(t, db, `INSERT INTO attachments (id, message_id, filename, size, data) VALUES (2, 1, 'dropped.zip', 99999999, NULL)`)
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := countRows(t, s, "message_raw"); n != 0 {
		t.Errorf("%d rows left in message_raw", n)
	}
	if n := countRows(t, s, "attachments WHERE data IS NOT NULL"); n != 0 {
		t.Errorf("%d attachments still hold their content in the database", n)
	}
	if got, err := s.RawMessage(ctx, 1); err != nil || string(got) != string(raw) {
		t.Errorf("RawMessage after the move = %q, %v", got, err)
	}
	if got, err := s.AttachmentData(ctx, 1); err != nil || string(got) != string(photo) {
		t.Errorf("AttachmentData after the move = %q, %v", got, err)
	}
	if _, err := s.AttachmentData(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("dropped attachment = %v, want ErrNotFound", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "mail", hex.EncodeToString(sum[:1]))); err != nil {
		t.Errorf("mail directory beside the database: %v", err)
	}
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func TestEventsTimersFetchFailures(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-03-01T08:00:00Z")
	s := openTest(t, Options{Now: clk.Now})
	c := ingest(t, s, in(1, complaint("a@x"))).Case
	due := time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC)
	err := s.Write(ctx, func(tx *Tx) error {
		if err := tx.AddEvent(Event{CaseID: c.ID, Actor: ActorSystem, Kind: "opened", ToState: StateOpen}); err != nil {
			return err
		}
		if err := tx.AddEvent(Event{CaseID: c.ID, Actor: "staff@yweca.org.example", Kind: "state", FromState: StateOpen, ToState: StateClosed, Detail: "settled"}); err != nil {
			return err
		}
		if err := tx.SetTimer(Timer{CaseID: c.ID, Kind: "reminder", Due: due.Add(time.Hour)}); err != nil {
			return err
		}
		return tx.SetTimer(Timer{CaseID: c.ID, Kind: "reminder", Due: due}) // moves it
	})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, c.ID)
	if err != nil || len(evs) != 2 || evs[0].Kind != "opened" || evs[1].ToState != StateClosed || evs[1].Actor != "staff@yweca.org.example" {
		t.Errorf("Events = %+v, %v", evs, err)
	}
	if ts, err := s.DueTimers(ctx, due.Add(-time.Second), 0); err != nil || len(ts) != 0 {
		t.Errorf("DueTimers before due = %+v, %v", ts, err)
	}
	if ts, err := s.DueTimers(ctx, due, 0); err != nil || len(ts) != 1 || !ts[0].Due.Equal(due) {
		t.Errorf("DueTimers at due = %+v, %v; want the moved timer", ts, err)
	}

	var attempts []int
	for range 3 {
		s.Write(ctx, func(tx *Tx) error {
			n, err := tx.RecordFetchFailure("INBOX", 7, 40, 50<<20, "no bytes for 2m0s")
			attempts = append(attempts, n)
			return err
		})
	}
	if len(attempts) != 3 || attempts[2] != 3 {
		t.Fatalf("attempts = %v, want 1 2 3", attempts)
	}
	if err := s.Write(ctx, func(tx *Tx) error { return tx.GiveUpFetch("INBOX", 7, 40) }); err != nil {
		t.Fatal(err)
	}
	gu, err := s.GivenUpFetches(ctx)
	if err != nil || len(gu) != 1 || gu[0].UID != 40 || gu[0].Attempts != 3 || gu[0].Size != 50<<20 {
		t.Errorf("GivenUpFetches = %+v, %v", gu, err)
	}
	if cur, err := s.Cursor(ctx, "INBOX"); err != nil || cur.LastUID != 40 {
		t.Errorf("cursor after giving up = %+v, %v; want past UID 40", cur, err)
	}
	ingest(t, s, in(41, complaint("after@x"))) // later mail filed meanwhile
	if n, err := s.RetryGivenUp(ctx, 0); err != nil || n != 1 {
		t.Fatalf("RetryGivenUp = %d, %v; want 1", n, err)
	}
	if cur, err := s.Cursor(ctx, "INBOX"); err != nil || cur.LastUID != 39 {
		t.Errorf("cursor after RetryGivenUp = %+v, %v; want back before UID 40", cur, err)
	}
	if gu, _ := s.GivenUpFetches(ctx); len(gu) != 0 {
		t.Errorf("still given up: %+v", gu)
	}
}

func TestLazyBlobsFlushedBySync(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	fileBlobs(t, s)
	var sums []string
	for i := range 3 {
		b, err := s.PutBlobBytesLazy(ctx, []byte(strings.Repeat("x", i+1)))
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, b.SHA256)
	}
	if n := len(fileBlobs(t, s).pending); n != 6 {
		t.Fatalf("%d paths await a flush, want 3 files and their directories", n)
	}
	if err := s.SyncBlobs(); err != nil {
		t.Fatal(err)
	}
	if n := len(fileBlobs(t, s).pending); n != 0 {
		t.Errorf("%d paths still await a flush after SyncBlobs", n)
	}
	for i, sum := range sums {
		if got, err := s.ReadBlob(sum); err != nil || len(got) != i+1 {
			t.Errorf("blob %d: %q, %v", i, got, err)
		}
	}
	if err := syncEach(fileBlobs(t, s).pending); err != nil { // the fallback path, on nothing
		t.Error(err)
	}
}

func TestSweepBlobsIfDue(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	fileBlobs(t, s)
	if _, swept, err := s.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || !swept {
		t.Fatalf("first sweep: swept %v, %v; want it to run", swept, err)
	}
	if _, swept, err := s.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || swept {
		t.Errorf("second sweep within the hour: swept %v, %v; want it skipped", swept, err)
	}
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(fileBlobs(t, s).dir, sweptMarker), old, old)
	if _, swept, err := s.SweepBlobsIfDue(ctx, time.Hour, 0); err != nil || !swept {
		t.Errorf("sweep after two hours: swept %v, %v; want it to run", swept, err)
	}
}
