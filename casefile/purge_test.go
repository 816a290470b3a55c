package casefile

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"slices"
	"sort"
	"testing"
	"time"
)

// purgeFixture is a case file two years into service: case A closed long
// ago (with case D merged into it), case B open since as long, case C
// closed last week, unfiled mail U received long ago and V last week. A
// and B share an attachment's content.
type purgeFixture struct {
	s          *Store
	now        *time.Time
	a, b, c, d *Case
	aRaw       []byte
	aSums      []string // files only A names
	shared     string   // the attachment content A and B share
	uSum, vSum string
}

func newPurgeFixture(t *testing.T) *purgeFixture {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2024, 1, 10, 8, 0, 0, 0, time.UTC)
	f := &purgeFixture{now: &now}
	f.s = openTest(t, Options{Now: func() time.Time { return *f.now }})
	put := func(data string) string {
		b, err := f.s.PutBlobBytes(ctx, []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		return b.SHA256
	}
	f.shared = put("%PDF receipt shared by A and B")
	aOwn := put("photo only A has")

	fa := ingest(t, f.s, in(1, complaint("a@x")))
	f.a, f.aRaw = fa.Case, rawOf(complaint("a@x"), 1)
	f.aSums = []string{sumOf(f.aRaw), aOwn}
	f.b = ingest(t, f.s, in(2, complaint("b@x"))).Case
	f.d = ingest(t, f.s, in(3, complaint("d@x"))).Case
	write(t, f.s, func(tx *Tx) error {
		if _, err := tx.AddIncoming(&Incoming{CaseID: f.a.ID, From: "liwei@example.com", MessageID: "a2@x",
			SHA256: put("a second mail on A"), Size: 18, Kind: "reply",
			Attachments: []NewAttachment{{Filename: "r.pdf", SHA256: f.shared, Size: 30}, {Filename: "p.jpg", SHA256: aOwn, Size: 16}}}); err != nil {
			return err
		}
		_, err := tx.AddIncoming(&Incoming{CaseID: f.b.ID, From: "liwei@example.com", MessageID: "b2@x",
			SHA256: put("a second mail on B"), Size: 18, Kind: "reply",
			Attachments: []NewAttachment{{Filename: "r.pdf", SHA256: f.shared, Size: 30}}})
		return err
	})
	f.aSums = append(f.aSums, sumOf([]byte("a second mail on A")), sumOf(rawOf(complaint("d@x"), 3)))
	f.uSum = put("an old out-of-office")
	write(t, f.s, func(tx *Tx) error {
		_, err := tx.AddIncoming(&Incoming{From: "robot@example.com", MessageID: "u@x", SHA256: f.uSum, Size: 20, Kind: "auto_reply", Note: "auto-reply naming no known case"})
		return err
	})
	// A is closed and D merged into it, on 2024-01-10.
	closeCase(t, f.s, f.a, "")
	closeCase(t, f.s, f.d, f.a.Ref)

	now = now.AddDate(2, 0, 0) // 2026-01-10
	f.c = ingest(t, f.s, in(4, complaint("c@x"))).Case
	closeCase(t, f.s, f.c, "")
	f.vSum = put("a recent bounce")
	write(t, f.s, func(tx *Tx) error {
		_, err := tx.AddIncoming(&Incoming{From: "mailer-daemon@example.com", MessageID: "v@x", SHA256: f.vSum, Size: 15, Kind: "bounce"})
		return err
	})
	// Files are written "now" by the wall clock: age them, as two years
	// would have.
	ageBlob(t, f.s, "")
	return f
}

