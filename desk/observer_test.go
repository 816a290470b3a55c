package desk

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
)

// recorder is an Observer that keeps what it was told.
type recorder struct {
	mu         sync.Mutex
	opened     map[string]int
	suppressed int
	idle       []bool
}

func (r *recorder) CaseOpened(kind string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.opened == nil {
		r.opened = map[string]int{}
	}
	r.opened[kind]++
}

func (r *recorder) MailSuppressed(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.suppressed += n
}

func (r *recorder) IdleConnected(on bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.idle = append(r.idle, on)
}

func TestObserverToldAfterCommit(t *testing.T) {
	e := newEnv(t, envOptions{})
	rec := &recorder{}
	e.desk.Observer = rec
	// Five complaints from one address: the acknowledgements beyond the
	// day's three (policy.ack_limit's default) are held back.
	for _, id := range []string{"o1@mail.example", "o2@mail.example", "o3@mail.example", "o4@mail.example", "o5@mail.example"} {
		e.append(t, complaintMail(id, "liwei@mail.example", ""))
	}
	st := e.mustPoll(t)
	if st.NewCases != 5 {
		t.Fatalf("stats %+v, want 5 new cases", st)
	}
	if rec.opened["complaint"] != 5 || len(rec.opened) != 1 {
		t.Errorf("CaseOpened calls %v, want complaint: 5", rec.opened)
	}
	if rec.suppressed != 2 {
		t.Errorf("MailSuppressed total %d, want 2 (5 acknowledgements, 3 a day)", rec.suppressed)
	}

	// Waiting on the kept connection reports IDLE; Close reports it gone.
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	e.desk.Wait(ctx, time.Now().Add(time.Minute))
	e.desk.Close()
	if len(rec.idle) < 2 || !rec.idle[0] || rec.idle[len(rec.idle)-1] {
		t.Errorf("IdleConnected calls %v, want true while waiting, then false after Close", rec.idle)
	}
}

func TestObserverNoIdleOnNoopServer(t *testing.T) {
	e := newEnv(t, envOptions{imap: &mailboxtest.Options{Quirks: mailboxtest.Quirks{NoIdle: true}}})
	rec := &recorder{}
	e.desk.Observer = rec
	e.mustPoll(t)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	e.desk.Wait(ctx, time.Now().Add(time.Minute))
	if len(rec.idle) == 0 || rec.idle[0] {
		t.Errorf("IdleConnected calls %v on a server without IDLE, want false", rec.idle)
	}
}
