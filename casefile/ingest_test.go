package casefile

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

func TestIngestRefsByStationYear(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skipf("no time zone data for Asia/Shanghai: %v", err)
	}
	s := openTest(t, Options{CasePrefix: "YW", Location: shanghai})
	tests := []struct {
		name     string
		received string
		want     string
	}{
		{"first of 2026", "2026-06-01T02:00:00Z", "YW-2026-00001"},
		{"second of 2026", "2026-07-01T02:00:00Z", "YW-2026-00002"},
		{"new year's eve in Yiwu", "2026-12-31T15:59:59Z", "YW-2026-00003"},
		{"still 2026 in UTC, 2027 in Yiwu", "2026-12-31T17:00:00Z", "YW-2027-00001"},
		{"second of 2027", "2027-01-02T00:00:00Z", "YW-2027-00002"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			received, _ := time.Parse(time.RFC3339, tc.received)
			inc := in(uint32(i+1), complaint(fmt.Sprintf("m%d@example.com", i)))
			inc.ReceivedAt = received
			res := ingest(t, s, inc)
			if !res.NewCase || res.Case == nil {
				t.Fatalf("NewCase = %v, Case = %v; want a new case", res.NewCase, res.Case)
			}
			if res.Case.Ref != tc.want {
				t.Errorf("ref = %s, want %s", res.Case.Ref, tc.want)
			}
			if got := mustCase(t, s, tc.want); got.ID != res.Case.ID {
				t.Errorf("CaseByRef(%s) = case #%d, want #%d", tc.want, got.ID, res.Case.ID)
			}
		})
	}
	cases, err := s.Cases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(tests) {
		t.Fatalf("Cases() = %d cases, want %d", len(cases), len(tests))
	}
	for i, c := range cases {
		if c.Ref != tests[i].want {
			t.Errorf("Cases()[%d] = %s, want %s (oldest first)", i, c.Ref, tests[i].want)
		}
	}
}

