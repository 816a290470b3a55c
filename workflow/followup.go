package workflow

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
)

// followUp decides a mail on an existing case.
//
// A consumer's mail is merged into the case (empty details filled,
// missing recomputed) and reaches staff as a notice in the case's
// thread. It moves the case:
//   - awaiting_info → open when nothing required is missing any more
//     (staff are told the case is complete; the reminders stop);
//   - resolved or closed → open: the consumer wrote again (staff are
//     told);
//   - in_mediation and open stay where they are.
//
// A mail that asks the station to act against a merchant makes an
// inquiry a complaint, with the details a complaint requires: if some are
// missing, the consumer is asked for them and the case awaits them.
//
// Mail of staff and machines is recorded on the case and changes nothing.
func followUp(s Settings, ev MailFiled) Decision {
	m := ev.Mail
	if m.Staff && m.Kind != analysis.KindBounce && m.Kind != analysis.KindAutoReply {
		return staffMail(s, ev)
	}
	c := ev.Case.clone()
	d := Decision{Case: c}
	d.Events = append(d.Events, Event{Actor: actorOf(m), Kind: EventMailIn, Detail: string(m.Kind)})
	if m.Kind == analysis.KindBounce && m.Bounce != nil {
		bounced(s, &d, m)
		return d
	}
	if !consumerMail(m) {
		return d
	}
	if c.Undeliverable != "" && strings.EqualFold(m.From.Address, c.ContactAddress) {
		c.Undeliverable = ""
		d.Events = append(d.Events, Event{Actor: ActorConsumer, Kind: EventNote, Detail: "the consumer's address works again: mail to it resumes"})
	}
	before := c.State
	merge(c, m, s.Station.Required)

	if c.Kind == string(analysis.KindInquiry) && m.Kind == analysis.KindComplaint {
		// Kind is decided for the case, not only by its first mail.
		c.Kind = string(analysis.KindComplaint)
		c.Missing = analysis.Missing(c.Complainant, c.Respondent, s.Station.Required)
		d.Events = append(d.Events, Event{Actor: ActorConsumer, Kind: EventKind, Detail: "the consumer asks the station to act against a merchant: now a complaint"})
		if len(c.Missing) > 0 && (c.State == StateOpen || c.State == StateAwaitingInfo) {
			d.Send = append(d.Send, toConsumer(c, PurposeAck, m))
		}
	}

	notice := NoticeFollowUp
	switch {
	case before == StateResolved || before == StateClosed:
		// Reopened; a complaint still missing details awaits them again
		// (with its reminders).
		to := StateOpen
		if len(c.Missing) > 0 && c.Kind == string(analysis.KindComplaint) {
			to = StateAwaitingInfo
		}
		moveTo(&d, ActorConsumer, to, "the consumer wrote again")
		notice = NoticeReopened
	case len(c.Missing) > 0 && before == StateOpen:
		moveTo(&d, ActorConsumer, StateAwaitingInfo, "required details are missing")
	case len(c.Missing) == 0 && before == StateAwaitingInfo:
		moveTo(&d, ActorConsumer, StateOpen, "the consumer gave the missing details")
		notice = NoticeComplete
	}
	switch {
	case c.State == StateAwaitingInfo && before != StateAwaitingInfo:
		c.Reminders = 0
		d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Due: ev.Now.Add(s.remindAfter())})
	case c.State == StateAwaitingInfo:
		// An answer that is not yet complete: the next reminder waits
		// its full time again.
		d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Due: ev.Now.Add(s.remindAfter())})
	case before == StateAwaitingInfo:
		d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Clear: true})
	}
	if len(s.StaffNotify) > 0 {
		d.Send = append(d.Send, Outgoing{Purpose: PurposeStaffNotice, Notice: notice, To: slices.Clone(s.StaffNotify),
			InReplyTo: m.MessageID, References: threadRefs(m), AutoSubmitted: "auto-generated"})
	}
	return d
}

