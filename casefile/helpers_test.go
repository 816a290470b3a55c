package casefile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a deterministic Options.Now: each call is one second later.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(start string) *clock {
	t, err := time.Parse(time.RFC3339, start)
	if err != nil {
		panic(err)
	}
	return &clock{t: t}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// openTest opens an empty store for the test, closed when it ends, on the
// engine under test (testEngine: SQLite, or PostgreSQL with
// REDRESS_TEST_ENGINE=postgres and the postgres build tag).
func openTest(t *testing.T, opts Options) *Store {
	t.Helper()
	s, _ := openTestReopen(t, opts)
	return s
}

// openTestReopen is openTest, with a function that opens another Store on
// the same case file (a second process, or a restart), closed when the
// test ends.
func openTestReopen(t *testing.T, opts Options) (*Store, func(Options) *Store) {
	t.Helper()
	if opts.Now == nil {
		opts.Now = newClock("2026-03-01T08:00:00Z").Now
	}
	return openEngine(t, opts)
}

// openSQLiteTest opens a SQLite store in a temporary directory.
func openSQLiteTest(t *testing.T, opts Options) (*Store, func(Options) *Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "redress.db")
	open := func(o Options) *Store {
		t.Helper()
		s, err := Open(context.Background(), path, o)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	return open(opts), open
}

// sqliteOnly skips a test that is about SQLite itself when the suite runs
// on another engine; why says what of SQLite it tests.
func sqliteOnly(t *testing.T, why string) {
	t.Helper()
	if e := testEngine(t); e != "sqlite" {
		t.Skip("SQLite only: " + why)
	}
}

// testMail is what the helpers file: the few fields storage tests need.
type testMail struct {
	MessageID, Subject, Text string
	From                     string
	InReplyTo                []string
}

// complaint is a consumer complaint with Message-ID mid.
func complaint(mid string) *testMail {
	return &testMail{MessageID: mid, Subject: "投诉 义乌某店 " + mid, From: "liwei@example.com", Text: "我在贵店买的东西坏了。"}
}

// rawOf makes raw bytes unique to the message (and uid), as real mail is.
func rawOf(m *testMail, uid uint32) []byte {
	return fmt.Appendf(nil, "Message-ID: <%s>\r\nSubject: %s\r\nX-UID: %d\r\n\r\n%s\r\n", m.MessageID, m.Subject, uid, m.Text)
}

// testIncoming is one fetched message for ingest.
type testIncoming struct {
	Folder      string
	UIDValidity uint32
	UID         uint32
	Raw         []byte
	Msg         *testMail
	ReceivedAt  time.Time // zero: the store's clock
}

func in(uid uint32, m *testMail) testIncoming {
	return testIncoming{Folder: "INBOX", UIDValidity: 7, UID: uid, Raw: rawOf(m, uid), Msg: m}
}

// filed is what ingest did.
type filed struct {
	Case      *Case
	NewCase   bool
	Duplicate bool
	MessageID int64
}

// ingest files inc the way the desk does, with the storage primitives: the
// raw bytes to a file, then one transaction that drops duplicates, finds
// the case by thread or opens one, records the message, acknowledges a
// new case (Message-ID ack-<ref>@desk) and advances the cursor.
func ingest(t *testing.T, s *Store, inc testIncoming) filed {
	t.Helper()
	res, err := fileMail(context.Background(), s, inc)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// fileMail is ingest's work, for goroutines other than the test's.
func fileMail(ctx context.Context, s *Store, inc testIncoming) (filed, error) {
	b, err := s.PutBlobBytes(ctx, inc.Raw)
	if err != nil {
		return filed{}, fmt.Errorf("PutBlobBytes UID %d: %w", inc.UID, err)
	}
	var res filed
	err = s.Write(ctx, func(tx *Tx) error {
		res = filed{}
		m := inc.Msg
		dup, err := tx.FindDuplicate(m.MessageID, b.SHA256)
		if err != nil {
			return err
		}
		if dup.ID != 0 {
			res.Duplicate, res.MessageID = true, dup.ID
		} else {
			c, err := tx.CaseOfThread(m.InReplyTo)
			switch {
			case err == nil:
				res.Case = c
			case !errors.Is(err, ErrNotFound):
				return err
			default:
				now := s.Now()
				opened := inc.ReceivedAt
				if opened.IsZero() {
					opened = now
				}
				c = &Case{Kind: "complaint", State: StateOpen, Subject: m.Subject, ContactAddress: m.From,
					Complainant: Complainant{Name: "李伟", Phones: []string{"+8613800138000"}},
					Respondent:  Respondent{Name: "义乌小商品店", URLs: []string{"https://shop.example.com"}},
					Order:       Order{Number: "A123", Amount: "128.00", Currency: "CNY"},
					CreatedAt:   now, UpdatedAt: now}
				if err := tx.OpenCase(c, opened); err != nil {
					return err
				}
				res.Case, res.NewCase = c, true
			}
			res.MessageID, err = tx.AddIncoming(&Incoming{CaseID: res.Case.ID, From: m.From, Subject: m.Subject,
				MessageID: m.MessageID, InReplyTo: m.InReplyTo, Kind: "complaint", SHA256: b.SHA256, Size: b.Size,
				Text: m.Text, Folder: inc.Folder, UIDValidity: inc.UIDValidity, UID: inc.UID})
			if err != nil {
				return err
			}
			if res.NewCase {
				if _, err := tx.Queue(res.Case.ID, Outgoing{Purpose: "ack", From: "tousu@yweca.org.example",
					FromName: "Yiwu consumer desk", To: []string{res.Case.ContactAddress},
					Subject: "[" + res.Case.Ref + "] received", MessageID: "ack-" + res.Case.Ref + "@desk",
					Text: "We received your complaint."}); err != nil {
					return err
				}
			}
		}
		if inc.Folder != "" {
			return tx.AdvanceCursor(inc.Folder, inc.UIDValidity, inc.UID)
		}
		return nil
	})
	if err != nil {
		return filed{}, fmt.Errorf("filing UID %d: %w", inc.UID, err)
	}
	return res, nil
}

func mustCase(t *testing.T, s *Store, ref string) *Case {
	t.Helper()
	c, err := s.CaseByRef(context.Background(), ref)
	if err != nil {
		t.Fatalf("CaseByRef(%s): %v", ref, err)
	}
	return c
}

func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	return n
}

func equalStrings(a, b []string) bool {
	return slices.Equal(a, b) || (len(a) == 0 && len(b) == 0)
}

func wantNotFound(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("error = %v, want ErrNotFound", err)
	}
}

