package desk

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// sliceSource is an archive of mails in memory; its checkpoint is the
// index of the next mail.
type sliceSource struct {
	mails [][]byte
	next  int
}

func (s *sliceSource) Next() (ArchivedMail, error) {
	if s.next >= len(s.mails) {
		return ArchivedMail{}, io.EOF
	}
	m := s.mails[s.next]
	s.next++
	if m == nil {
		return ArchivedMail{Err: errors.New("unreadable")}, nil
	}
	return ArchivedMail{Body: bytes.NewReader(m), Received: time.Date(2025, 6, 1, 0, 0, s.next, 0, time.UTC)}, nil
}

func (s *sliceSource) Checkpoint() (casefile.ImportCheckpoint, bool) {
	return casefile.ImportCheckpoint{Source: "test", Offset: int64(s.next), Messages: s.next}, true
}

// lf is raw with LF line ends, as archives keep mail.
func lf(raw []byte) []byte { return bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")) }

func noID(subject string) []byte {
	return []byte("From: Zhao Min <zhaomin@mail.example>\nTo: tousu@yweca.org.example\nSubject: " + subject +
		"\nDate: Sun, 01 Mar 2026 09:00:00 +0800\n\n我叫赵敏，电话13900139000。我在义乌某店买的鞋子坏了，商家不退款。订单号B77，金额99元。\n")
}

func (e *env) importMails(t *testing.T, ctx context.Context, src ImportSource, opts ImportOptions) ImportStats {
	t.Helper()
	st, err := e.desk.Import(ctx, src, opts)
	if err != nil {
		t.Fatalf("Import: %v\nlog:\n%s", err, e.logs)
	}
	return st
}

func TestImportSkipsWhatIsFiled(t *testing.T) {
	e := newEnv(t, envOptions{})
	filed := complaintMail("a@mail.example", "a@mail.example", "")
	e.append(t, filed)
	e.mustPoll(t)
	queuedBefore := len(e.outbox(t))

	src := &sliceSource{mails: [][]byte{
		lf(filed), // filed from the inbox: other bytes, same Message-ID
		lf(complaintMail("b@mail.example", "b@mail.example", "")),
		lf(complaintMail("b@mail.example", "b@mail.example", "\nP.S. 再说一次\n")), // same Message-ID again
		noID("没有编号的投诉"),
		noID("没有编号的投诉"), // the same bytes, no Message-ID
		nil,             // unreadable
		[]byte("From: MAILER-DAEMON@mail.example\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\nMessage-ID: <bounce@mail.example>\n\nThis is the mail system.\n"),
	}}
	st := e.importMails(t, t.Context(), src, ImportOptions{Name: "old.mbox", Batch: 2})
	if st.Read != 7 || st.NewCases != 2 || st.Duplicates != 3 || st.Errors != 1 || st.Unfiled != 1 || st.Queued != 0 {
		t.Errorf("stats = %+v, want 7 read, 2 new cases, 3 duplicates, 1 error, 1 unfiled, nothing queued", st)
	}
	if len(st.UnfiledWhy) != 1 {
		t.Errorf("unfiled reasons = %v, want one", st.UnfiledWhy)
	}
	if st.Suppressed != 2*2 {
		t.Errorf("suppressed %d mails, want an ack and a staff notice for each of 2 cases", st.Suppressed)
	}
	if n := len(e.outbox(t)); n != queuedBefore {
		t.Errorf("the outbox went from %d to %d mails: an import must queue nothing", queuedBefore, n)
	}
	cases := e.cases(t)
	if len(cases) != 3 {
		t.Fatalf("got %d cases, want 3", len(cases))
	}
	// Nothing will mail later either: no timers on the imported cases.
	timers, err := e.store.DueTimers(t.Context(), time.Now().AddDate(10, 0, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range timers {
		if tm.CaseID != cases[0].ID {
			t.Errorf("imported case #%d has a %s timer", tm.CaseID, tm.Kind)
		}
	}
	evs, err := e.store.Events(t.Context(), cases[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, ev := range evs {
		if ev.Kind == workflow.EventNote {
			notes = append(notes, ev.Detail)
		}
	}
	if !slices.ContainsFunc(notes, func(s string) bool { return strings.HasPrefix(s, "ack not sent") }) ||
		!slices.ContainsFunc(notes, func(s string) bool { return strings.HasPrefix(s, "staff_notice not sent") }) {
		t.Errorf("notes of the imported case = %q, want the ack and the notice noted as not sent", notes)
	}

	// Again: everything is a duplicate now.
	again := e.importMails(t, t.Context(), &sliceSource{mails: src.mails}, ImportOptions{})
	if again.NewCases != 0 || again.Duplicates != 6 || again.Unfiled != 0 {
		t.Errorf("second import = %+v, want 6 duplicates and nothing new", again)
	}
}

func TestImportSendAcks(t *testing.T) {
	e := newEnv(t, envOptions{})
	src := &sliceSource{mails: [][]byte{lf(complaintMail("a@mail.example", "a@mail.example", ""))}}
	st := e.importMails(t, t.Context(), src, ImportOptions{SendAcks: true})
	if st.NewCases != 1 || st.Queued != 1 || st.Suppressed != 1 {
		t.Fatalf("stats = %+v, want one case, its ack queued and its staff notice not", st)
	}
	o := e.outbox(t)
	if len(o) != 1 || o[0].Mail.Purpose != workflow.PurposeAck {
		t.Errorf("outbox = %+v, want the ack alone", o)
	}
}

// caseDigest is what an import made, independent of row ids and times.
func caseDigest(t *testing.T, e *env) string {
	t.Helper()
	var b strings.Builder
	for _, c := range e.cases(t) {
		ms, err := e.store.CaseMessages(t.Context(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %s %q:", c.Ref, c.Kind, c.State, c.Subject)
		for _, m := range ms {
			fmt.Fprintf(&b, " %s/%s/%s", m.Direction, m.MessageID, m.SHA256)
		}
		b.WriteString("\n")
	}
	un, err := e.store.UnfiledMessages(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range un {
		fmt.Fprintf(&b, "unfiled %s\n", m.SHA256)
	}
	return b.String()
}

func TestImportInterruptedThenResumed(t *testing.T) {
	var mails [][]byte
	for i := range 9 {
		mails = append(mails, lf(complaintMail(fmt.Sprintf("m%d@mail.example", i), fmt.Sprintf("buyer%d@mail.example", i), fmt.Sprintf("第%d封\n", i))))
	}
	mails = append(mails, noID("无编号一"), mails[2], noID("无编号二"))

	whole := newEnv(t, envOptions{})
	whole.importMails(t, t.Context(), &sliceSource{mails: mails}, ImportOptions{Batch: 2})
	want := caseDigest(t, whole)

	for _, k := range []int{1, 4, 7} {
		t.Run(fmt.Sprint("after ", k), func(t *testing.T) {
			e := newEnv(t, envOptions{})
			ctx, cancel := context.WithCancel(t.Context())
			src := &sliceSource{mails: mails}
			_, err := e.desk.Import(ctx, src, ImportOptions{Batch: 2, Progress: func(st ImportStats) {
				if st.Read >= k {
					cancel()
				}
			}})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted import: err = %v, want context.Canceled", err)
			}
			cp, err := e.store.ImportCheckpoint(t.Context(), "test")
			if err != nil {
				t.Fatal(err)
			}
			if cp.Offset < int64(k) || cp.Offset >= int64(len(mails)) {
				t.Errorf("checkpoint at %d after cancelling at %d of %d", cp.Offset, k, len(mails))
			}
			// Resumed from the start: what was filed is skipped.
			e.importMails(t, t.Context(), &sliceSource{mails: mails}, ImportOptions{Batch: 2})
			if got := caseDigest(t, e); got != want {
				t.Errorf("resumed import made\n%s\nuninterrupted made\n%s", got, want)
			}
		})
	}
}

func TestImportPolicy(t *testing.T) {
	ack := workflow.Outgoing{Purpose: workflow.PurposeAck, To: []string{"c@x"}}
	notice := workflow.Outgoing{Purpose: workflow.PurposeStaffNotice, To: []string{"s@x"}}
	remind := workflow.Timer{Kind: workflow.TimerRemind, Due: time.Now()}
	deadline := workflow.Timer{Kind: workflow.TimerAcceptDue, Due: time.Now()}
	clearT := workflow.Timer{Kind: workflow.TimerAcceptWarn, Clear: true}
	tests := []struct {
		name       string
		sendAcks   bool
		wantSend   []string
		wantTimers []string
	}{
		{"default sends nothing and schedules nothing", false, nil, []string{"accept_warn"}},
		{"send-acks: the ack and its reminder", true, []string{"ack"}, []string{"remind", "accept_warn"}},
	}
	for _, tt := range tests {
		p := &importPolicy{sendAcks: tt.sendAcks}
		dec := p.decide(workflow.Decision{Send: []workflow.Outgoing{ack, notice}, Timers: []workflow.Timer{remind, deadline, clearT}})
		var send, timers []string
		for _, o := range dec.Send {
			send = append(send, o.Purpose)
		}
		for _, tm := range dec.Timers {
			timers = append(timers, tm.Kind)
		}
		if !slices.Equal(send, tt.wantSend) || !slices.Equal(timers, tt.wantTimers) {
			t.Errorf("%s: send %v timers %v, want %v %v", tt.name, send, timers, tt.wantSend, tt.wantTimers)
		}
		if want := 2 - len(tt.wantSend); p.suppressed != want || len(dec.Events) != want+1 {
			t.Errorf("%s: %d suppressed, events %+v; want %d noted and the timers noted", tt.name, p.suppressed, dec.Events, want)
		}
	}
}

func TestCRLFReader(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"LF", "a\nb\n", "a\r\nb\r\n"},
		{"CRLF kept", "a\r\nb\r\n", "a\r\nb\r\n"},
		{"mixed", "a\r\nb\nc", "a\r\nb\r\nc"},
		{"lone CR kept", "a\rb\n", "a\rb\r\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		// One byte at a time: a CR and its LF in different reads.
		got, err := io.ReadAll(&crlfReader{r: &oneByte{strings.NewReader(tt.in)}})
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func TestImportOversizeMailKeptWithReason(t *testing.T) {
	e := newEnv(t, envOptions{cfg: func(c *Config) { c.MaxMessageBytes = 4 << 10 }})
	big := lf(complaintMail("big@mail.example", "big@mail.example", strings.Repeat("附件说明。\n", 2000)))
	st := e.importMails(t, t.Context(), &sliceSource{mails: [][]byte{big}}, ImportOptions{})
	if st.NewCases != 1 {
		t.Fatalf("stats = %+v, want the mail filed", st)
	}
	ms, err := e.store.CaseMessages(t.Context(), e.cases(t)[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || !strings.Contains(ms[0].Note, "above policy.max_message_bytes") || ms[0].Size <= int64(len(big)) {
		t.Errorf("stored %+v, want the whole mail (CRLF, %d+ bytes) with the size noted", ms, len(big))
	}
}
