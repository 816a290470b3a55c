package casefile

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW", Now: newClock("2026-03-01T08:00:00Z").Now})
	first := ingest(t, s, in(1, complaint("c1@x")))
	second := ingest(t, s, in(2, complaint("c2@x")))
	reminder := Outgoing{
		Purpose: "reminder", From: "tousu@yweca.org.example", FromName: "Desk",
		To: []string{"liwei@example.com", "copy@example.com"}, Subject: "Reminder",
		MessageID: "rem-1@desk", InReplyTo: "c1@x", References: []string{"c1@x", "ack-YW-2026-00001@desk"},
		AutoSubmitted: "auto-generated", Text: "Please send your phone number.",
		Date: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
	}
	if err := s.Queue(ctx, first.Case.ID, reminder); err != nil {
		t.Fatal(err)
	}
	if err := s.Queue(ctx, 0, Outgoing{Purpose: "x", To: []string{"a@b"}, MessageID: "rem-1@desk"}); err == nil {
		t.Error("Queue accepted a second mail with Message-ID rem-1@desk")
	}

	later := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	due, err := s.DueMail(ctx, later, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range due {
		ids = append(ids, d.Mail.MessageID)
	}
	if got := strings.Join(ids, " "); got != "ack-YW-2026-00001@desk ack-YW-2026-00002@desk rem-1@desk" {
		t.Fatalf("due mail = %s, want both acks then the reminder, oldest first", got)
	}
	if r := due[2]; r.CaseRef != first.Case.Ref || r.Attempts != 0 || r.Mail.From != reminder.From ||
		r.Mail.FromName != reminder.FromName || !equalStrings(r.Mail.To, reminder.To) || r.Mail.InReplyTo != "c1@x" ||
		!equalStrings(r.Mail.References, reminder.References) || r.Mail.AutoSubmitted != "auto-generated" ||
		r.Mail.Text != reminder.Text || !r.Mail.Date.Equal(reminder.Date) || r.Mail.Purpose != "reminder" {
		t.Errorf("reminder came back as %+v", r)
	}
	if due[1].CaseRef != second.Case.Ref {
		t.Errorf("second ack belongs to %q, want %s", due[1].CaseRef, second.Case.Ref)
	}
	if limited, err := s.DueMail(ctx, later, 2); err != nil || len(limited) != 2 || limited[0].ID != due[0].ID {
		t.Errorf("DueMail(limit 2) = %+v, %v", limited, err)
	}
	if early, err := s.DueMail(ctx, time.Date(2026, 3, 1, 7, 0, 0, 0, time.UTC), 0); err != nil || len(early) != 0 {
		t.Errorf("DueMail before anything was queued = %+v, %v; want none", early, err)
	}

	// Deliver: first sent, second retried then failed, third retried.
	sentAt := time.Date(2026, 4, 1, 1, 0, 0, 0, time.UTC)
	if err := s.MarkSent(ctx, due[0].ID, sentAt); err != nil {
		t.Fatal(err)
	}
	retryAt := time.Date(2026, 4, 1, 2, 0, 0, 0, time.UTC)
	if err := s.MarkRetry(ctx, due[1].ID, retryAt, "421 try later"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkRetry(ctx, due[2].ID, retryAt.Add(time.Hour), "connection refused"); err != nil {
		t.Fatal(err)
	}
	if now, err := s.DueMail(ctx, later, 0); err != nil || len(now) != 0 {
		t.Errorf("DueMail right after the retries = %+v, %v; want none", now, err)
	}
	at2, err := s.DueMail(ctx, retryAt, 0)
	if err != nil || len(at2) != 1 || at2[0].ID != due[1].ID || at2[0].Attempts != 1 || !at2[0].NextAttempt.Equal(retryAt) {
		t.Fatalf("DueMail at the retry time = %+v, %v; want the second ack, attempt 1", at2, err)
	}
	if err := s.MarkFailed(ctx, due[1].ID, "550 no such user"); err != nil {
		t.Fatal(err)
	}
	if at3, err := s.DueMail(ctx, retryAt.Add(2*time.Hour), 0); err != nil || len(at3) != 1 || at3[0].ID != due[2].ID {
		t.Errorf("DueMail later = %+v, %v; want only the reminder", at3, err)
	}

	// Sent and failed mail is left alone.
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"MarkSent of sent mail", s.MarkSent(ctx, due[0].ID, sentAt)},
		{"MarkRetry of failed mail", s.MarkRetry(ctx, due[1].ID, later, "x")},
		{"MarkFailed of sent mail", s.MarkFailed(ctx, due[0].ID, "x")},
	} {
		if tc.err == nil || errors.Is(tc.err, ErrNotFound) || !strings.Contains(tc.err.Error(), "already") {
			t.Errorf("%s: error %v, want \"already …\"", tc.name, tc.err)
		}
	}
	wantNotFound(t, s.MarkSent(ctx, 999, sentAt))
	wantNotFound(t, s.MarkRetry(ctx, 999, sentAt, "x"))
	wantNotFound(t, s.MarkFailed(ctx, 999, "x"))

	// The case's history shows the delivery state.
	msgs, err := s.CaseMessages(ctx, first.Case.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Message{}
	for _, m := range msgs {
		got[m.MessageID] = m
	}
	if m := got["ack-YW-2026-00001@desk"]; m.Delivery != DeliverySent || m.DeliveryError != "" {
		t.Errorf("ack: delivery %q %q, want sent", m.Delivery, m.DeliveryError)
	}
	if m := got["rem-1@desk"]; m.Delivery != DeliveryPending || m.DeliveryError != "connection refused" || m.Purpose != "reminder" {
		t.Errorf("reminder: delivery %q %q purpose %q, want pending with the last error", m.Delivery, m.DeliveryError, m.Purpose)
	}
	if m := got["c1@x"]; m.Delivery != "" || m.Direction != DirectionIn {
		t.Errorf("incoming message shows delivery %q", m.Delivery)
	}
	msgs2, err := s.CaseMessages(ctx, second.Case.ID)
	if err != nil || len(msgs2) != 2 || msgs2[1].Delivery != DeliveryFailed || msgs2[1].DeliveryError != "550 no such user" {
		t.Errorf("second case's messages = %+v, %v; want its ack failed", msgs2, err)
	}
	var attempts int
	if err := s.db.QueryRowContext(ctx, `SELECT attempts FROM outbox WHERE id = ?`, due[1].ID).Scan(&attempts); err != nil || attempts != 2 {
		t.Errorf("failed mail attempts = %d, %v; want 2", attempts, err)
	}
}

