package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

// outboxRow is one row of `outbox list --json`.
type outboxRow struct {
	ID          int64    `json:"id"`
	Case        string   `json:"case"`
	Purpose     string   `json:"purpose"`
	To          []string `json:"to"`
	State       string   `json:"state"`
	Attempts    int      `json:"attempts"`
	NextAttempt string   `json:"next_attempt"`
	LastError   string   `json:"last_error"`
	SentAt      string   `json:"sent_at"`
}

func (s *station) outbox(t *testing.T) []outboxRow {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), "outbox", "list", "-json", "-config", s.config)
	if err != nil {
		t.Fatalf("outbox list: %v\n%s", err, errOut)
	}
	var rows []outboxRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("outbox list -json: %v\n%s", err, out)
	}
	return rows
}

func rowTo(rows []outboxRow, addr string) (outboxRow, bool) {
	for _, r := range rows {
		for _, a := range r.To {
			if a == addr {
				return r, true
			}
		}
	}
	return outboxRow{}, false
}

// The operator lists the outbox, fixes a refused address and requeues
// the mail, flushes deferred mail after the server is back, and drops a
// mail with the reason recorded on its case.
func TestOutboxInTheOperatorsHands(t *testing.T) {
	s := newStation(t)
	s.smtp.RejectRcpt("tom@mail.example", 550, "5.1.1 user unknown")
	s.deliver(t, mkMail(complaintEN))
	s.once(t)

	rows := s.outbox(t)
	ack, ok := rowTo(rows, "tom@mail.example")
	if !ok || ack.State != "failed" || !strings.Contains(ack.LastError, "user unknown") || ack.Case == "" || ack.Purpose == "" {
		t.Fatalf("the refused acknowledgement in outbox list: %+v (found %v)\nall: %+v", ack, ok, rows)
	}
	notice, ok := rowTo(rows, "cases@yweca.org.example")
	if !ok || notice.State != "sent" || notice.SentAt == "" {
		t.Errorf("the staff notice in outbox list: %+v (found %v)", notice, ok)
	}
	table, _, err := invoke(t, t.Context(), "outbox", "list", "-config", s.config)
	if err != nil || !strings.Contains(table, "failed") || !strings.Contains(table, "user unknown") || !strings.Contains(table, ack.Case) {
		t.Errorf("outbox list table: %v\n%s", err, table)
	}

	// The address is fixed on the server's side: retry requeues it.
	s.smtp.RejectRcpt("tom@mail.example", 0, "")
	out, _, err := invoke(t, t.Context(), "outbox", "retry", strconv.FormatInt(ack.ID, 10), "-config", s.config)
	if err != nil || !strings.Contains(out, "requeued 1") {
		t.Fatalf("outbox retry: %v\n%s", err, out)
	}
	if r, _ := rowTo(s.outbox(t), "tom@mail.example"); r.State != "pending" || r.Attempts != 0 || r.LastError != "" {
		t.Errorf("after retry the mail is %+v, want pending with attempts reset", r)
	}
	// Retrying mail that is not failed is refused.
	if _, _, err := invoke(t, t.Context(), "outbox", "retry", strconv.FormatInt(notice.ID, 10), "-config", s.config); err == nil {
		t.Error("retrying a sent mail succeeded")
	}
	out, _, err = invoke(t, t.Context(), "outbox", "flush", "-config", s.config)
	if err != nil || !strings.Contains(out, "sent 1") {
		t.Fatalf("outbox flush: %v\n%s", err, out)
	}
	if len(s.sentTo("tom@mail.example")) != 1 {
		t.Errorf("the requeued acknowledgement was not delivered")
	}

	// The server is down: the mail waits with a backoff; after it is
	// back, flush sends it at once instead of at the backoff's end.
	s.smtp.Refuse(true)
	s.deliver(t, mkMail(complaintZH))
	s.invokeOnceAllowFail(t)
	before := len(s.smtp.Messages())
	var pending []outboxRow
	for _, r := range s.outbox(t) {
		if r.State == "pending" {
			pending = append(pending, r)
		}
	}
	if len(pending) == 0 {
		t.Fatal("no pending mail while the server was down")
	}
	s.smtp.Refuse(false)
	out, _, err = invoke(t, t.Context(), "outbox", "flush", "-config", s.config)
	if err != nil || !strings.Contains(out, "sent "+strconv.Itoa(len(pending))) {
		t.Fatalf("outbox flush after the outage: %v\n%s", err, out)
	}
	if got := len(s.smtp.Messages()) - before; got != len(pending) {
		t.Errorf("flush sent %d mails, want %d", got, len(pending))
	}

	// A mail nobody should get: dropped, with the reason on its case.
	s.smtp.Refuse(true)
	s.deliver(t, mkMail(mailSpec{from: "Ann Lee <ann@mail.example>", subject: "Broken kettle", id: "k9@mail.example",
		body: "I bought a kettle from Sunrise Home Co., Ltd. and it leaks. My phone is +44 20 7946 0018.\n"}))
	s.invokeOnceAllowFail(t)
	s.smtp.Refuse(false)
	drop, ok := rowTo(s.outbox(t), "ann@mail.example")
	if !ok || drop.State != "pending" {
		t.Fatalf("the mail to drop: %+v (found %v)", drop, ok)
	}
	if _, _, err := invoke(t, t.Context(), "outbox", "drop", strconv.FormatInt(drop.ID, 10), "-config", s.config); err == nil {
		t.Error("drop without a reason succeeded")
	}
	out, _, err = invoke(t, t.Context(), "outbox", "drop", strconv.FormatInt(drop.ID, 10), "-reason", "test address, not a consumer", "-config", s.config)
	if err != nil || !strings.Contains(out, "dropped") {
		t.Fatalf("outbox drop: %v\n%s", err, out)
	}
	if r, _ := rowTo(s.outbox(t), "ann@mail.example"); r.State != "failed" || !strings.Contains(r.LastError, "test address, not a consumer") {
		t.Errorf("the dropped mail is %+v", r)
	}
	out, _, err = invoke(t, t.Context(), "cases", "show", drop.Case, "-config", s.config)
	if err != nil || !strings.Contains(out, "test address, not a consumer") {
		t.Errorf("the drop's reason is not on case %s: %v\n%s", drop.Case, err, out)
	}
	s.once(t)
	if len(s.sentTo("ann@mail.example")) != 0 {
		t.Error("a dropped mail was sent")
	}
}

