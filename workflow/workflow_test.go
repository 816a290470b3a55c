package workflow

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

var station = Settings{
	Station: analysis.Options{
		CasePrefix: "YW", StationAddress: "tousu@yweca.org.example",
		StaffAddresses: []string{"volunteer@mail.example"},
	},
	StaffNotify: []string{"staff1@yweca.org.example"},
}

var now = time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)

// mail is a consumer's complete Chinese complaint; edit returns a changed
// copy.
func mail(edit func(m *analysis.Mail)) *analysis.Mail {
	m := &analysis.Mail{
		Message: &parser.Message{
			MessageID:  "c1@mail.example",
			Subject:    "投诉义乌小商品店",
			From:       parser.Address{Name: "Li Wei", Address: "liwei@mail.example"},
			Text:       "你好，我在义乌小商品店买的杯子是坏的，商家不给退货，请帮忙处理。",
			References: []string{"older@mail.example"},
		},
		Kind:        analysis.KindComplaint,
		Language:    "zh",
		Complainant: analysis.Complainant{Name: "李伟", Phones: []string{"+8613800138000"}},
		Respondent:  analysis.Respondent{Name: "义乌小商品店", URLs: []string{"https://shop.example.com"}},
		Order:       analysis.Order{Number: "A123", Amount: "128.00", Currency: "CNY"},
	}
	if edit != nil {
		edit(m)
	}
	return m
}

func purposes(d Decision) []string {
	var p []string
	for _, o := range d.Send {
		p = append(p, o.Purpose)
	}
	return p
}

// Today's acknowledgement rules (RFC 3834 §2 and the station's own
// addresses), decided without any I/O.
func TestAcknowledgementRules(t *testing.T) {
	tests := []struct {
		name    string
		mail    *analysis.Mail
		wantAck bool
		why     string // part of the reason when no ack
	}{
		{"consumer complaint", mail(nil), true, ""},
		{"consumer inquiry", mail(func(m *analysis.Mail) { m.Kind = analysis.KindInquiry }), true, ""},
		{"auto-submitted", mail(func(m *analysis.Mail) { m.AutoSubmitted = "auto-replied" }), false, "Auto-Submitted"},
		{"auto-submitted no is a person", mail(func(m *analysis.Mail) { m.AutoSubmitted = "no" }), true, ""},
		{"precedence bulk", mail(func(m *analysis.Mail) { m.Precedence = "bulk" }), false, "Precedence"},
		{"precedence junk", mail(func(m *analysis.Mail) { m.Precedence = "junk" }), false, "Precedence"},
		{"precedence list", mail(func(m *analysis.Mail) { m.Precedence = "list" }), false, "Precedence"},
		{"list-id", mail(func(m *analysis.Mail) { m.ListID = "<buyers.lists.example>" }), false, "List-Id"},
		{"delivery status notification", mail(func(m *analysis.Mail) { m.IsDSN = true }), false, "delivery status"},
		{"mailer-daemon", mail(func(m *analysis.Mail) { m.From.Address = "MAILER-DAEMON@mx.mail.example" }), false, "machine"},
		{"postmaster", mail(func(m *analysis.Mail) { m.From.Address = "postmaster@mail.example" }), false, "machine"},
		{"noreply", mail(func(m *analysis.Mail) { m.From.Address = "noreply@platform.example" }), false, "machine"},
		{"no-reply with a tag", mail(func(m *analysis.Mail) { m.From.Address = "no-reply+orders@platform.example" }), false, "machine"},
		{"reply-to a machine", mail(func(m *analysis.Mail) { m.ReplyTo = []parser.Address{{Address: "notifications@platform.example"}} }), false, "machine"},
		{"staff", mail(func(m *analysis.Mail) { m.Staff = true; m.From.Address = "staff1@yweca.org.example" }), false, "staff"},
		{"reply-to the station", mail(func(m *analysis.Mail) { m.ReplyTo = []parser.Address{{Address: "tousu@yweca.org.example"}} }), false, "station"},
		{"reply-to a staff address", mail(func(m *analysis.Mail) { m.ReplyTo = []parser.Address{{Address: "Volunteer@mail.example"}} }), false, "station"},
		{"no address", mail(func(m *analysis.Mail) { m.From.Address = "" }), false, "no sender address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			replyTo := tt.mail.From.Address
			if len(tt.mail.ReplyTo) > 0 {
				replyTo = tt.mail.ReplyTo[0].Address
			}
			ok, why := ShouldAck(station.Station, tt.mail, replyTo)
			if ok != tt.wantAck || (!ok && !strings.Contains(why, tt.why)) || (ok && why != "") {
				t.Fatalf("ShouldAck = %v, %q; want %v (reason mentioning %q)", ok, why, tt.wantAck, tt.why)
			}
			d := FileMail(station, MailFiled{Mail: tt.mail, Now: now})
			if d.Case == nil {
				// Staff mail naming no case opens none, so nothing answers it.
				if tt.wantAck || len(d.Send) != 0 || d.Unfiled == "" {
					t.Fatalf("decision %+v: want it kept unfiled, nothing sent", d)
				}
				return
			}
			gotAck := slices.Contains(purposes(d), PurposeAck)
			if gotAck != tt.wantAck || d.NoAck != why {
				t.Fatalf("ack sent = %v (no-ack reason %q), want %v (%q)", gotAck, d.NoAck, tt.wantAck, why)
			}
			if !slices.Contains(purposes(d), PurposeStaffNotice) {
				t.Errorf("staff not told of the new case: %v", purposes(d))
			}
		})
	}
}

