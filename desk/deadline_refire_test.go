package desk

import (
	"testing"
	"time"

	"github.com/yweca/redress/workflow"
)

// A deadline warning reaches staff once: the fired timer does not stay
// due and repeat its notice on every later cycle.
func TestDeadlineWarningFiresOnce(t *testing.T) {
	clk := &clock{t: time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)}
	e := newEnv(t, envOptions{now: clk.Now})
	e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
	e.mustPoll(t)
	notices := func() int {
		n := 0
		for _, m := range e.outbox(t) {
			if m.Mail.Purpose == workflow.PurposeStaffNotice {
				n++
			}
		}
		return n
	}
	before := notices()
	clk.Add(8 * 24 * time.Hour) // six working days: past the warning, not yet the deadline
	e.mustPoll(t)
	first := notices() - before
	for range 3 {
		clk.Add(time.Minute)
		e.mustPoll(t)
	}
	if got := notices() - before; got != first {
		t.Fatalf("deadline notices: %d after the first cycle, %d after three more cycles; want no repeats", first, got)
	}
	if first == 0 {
		t.Fatalf("no deadline notice at all")
	}
}