func TestIngestNewCase(t *testing.T) {
	tests := []struct {
		name        string
		required    []string
		msg         func() *analysis.Mail
		wantKind    string
		wantState   string
		wantMissing []string
		wantAddr    string
		wantName    string
	}{
		{
			name:      "complete complaint is open",
			msg:       func() *analysis.Mail { return complaint("a@x") },
			wantKind:  "complaint",
			wantState: StateOpen,
			wantAddr:  "liwei@example.com",
			wantName:  "李伟",
		},
		{
			name: "complaint with missing items awaits info; Reply-To is the contact",
			msg: func() *analysis.Mail {
				m := complaint("a@x")
				m.Complainant = analysis.Complainant{}
				m.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone}
				m.ReplyTo = []parser.Address{{Name: "Wei", Address: "wei.reply@example.net"}}
				return m
			},
			wantKind:    "complaint",
			wantState:   StateAwaitingInfo,
			wantMissing: []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone},
			wantAddr:    "wei.reply@example.net",
			wantName:    "Li Wei",
		},
		{
			name:     "only required items count as missing",
			required: []string{analysis.MissingRespondentName},
			msg: func() *analysis.Mail {
				m := complaint("a@x")
				m.Complainant = analysis.Complainant{}
				m.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone}
				return m
			},
			wantKind:  "complaint",
			wantState: StateOpen,
			wantAddr:  "liwei@example.com",
			wantName:  "Li Wei",
		},
		{
			name: "reply naming an unknown case opens a complaint with missing computed",
			msg: func() *analysis.Mail {
				m := complaint("a@x")
				m.Kind = analysis.KindReply
				m.CaseRef = "YW-2020-00099"
				m.Respondent = analysis.Respondent{Name: "某店"}
				return m
			},
			wantKind:    "complaint",
			wantState:   StateAwaitingInfo,
			wantMissing: []string{analysis.MissingRespondentContact},
			wantAddr:    "liwei@example.com",
			wantName:    "李伟",
		},
		{
			name: "inquiry is open and never missing anything",
			msg: func() *analysis.Mail {
				m := complaint("a@x")
				m.Kind = analysis.KindInquiry
				m.Respondent = analysis.Respondent{}
				m.Missing = []string{analysis.MissingRespondentName}
				return m
			},
			wantKind:  "inquiry",
			wantState: StateOpen,
			wantAddr:  "liwei@example.com",
			wantName:  "李伟",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, Options{CasePrefix: "YW", Required: tc.required})
			m := tc.msg()
			res := ingest(t, s, in(1, m))
			if !res.NewCase || res.Previous != nil || res.Duplicate {
				t.Fatalf("Ingested = %+v, want a new case without Previous", res)
			}
			c := mustCase(t, s, res.Case.Ref)
			if c.Kind != tc.wantKind || c.State != tc.wantState || !equalStrings(c.Missing, tc.wantMissing) {
				t.Errorf("kind, state, missing = %s, %s, %v; want %s, %s, %v",
					c.Kind, c.State, c.Missing, tc.wantKind, tc.wantState, tc.wantMissing)
			}
			if c.ContactAddress != tc.wantAddr || c.ContactName != tc.wantName {
				t.Errorf("contact = %q <%s>, want %q <%s>", c.ContactName, c.ContactAddress, tc.wantName, tc.wantAddr)
			}
			if c.Subject != m.Subject || c.Language != m.Language || c.Order != m.Order ||
				c.Complainant.Name != m.Complainant.Name || !equalStrings(c.Complainant.Phones, m.Complainant.Phones) ||
				c.Respondent.Name != m.Respondent.Name || !equalStrings(c.Respondent.URLs, m.Respondent.URLs) {
				t.Errorf("stored case %+v does not carry the message's fields %+v", c, m)
			}
			if res.Case.State != c.State || res.Case.Ref != c.Ref {
				t.Errorf("Ingested.Case = %+v, stored %+v", res.Case, c)
			}
			msgs, err := s.CaseMessages(context.Background(), c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 2 || msgs[0].Direction != DirectionIn || msgs[1].Direction != DirectionOut {
				t.Fatalf("case messages = %+v, want the complaint and its ack", msgs)
			}
			got := msgs[0]
			if got.MessageID != "a@x" || got.Kind != string(m.Kind) || got.Text != m.Text ||
				got.From != "liwei@example.com" || !equalStrings(got.To, []string{"tousu@yweca.org.example"}) ||
				got.Size != int64(len(rawOf(m, 1))) || len(got.SHA256) != 64 || got.CaseID != c.ID {
				t.Errorf("incoming message stored as %+v", got)
			}
			raw, err := s.RawMessage(context.Background(), got.ID)
			if err != nil || string(raw) != string(rawOf(m, 1)) {
				t.Errorf("RawMessage = %q, %v; want the bytes ingested", raw, err)
			}
			if a := msgs[1]; a.Purpose != "ack" || a.Delivery != DeliveryPending || a.MessageID != "ack-"+c.Ref+"@desk" {
				t.Errorf("outgoing message stored as %+v", a)
			}
		})
	}
}