// With a daemon holding the database, flush only makes the mail due and
// says the daemon sends it.
func TestOutboxFlushBesideTheDaemon(t *testing.T) {
	s := newStation(t)
	s.smtp.Refuse(true)
	s.deliver(t, mkMail(complaintEN))
	s.invokeOnceAllowFail(t)
	unlock, err := lockDatabase(s.dir + "/redress.db")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	out, _, err := invoke(t, t.Context(), "outbox", "flush", "-config", s.config)
	if err != nil || !strings.Contains(out, "the running daemon sends them") {
		t.Fatalf("flush beside a daemon: %v\n%s", err, out)
	}
	for _, r := range s.outbox(t) {
		if r.State != "pending" {
			continue
		}
		next, err := time.Parse(time.RFC3339, r.NextAttempt)
		if err != nil || time.Until(next) > time.Minute {
			t.Errorf("pending mail #%d next attempt %s, want now", r.ID, r.NextAttempt)
		}
	}
}

// invokeOnceAllowFail runs `redress once`, which fails while the mail
// server is down.
func (s *station) invokeOnceAllowFail(t *testing.T) {
	t.Helper()
	invoke(t, t.Context(), "once", "-config", s.config)
}

// cases show tells a deferred mail from a sent one: attempts, next try,
// last error and the outbox id.
func TestCasesShowDeliveryState(t *testing.T) {
	s := newStation(t)
	s.smtp.RejectRcpt("tom@mail.example", 451, "4.2.1 mailbox busy, try later")
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	ref := s.cases(t)[0].Ref
	out, _, err := invoke(t, t.Context(), "cases", "show", ref, "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Delivery:   pending (deferred after 1 attempts; next try ", "mailbox busy", "outbox #", "Delivery:   sent 20"} {
		if !strings.Contains(out, want) {
			t.Errorf("cases show lacks %q:\n%s", want, out)
		}
	}
	// cases list --json carries each case's delivery state.
	out, _, err = invoke(t, t.Context(), "cases", "list", "-json", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		Ref      string `json:"ref"`
		Delivery struct {
			Pending, Deferred, Sent, Failed int
		} `json:"delivery"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Delivery.Pending != 1 || list[0].Delivery.Deferred != 1 || list[0].Delivery.Sent != 1 || list[0].Delivery.Failed != 0 {
		t.Errorf("cases list delivery = %+v, want 1 pending (deferred), 1 sent", list)
	}
}
