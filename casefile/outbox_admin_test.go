package casefile

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestOutboxAdmin(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW", Now: newClock("2026-03-01T08:00:00Z").Now})
	c := ingest(t, s, in(1, complaint("c1@x")))
	for _, mid := range []string{"m1@desk", "m2@desk", "m3@desk"} {
		if err := s.Queue(ctx, c.Case.ID, Outgoing{Purpose: "reminder", To: []string{"liwei@example.com"}, Subject: mid, MessageID: mid}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.ListOutbox(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	byMID := map[string]OutboxEntry{}
	for _, e := range list {
		byMID[e.Subject] = e
	}
	m1, m2, m3 := byMID["m1@desk"], byMID["m2@desk"], byMID["m3@desk"]
	if m1.State != OutboxPending || m1.CaseRef != c.Case.Ref || m1.Purpose != "reminder" || !equalStrings(m1.To, []string{"liwei@example.com"}) {
		t.Fatalf("ListOutbox entry %+v", m1)
	}
	far := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	if err := s.MarkSent(ctx, m1.ID, far); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFailed(ctx, m2.ID, "550 user unknown"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkRetry(ctx, m3.ID, time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC), "421 try later"); err != nil {
		t.Fatal(err)
	}

	// The pending count agrees with the listing: m3 and the case's own
	// mail (the acknowledgement) wait, m1 is sent and m2 failed.
	pending, oldest := 0, time.Time{}
	if l, err := s.ListOutbox(ctx, far.Add(time.Hour)); err == nil {
		for _, e := range l {
			if e.State == OutboxPending {
				pending++
				if oldest.IsZero() || e.Queued.Before(oldest) {
					oldest = e.Queued
				}
			}
		}
	}
	if n, first, err := s.PendingOutbox(ctx); err != nil || n != pending || !first.Equal(oldest) || n == 0 {
		t.Errorf("PendingOutbox = %d, %v, %v; the listing has %d pending, the oldest queued %v", n, first, err, pending, oldest)
	}

	// Sent mail is listed only when recent.
	if l, _ := s.ListOutbox(ctx, far.Add(time.Hour)); len(l) != len(list)-1 {
		t.Errorf("ListOutbox after the sent mail's window lists %d, want %d", len(l), len(list)-1)
	}
	// Flush makes the backed-off mail due now.
	if n, err := s.DueNow(ctx); err != nil || n < 1 {
		t.Fatalf("DueNow = %d, %v", n, err)
	}
	if due, _ := s.DueMail(ctx, time.Date(2026, 3, 1, 23, 0, 0, 0, time.UTC), 0); !containsMID(due, "m3@desk") {
		t.Error("the backed-off mail is not due after DueNow")
	}
	// Requeue: only failed mail.
	if _, err := s.Requeue(ctx, m1.ID, "operator"); err == nil || !strings.Contains(err.Error(), "is sent, not failed") {
		t.Errorf("Requeue of sent mail: %v", err)
	}
	if _, err := s.Requeue(ctx, 9999, "operator"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Requeue of no mail: %v, want ErrNotFound", err)
	}
	if n, err := s.Requeue(ctx, 0, "operator"); err != nil || n != 1 {
		t.Fatalf("Requeue of every failed mail = %d, %v; want 1", n, err)
	}
	// Drop: not sent mail, with a reason, recorded on the case.
	if err := s.Drop(ctx, m1.ID, "wrong", "operator"); err == nil {
		t.Error("Drop of sent mail succeeded")
	}
	if err := s.Drop(ctx, m2.ID, " ", "operator"); err == nil {
		t.Error("Drop without a reason succeeded")
	}
	if err := s.Drop(ctx, m2.ID, "the consumer asked for no mail", "operator"); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueMail(ctx, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), 0); containsMID(due, "m2@desk") {
		t.Error("a dropped mail is still due")
	}
	events, err := s.Events(ctx, c.Case.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range events {
		if e.Kind == "mail_requeued" || e.Kind == "mail_dropped" {
			kinds = append(kinds, e.Kind+": "+e.Detail)
		}
	}
	if len(kinds) != 2 || !strings.Contains(kinds[0], "550 user unknown") || !strings.Contains(kinds[1], "the consumer asked for no mail") {
		t.Errorf("case events %q, want the requeue and the drop with their reasons", kinds)
	}
}

func containsMID(due []OutboxMail, mid string) bool {
	for _, d := range due {
		if d.Mail.MessageID == mid {
			return true
		}
	}
	return false
}

// A batched staff notice waits until a later digest event answers it, so
// a round that crashed before its digest leaves it for the next.
func TestUndigestedNotices(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	c1 := ingest(t, s, in(1, complaint("u1@x")))
	c2 := ingest(t, s, in(2, complaint("u2@x")))
	add := func(caseID int64, kind, detail string) {
		t.Helper()
		if err := s.Write(ctx, func(tx *Tx) error {
			return tx.AddEvent(Event{CaseID: caseID, Actor: ActorSystem, Kind: kind, Detail: detail})
		}); err != nil {
			t.Fatal(err)
		}
	}
	add(c1.Case.ID, EventNoticeBatched, "one")
	add(c2.Case.ID, EventNoticeBatched, "two")
	add(c1.Case.ID, EventNoticeDigested, "")
	add(c1.Case.ID, EventNoticeBatched, "three") // batched again later
	var got []string
	if err := s.Write(ctx, func(tx *Tx) error {
		ns, err := tx.UndigestedNotices()
		for _, n := range ns {
			got = append(got, n.CaseRef+" "+n.Line)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{c2.Case.Ref + " two", c1.Case.Ref + " three"}
	if !equalStrings(got, want) {
		t.Errorf("UndigestedNotices = %q, want %q", got, want)
	}
}

// A claim left by a process that died mid-send is released by the next
// lock holder; a retry's backoff is not. On PostgreSQL, where several
// processes deliver at once, only once the claiming process is gone.
func TestReleaseClaims(t *testing.T) {
	ctx := context.Background()
	clock := newClock("2026-03-01T08:00:00Z")
	opts := Options{CasePrefix: "YW", Now: clock.Now}
	s, reopen := openTestReopen(t, opts)
	c := ingest(t, s, in(1, complaint("c1@x")))
	for _, mid := range []string{"claimed@desk", "backoff@desk"} {
		if err := s.Queue(ctx, c.Case.ID, Outgoing{Purpose: "reminder", To: []string{"liwei@example.com"}, Subject: mid, MessageID: mid}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.ListOutbox(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, e := range list {
		ids[e.Subject] = e.ID
	}
	later := time.Date(2026, 3, 1, 8, 15, 0, 0, time.UTC)
	if err := s.ClaimMail(ctx, ids["claimed@desk"], later); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkRetry(ctx, ids["backoff@desk"], later, "421 try later"); err != nil {
		t.Fatal(err)
	}
	// The test clock ticks a second a call: well before the lease ends.
	now := time.Date(2026, 3, 1, 8, 5, 0, 0, time.UTC)
	if due, _ := s.DueMail(ctx, now, 0); containsMID(due, "claimed@desk") || containsMID(due, "backoff@desk") {
		t.Fatal("claimed or backed-off mail is due before its time")
	}
	if testEngine(t) == "postgres" {
		other := reopen(opts)
		if n, err := other.ReleaseClaims(ctx); err != nil || n != 0 {
			t.Fatalf("ReleaseClaims while the claiming store is open = %d, %v; want 0", n, err)
		}
		if n, err := s.ReleaseClaims(ctx); err != nil || n != 0 {
			t.Fatalf("ReleaseClaims of the store's own claim = %d, %v; want 0", n, err)
		}
		s.Close() // the claiming process dies
		s = other
	}
	n, err := s.ReleaseClaims(ctx)
	if err != nil || n != 1 {
		t.Fatalf("ReleaseClaims = %d, %v; want 1", n, err)
	}
	due, _ := s.DueMail(ctx, now, 0)
	if !containsMID(due, "claimed@desk") {
		t.Error("the released claim is not due")
	}
	if containsMID(due, "backoff@desk") {
		t.Error("a retry's backoff was released too")
	}
	if n, _ := s.ReleaseClaims(ctx); n != 0 {
		t.Errorf("a second ReleaseClaims released %d, want 0", n)
	}
}

// Two processes sharing the case file list the same due mail: the first
// claim wins and the second is told ErrClaimed, whatever became of the
// mail since (claimed, sent, failed); a store may claim again its own.
func TestClaimMailTwoStores(t *testing.T) {
	ctx := context.Background()
	opts := Options{CasePrefix: "YW"}
	a, reopen := openTestReopen(t, opts)
	b := reopen(opts)
	if a.Instance() == b.Instance() || a.Instance() == "" {
		t.Fatalf("instances %q and %q, want two different names", a.Instance(), b.Instance())
	}
	c := ingest(t, a, in(1, complaint("c1@x")))
	for _, mid := range []string{"one@desk", "two@desk", "three@desk"} {
		if err := a.Queue(ctx, c.Case.ID, Outgoing{Purpose: "reminder", To: []string{"liwei@example.com"}, Subject: mid, MessageID: mid}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := b.ListOutbox(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, e := range list {
		ids[e.Subject] = e.ID
	}
	lease := time.Now().Add(15 * time.Minute)

	if err := a.ClaimMail(ctx, ids["one@desk"], lease); err != nil {
		t.Fatalf("a claims one: %v", err)
	}
	if err := b.ClaimMail(ctx, ids["one@desk"], lease); !errors.Is(err, ErrClaimed) {
		t.Errorf("b claims one, claimed by a: %v, want ErrClaimed", err)
	}
	if err := a.ClaimMail(ctx, ids["one@desk"], time.Now()); err != nil {
		t.Errorf("a claims its own claim again (giving it back): %v", err)
	}
	if err := a.MarkSent(ctx, ids["one@desk"], time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := b.ClaimMail(ctx, ids["one@desk"], lease); !errors.Is(err, ErrClaimed) {
		t.Errorf("b claims one, sent by a: %v, want ErrClaimed", err)
	}

	if err := b.ClaimMail(ctx, ids["two@desk"], lease); err != nil {
		t.Fatalf("b claims two: %v", err)
	}
	if err := b.MarkFailed(ctx, ids["two@desk"], "550 no such user"); err != nil {
		t.Fatal(err)
	}
	if err := a.ClaimMail(ctx, ids["two@desk"], lease); !errors.Is(err, ErrClaimed) {
		t.Errorf("a claims two, given up by b: %v, want ErrClaimed", err)
	}
	// A retry's backoff ends the claim: the next claim may be anyone's.
	if err := a.ClaimMail(ctx, ids["three@desk"], lease); err != nil {
		t.Fatal(err)
	}
	if err := a.MarkRetry(ctx, ids["three@desk"], time.Now(), "421 later"); err != nil {
		t.Fatal(err)
	}
	if err := b.ClaimMail(ctx, ids["three@desk"], lease); err != nil {
		t.Errorf("b claims three after a's retry: %v", err)
	}
	if err := a.ClaimMail(ctx, 1<<40, lease); !errors.Is(err, ErrNotFound) {
		t.Errorf("claiming a mail that does not exist: %v, want ErrNotFound", err)
	}
}

// A timer is claimed only while it is due: not once cleared or moved.
func TestClaimTimer(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	c := ingest(t, s, in(1, complaint("c1@x")))
	due := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	claim := func(now time.Time) bool {
		t.Helper()
		var ok bool
		if err := s.Write(ctx, func(tx *Tx) error {
			var err error
			ok, err = tx.ClaimTimer(c.Case.ID, "remind", now)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return ok
	}
	write(t, s, func(tx *Tx) error { return tx.SetTimer(Timer{CaseID: c.Case.ID, Kind: "remind", Due: due}) })
	if claim(due.Add(-time.Second)) {
		t.Error("claimed a timer before it is due")
	}
	if !claim(due) {
		t.Error("a due timer was not claimed")
	}
	write(t, s, func(tx *Tx) error {
		return tx.SetTimer(Timer{CaseID: c.Case.ID, Kind: "remind", Due: due.Add(time.Hour)})
	})
	if claim(due) {
		t.Error("claimed a timer moved later since")
	}
	write(t, s, func(tx *Tx) error { return tx.ClearTimer(c.Case.ID, "remind") })
	if claim(due.Add(2 * time.Hour)) {
		t.Error("claimed a cleared timer")
	}
}

// A delivery mark waits for a write that holds the case file longer than
// the store's ordinary busy timeout (a large batch on a loaded machine):
// a mark given up would leave a sent mail claimed, to go again when the
// claim runs out.
func TestMarkOutlastsALongWrite(t *testing.T) {
	sqliteOnly(t, "SQLite's busy timeout; PostgreSQL marks wait for row locks only")
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	c := ingest(t, s, in(1, complaint("c1@x")))
	if err := s.Queue(ctx, c.Case.ID, Outgoing{Purpose: "ack", To: []string{"liwei@example.com"}, Subject: "s", MessageID: "long@desk"}); err != nil {
		t.Fatal(err)
	}
	list, err := s.ListOutbox(ctx, time.Time{})
	if err != nil || len(list) == 0 {
		t.Fatal(list, err)
	}
	id := list[0].ID
	if err := s.ClaimMail(ctx, id, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	holding := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- s.Write(ctx, func(tx *Tx) error {
			close(holding)
			time.Sleep(6 * time.Second) // past the 5 s of the store's own handle
			return nil
		})
	}()
	<-holding
	if err := s.MarkSent(ctx, id, time.Now()); err != nil {
		t.Errorf("MarkSent while a write held the file for 6s: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