func TestIngestDuplicates(t *testing.T) {
	tests := []struct {
		name    string
		first   Incoming
		second  Incoming
		wantDup bool
	}{
		{
			name:    "same Message-ID, different bytes",
			first:   in(1, complaint("same@x")),
			second:  Incoming{Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: []byte("other bytes"), Msg: complaint("same@x")},
			wantDup: true,
		},
		{
			name:    "no Message-ID, same bytes",
			first:   Incoming{Folder: "INBOX", UIDValidity: 7, UID: 1, Raw: []byte("bytes A"), Msg: complaint("")},
			second:  Incoming{Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: []byte("bytes A"), Msg: complaint("")},
			wantDup: true,
		},
		{
			name:    "no Message-ID, different bytes",
			first:   Incoming{Folder: "INBOX", UIDValidity: 7, UID: 1, Raw: []byte("bytes A"), Msg: complaint("")},
			second:  Incoming{Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: []byte("bytes B"), Msg: complaint("")},
			wantDup: false,
		},
		{
			name:    "unparsable, same bytes",
			first:   Incoming{Folder: "INBOX", UIDValidity: 7, UID: 1, Raw: []byte("\x00junk"), ParseError: "no header"},
			second:  Incoming{Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: []byte("\x00junk"), ParseError: "no header"},
			wantDup: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{CasePrefix: "YW"})
			calls := 0
			respond := func(r Ingested) ([]Outgoing, error) {
				calls++
				return ack(r)
			}
			first, err := s.Ingest(ctx, tc.first, respond)
			if err != nil {
				t.Fatal(err)
			}
			second, err := s.Ingest(ctx, tc.second, respond)
			if err != nil {
				t.Fatal(err)
			}
			if second.Duplicate != tc.wantDup {
				t.Fatalf("Duplicate = %v, want %v", second.Duplicate, tc.wantDup)
			}
			wantCalls, wantMsgs := 2, 2
			if tc.wantDup {
				wantCalls, wantMsgs = 1, 1
				if second.MessageID != first.MessageID || second.NewCase {
					t.Errorf("duplicate reported as %+v, want the stored copy #%d", second, first.MessageID)
				}
				if (first.Case == nil) != (second.Case == nil) || (first.Case != nil && second.Case.Ref != first.Case.Ref) {
					t.Errorf("duplicate's case = %v, want the stored copy's %v", second.Case, first.Case)
				}
			}
			if calls != wantCalls {
				t.Errorf("respond called %d times, want %d", calls, wantCalls)
			}
			if n := countRows(t, s, "messages WHERE direction = 'in'"); n != wantMsgs {
				t.Errorf("%d incoming messages stored, want %d", n, wantMsgs)
			}
			cur, err := s.Cursor(ctx, "INBOX")
			if err != nil || cur != (Cursor{UIDValidity: 7, LastUID: 2}) {
				t.Errorf("Cursor = %+v, %v; want the duplicate's UID 2", cur, err)
			}
		})
	}
}