func write(t *testing.T, s *Store, fn func(tx *Tx) error) {
	t.Helper()
	if err := s.Write(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

func sumOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// closeCase closes c (as a duplicate merged into ref when ref is given),
// with the timeline row the workflow writes.
func closeCase(t *testing.T, s *Store, c *Case, into string) {
	t.Helper()
	write(t, s, func(tx *Tx) error {
		c.State, c.CloseReason, c.UpdatedAt = StateClosed, CloseResolved, s.Now()
		if into != "" {
			target, err := tx.CaseByRef(into)
			if err != nil {
				return err
			}
			if err := tx.MoveCase(c.ID, target.ID); err != nil {
				return err
			}
			c.CloseReason, c.MergedInto = CloseDuplicate, target.ID
		}
		if err := tx.UpdateCase(c); err != nil {
			return err
		}
		return tx.AddEvent(Event{CaseID: c.ID, At: s.Now(), Actor: "staff1@yweca.org.example", Kind: "state", FromState: StateOpen, ToState: StateClosed})
	})
}

// snapshot is every row count and file of the store.
func snapshot(t *testing.T, s *Store) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, table := range []string{"cases", "messages", "attachments", "events", "timers", "recoveries", "case_keys", "outbox", "sent_to", "purged", "cursors", "case_counters"} {
		m[table] = countRows(t, s, table)
	}
	for _, sum := range storedSums(t, s) {
		m["file "+sum]++
	}
	return m
}

func fileExists(s *Store, sum string) bool {
	dir, files := s.bodies.(*blobDir)
	if !files {
		var one int
		return s.db.QueryRowContext(context.Background(), `SELECT 1 FROM blobs WHERE sha256 = ?`, sum).Scan(&one) == nil
	}
	_, err := os.Stat(dir.path(sum))
	return err == nil
}

func TestPurge(t *testing.T) {
	ctx := context.Background()
	f := newPurgeFixture(t)
	cutoff := f.now.AddDate(-1, 0, 0) // retain one year: A, D and U are past it

	before := snapshot(t, f.s)
	dry, err := f.s.Purge(ctx, cutoff, true)
	if err != nil {
		t.Fatalf("dry run: %v", err)
	}
	if after := snapshot(t, f.s); !mapsEqual(before, after) {
		t.Fatalf("dry run changed the store:\nbefore %v\nafter  %v", before, after)
	}
	wantCases := []string{f.a.Ref, f.d.Ref}
	if got := sorted(dry.Cases); !slices.Equal(got, wantCases) || dry.Messages != 5 || dry.Unfiled != 1 || dry.Attachments != 2 || dry.Files != 5 {
		t.Fatalf("dry run = %+v; want cases %v, 5 messages (A's and D's, in and out), 1 unfiled, 2 attachments, 5 files (4 of A and D, U's)", dry, wantCases)
	}

	got, err := f.s.Purge(ctx, cutoff, false)
	if err != nil {
		t.Fatalf("purge: %v", err)
	}
	dry.Orphans = got.Orphans
	if !slices.Equal(sorted(got.Cases), wantCases) || got.Messages != dry.Messages || got.Unfiled != dry.Unfiled || got.Files != dry.Files || got.Orphans != 0 {
		t.Fatalf("purge = %+v; the dry run said %+v", got, dry)
	}
	for _, ref := range wantCases {
		if _, err := f.s.CaseByRef(ctx, ref); err == nil {
			t.Errorf("case %s still there", ref)
		}
	}
	for _, c := range []*Case{f.b, f.c} {
		mustCase(t, f.s, c.Ref)
	}
	for _, sum := range append(f.aSums, f.uSum) {
		if fileExists(f.s, sum) {
			t.Errorf("file %s of purged mail still there", sum)
		}
	}
	for _, sum := range []string{f.shared, f.vSum, sumOf(rawOf(complaint("b@x"), 2))} {
		if !fileExists(f.s, sum) {
			t.Errorf("file %s of kept mail removed", sum)
		}
	}
	for table, want := range map[string]int{"cases": 2, "messages": 6, "attachments": 1, "case_keys": 4, "purged": 4, "outbox": 2, "sent_to": 2, "cursors": 1, "case_counters": 2} {
		if n := countRows(t, f.s, table); n != want {
			t.Errorf("%s: %d rows after the purge, want %d", table, n, want)
		}
	}
	// Only B's and C's events remain.
	var stray int
	f.s.db.QueryRowContext(context.Background(), `SELECT count(*) FROM events WHERE case_id NOT IN (?, ?)`, f.b.ID, f.c.ID).Scan(&stray)
	if stray != 0 {
		t.Errorf("%d events of purged cases remain", stray)
	}

	// The purged mail is never filed again: by its bytes, and by its
	// Message-ID and size on a re-scan.
	write(t, f.s, func(tx *Tx) error {
		dup, err := tx.FindDuplicate("a@x", sumOf(f.aRaw))
		if err != nil {
			return err
		}
		if dup.ID == 0 || dup.Why != DuplicatePurged {
			t.Errorf("FindDuplicate of a purged mail = %+v, want DuplicatePurged", dup)
		}
		return nil
	})
	if known, err := f.s.KnownMessage(ctx, "a@x", int64(len(f.aRaw))); err != nil || !known {
		t.Errorf("KnownMessage of a purged mail = %v, %v; want true", known, err)
	}
	if known, _ := f.s.KnownMessage(ctx, "a@x", int64(len(f.aRaw))+1); known {
		t.Error("KnownMessage of another size = true")
	}
	// An archive's copy of a purged mail, with other bytes, is still the
	// mail an import must not file again.
	if has, err := f.s.HasMessageID(ctx, "a@x"); err != nil || !has {
		t.Errorf("HasMessageID of a purged mail = %v, %v; want true", has, err)
	}
	if has, _ := f.s.HasMessageID(ctx, "never@x"); has {
		t.Error("HasMessageID of a mail never stored = true")
	}

	// A second purge finds nothing.
	again, err := f.s.Purge(ctx, cutoff, false)
	if err != nil || len(again.Cases) != 0 || again.Messages+again.Unfiled+again.Files+again.Orphans != 0 {
		t.Errorf("second purge = %+v, %v; want nothing", again, err)
	}
}

func TestPurgeKeepsOpenAndReopened(t *testing.T) {
	ctx := context.Background()
	f := newPurgeFixture(t)
	// Staff reopened A after its closure was listed: it is kept, and so
	// is D, merged into it.
	write(t, f.s, func(tx *Tx) error {
		f.a.State, f.a.CloseReason = StateOpen, ""
		return tx.UpdateCase(f.a)
	})
	got, err := f.s.Purge(ctx, f.now.AddDate(0, 0, 1), false) // retain a day: C too is past it
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Cases, []string{f.c.Ref}) {
		t.Fatalf("purged %v, want only %s", got.Cases, f.c.Ref)
	}
	for _, c := range []*Case{f.a, f.b, f.d} {
		mustCase(t, f.s, c.Ref)
	}
}

func TestPurgeSweepsOrphans(t *testing.T) {
	ctx := context.Background()
	f := newPurgeFixture(t)
	// A purge that crashed between its commit and removing its files
	// left a file no row names.
	orphan, err := f.s.PutBlobBytes(ctx, []byte("left by a crash"))
	if err != nil {
		t.Fatal(err)
	}
	ageBlob(t, f.s, orphan.SHA256)
	got, err := f.s.Purge(ctx, f.now.AddDate(-1, 0, 0), false)
	if err != nil {
		t.Fatal(err)
	}
	if got.Orphans != 1 || fileExists(f.s, orphan.SHA256) {
		t.Errorf("orphans removed %d, file still there %v; want 1 and gone", got.Orphans, fileExists(f.s, orphan.SHA256))
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
