package workflow

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/calendar"
)

// The acceptance deadline counts working days on the operator's calendar:
// a complaint received the day before the National Day week is due eight
// days after the holiday, counting the make-up Saturday.
func TestDeadlinesOnAHolidayCalendar(t *testing.T) {
	cal, err := calendar.Parse(strings.NewReader(`# National Day 2026
2026-10-01 holiday
2026-10-02 holiday
2026-10-03 holiday
2026-10-04 holiday
2026-10-05 holiday
2026-10-06 holiday
2026-10-07 holiday
2026-10-10 workday
`), "test")
	if err != nil {
		t.Fatal(err)
	}
	shanghai := time.FixedZone("CST", 8*3600)
	s := station
	s.Calendar, s.Location = cal, shanghai
	received := time.Date(2026, 9, 30, 10, 0, 0, 0, shanghai)
	d := FileMail(s, MailFiled{Mail: mail(nil), Now: received})
	warn, _ := timerOf(d, TimerAcceptWarn)
	due, _ := timerOf(d, TimerAcceptDue)
	// Working days: Oct 8, 9, 10 (make-up Saturday), 12, 13 | 14, 15.
	if want := time.Date(2026, 10, 14, 0, 0, 0, 0, shanghai); !warn.Due.Equal(want) {
		t.Errorf("warning due %v, want %v (two working days before the deadline)", warn.Due, want)
	}
	if want := time.Date(2026, 10, 16, 0, 0, 0, 0, shanghai); !due.Due.Equal(want) {
		t.Errorf("deadline %v, want %v (the end of the 7th working day)", due.Due, want)
	}

	c := d.Case
	c.ID, c.Ref, c.CreatedAt = 9, "YW-2026-00009", received
	w := FireTimer(s, TimerDue{Case: c, Kind: TimerAcceptWarn, Now: warn.Due})
	if len(w.Send) != 1 || w.Send[0].Notice != NoticeDeadline || !slices.Equal(w.Send[0].To, station.StaffNotify) {
		t.Errorf("warning: %+v, want a deadline notice to staff", w.Send)
	}
	if _, _, over := s.Overdue(c, due.Due.Add(-time.Second)); over {
		t.Error("overdue a second before the deadline")
	}
	if which, _, over := s.Overdue(c, due.Due); !over || which != "acceptance" {
		t.Errorf("Overdue at the deadline = %q, %v; want acceptance, true", which, over)
	}

	// Accepted: mediation begins, its deadline replaces the first.
	c.State = StateOpen
	med := FileMail(s, MailFiled{Mail: staffMailOf("您好，我们已受理。", nil), Case: c, Now: warn.Due.Add(-time.Hour), TokenRef: c.Ref})
	if med.Case.State != StateInMediation || med.Case.AcceptedAt.IsZero() {
		t.Fatalf("after the staff reply: %s, accepted %v", med.Case.State, med.Case.AcceptedAt)
	}
	if cl, ok := timerOf(med, TimerAcceptDue); !ok || !cl.Clear {
		t.Errorf("timers %+v, want the acceptance deadline cleared", med.Timers)
	}
	if md, ok := timerOf(med, TimerMediateDue); !ok || md.Clear || !md.Due.After(due.Due) {
		t.Errorf("timers %+v, want a mediation deadline", med.Timers)
	}
	// A stale acceptance warning of an accepted case says nothing.
	if late := FireTimer(s, TimerDue{Case: med.Case, Kind: TimerAcceptWarn, Now: warn.Due}); len(late.Send) != 0 {
		t.Errorf("a warning for an accepted case: %+v", late.Send)
	}
}