func TestIngestThreading(t *testing.T) {
	// Each case starts from one complaint (UID 1) acknowledged with
	// Message-ID ack-YW-2026-00001@desk, then ingests msg.
	const ref = "YW-2026-00001"
	consumerReply := func(mid string) *analysis.Mail {
		return &analysis.Mail{
			Message: &parser.Message{
				MessageID: mid,
				Subject:   "Re: [" + ref + "] received",
				From:      parser.Address{Name: "Li Wei", Address: "liwei@example.com"},
				Text:      "还有一个电话。",
			},
			Kind: analysis.KindReply,
			Complainant: analysis.Complainant{
				Phones: []string{"+8613900139000"},
			},
		}
	}
	tests := []struct {
		name       string
		msg        func() *analysis.Mail
		wantFiled  bool
		wantMerged bool   // the new phone reached the case
		wantNote   string // substring of the message's note
	}{
		{
			name: "reply naming the ref",
			msg: func() *analysis.Mail {
				m := consumerReply("r1@x")
				m.CaseRef = strings.ToLower(ref)
				return m
			},
			wantFiled: true, wantMerged: true,
		},
		{
			name: "reply to the acknowledgement by In-Reply-To",
			msg: func() *analysis.Mail {
				m := consumerReply("r1@x")
				m.InReplyTo = []string{"ack-" + ref + "@desk"}
				return m
			},
			wantFiled: true, wantMerged: true,
		},
		{
			name: "reply by References to the complaint",
			msg: func() *analysis.Mail {
				m := consumerReply("r1@x")
				m.References = []string{"unknown@elsewhere", "first@x"}
				return m
			},
			wantFiled: true, wantMerged: true,
		},
		{
			name: "bounce of the acknowledgement is appended without merging",
			msg: func() *analysis.Mail {
				m := consumerReply("b1@x")
				m.Kind = analysis.KindBounce
				m.From = parser.Address{Address: "mailer-daemon@example.com"}
				m.InReplyTo = []string{"ack-" + ref + "@desk"}
				return m
			},
			wantFiled: true,
		},
		{
			name: "staff mail naming the ref is appended without merging",
			msg: func() *analysis.Mail {
				m := consumerReply("s1@x")
				m.Staff = true
				m.CaseRef = ref
				return m
			},
			wantFiled: true,
		},
		{
			name: "auto-reply naming no case is unfiled",
			msg: func() *analysis.Mail {
				m := consumerReply("o1@x")
				m.Kind = analysis.KindAutoReply
				return m
			},
			wantNote: "auto-reply naming no known case",
		},
		{
			name: "spam is unfiled",
			msg: func() *analysis.Mail {
				m := consumerReply("p1@x")
				m.Kind = analysis.KindSpam
				return m
			},
			wantNote: "spam naming no known case",
		},
		{
			name: "staff mail naming no case is unfiled",
			msg: func() *analysis.Mail {
				m := consumerReply("s2@x")
				m.Kind = analysis.KindComplaint
				m.Staff = true
				return m
			},
			wantNote: "staff mail naming no known case",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{CasePrefix: "YW"})
			first := ingest(t, s, in(1, complaint("first@x")))
			if first.Case.Ref != ref {
				t.Fatalf("first case is %s, want %s", first.Case.Ref, ref)
			}
			m := tc.msg()
			var got Ingested
			res, err := s.Ingest(ctx, in(2, m), func(r Ingested) ([]Outgoing, error) {
				got = r
				return nil, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got.MessageID != res.MessageID || got.NewCase != res.NewCase {
				t.Errorf("respond saw %+v, Ingest returned %+v", got, res)
			}
			if res.NewCase {
				t.Fatalf("opened new case %s, want none", res.Case.Ref)
			}
			if n := countRows(t, s, "cases"); n != 1 {
				t.Errorf("%d cases, want 1", n)
			}
			msg, err := s.MessageByID(ctx, res.MessageID)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.wantFiled {
				if res.Case != nil || msg.CaseID != 0 {
					t.Errorf("filed to %v, want unfiled", res.Case)
				}
				if !strings.Contains(msg.Note, tc.wantNote) {
					t.Errorf("note = %q, want it to contain %q", msg.Note, tc.wantNote)
				}
				unfiled, err := s.UnfiledMessages(ctx)
				if err != nil || len(unfiled) != 1 || unfiled[0].ID != res.MessageID {
					t.Errorf("UnfiledMessages = %+v, %v; want the message", unfiled, err)
				}
				return
			}
			if res.Case == nil || res.Case.Ref != ref || msg.CaseID != first.Case.ID {
				t.Fatalf("filed to %v (row case #%d), want %s", res.Case, msg.CaseID, ref)
			}
			if res.Previous == nil || len(res.Previous.Complainant.Phones) != 1 {
				t.Errorf("Previous = %+v, want the case before the message", res.Previous)
			}
			c := mustCase(t, s, ref)
			merged := len(c.Complainant.Phones) == 2 && c.Complainant.Phones[1] == "+8613900139000"
			if merged != tc.wantMerged {
				t.Errorf("phones = %v; merged = %v, want %v", c.Complainant.Phones, merged, tc.wantMerged)
			}
			if c.Kind != "complaint" || c.Subject != first.Case.Subject || c.ContactAddress != "liwei@example.com" {
				t.Errorf("case changed identity: %+v", c)
			}
			msgs, err := s.CaseMessages(ctx, c.ID)
			if err != nil || len(msgs) != 3 || msgs[2].ID != res.MessageID {
				t.Errorf("CaseMessages = %+v, %v; want complaint, ack, then the message", msgs, err)
			}
		})
	}
}