// queryPlan is how the store's engine would run query: SQLite's EXPLAIN
// QUERY PLAN, or PostgreSQL's EXPLAIN with sequential scans priced out
// (a test's few rows would otherwise be read whole, index or not). One
// line per step.
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	ctx := context.Background()
	conn, err := s.db.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	explain := `EXPLAIN QUERY PLAN `
	if s.dialect == dialectPostgres {
		explain = `EXPLAIN `
		if _, err := conn.ExecContext(ctx, `SET enable_seqscan = off`); err != nil {
			t.Fatal(err)
		}
		defer conn.ExecContext(ctx, `RESET enable_seqscan`)
	}
	rows, err := conn.QueryContext(ctx, s.db.b.bind(explain+query), args...)
	if err != nil {
		t.Fatalf("explaining %s: %v", query, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var plan strings.Builder
	for rows.Next() {
		// SQLite: id, parent, notused, detail; PostgreSQL: one text column.
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		if err := rows.Scan(vals...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&plan, "%s\n", *vals[len(vals)-1].(*any))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan.String()
}

// fileBlobs is the store's mail directory; the test is skipped on
// PostgreSQL, which keeps bodies in the database (blob_pg_test.go tests
// that store).
func fileBlobs(t *testing.T, s *Store) *blobDir {
	t.Helper()
	b, ok := s.bodies.(*blobDir)
	if !ok {
		t.Skip("SQLite only: the mail directory; on PostgreSQL bodies are in blob_chunks (blob_pg_test.go)")
	}
	return b
}

// storedSums is the SHA-256 of every stored content: files in the mail
// directory, or blobs rows in PostgreSQL.
func storedSums(t *testing.T, s *Store) []string {
	t.Helper()
	var sums []string
	dir, files := s.bodies.(*blobDir)
	if !files {
		rows, err := s.db.QueryContext(context.Background(), `SELECT sha256 FROM blobs ORDER BY sha256`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var sum string
			if err := rows.Scan(&sum); err != nil {
				t.Fatal(err)
			}
			sums = append(sums, sum)
		}
		return sums
	}
	filepath.WalkDir(dir.dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && validSum(d.Name()) {
			sums = append(sums, d.Name())
		}
		return nil
	})
	return sums
}

// ageBlob makes stored content sum look stored an hour ago (the sweeps
// spare younger content); "" ages every stored content.
func ageBlob(t *testing.T, s *Store, sum string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	dir, files := s.bodies.(*blobDir)
	if !files {
		if _, err := s.db.ExecContext(context.Background(), `UPDATE blobs SET created = ? WHERE ? = '' OR sha256 = ?`, fmtTime(old), sum, sum); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, x := range storedSums(t, s) {
		if sum == "" || x == sum {
			os.Chtimes(dir.path(x), old, old)
		}
	}
}
