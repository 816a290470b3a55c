package casefile

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// The queries the other tests leave out, each run once with its result
// checked, so that the suite on PostgreSQL (REDRESS_TEST_ENGINE=postgres)
// runs every statement of the store.

func TestCaseQueries(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := ingest(t, s, in(1, complaint("a@x"))).Case
	b := ingest(t, s, in(2, complaint("b@x"))).Case
	err := s.Write(ctx, func(tx *Tx) error {
		if err := tx.SetChannel(b.ID, ChannelPhone); err != nil {
			return err
		}
		if err := tx.SetChannel(b.ID, "pigeon"); err == nil {
			t.Error("SetChannel accepted an unknown channel")
		}
		// Same complainant phone: b is a repeat of a, and a of b.
		got, err := tx.OpenCasesOf([]string{"+8613800138000"}, []string{"NOBODY@example.com"}, a.ID)
		if err != nil {
			return err
		}
		if len(got) != 1 || got[0].ID != b.ID {
			t.Errorf("OpenCasesOf(phone, except %s) = %v, want [%s]", a.Ref, refsOf(got), b.Ref)
		}
		if got, err := tx.OpenCasesOf(nil, []string{"LIWEI@example.com"}, 0); err != nil || len(got) != 2 {
			t.Errorf("OpenCasesOf(e-mail in capitals) = %v, %v; want both cases", refsOf(got), err)
		}
		for _, mid := range []string{"ack-" + a.Ref + "@desk", "nope@desk"} {
			has, err := tx.HasOutgoing(mid)
			if err != nil {
				return err
			}
			if want := mid != "nope@desk"; has != want {
				t.Errorf("HasOutgoing(%s) = %v, want %v", mid, has, want)
			}
		}
		thread, err := tx.CaseThread(a.ID)
		if err != nil {
			return err
		}
		if want := []ThreadEntry{{"a@x", DirectionIn, "liwei@example.com"}, {"ack-" + a.Ref + "@desk", DirectionOut, "tousu@yweca.org.example"}}; !slices.Equal(thread, want) {
			t.Errorf("CaseThread = %v, want %v", thread, want)
		}
		if err := tx.SetTimer(Timer{CaseID: a.ID, Kind: "reminder", Due: s.Now()}); err != nil {
			return err
		}
		if err := tx.ClearTimer(a.ID, "reminder"); err != nil {
			return err
		}
		if err := tx.AddRecovery(a.ID, "100.50", "CNY", "staff@x"); err != nil {
			return err
		}
		return tx.AddRecovery(a.ID, "20", "CNY", "staff@x")
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := mustCase(t, s, b.Ref); c.Channel != ChannelPhone {
		t.Errorf("channel of %s = %q, want phone", b.Ref, c.Channel)
	}
	if got, err := s.CasesInState(ctx, StateOpen); err != nil || len(got) != 2 || got[0].ID != a.ID {
		t.Errorf("CasesInState(open) = %d cases, %v; want %s first of 2", len(got), err, a.Ref)
	}
	if got, err := s.CasesInState(ctx, StateClosed); err != nil || len(got) != 0 {
		t.Errorf("CasesInState(closed) = %d cases, %v; want none", len(got), err)
	}
	if due, err := s.DueTimers(ctx, s.Now().Add(time.Hour), 0); err != nil || len(due) != 0 {
		t.Errorf("DueTimers after ClearTimer = %v, %v; want none", due, err)
	}
	rec, err := s.Recoveries(ctx, a.ID)
	if err != nil || len(rec) != 2 || rec[0].Amount != "100.50" || rec[1].Amount != "20" || rec[0].At.IsZero() {
		t.Errorf("Recoveries = %+v, %v; want 100.50 then 20", rec, err)
	}
}

func refsOf(cs []*Case) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Ref)
	}
	return out
}