func TestIngestMergeCompletesCase(t *testing.T) {
	s := openTest(t, Options{CasePrefix: "YW"})
	m := complaint("c1@x")
	m.Complainant = analysis.Complainant{Emails: []string{"liwei@example.com"}}
	m.Respondent = analysis.Respondent{Name: "义乌小商品店"}
	m.Order = analysis.Order{}
	m.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone, analysis.MissingRespondentContact}
	first := ingest(t, s, in(1, m))
	if first.Case.State != StateAwaitingInfo {
		t.Fatalf("state = %s, want awaiting_info", first.Case.State)
	}

	steps := []struct {
		name        string
		msg         *analysis.Mail
		wantState   string
		wantMissing []string
	}{
		{
			name: "name and phone given",
			msg: &analysis.Mail{
				Message: &parser.Message{
					MessageID: "c2@x",
					From:      parser.Address{Address: "liwei@example.com"},
				},
				Kind:        analysis.KindReply,
				CaseRef:     first.Case.Ref,
				Complainant: analysis.Complainant{Name: "李伟", Phones: []string{"+8613800138000"}, Emails: []string{"liwei@example.com", "lw@example.org"}},
				Respondent:  analysis.Respondent{Name: "另一个名字"},
			},
			wantState:   StateAwaitingInfo,
			wantMissing: []string{analysis.MissingRespondentContact},
		},
		{
			name: "shop address given",
			msg: &analysis.Mail{
				Message: &parser.Message{
					MessageID: "c3@x",
					InReplyTo: []string{"c2@x"},
					From:      parser.Address{Address: "liwei@example.com"},
				},
				Kind:       analysis.KindReply,
				Respondent: analysis.Respondent{Address: "国际商贸城二区 12345", Phones: []string{"+8657985550000"}},
				Order:      analysis.Order{Number: "B9", Amount: "30.00", Currency: "CNY"},
			},
			wantState: StateOpen,
		},
	}
	for i, st := range steps {
		res := ingest(t, s, in(uint32(i+2), st.msg))
		if res.Case == nil || res.Case.ID != first.Case.ID {
			t.Fatalf("%s: filed to %v, want %s", st.name, res.Case, first.Case.Ref)
		}
		c := mustCase(t, s, first.Case.Ref)
		if c.State != st.wantState || !equalStrings(c.Missing, st.wantMissing) {
			t.Errorf("%s: state %s missing %v, want %s %v", st.name, c.State, c.Missing, st.wantState, st.wantMissing)
		}
		if res.Case.State != c.State || res.Previous == nil || res.Previous.State == "" {
			t.Errorf("%s: Ingested case %+v / previous %+v do not match the stored %+v", st.name, res.Case, res.Previous, c)
		}
	}
	c := mustCase(t, s, first.Case.Ref)
	if c.Complainant.Name != "李伟" || c.ContactName != "Li Wei" {
		t.Errorf("complainant name %q, contact name %q", c.Complainant.Name, c.ContactName)
	}
	if c.Respondent.Name != "义乌小商品店" {
		t.Errorf("respondent name overwritten: %q", c.Respondent.Name)
	}
	if !equalStrings(c.Complainant.Emails, []string{"liwei@example.com", "lw@example.org"}) {
		t.Errorf("emails = %v, want the known one then the new one", c.Complainant.Emails)
	}
	if c.Order != (analysis.Order{Number: "B9", Amount: "30.00", Currency: "CNY"}) || c.Respondent.Address == "" {
		t.Errorf("order %+v, respondent %+v: want empty fields filled", c.Order, c.Respondent)
	}
	if !c.UpdatedAt.After(c.CreatedAt) {
		t.Errorf("UpdatedAt %v not after CreatedAt %v", c.UpdatedAt, c.CreatedAt)
	}
}

func TestIngestClosedCaseStaysClosed(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	first := ingest(t, s, in(1, complaint("c1@x")))
	if err := s.SetCaseState(ctx, first.Case.Ref, StateClosed); err != nil {
		t.Fatal(err)
	}
	m := complaint("c2@x")
	m.Kind = analysis.KindReply
	m.CaseRef = first.Case.Ref
	res := ingest(t, s, in(2, m))
	if res.Case == nil || res.Case.State != StateClosed || res.Previous.State != StateClosed {
		t.Errorf("Ingested = %+v, want the closed case", res)
	}
	if err := s.SetCaseState(ctx, first.Case.Ref, "archived"); err == nil {
		t.Error("SetCaseState accepted an unknown state")
	}
	wantNotFound(t, s.SetCaseState(ctx, "YW-1999-00001", StateOpen))
}