// bounced decides a delivery report about one of the case's mails. A
// permanent failure for the consumer's address flags it undeliverable: no
// more mail goes to it, and staff are told (the case goes on by phone if a
// number is known). A delay, or a failure for another address, is only
// recorded.
func bounced(s Settings, d *Decision, m *analysis.Mail) {
	c, b := d.Case, m.Bounce
	forContact := slices.ContainsFunc(b.Recipients, func(r string) bool { return strings.EqualFold(r, c.ContactAddress) })
	if len(b.Recipients) == 0 {
		forContact = slices.ContainsFunc(b.OriginalTo, func(r string) bool { return strings.EqualFold(r, c.ContactAddress) })
	}
	why := strings.TrimSpace(b.Status + " " + b.Diagnostic)
	switch {
	case !b.Permanent:
		d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventNote, Detail: "delivery delayed: " + why})
		return
	case !forContact:
		d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventNote,
			Detail: fmt.Sprintf("delivery failed for %s, not the consumer's address: %s", strings.Join(b.Recipients, ", "), why)})
		return
	case c.Undeliverable != "":
		return // already known
	}
	if why == "" {
		why = "the mail came back"
	}
	c.Undeliverable = why
	d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventNote,
		Detail: "the consumer's address is undeliverable (" + why + "): no more mail is sent to it"})
	if len(s.StaffNotify) > 0 {
		d.Send = append(d.Send, Outgoing{Purpose: PurposeStaffNotice, Notice: NoticeUndeliverable, To: slices.Clone(s.StaffNotify),
			InReplyTo: m.MessageID, References: threadRefs(m), AutoSubmitted: "auto-generated"})
	}
}

// toConsumer is a mail from the station to the case's consumer, in the
// thread of m (nil: the caller threads it under the case's latest mail).
func toConsumer(c *Case, purpose string, m *analysis.Mail) Outgoing {
	o := Outgoing{Purpose: purpose, To: []string{c.ContactAddress}, AutoSubmitted: "auto-replied"}
	if m != nil {
		o.Language = analysis.ReplyLanguage(m.Language, m.Text)
		o.InReplyTo, o.References = m.MessageID, threadRefs(m)
	} else {
		o.Language = c.Language
		o.AutoSubmitted = "auto-generated"
	}
	return o
}

// TimerDue is the event "a timer of the case fell due".
type TimerDue struct {
	Case *Case
	Kind string
	Now  time.Time
}

// FireTimer decides a timer that fell due. A reminder timer reminds the
// consumer of what is still missing, up to MaxReminders times, each
// RemindAfter apart; when the last reminder has waited RemindAfter too,
// the case closes as unreachable and staff are told. A timer of a case
// that no longer awaits information is dropped.
func FireTimer(s Settings, ev TimerDue) Decision {
	if ev.Kind != TimerRemind {
		return deadlineFired(s, ev)
	}
	d := fireRemind(s, ev)
	withDeadlines(s, &d, ev.Case.State, ev.Now)
	return d
}

func fireRemind(s Settings, ev TimerDue) Decision {
	c := ev.Case.clone()
	d := Decision{Case: c}
	if c.State != StateAwaitingInfo {
		d.Timers = append(d.Timers, Timer{Kind: ev.Kind, Clear: true})
		return d
	}
	if c.Reminders < s.maxReminders() && c.Undeliverable == "" && c.ContactAddress != "" {
		c.Reminders++
		o := toConsumer(c, PurposeReminder, nil)
		o.Reminder = c.Reminders
		d.Send = append(d.Send, o)
		d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventReminder,
			Detail: fmt.Sprintf("reminder %d of %d", c.Reminders, s.maxReminders())})
		d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Due: ev.Now.Add(s.remindAfter())})
		return d
	}
	c.State, c.CloseReason = StateClosed, CloseUnreachable
	why := fmt.Sprintf("no answer after %d reminders", c.Reminders)
	if c.Undeliverable != "" {
		why = "the consumer's address is undeliverable: " + c.Undeliverable
	}
	d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventState, From: StateAwaitingInfo, To: StateClosed,
		Detail: CloseUnreachable + ": " + why})
	d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Clear: true})
	if len(s.StaffNotify) > 0 {
		d.Send = append(d.Send, Outgoing{Purpose: PurposeStaffNotice, Notice: NoticeUnreachable,
			To: slices.Clone(s.StaffNotify), AutoSubmitted: "auto-generated"})
	}
	return d
}