func TestAcknowledgementIsThreadedAndAddressed(t *testing.T) {
	m := mail(func(m *analysis.Mail) { m.ReplyTo = []parser.Address{{Address: "li.private@mail.example"}} })
	d := FileMail(station, MailFiled{Mail: m, Now: now})
	if len(d.Send) != 2 {
		t.Fatalf("Send = %+v, want an ack and a staff notice", d.Send)
	}
	ack := d.Send[0]
	if ack.Purpose != PurposeAck || !slices.Equal(ack.To, []string{"li.private@mail.example"}) || d.Case.ContactAddress != "li.private@mail.example" {
		t.Errorf("ack %+v / contact %q: want it to go to the Reply-To", ack, d.Case.ContactAddress)
	}
	if ack.InReplyTo != "c1@mail.example" || !slices.Equal(ack.References, []string{"older@mail.example", "c1@mail.example"}) {
		t.Errorf("ack threading In-Reply-To %q References %v", ack.InReplyTo, ack.References)
	}
	if ack.AutoSubmitted != "auto-replied" || d.Send[1].AutoSubmitted != "auto-generated" {
		t.Errorf("Auto-Submitted %q / %q (RFC 3834 §5)", ack.AutoSubmitted, d.Send[1].AutoSubmitted)
	}
	if ack.Language != "zh" {
		t.Errorf("ack language %q, want zh", ack.Language)
	}
	noNotice := station
	noNotice.StaffNotify = nil
	if d := FileMail(noNotice, MailFiled{Mail: mail(nil), Now: now}); !slices.Equal(purposes(d), []string{PurposeAck}) {
		t.Errorf("without staff.notify: %v, want only the ack", purposes(d))
	}
}