func TestIngestRespondErrorWritesNothing(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	boom := errors.New("template broken")
	tests := []struct {
		name    string
		respond func(Ingested) ([]Outgoing, error)
	}{
		{"respond fails", func(Ingested) ([]Outgoing, error) { return nil, boom }},
		{"respond returns a mail without Message-ID", func(Ingested) ([]Outgoing, error) {
			return []Outgoing{{Purpose: "ack", To: []string{"a@b"}}}, nil
		}},
		{"respond returns two mails with one Message-ID", func(Ingested) ([]Outgoing, error) {
			o := Outgoing{Purpose: "ack", To: []string{"a@b"}, MessageID: "dup@desk"}
			return []Outgoing{o, o}, nil
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Ingest(ctx, in(5, complaint("c1@x")), tc.respond)
			if err == nil {
				t.Fatal("Ingest succeeded")
			}
			for _, table := range []string{"cases", "messages", "message_raw", "attachments", "outbox", "cursors", "case_counters"} {
				if n := countRows(t, s, table); n != 0 {
					t.Errorf("%s has %d rows after a failed Ingest", table, n)
				}
			}
			if cur, err := s.Cursor(ctx, "INBOX"); err != nil || cur != (Cursor{}) {
				t.Errorf("Cursor = %+v, %v; want the zero cursor", cur, err)
			}
		})
	}
	if !errors.Is(func() error { _, err := s.Ingest(ctx, in(5, complaint("c1@x")), tests[0].respond); return err }(), boom) {
		t.Error("Ingest does not wrap respond's error")
	}
	// The same message later goes through and gets the first number.
	res := ingest(t, s, in(5, complaint("c1@x")))
	if res.Case.Ref != "YW-2026-00001" {
		t.Errorf("ref after failed attempts = %s, want YW-2026-00001", res.Case.Ref)
	}
}

