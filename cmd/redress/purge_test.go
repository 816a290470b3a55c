package main

import (
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// longAgo is a time past the default retention (3 years).
const longAgo = "2020-01-01T00:00:00.000000000Z"

// age makes case ref (and its timeline) as old as longAgo, and every
// unfiled mail received then, by writing the database as a daemon
// running in 2020 would have; and makes the mail files old, as they would
// be.
func (s *station) age(t *testing.T, refs ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", filepath.Join(s.dir, "redress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, ref := range refs {
		for _, q := range []string{
			`UPDATE events SET at = ? WHERE case_id = (SELECT id FROM cases WHERE ref = ?)`,
			`UPDATE cases SET created_at = ?, updated_at = ? WHERE ref = ?`,
		} {
			args := []any{longAgo, ref}
			if strings.Contains(q, "updated_at") {
				args = []any{longAgo, longAgo, ref}
			}
			if _, err := db.Exec(q, args...); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.Exec(`UPDATE messages SET received_at = ? WHERE case_id IS NULL AND direction = 'in'`, longAgo); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(filepath.Join(s.dir, "mail"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, old, old)
		}
		return nil
	})
}

// state is the database's row counts and the mail directory's files.
func (s *station) state(t *testing.T) map[string]int {
	t.Helper()
	db, err := sql.Open("sqlite3", filepath.Join(s.dir, "redress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := map[string]int{}
	for _, table := range []string{"cases", "messages", "attachments", "events", "timers", "outbox", "sent_to", "case_keys", "purged", "cursors"} {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		m[table] = n
	}
	filepath.WalkDir(filepath.Join(s.dir, "mail"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			m["file "+d.Name()]++
		}
		return nil
	})
	return m
}

func refsOf(cases []caseOut) []string {
	var refs []string
	for _, c := range cases {
		refs = append(refs, c.Ref)
	}
	sort.Strings(refs)
	return refs
}

// purge removes exactly the closed cases past retention and the old
// unfiled mail, rows and files; a dry run lists the same and changes
// nothing; and a purged mail the server still holds is never filed again,
// whether the cursor is lost or the folder's UIDVALIDITY changes.
func TestPurge(t *testing.T) {
	s := newStation(t)
	expired := mkMail(mailSpec{from: "Wang Fang <wangfang@mail.example>", subject: "投诉：收到的杯子是坏的", id: "old@mail.example",
		body: complaintZH.body})
	oldOpen := mkMail(complaintEN)
	autoReply := mkMail(mailSpec{from: "Robot <robot@mail.example>", subject: "Out of office", id: "ooo@mail.example",
		headers: []string{"Auto-Submitted: auto-replied"}, body: "I am away until Monday.\n"})
	for _, raw := range [][]byte{expired, oldOpen, autoReply} {
		s.deliver(t, raw)
	}
	s.once(t)
	byKind := map[string]string{}
	for _, c := range s.cases(t) {
		byKind[c.Complainant.Name] = c.Ref
	}
	expiredRef, openRef := byKind["王芳"], byKind["Tom Baker"]
	if expiredRef == "" || openRef == "" {
		t.Fatalf("cases %+v", s.cases(t))
	}
	if _, errOut, err := invoke(t, t.Context(), "case", "close", expiredRef, "resolved", "-config", s.config); err != nil {
		t.Fatalf("case close: %v\n%s", err, errOut)
	}
	s.once(t)
	// A case closed today is kept, whatever else is old.
	recentRef := s.caseNew(t, "--channel", "phone", "--name", "李强", "--phone", "13905791234", "--respondent", "阳光杂货店", "--text", phoneText)
	if _, errOut, err := invoke(t, t.Context(), "case", "close", recentRef, "withdrawn", "-config", s.config); err != nil {
		t.Fatalf("case close: %v\n%s", err, errOut)
	}
	s.age(t, expiredRef, openRef)

	before := s.state(t)
	out, errOut, err := invoke(t, t.Context(), "purge", "--dry-run", "-config", s.config)
	if err != nil {
		t.Fatalf("purge --dry-run: %v\n%s", err, errOut)
	}
	if after := s.state(t); !mapsEqual(before, after) {
		t.Fatalf("the dry run changed the store:\nbefore %v\nafter  %v", before, after)
	}
	if !strings.Contains(out, "would remove 1 closed cases") || !strings.Contains(out, "1 unfiled mails") || !strings.Contains(out, expiredRef) {
		t.Errorf("purge --dry-run printed:\n%s", out)
	}
	dryCounts, _, _ := strings.Cut(strings.TrimPrefix(out, "would remove"), "\n")

	out, errOut, err = invoke(t, t.Context(), "purge", "-config", s.config)
	if err != nil {
		t.Fatalf("purge: %v\n%s", err, errOut)
	}
	if got, _, _ := strings.Cut(strings.TrimPrefix(out, "removed"), ", 0 orphan"); got != dryCounts {
		t.Errorf("purge printed %q; the dry run said %q", got, dryCounts)
	}
	if n := strings.Count(errOut, "msg=purge "); n != 1 || !strings.Contains(errOut, "cases=1") || !strings.Contains(errOut, "unfiled=1") {
		t.Errorf("want one log line with the counts, got:\n%s", errOut)
	}
	if got, want := refsOf(s.cases(t)), []string{openRef, recentRef}; !slices.Equal(got, want) {
		t.Fatalf("cases after the purge %v, want %v", got, want)
	}
	after := s.state(t)
	if got, want := countFiles(after), 1; got != want { // the open case's mail; the phone case has none
		t.Errorf("%d mail files after the purge, want %d: %v", got, want, after)
	}
	if after["purged"] != 2 || after["cursors"] != 1 {
		t.Errorf("tombstones %d, cursors %d; want 2 and the one cursor", after["purged"], after["cursors"])
	}
	if unfiled, _, _ := invoke(t, t.Context(), "cases", "unfiled", "-json", "-config", s.config); strings.Contains(unfiled, "ooo@mail.example") {
		t.Errorf("the old auto-reply is still listed:\n%s", unfiled)
	}

	// The server still has every mail. A lost cursor reads them all
	// again: the purged ones are recognised by their bytes.
	db, err := sql.Open("sqlite3", filepath.Join(s.dir, "redress.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE cursors SET last_uid = 0`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if out := s.once(t); !strings.Contains(out, "new cases 0") || !strings.Contains(out, "duplicates 3") {
		t.Errorf("reading the folder again: %s; want the 3 mails recognised as duplicates", out)
	}
	if got, want := refsOf(s.cases(t)), []string{openRef, recentRef}; !slices.Equal(got, want) {
		t.Fatalf("after reading the folder again: cases %v, want %v (a purged mail was filed again)", got, want)
	}
	// (The downloaded copies are orphan files until the daily sweep, as
	// for any duplicate.)
	reread := s.state(t)
	// A new UIDVALIDITY (the mail moved to a new server): recognised by
	// Message-ID and size without a download.
	if err := s.imap.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	for _, raw := range [][]byte{expired, oldOpen, autoReply} {
		s.deliver(t, raw)
	}
	if out = s.once(t); !strings.Contains(out, "fetched 0,") {
		t.Errorf("after a new UIDVALIDITY: %s; want nothing downloaded (all known)", out)
	}
	if got, want := refsOf(s.cases(t)), []string{openRef, recentRef}; !slices.Equal(got, want) {
		t.Fatalf("after a new UIDVALIDITY: cases %v, want %v (a purged mail was filed again)\n%s", got, want, out)
	}
	if st := s.state(t); !mapsEqual(st, reread) || st["messages"] != after["messages"] {
		t.Errorf("reading the folder again stored mail: %v, was %v", st, reread)
	}
}

func countFiles(m map[string]int) int {
	n := 0
	for k := range m {
		if strings.HasPrefix(k, "file ") && !strings.HasPrefix(k, "file in-") {
			n++
		}
	}
	return n
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