func TestFileMailOpensOrKeepsUnfiled(t *testing.T) {
	tests := []struct {
		name        string
		mail        *analysis.Mail
		unfiled     string
		wantKind    string
		wantState   string
		wantMissing []string
	}{
		{name: "complete complaint", mail: mail(nil), wantKind: "complaint", wantState: StateOpen},
		{name: "complaint missing a phone", mail: mail(func(m *analysis.Mail) {
			m.Complainant.Phones = nil
			m.Missing = []string{analysis.MissingComplainantPhone}
		}), wantKind: "complaint", wantState: StateAwaitingInfo, wantMissing: []string{analysis.MissingComplainantPhone}},
		{name: "inquiry asks for nothing", mail: mail(func(m *analysis.Mail) {
			m.Kind = analysis.KindInquiry
			m.Complainant = analysis.Complainant{}
		}), wantKind: "inquiry", wantState: StateOpen},
		{name: "reply naming no known case opens a complaint", mail: mail(func(m *analysis.Mail) {
			m.Kind = analysis.KindReply
			m.Respondent = analysis.Respondent{}
		}), wantKind: "complaint", wantState: StateAwaitingInfo,
			wantMissing: []string{analysis.MissingRespondentName, analysis.MissingRespondentContact}},
		{name: "bounce naming no case", mail: mail(func(m *analysis.Mail) { m.Kind = analysis.KindBounce }), unfiled: "bounce naming no known case"},
		{name: "auto-reply naming no case", mail: mail(func(m *analysis.Mail) { m.Kind = analysis.KindAutoReply }), unfiled: "auto-reply naming no known case"},
		{name: "spam", mail: mail(func(m *analysis.Mail) { m.Kind = analysis.KindSpam }), unfiled: "spam naming no known case"},
		{name: "staff mail naming no case", mail: mail(func(m *analysis.Mail) { m.Staff = true; m.Kind = analysis.KindReply }), unfiled: "staff mail naming no known case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := FileMail(station, MailFiled{Mail: tt.mail, Now: now})
			if tt.unfiled != "" {
				if d.Unfiled != tt.unfiled || d.Case != nil || len(d.Send) != 0 || len(d.Events) != 0 {
					t.Errorf("decision %+v, want unfiled %q and nothing else", d, tt.unfiled)
				}
				return
			}
			if d.Unfiled != "" || !d.NewCase {
				t.Fatalf("decision %+v, want a new case", d)
			}
			c := d.Case
			if c.Kind != tt.wantKind || c.State != tt.wantState || !slices.Equal(c.Missing, tt.wantMissing) {
				t.Errorf("case kind %s state %s missing %v, want %s %s %v", c.Kind, c.State, c.Missing, tt.wantKind, tt.wantState, tt.wantMissing)
			}
			if len(d.Events) != 1 || d.Events[0].Kind != EventOpened || d.Events[0].To != c.State || d.Events[0].Actor != ActorConsumer {
				t.Errorf("events %+v, want one 'opened' by the consumer into %s", d.Events, c.State)
			}
		})
	}
}

func TestRequiredPolicy(t *testing.T) {
	s := station
	s.Station.Required = []string{analysis.MissingComplainantPhone}
	m := mail(func(m *analysis.Mail) {
		m.Complainant = analysis.Complainant{}
		m.Respondent = analysis.Respondent{}
		m.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone, analysis.MissingRespondentName, analysis.MissingRespondentContact}
	})
	d := FileMail(s, MailFiled{Mail: m, Now: now})
	if !slices.Equal(d.Case.Missing, []string{analysis.MissingComplainantPhone}) {
		t.Errorf("missing %v, want only what policy.required lists", d.Case.Missing)
	}
}