// Mail kept without a case is listed, its attachment read back, and
// refiled to a case.
func TestUnfiledAndRefile(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := ingest(t, s, in(1, complaint("a@x"))).Case
	raw, err := s.PutBlobBytes(ctx, []byte("Message-ID: <u@x>\r\n\r\nunreadable\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	pdf := []byte("%PDF-1.4 receipt")
	att, err := s.PutBlobBytes(ctx, pdf)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	err = s.Write(ctx, func(tx *Tx) error {
		id, err = tx.AddIncoming(&Incoming{From: "x@example.com", MessageID: "u@x", SHA256: raw.SHA256, Size: raw.Size,
			Note: "could not be read", Folder: "INBOX", UIDValidity: 7, UID: 2,
			Attachments: []NewAttachment{{Filename: "receipt.pdf", ContentType: "application/pdf", Size: int64(len(pdf)), SHA256: att.SHA256},
				{Filename: "big.zip", ContentType: "application/zip", Size: 1 << 30}}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, only := range []int64{0, id} {
		got, err := s.UnfiledIncoming(ctx, only)
		if err != nil || len(got) != 1 || got[0].ID != id || got[0].SHA256 != raw.SHA256 || got[0].UID != 2 {
			t.Errorf("UnfiledIncoming(%d) = %+v, %v; want message #%d", only, got, err, id)
		}
	}
	ms, err := s.UnfiledMessages(ctx)
	if err != nil || len(ms) != 1 || len(ms[0].Attachments) != 2 {
		t.Fatalf("UnfiledMessages = %+v, %v; want the one mail with two attachments", ms, err)
	}
	if as := ms[0].Attachments; !as[0].Stored || as[1].Stored {
		t.Errorf("attachments stored = %v, %v; want true, false", as[0].Stored, as[1].Stored)
	}
	if data, err := s.AttachmentData(ctx, ms[0].Attachments[0].ID); err != nil || !bytes.Equal(data, pdf) {
		t.Errorf("AttachmentData = %q, %v; want the PDF", data, err)
	}
	if _, err := s.AttachmentData(ctx, ms[0].Attachments[1].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("AttachmentData of a dropped attachment = %v, want ErrNotFound", err)
	}
	date := ms[0].Date

	err = s.Write(ctx, func(tx *Tx) error {
		if err := tx.Refile(id, &Incoming{CaseID: a.ID, From: "x@example.com", Subject: "refiled", MessageID: "u@x", Kind: "complaint"}); err != nil {
			return err
		}
		if err := tx.Refile(id+100, &Incoming{}); !errors.Is(err, ErrNotFound) {
			t.Errorf("Refile of a missing message = %v, want ErrNotFound", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.MessageByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.CaseID != a.ID || m.Subject != "refiled" || !m.Date.Equal(date) || len(m.Attachments) != 0 {
		t.Errorf("refiled message = case #%d, %q, date %s, %d attachments; want case #%d, refiled, date %s kept, none",
			m.CaseID, m.Subject, m.Date, len(m.Attachments), a.ID, date)
	}
	if got, err := s.UnfiledMessages(ctx); err != nil || len(got) != 0 {
		t.Errorf("UnfiledMessages after refiling = %d, %v; want none", len(got), err)
	}
}

func TestSecrets(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	read := func() (cur, prev []byte) {
		t.Helper()
		err := s.Write(ctx, func(tx *Tx) error {
			var err error
			cur, prev, err = tx.Secrets()
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return cur, prev
	}
	first, prev := read()
	if len(first) != secretSize || prev != nil {
		t.Fatalf("first Secrets = %d bytes, previous %v; want %d bytes and none", len(first), prev, secretSize)
	}
	if again, _ := read(); !bytes.Equal(again, first) {
		t.Errorf("Secrets made another secret: %x, was %x", again, first)
	}
	if err := s.RotateSecret(ctx); err != nil {
		t.Fatal(err)
	}
	cur, prev := read()
	if bytes.Equal(cur, first) || !bytes.Equal(prev, first) {
		t.Errorf("after RotateSecret: current %x, previous %x; want a new one and %x", cur, prev, first)
	}
}

func TestStationFiguresAndDelivery(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := ingest(t, s, in(1, complaint("a@x"))).Case
	b := ingest(t, s, in(2, complaint("b@x"))).Case
	due, err := s.DueMail(ctx, s.Now(), 0)
	if err != nil || len(due) != 2 {
		t.Fatalf("DueMail = %d, %v; want the two acknowledgements", len(due), err)
	}
	if err := s.MarkSent(ctx, due[0].ID, s.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkRetry(ctx, due[1].ID, s.Now().Add(time.Hour), "451 later"); err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(tx *Tx) error {
		if err := tx.AddEvent(Event{CaseID: a.ID, Actor: "staff@x", Kind: "mail_in"}); err != nil {
			return err
		}
		c, err := tx.CaseByID(b.ID)
		if err != nil {
			return err
		}
		c.State, c.CloseReason, c.UpdatedAt = StateClosed, CloseWithdrawn, s.Now()
		if err := tx.UpdateCase(c); err != nil {
			return err
		}
		if err := tx.AddEvent(Event{CaseID: b.ID, Actor: ActorConsumer, Kind: "state", FromState: StateOpen, ToState: StateClosed}); err != nil {
			return err
		}
		if err := tx.SetChannel(b.ID, ChannelPhone); err != nil {
			return err
		}
		if err := tx.AddRecovery(a.ID, "100.50", "CNY", "staff@x"); err != nil {
			return err
		}
		return tx.AddRecovery(a.ID, "20", "CNY", "staff@x")
	})
	if err != nil {
		t.Fatal(err)
	}

	f, err := s.StationFigures(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Opened != 2 || f.ByKind["complaint"] != 2 || f.ByState[StateOpen] != 1 || f.ByState[StateClosed] != 1 {
		t.Errorf("opened %d, by kind %v, by state %v; want 2 complaints, one open and one closed", f.Opened, f.ByKind, f.ByState)
	}
	if f.Closed != 1 || f.ClosedByReason[CloseWithdrawn] != 1 {
		t.Errorf("closed %d, by reason %v; want one withdrawn", f.Closed, f.ClosedByReason)
	}
	if f.CompleteOnArrival != 2 || f.Channels[ChannelMail] != 1 || f.Channels[ChannelPhone] != 1 {
		t.Errorf("complete on arrival %d, channels %v; want 2, one mail and one phone", f.CompleteOnArrival, f.Channels)
	}
	if f.ToAck.N != 1 || f.ToFirstStaffReply.N != 1 || f.ToClosure.N != 1 || f.ToAck.Median <= 0 {
		t.Errorf("medians: to ack %+v, to staff %+v, to closure %+v; want one of each, after opening", f.ToAck, f.ToFirstStaffReply, f.ToClosure)
	}
	if want := []NameCount{{"义乌小商品店", 2}}; !slices.Equal(f.TopRespondents, want) {
		t.Errorf("top respondents %v, want %v", f.TopRespondents, want)
	}
	if want := []Amount{{Currency: "CNY", Amount: "120.50"}}; !slices.Equal(f.Recovered, want) {
		t.Errorf("recovered %v, want %v", f.Recovered, want)
	}
	if later, err := s.StationFigures(ctx, s.Now().Add(time.Hour), time.Time{}); err != nil || later.Opened != 0 || later.Closed != 0 {
		t.Errorf("figures of a later period: opened %d, closed %d, %v; want none", later.Opened, later.Closed, err)
	}

	d, err := s.CaseDelivery(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d[a.ID] != (DeliveryCounts{Sent: 1}) || d[b.ID] != (DeliveryCounts{Pending: 1, Deferred: 1}) {
		t.Errorf("CaseDelivery = %+v; want %s sent, %s pending after a failed attempt", d, a.Ref, b.Ref)
	}
}
