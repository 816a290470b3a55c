package workflow

import (
	"slices"
	"time"

	"github.com/yweca/redress/analysis"
)

// China's rules for handling consumer complaints: a complaint is accepted
// (mediation begins) or rejected within AcceptWithin working days of its
// receipt, and mediation ends within MediateWithin working days of
// acceptance. Working days come from the operator's calendar of public
// holidays and make-up working days (调休). Staff are warned in the case's
// thread two working days before a deadline and told when it has passed.

// Defaults of the deadlines, in working days.
const (
	DefaultAcceptWithin  = 7
	DefaultMediateWithin = 45
	// warnBefore is how many working days ahead staff are warned.
	warnBefore = 2
)

// Timers of the deadlines.
const (
	TimerAcceptWarn  = "accept_warn"
	TimerAcceptDue   = "accept_due"
	TimerMediateWarn = "mediate_warn"
	TimerMediateDue  = "mediate_due"
)

// Staff notices of the deadlines.
const (
	NoticeDeadline = "deadline" // a deadline is two working days away
	NoticeOverdue  = "overdue"  // a deadline has passed
)

func (s Settings) acceptWithin() int {
	if s.AcceptWithin <= 0 {
		return DefaultAcceptWithin
	}
	return s.AcceptWithin
}

func (s Settings) mediateWithin() int {
	if s.MediateWithin <= 0 {
		return DefaultMediateWithin
	}
	return s.MediateWithin
}

// deadlineTimers are a deadline's warning and due timers for a period of
// days working days from start.
func (s Settings) deadlineTimers(start time.Time, days int, warn, due string) []Timer {
	start = start.In(s.location())
	var t []Timer
	if days > warnBefore {
		t = append(t, Timer{Kind: warn, Due: s.Calendar.AddWorkdays(start, days-warnBefore)})
	}
	return append(t, Timer{Kind: due, Due: s.Calendar.AddWorkdays(start, days)})
}

func (s Settings) location() *time.Location {
	if s.Location == nil {
		return time.UTC
	}
	return s.Location
}

// withDeadlines keeps the deadline timers of d in step with its case: a
// new complaint gets the acceptance deadline; acceptance (the first move
// to in_mediation) ends it and starts the mediation deadline; a resolved
// or closed case has none. before is the state before the decision.
func withDeadlines(s Settings, d *Decision, before string, now time.Time) {
	c := d.Case
	if c == nil {
		return
	}
	clear := func(kinds ...string) {
		for _, k := range kinds {
			d.Timers = append(d.Timers, Timer{Kind: k, Clear: true})
		}
	}
	switch {
	case c.State == StateResolved || c.State == StateClosed:
		if before != StateResolved && before != StateClosed {
			clear(TimerAcceptWarn, TimerAcceptDue, TimerMediateWarn, TimerMediateDue)
		}
	case c.State == StateInMediation && before != StateInMediation && c.AcceptedAt.IsZero():
		c.AcceptedAt = now
		clear(TimerAcceptWarn, TimerAcceptDue)
		d.Timers = append(d.Timers, s.deadlineTimers(now, s.mediateWithin(), TimerMediateWarn, TimerMediateDue)...)
	case d.NewCase && c.Kind == string(analysis.KindComplaint):
		d.Timers = append(d.Timers, s.deadlineTimers(now, s.acceptWithin(), TimerAcceptWarn, TimerAcceptDue)...)
	}
}

// deadlineFired decides a deadline timer: staff are told in the case's
// thread, if the deadline still applies to the case.
func deadlineFired(s Settings, ev TimerDue) Decision {
	c := ev.Case.clone()
	// A deadline timer fires once: left in place it would stay due and
	// warn staff again on every cycle.
	d := Decision{Case: c, Timers: []Timer{{Kind: ev.Kind, Clear: true}}}
	applies := false
	switch ev.Kind {
	case TimerAcceptWarn, TimerAcceptDue:
		applies = c.State == StateAwaitingInfo || c.State == StateOpen
	case TimerMediateWarn, TimerMediateDue:
		applies = c.State == StateInMediation
	}
	if !applies {
		return d
	}
	notice, what := NoticeDeadline, "deadline in two working days: "
	if ev.Kind == TimerAcceptDue || ev.Kind == TimerMediateDue {
		notice, what = NoticeOverdue, "deadline passed: "
	}
	which := "acceptance (accept or reject the complaint)"
	if ev.Kind == TimerMediateWarn || ev.Kind == TimerMediateDue {
		which = "mediation"
	}
	d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventNote, Detail: what + which})
	if len(s.StaffNotify) > 0 {
		d.Send = append(d.Send, Outgoing{Purpose: PurposeStaffNotice, Notice: notice, Deadline: which,
			To: slices.Clone(s.StaffNotify), AutoSubmitted: "auto-generated"})
	}
	return d
}

// Overdue says whether a case is past a deadline at now, which one, and
// when it was due.
func (s Settings) Overdue(c *Case, now time.Time) (which string, due time.Time, overdue bool) {
	switch {
	case (c.State == StateAwaitingInfo || c.State == StateOpen) && c.Kind == string(analysis.KindComplaint) && !c.CreatedAt.IsZero():
		which, due = "acceptance", s.Calendar.AddWorkdays(c.CreatedAt.In(s.location()), s.acceptWithin())
	case c.State == StateInMediation && !c.AcceptedAt.IsZero():
		which, due = "mediation", s.Calendar.AddWorkdays(c.AcceptedAt.In(s.location()), s.mediateWithin())
	default:
		return "", time.Time{}, false
	}
	return which, due, !now.Before(due)
}

// DeadlineDue is when the deadline which ("acceptance" or "mediation", as
// Overdue names them) whose clock started at start falls due, in working
// days on the station's calendar: what redress stats counts deadlines met
// and missed against.
func (s Settings) DeadlineDue(which string, start time.Time) time.Time {
	days := s.acceptWithin()
	if which == "mediation" {
		days = s.mediateWithin()
	}
	return s.Calendar.AddWorkdays(start.In(s.location()), days)
}