// A consumer's replies fill the case in until nothing is missing; staff
// and machines change nothing; a closed case stays closed.
func TestFollowUpMerges(t *testing.T) {
	first := FileMail(station, MailFiled{Mail: mail(func(m *analysis.Mail) {
		m.Complainant = analysis.Complainant{Emails: []string{"liwei@mail.example"}}
		m.Respondent = analysis.Respondent{Name: "义乌小商品店"}
		m.Order = analysis.Order{}
		m.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone, analysis.MissingRespondentContact}
	}), Now: now})
	c := first.Case
	c.ID, c.Ref = 1, "YW-2026-00001"
	if c.State != StateAwaitingInfo {
		t.Fatalf("state %s, want awaiting_info", c.State)
	}

	steps := []struct {
		name        string
		mail        *analysis.Mail
		wantState   string
		wantMissing []string
		wantEvents  []string
		wantNotice  string // "" : nothing sent
	}{
		{
			name: "name and phone given",
			mail: mail(func(m *analysis.Mail) {
				m.Kind = analysis.KindReply
				m.Complainant = analysis.Complainant{Name: "李伟", Phones: []string{"+8613800138000"}, Emails: []string{"liwei@mail.example", "lw@mail.example"}}
				m.Respondent = analysis.Respondent{Name: "另一个名字"}
				m.Order = analysis.Order{}
			}),
			wantState: StateAwaitingInfo, wantMissing: []string{analysis.MissingRespondentContact},
			wantEvents: []string{EventMailIn}, wantNotice: NoticeFollowUp,
		},
		{
			name: "unverified staff mail changes nothing",
			mail: mail(func(m *analysis.Mail) {
				m.Kind, m.Staff = analysis.KindReply, true
				m.From.Address = "staff1@yweca.org.example"
				m.Respondent = analysis.Respondent{Address: "somewhere"}
			}),
			wantState: StateAwaitingInfo, wantMissing: []string{analysis.MissingRespondentContact},
			wantEvents: []string{EventNote},
		},
		{
			name: "auto-reply changes nothing",
			mail: mail(func(m *analysis.Mail) {
				m.Kind = analysis.KindAutoReply
				m.Respondent = analysis.Respondent{Address: "somewhere"}
			}),
			wantState: StateAwaitingInfo, wantMissing: []string{analysis.MissingRespondentContact},
			wantEvents: []string{EventMailIn},
		},
		{
			name: "shop address given",
			mail: mail(func(m *analysis.Mail) {
				m.Kind = analysis.KindReply
				m.Complainant = analysis.Complainant{}
				m.Respondent = analysis.Respondent{Address: "国际商贸城二区 12345", Phones: []string{"+8657985550000"}}
				m.Order = analysis.Order{Number: "B9", Amount: "30.00", Currency: "CNY"}
			}),
			wantState: StateOpen, wantEvents: []string{EventMailIn, EventState}, wantNotice: NoticeComplete,
		},
	}
	for _, st := range steps {
		before := c.clone()
		d := FileMail(station, MailFiled{Mail: st.mail, Case: c, Now: now})
		if d.NewCase || d.Unfiled != "" || d.Case == nil || d.Case.ID != 1 {
			t.Fatalf("%s: decision %+v, want the case changed", st.name, d)
		}
		switch {
		case st.wantNotice == "" && (slices.Contains(purposes(d), PurposeStaffNotice) || slices.Contains(purposes(d), PurposeRelay)):
			t.Errorf("%s: sent %+v, want nothing to staff.notify or the consumer", st.name, d.Send)
		case st.wantNotice != "" && (len(d.Send) != 1 || d.Send[0].Purpose != PurposeStaffNotice || d.Send[0].Notice != st.wantNotice || d.Send[0].InReplyTo != st.mail.MessageID):
			t.Errorf("%s: sent %+v, want one %s notice to staff in the mail's thread", st.name, d.Send, st.wantNotice)
		}
		if d.Case.State != st.wantState || !slices.Equal(d.Case.Missing, st.wantMissing) {
			t.Errorf("%s: state %s missing %v, want %s %v", st.name, d.Case.State, d.Case.Missing, st.wantState, st.wantMissing)
		}
		var kinds []string
		for _, e := range d.Events {
			kinds = append(kinds, e.Kind)
		}
		if !slices.Equal(kinds, st.wantEvents) {
			t.Errorf("%s: events %v, want %v", st.name, kinds, st.wantEvents)
		}
		if c.State != before.State || !slices.Equal(c.Missing, before.Missing) {
			t.Errorf("%s: FileMail changed the case it was given", st.name)
		}
		c = d.Case
	}
	if c.Complainant.Name != "李伟" || c.Respondent.Name != "义乌小商品店" {
		t.Errorf("names %q / %q: empty fields filled, known ones kept", c.Complainant.Name, c.Respondent.Name)
	}
	if !slices.Equal(c.Complainant.Emails, []string{"liwei@mail.example", "lw@mail.example"}) {
		t.Errorf("emails %v, want the known one then the new one", c.Complainant.Emails)
	}
	if c.Order != (analysis.Order{Number: "B9", Amount: "30.00", Currency: "CNY"}) || c.Respondent.Address != "国际商贸城二区 12345" {
		t.Errorf("order %+v respondent %+v, want the empty fields filled by the consumer only", c.Order, c.Respondent)
	}

}

func caseIn(state string, edit func(c *Case)) *Case {
	c := FileMail(station, MailFiled{Mail: mail(nil), Now: now}).Case
	c.ID, c.Ref, c.State = 7, "YW-2026-00007", state
	if state == StateClosed {
		c.CloseReason = CloseResolved
	}
	if edit != nil {
		edit(c)
	}
	return c
}