func TestOutgoingMessageIDReplyThreads(t *testing.T) {
	// A reminder queued with Queue is part of the thread too.
	s := openTest(t, Options{})
	first := ingest(t, s, in(1, complaint("c1@x")))
	if err := s.Queue(context.Background(), first.Case.ID, Outgoing{Purpose: "reminder", To: []string{"liwei@example.com"}, MessageID: "rem@desk"}); err != nil {
		t.Fatal(err)
	}
	m := complaint("c2@x")
	m.InReplyTo = []string{"rem@desk"}
	res := ingest(t, s, in(2, m))
	if res.NewCase || res.Case == nil || res.Case.ID != first.Case.ID {
		t.Errorf("reply to the reminder filed as %+v, want case %s", res, first.Case.Ref)
	}
}

func TestCountSentTo(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-03-01T08:00:00Z")
	s := openTest(t, Options{Now: clk.Now})
	q := func(id, purpose string, to ...string) {
		t.Helper()
		if err := s.Queue(ctx, 0, Outgoing{Purpose: purpose, To: to, MessageID: id}); err != nil {
			t.Fatal(err)
		}
	}
	q("1@x", "ack", "A@mail.example")
	q("2@x", "ack", "a@mail.example", "b@mail.example")
	q("3@x", "staff_notice", "a@mail.example")
	q("4@x", "reminder", "b@mail.example")
	var got [3]int
	err := s.Write(ctx, func(tx *Tx) error {
		var err error
		since := time.Date(2026, 2, 28, 8, 0, 0, 0, time.UTC)
		if got[0], err = tx.CountSentTo("a@MAIL.example", []string{"ack", "reminder"}, since); err != nil {
			return err
		}
		if got[1], err = tx.CountSentTo("b@mail.example", []string{"ack", "reminder"}, since); err != nil {
			return err
		}
		got[2], err = tx.CountSentTo("a@mail.example", []string{"ack"}, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC))
		return err
	})
	if err != nil || got != [3]int{2, 2, 0} {
		t.Errorf("CountSentTo = %v, %v; want [2 2 0] (case-insensitive, by purpose, since)", got, err)
	}
}

func TestSentSince(t *testing.T) {
	ctx := context.Background()
	s, reopen := openTestReopen(t, Options{CasePrefix: "YW"})
	for i := range 5 {
		if err := s.Queue(ctx, 0, Outgoing{Purpose: "ack", To: []string{"a@example.com"}, MessageID: fmt.Sprintf("m%d@desk", i)}); err != nil {
			t.Fatal(err)
		}
	}
	due, err := s.DueMail(ctx, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), 0)
	if err != nil || len(due) != 5 {
		t.Fatalf("DueMail = %d rows, %v", len(due), err)
	}
	at := func(hm string) time.Time {
		tm, err := time.Parse("2006-01-02 15:04:05", "2026-03-02 "+hm)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	// Three sent, one failed, one still pending.
	for i, hm := range []string{"09:00:00", "09:59:30", "10:00:00"} {
		if err := s.MarkSent(ctx, due[i].ID, at(hm)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkFailed(ctx, due[3].ID, "550 no such user"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkRetry(ctx, due[4].ID, at("10:00:00"), "451 try later"); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		since  time.Time
		n      int
		oldest time.Time
	}{
		{name: "the last day", since: at("10:00:30").Add(-24 * time.Hour), n: 3, oldest: at("09:00:00")},
		{name: "the last minute", since: at("10:00:29").Add(-time.Minute), n: 2, oldest: at("09:59:30")},
		{name: "just before the edge", since: at("10:00:00").Add(-time.Nanosecond), n: 1, oldest: at("10:00:00")},
		{name: "a window ending at a send leaves it out", since: at("10:00:00"), n: 0},
		{name: "nothing since", since: at("10:00:01"), n: 0},
	}
	check := func(t *testing.T, s *Store) {
		t.Helper()
		for _, tt := range tests {
			n, oldest, err := s.SentSince(ctx, tt.since)
			if err != nil || n != tt.n || !oldest.Equal(tt.oldest) {
				t.Errorf("%s: SentSince(%s) = %d, %s, %v; want %d, %s", tt.name, tt.since, n, oldest, err, tt.n, tt.oldest)
			}
		}
	}
	check(t, s)

	if plan := queryPlan(t, s, `SELECT count(*), COALESCE(min(sent_at), '') FROM outbox
		WHERE state = 'sent' AND sent_at > ?`, "x"); !strings.Contains(plan, "outbox_sent_at") {
		t.Errorf("counting sent mail does not use the outbox_sent_at index:\n%s", plan)
	}

	// The counts live in the file: a restarted desk sees them.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check(t, reopen(Options{CasePrefix: "YW"}))
}