func TestIngestUnparsable(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	raw := []byte("\x00\x01 not mail")
	var seen *Ingested
	res, err := s.Ingest(ctx, Incoming{Folder: "INBOX", UIDValidity: 1, UID: 9, Raw: raw, ParseError: "no header block"},
		func(r Ingested) ([]Outgoing, error) {
			seen = &r
			return []Outgoing{{Purpose: "staff_notice", To: []string{"staff@desk"}, MessageID: "notice-1@desk", Subject: "unreadable mail"}}, nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if seen == nil || seen.Case != nil || seen.MessageID != res.MessageID {
		t.Fatalf("respond saw %+v, want an unfiled message", seen)
	}
	unfiled, err := s.UnfiledMessages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(unfiled) != 2 {
		t.Fatalf("UnfiledMessages = %+v, want the mail and the staff notice", unfiled)
	}
	if u := unfiled[0]; u.Note != "could not be parsed: no header block" || u.Size != int64(len(raw)) || u.Kind != "" {
		t.Errorf("unfiled message = %+v", u)
	}
	if got, err := s.RawMessage(ctx, res.MessageID); err != nil || string(got) != string(raw) {
		t.Errorf("RawMessage = %q, %v", got, err)
	}
	due, err := s.DueMail(ctx, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), 0)
	if err != nil || len(due) != 1 || due[0].CaseRef != "" || due[0].Mail.Purpose != "staff_notice" {
		t.Errorf("DueMail = %+v, %v; want the staff notice about no case", due, err)
	}
	_, err = s.RawMessage(ctx, unfiled[1].ID)
	wantNotFound(t, err)
}

func TestIngestAttachments(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	m := complaint("att@x")
	m.Attachments = []parser.Attachment{
		{Filename: "收据.jpg", ContentType: "image/jpeg", Size: 4, Data: []byte{0xff, 0xd8, 0xff, 0xe0}},
		{Filename: "video.mp4", ContentType: "video/mp4", Size: 90 << 20},
	}
	m.Warnings = []string{"unknown charset x-foo"}
	res := ingest(t, s, in(1, m))
	msg, err := s.MessageByID(ctx, res.MessageID)
	if err != nil {
		t.Fatal(err)
	}
	if len(msg.Attachments) != 2 {
		t.Fatalf("attachments = %+v", msg.Attachments)
	}
	a, b := msg.Attachments[0], msg.Attachments[1]
	if a.Filename != "收据.jpg" || a.ContentType != "image/jpeg" || a.Size != 4 || !a.Stored {
		t.Errorf("first attachment = %+v", a)
	}
	if b.Filename != "video.mp4" || b.Size != 90<<20 || b.Stored {
		t.Errorf("second attachment = %+v", b)
	}
	data, err := s.AttachmentData(ctx, a.ID)
	if err != nil || string(data) != "\xff\xd8\xff\xe0" {
		t.Errorf("AttachmentData = %x, %v", data, err)
	}
	_, err = s.AttachmentData(ctx, b.ID)
	wantNotFound(t, err)
	_, err = s.AttachmentData(ctx, 999)
	wantNotFound(t, err)
	if !strings.Contains(msg.Note, "1 of 2 attachments dropped") || !strings.Contains(msg.Note, "unknown charset x-foo") {
		t.Errorf("note = %q, want the dropped attachment and the warning", msg.Note)
	}
}

func TestCaseByRefNotFound(t *testing.T) {
	s := openTest(t, Options{})
	_, err := s.CaseByRef(context.Background(), "YW-2026-00001")
	wantNotFound(t, err)
	_, err = s.CaseByID(context.Background(), 1)
	wantNotFound(t, err)
	_, err = s.MessageByID(context.Background(), 1)
	wantNotFound(t, err)
}

func TestIngestConcurrent(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	const perWorker = 10
	errs := make(chan error, 2)
	for w := range 2 {
		go func() {
			for i := range perWorker {
				uid := uint32(w*perWorker + i + 1)
				_, err := s.Ingest(ctx, in(uid, complaint(fmt.Sprintf("w%d-%d@x", w, i))), ack)
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	cases, err := s.Cases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.Ref] = true
	}
	if len(cases) != 2*perWorker || len(seen) != 2*perWorker {
		t.Fatalf("%d cases with %d distinct refs, want %d", len(cases), len(seen), 2*perWorker)
	}
	for i := 1; i <= 2*perWorker; i++ {
		if ref := fmt.Sprintf("YW-2026-%05d", i); !seen[ref] {
			t.Errorf("ref %s missing: numbers must run without gaps", ref)
		}
	}
	if cur, _ := s.Cursor(ctx, "INBOX"); cur.LastUID != 2*perWorker {
		t.Errorf("LastUID = %d, want %d", cur.LastUID, 2*perWorker)
	}
}

func TestIngestOwnMailComingBack(t *testing.T) {
	// Our acknowledgement delivered to the station's own inbox (Bcc, list
	// copy) is already recorded as outgoing mail: it is a duplicate.
	s := openTest(t, Options{})
	first := ingest(t, s, in(1, complaint("c1@x")))
	echo := complaint("ack-" + first.Case.Ref + "@desk")
	echo.Staff = true
	res := ingest(t, s, in(2, echo))
	if !res.Duplicate || res.Case == nil || res.Case.ID != first.Case.ID {
		t.Errorf("Ingested = %+v, want a duplicate of the case's outgoing mail", res)
	}
	if n := countRows(t, s, "messages"); n != 2 {
		t.Errorf("%d messages stored, want 2", n)
	}
}

func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir()+"/bench.db", Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; b.Loop(); i++ {
		m := complaint(fmt.Sprintf("bench-%d@x", i))
		if _, err := s.Ingest(ctx, in(uint32(i+1), m), ack); err != nil {
			b.Fatal(err)
		}
	}
}