func eventKinds(d Decision) []string {
	var k []string
	for _, e := range d.Events {
		k = append(k, e.Kind)
	}
	return k
}

// What a consumer's mail does to a case in each state.
func TestConsumerMailByState(t *testing.T) {
	reply := mail(func(m *analysis.Mail) {
		m.Kind = analysis.KindReply
		m.MessageID = "r1@mail.example"
	})
	tests := []struct {
		name       string
		c          *Case
		wantState  string
		wantNotice string
		wantEvents []string
	}{
		{"open stays open", caseIn(StateOpen, nil), StateOpen, NoticeFollowUp, []string{EventMailIn}},
		{"in mediation stays there, forwarded to staff", caseIn(StateInMediation, nil), StateInMediation, NoticeFollowUp, []string{EventMailIn}},
		{"resolved reopens", caseIn(StateResolved, nil), StateOpen, NoticeReopened, []string{EventMailIn, EventState}},
		{"closed reopens", caseIn(StateClosed, nil), StateOpen, NoticeReopened, []string{EventMailIn, EventState}},
		{"closed unreachable reopens on a late answer", caseIn(StateClosed, func(c *Case) { c.CloseReason = CloseUnreachable }), StateOpen, NoticeReopened, []string{EventMailIn, EventState}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := FileMail(station, MailFiled{Mail: reply, Case: tt.c, Now: now})
			if d.Case.State != tt.wantState || (d.Case.State != StateClosed && d.Case.CloseReason != "") {
				t.Errorf("state %s (reason %q), want %s", d.Case.State, d.Case.CloseReason, tt.wantState)
			}
			if !slices.Equal(eventKinds(d), tt.wantEvents) {
				t.Errorf("events %v, want %v", eventKinds(d), tt.wantEvents)
			}
			if len(d.Send) != 1 || d.Send[0].Notice != tt.wantNotice || !slices.Equal(d.Send[0].To, station.StaffNotify) {
				t.Errorf("sent %+v, want a %q notice to staff", d.Send, tt.wantNotice)
			}
			if tt.c.State == StateClosed && d.Events[1].From != StateClosed {
				t.Errorf("transition %+v, want it from closed", d.Events[1])
			}
		})
	}
}

// An inquiry becomes a complaint when a later mail asks the station to
// act against a merchant: the details a complaint requires are asked for.
func TestInquiryBecomesComplaint(t *testing.T) {
	c := caseIn(StateOpen, func(c *Case) {
		c.Kind = "inquiry"
		c.Missing = nil
		c.Complainant = analysis.Complainant{}
		c.Respondent = analysis.Respondent{}
	})
	m := mail(func(m *analysis.Mail) {
		m.MessageID = "r2@mail.example"
		m.Complainant = analysis.Complainant{}
		m.Respondent = analysis.Respondent{Name: "Two Yuan Shop"}
	})
	d := FileMail(station, MailFiled{Mail: m, Case: c, Now: now})
	if d.Case.Kind != "complaint" || d.Case.State != StateAwaitingInfo {
		t.Fatalf("case %s %s, want a complaint awaiting information", d.Case.Kind, d.Case.State)
	}
	want := []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone, analysis.MissingRespondentContact}
	if !slices.Equal(d.Case.Missing, want) {
		t.Errorf("missing %v, want %v", d.Case.Missing, want)
	}
	if !slices.Equal(purposes(d), []string{PurposeAck, PurposeStaffNotice}) || d.Send[0].To[0] != c.ContactAddress {
		t.Errorf("sent %v, want the consumer asked for the details and staff told", purposes(d))
	}
	if !slices.Contains(eventKinds(d), EventKind) || len(d.Timers) != 1 || d.Timers[0].Clear {
		t.Errorf("events %v timers %+v, want the kind change recorded and a reminder set", eventKinds(d), d.Timers)
	}
}

