package desk

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// clock is a settable store clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func (e *env) outbox(t *testing.T) []casefile.OutboxMail {
	t.Helper()
	due, err := e.store.DueMail(t.Context(), time.Now().Add(100*24*time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	return due
}

// A case awaiting details is reminded twice, 72h apart, then closed as
// unreachable with staff told; the consumer's late answer — In-Reply-To
// the reminder only, as webmail sends it — reopens it and completes it.
func TestRemindersThenUnreachableThenReopened(t *testing.T) {
	clk := &clock{t: time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)}
	e := newEnv(t, envOptions{now: clk.Now, cfg: func(c *Config) {
		c.Workflow.RemindAfter, c.Workflow.MaxReminders = 72*time.Hour, 2
	}})
	noPhone := bytes.Replace(complaintMail("c1@mail.example", "liwei@mail.example", ""), []byte("电话13800138000。"), nil, 1)
	e.append(t, noPhone)
	st := e.mustPoll(t)
	cs := e.cases(t)
	if st.NewCases != 1 || cs[0].State != casefile.StateAwaitingInfo {
		t.Fatalf("stats %+v cases %+v, want one case awaiting info", st, cs)
	}
	ref := cs[0].Ref

	// Nothing before the time is up.
	clk.Add(71 * time.Hour)
	if st := e.mustPoll(t); st.Reminders != 0 {
		t.Fatalf("reminded after 71h: %+v", st)
	}
	var reminderIDs []string
	for i := 1; i <= 2; i++ {
		clk.Add(72 * time.Hour)
		st := e.mustPoll(t)
		if st.Reminders != 1 {
			t.Fatalf("round %d: %+v, want one reminder", i, st)
		}
		last := e.outbox(t)
		r := last[len(last)-1]
		if r.Mail.Purpose != workflow.PurposeReminder || r.Mail.To[0] != "liwei@mail.example" ||
			!strings.Contains(r.Mail.Subject, "["+ref+"]") || r.Mail.InReplyTo != "c1@mail.example" {
			t.Fatalf("reminder %d: %+v", i, r.Mail)
		}
		if !strings.Contains(r.Mail.Text, "电话") || strings.Contains(r.Mail.Text, "您的姓名") {
			t.Errorf("reminder %d does not name only what is missing:\n%s", i, r.Mail.Text)
		}
		reminderIDs = append(reminderIDs, r.Mail.MessageID)
	}
	clk.Add(72 * time.Hour)
	st = e.mustPoll(t)
	c, _ := e.store.CaseByRef(t.Context(), ref)
	if st.Closed != 1 || c.State != casefile.StateClosed || c.CloseReason != casefile.CloseUnreachable {
		t.Fatalf("after the last reminder: %+v, case %s %s; want closed unreachable", st, c.State, c.CloseReason)
	}
	last := e.outbox(t)
	if n := last[len(last)-1]; n.Mail.Purpose != workflow.PurposeStaffNotice || !strings.Contains(n.Mail.Subject, "unreachable") {
		t.Errorf("staff not told: %+v", n.Mail)
	}
	clk.Add(30 * 24 * time.Hour)
	if st := e.mustPoll(t); st.Reminders != 0 || st.Closed != 0 {
		t.Errorf("a closed case's timers still fire: %+v", st)
	}

	// The late answer, with In-Reply-To only.
	e.append(t, []byte("From: Li Wei <liwei@mail.example>\r\nTo: tousu@yweca.org.example\r\nSubject: 回复\r\n"+
		"Message-ID: <late@mail.example>\r\nIn-Reply-To: <"+reminderIDs[1]+">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n电话：13800138000\r\n"))
	st = e.mustPoll(t)
	c, _ = e.store.CaseByRef(t.Context(), ref)
	if st.NewCases != 0 || st.Appended != 1 || c.State != casefile.StateOpen || len(c.Missing) != 0 {
		t.Fatalf("late answer: %+v, case %s missing %v; want it joined, reopened and complete", st, c.State, c.Missing)
	}
	evs, _ := e.store.Events(t.Context(), c.ID)
	var kinds []string
	for _, ev := range evs {
		if ev.Kind == workflow.EventNote {
			continue // the acceptance deadline's warning and overdue notes
		}
		kinds = append(kinds, ev.Kind+":"+ev.ToState)
	}
	want := "opened:awaiting_info reminder: reminder: state:closed mail_in: state:open"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("timeline %q, want %q", got, want)
	}
}