// A case awaiting information is reminded MaxReminders times, RemindAfter
// apart, then closes as unreachable; a late answer reopens it.
func TestRemindersThenUnreachable(t *testing.T) {
	s := station
	s.RemindAfter, s.MaxReminders = 48*time.Hour, 2
	first := FileMail(s, MailFiled{Mail: mail(func(m *analysis.Mail) {
		m.Complainant.Phones = nil
		m.Missing = []string{analysis.MissingComplainantPhone}
	}), Now: now})
	if r, ok := timerOf(first, TimerRemind); !ok || !r.Due.Equal(now.Add(48*time.Hour)) {
		t.Fatalf("timers %+v, want a reminder due in 48h", first.Timers)
	}
	c := first.Case
	c.ID, c.Ref = 3, "YW-2026-00003"
	at := now
	for i := 1; i <= 2; i++ {
		at = at.Add(48 * time.Hour)
		d := FireTimer(s, TimerDue{Case: c, Kind: TimerRemind, Now: at})
		if !slices.Equal(purposes(d), []string{PurposeReminder}) || d.Send[0].Reminder != i || d.Send[0].To[0] != c.ContactAddress {
			t.Fatalf("reminder %d: sent %+v", i, d.Send)
		}
		if r, ok := timerOf(d, TimerRemind); d.Case.Reminders != i || d.Case.State != StateAwaitingInfo || !ok || !r.Due.Equal(at.Add(48*time.Hour)) {
			t.Fatalf("reminder %d: case %+v timers %+v", i, d.Case, d.Timers)
		}
		c = d.Case
	}
	at = at.Add(48 * time.Hour)
	d := FireTimer(s, TimerDue{Case: c, Kind: TimerRemind, Now: at})
	if d.Case.State != StateClosed || d.Case.CloseReason != CloseUnreachable {
		t.Fatalf("after the last reminder: %s %s, want closed unreachable", d.Case.State, d.Case.CloseReason)
	}
	if len(d.Send) != 1 || d.Send[0].Notice != NoticeUnreachable || d.Send[0].To[0] != station.StaffNotify[0] {
		t.Errorf("sent %+v, want staff told", d.Send)
	}
	if r, ok := timerOf(d, TimerRemind); !ok || !r.Clear {
		t.Errorf("timers %+v, want the reminder cleared", d.Timers)
	}
	if r, ok := timerOf(d, TimerAcceptDue); !ok || !r.Clear {
		t.Errorf("timers %+v, want the acceptance deadline cleared with the case closed", d.Timers)
	}
	late := FileMail(s, MailFiled{Mail: mail(func(m *analysis.Mail) { m.Kind = analysis.KindReply }), Case: d.Case, Now: at})
	if late.Case.State != StateOpen || late.Case.CloseReason != "" || late.Send[0].Notice != NoticeReopened {
		t.Errorf("a late complete answer: %s %q %+v, want reopened", late.Case.State, late.Case.CloseReason, late.Send)
	}

	// Answered in time: the reminders stop.
	answered := FileMail(s, MailFiled{Mail: mail(func(m *analysis.Mail) { m.Kind = analysis.KindReply }), Case: first.Case, Now: now.Add(time.Hour)})
	if r, ok := timerOf(answered, TimerRemind); answered.Case.State != StateOpen || !ok || !r.Clear {
		t.Errorf("answered: %s timers %+v, want open and the reminder cleared", answered.Case.State, answered.Timers)
	}
	// A timer of a case that moved on does nothing but go away.
	gone := FireTimer(s, TimerDue{Case: answered.Case, Kind: TimerRemind, Now: at})
	if r, ok := timerOf(gone, TimerRemind); len(gone.Send) != 0 || len(gone.Events) != 0 || !ok || !r.Clear {
		t.Errorf("stale timer: %+v", gone)
	}
	// No reminders to an undeliverable address: it closes at once.
	dead := first.Case.clone()
	dead.Undeliverable = "550 mailbox unavailable"
	if d := FireTimer(s, TimerDue{Case: dead, Kind: TimerRemind, Now: at}); d.Case.State != StateClosed || slices.Contains(purposes(d), PurposeReminder) {
		t.Errorf("undeliverable: %+v", d)
	}
}

func timerOf(d Decision, kind string) (Timer, bool) {
	for _, t := range d.Timers {
		if t.Kind == kind {
			return t, true
		}
	}
	return Timer{}, false
}
