package workflow

import (
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
)

// staffMail decides a staff member's mail on a case.
//
// Only a verified staff reply — one whose In-Reply-To/References carry a
// valid token of this case's notices — is acted on: its commands applied
// in order, its text relayed to the consumer from the station (unless
// #note), and the case moved to in_mediation unless a command set the
// state. Mail From a staff address without the token is recorded as an
// unverified note and nothing else; the sender is told why. A command
// that is wrong applies nothing of the mail; the sender is told which line
// and why.
func staffMail(s Settings, ev MailFiled) Decision {
	m := ev.Mail
	c := ev.Case.clone()
	d := Decision{Case: c}
	actor := strings.ToLower(m.From.Address)
	verified := ev.TokenRef != "" && strings.EqualFold(ev.TokenRef, c.Ref) &&
		(!s.RequireAuthentication || Authenticated(m.AuthResults, s.AuthservID))
	if why := automatic(m); why != "" {
		// An auto-responder at a staff address answering a notice carries
		// its token, but is no staff reply: relaying it, or answering it,
		// could start a loop.
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote,
			Detail: "automatic mail from a staff address (" + why + "): recorded, nothing relayed or changed"})
		d.Note = "automatic mail (" + why + "): not relayed, nothing changed"
		return d
	}
	if c.ContactAddress != "" && addressed(m, c.ContactAddress) && !verified {
		// Written to the consumer directly, answering none of our
		// notices: recorded, not relayed (the consumer has it already),
		// and nothing changed: From alone proves nothing.
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventMailIn,
			Detail: "staff wrote to the consumer directly (unverified: it answers none of the case's notices; nothing changed)"})
		return d
	}
	direct := c.ContactAddress != "" && addressed(m, c.ContactAddress)
	if !verified {
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote,
			Detail: "unverified staff mail: it answers none of the case's notices (no valid token), so nothing was relayed or changed"})
		d.Note = "unverified: From a staff address but answering none of our case notices; not relayed, nothing changed"
		d.Send = append(d.Send, replyToStaff(m, ProblemUnverified, "", "")...)
		return d
	}
	cmds, text, cerr := ParseCommands(m.Text)
	if cerr == nil {
		cerr = checkCommands(s, cmds, c, ev.MergeTarget)
	}
	if cerr != nil {
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote,
			Detail: "staff reply with a wrong command, nothing applied: " + cerr.Error()})
		d.Note = "not acted on: " + cerr.Error()
		d.Send = append(d.Send, replyToStaff(m, ProblemCommand, cerr.Line, cerr.Problem)...)
		return d
	}
	if direct {
		// A verified reply that also went to the consumer: its commands
		// count, its text is not relayed again.
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventMailIn, Detail: "staff wrote to the consumer directly"})
		applyCommands(s, &d, cmds, "", actor, ev.MergeTarget)
		if !slices.ContainsFunc(cmds, func(c Command) bool { return c.Name == "status" || c.Name == "close" || c.Name == "merge" }) &&
			(c.State == StateOpen || c.State == StateAwaitingInfo) {
			moveTo(&d, actor, StateInMediation, "staff answered the consumer")
		}
	} else {
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventMailIn, Detail: "staff reply"})
		applyCommands(s, &d, cmds, text, actor, ev.MergeTarget)
	}
	d.Timers = timersFor(s, ev.Case.State, c.State, ev)
	return d
}

// checkCommands checks what the commands need beyond their own line:
// #assign names a staff address, #merge an open case other than this one.
func checkCommands(s Settings, cmds []Command, c *Case, target *Case) *CommandError {
	for _, cmd := range cmds {
		if cmd.Name == "assign" && !analysis.IsStation(cmd.Address, s.Station) {
			return &CommandError{cmd.Line, cmd.Address + " is not a staff address (staff.addresses or the station's domain)"}
		}
		if cmd.Name != "merge" {
			continue
		}
		switch {
		case strings.EqualFold(cmd.Ref, c.Ref):
			return &CommandError{cmd.Line, "a case cannot be merged into itself"}
		case target == nil || !strings.EqualFold(target.Ref, cmd.Ref):
			return &CommandError{cmd.Line, "there is no case " + cmd.Ref}
		case target.State == StateClosed:
			return &CommandError{cmd.Line, "case " + cmd.Ref + " is closed: reopen it first, or merge the other way"}
		case !sameComplainant(c, target):
			// The consumer's later mail and the staff's replies would go
			// to someone else's case.
			return &CommandError{cmd.Line, "case " + cmd.Ref + " is another consumer's (no e-mail address or phone in common): only the same consumer's cases are merged"}
		}
	}
	return nil
}

// MergeRef is the case a #merge among the commands of text names, "" none:
// the caller looks it up for MailFiled.MergeTarget.
func MergeRef(text string) string {
	cmds, _, err := ParseCommands(text)
	if err != nil {
		return ""
	}
	for _, c := range cmds {
		if c.Name == "merge" {
			return c.Ref
		}
	}
	return ""
}

// mergeInto folds d's case into target: the case closes as a duplicate, the
// target gains what it did not know, both timelines say so, and the
// consumer is told the reference to use from now on.
func mergeInto(s Settings, d *Decision, target *Case, actor string) {
	c, t := d.Case, target.clone()
	before := c.State
	c.State, c.CloseReason, c.MergedInto = StateClosed, CloseDuplicate, t.ID
	d.Events = append(d.Events, Event{Actor: actor, Kind: EventState, From: before, To: StateClosed,
		Detail: CloseDuplicate + ": merged into " + t.Ref})
	fillParties(t, c)
	if t.Kind == string(analysis.KindComplaint) {
		t.Missing = analysis.Missing(t.Complainant, t.Respondent, s.Station.Required)
	}
	m := &Merge{Into: t}
	m.Events = append(m.Events, Event{Actor: actor, Kind: EventCommand, Detail: "case " + c.Ref + " merged into this one"})
	if c.ContactAddress != "" && c.Undeliverable == "" {
		m.Send = append(m.Send, Outgoing{Purpose: PurposeRelay, To: []string{c.ContactAddress},
			Text: "您的案件 " + c.Ref + " 已并入案件 " + t.Ref + "，今后请使用案件编号 " + t.Ref + "。\n" +
				"Your case " + c.Ref + " is now handled under " + t.Ref + ": please use " + t.Ref + " from now on."})
	}
	d.Merge = m
}

// fillParties fills what dst does not know from src.
func fillParties(dst, src *Case) {
	fill := func(a *string, b string) {
		if *a == "" {
			*a = b
		}
	}
	fill(&dst.Complainant.Name, src.Complainant.Name)
	fill(&dst.Complainant.Address, src.Complainant.Address)
	dst.Complainant.Phones = appendNew(dst.Complainant.Phones, src.Complainant.Phones...)
	dst.Complainant.Emails = appendNew(dst.Complainant.Emails, src.Complainant.Emails...)
	fill(&dst.Respondent.Name, src.Respondent.Name)
	fill(&dst.Respondent.Address, src.Respondent.Address)
	dst.Respondent.URLs = appendNew(dst.Respondent.URLs, src.Respondent.URLs...)
	dst.Respondent.Phones = appendNew(dst.Respondent.Phones, src.Respondent.Phones...)
	fill(&dst.Order.Number, src.Order.Number)
	if dst.Order.Amount == "" {
		dst.Order.Amount, dst.Order.Currency = src.Order.Amount, src.Order.Currency
	}
}

// applyCommands applies staff commands to the decision's case in order,
// then relays text to the consumer (unless #note, or it is empty), moving
// the case to in_mediation when no command set its state.
func applyCommands(s Settings, d *Decision, cmds []Command, text, actor string, target *Case) {
	c := d.Case
	note, stateSet := false, false
	for _, cmd := range cmds {
		detail := cmd.Line
		switch cmd.Name {
		case "merge":
			mergeInto(s, d, target, actor)
			stateSet = true
			continue
		case "note":
			note = true
		case "status":
			moveTo(d, actor, cmd.State, cmd.Line)
			stateSet = true
		case "close":
			before := c.State
			c.State, c.CloseReason = StateClosed, cmd.Reason
			d.Events = append(d.Events, Event{Actor: actor, Kind: EventState, From: before, To: StateClosed,
				Detail: strings.TrimSpace(cmd.Reason + " " + cmd.Text)})
			stateSet = true
		case "recovered":
			d.Recoveries = append(d.Recoveries, Recovery{Amount: cmd.Amount, Currency: cmd.Currency, Actor: actor})
		case "kind":
			c.Kind = cmd.Kind
			c.Missing = nil
			if c.Kind == string(analysis.KindComplaint) {
				c.Missing = analysis.Missing(c.Complainant, c.Respondent, s.Station.Required)
			}
		case "assign":
			c.AssignedTo = cmd.Address
		case "respondent":
			c.Respondent.Name = cmd.Party.Name
			c.Respondent.URLs = appendNew(c.Respondent.URLs, cmd.Party.URLs...)
			c.Respondent.Phones = appendNew(c.Respondent.Phones, cmd.Party.Phones...)
			c.Missing = recompute(c, s)
		case "complainant":
			c.Complainant.Name = cmd.Person.Name
			c.Complainant.Phones = appendNew(c.Complainant.Phones, cmd.Person.Phones...)
			c.ContactName = cmd.Person.Name
			c.Missing = recompute(c, s)
		}
		if cmd.Name != "status" && cmd.Name != "close" && cmd.Name != "note" {
			d.Events = append(d.Events, Event{Actor: actor, Kind: EventCommand, Detail: detail})
		}
	}
	if !stateSet {
		switch {
		case c.State == StateAwaitingInfo && len(c.Missing) == 0:
			moveTo(d, actor, StateOpen, "staff completed the details")
		case c.State == StateOpen && len(c.Missing) > 0 && c.Kind == string(analysis.KindComplaint):
			moveTo(d, actor, StateAwaitingInfo, "required details are missing")
		}
	}
	if note {
		detail := "internal note, not relayed"
		if text != "" {
			detail += ": " + clipRunes(text, 500)
		}
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote, Detail: detail})
	} else if text != "" {
		if c.Undeliverable != "" || c.ContactAddress == "" {
			d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote,
				Detail: "not relayed: the consumer's address is undeliverable (" + c.Undeliverable + ")"})
		} else {
			d.Send = append(d.Send, Outgoing{Purpose: PurposeRelay, To: []string{c.ContactAddress}, Text: text, WithAttachments: true})
			d.Events = append(d.Events, Event{Actor: actor, Kind: EventRelayed, Detail: "relayed to the consumer"})
			if !stateSet && (c.State == StateOpen || c.State == StateAwaitingInfo) {
				moveTo(d, actor, StateInMediation, "staff answered the consumer")
			}
		}
	}
}

// CommandsGiven is the event "staff gave commands from the command line"
// (redress case …): the same commands as in a staff reply, by a local
// user, with text to relay ("" none).
type CommandsGiven struct {
	Case        *Case
	Commands    []Command
	Text        string
	Actor       string
	Now         time.Time
	MergeTarget *Case // the case a #merge names (nil: none or no such case)
}

// RunCommands decides commands given on the command line, by the rules of
// a verified staff reply. A command that names a case that cannot be used
// is an error; nothing is applied.
func RunCommands(s Settings, ev CommandsGiven) (Decision, *CommandError) {
	if err := checkCommands(s, ev.Commands, ev.Case, ev.MergeTarget); err != nil {
		return Decision{}, err
	}
	d := Decision{Case: ev.Case.clone()}
	applyCommands(s, &d, ev.Commands, ev.Text, ev.Actor, ev.MergeTarget)
	d.Timers = timersFor(s, ev.Case.State, d.Case.State, MailFiled{Now: ev.Now})
	withDeadlines(s, &d, ev.Case.State, ev.Now)
	return d, nil
}

// moveTo moves the decision's case to state, recording the transition.
func moveTo(d *Decision, actor, state, why string) {
	c := d.Case
	if c.State == state {
		return
	}
	before := c.State
	c.State = state
	if state != StateClosed {
		c.CloseReason = ""
	}
	d.Events = append(d.Events, Event{Actor: actor, Kind: EventState, From: before, To: state, Detail: why})
}

// timersFor keeps the reminder timer in step with a transition.
func timersFor(s Settings, before, after string, ev MailFiled) []Timer {
	switch {
	case before == StateAwaitingInfo && after != StateAwaitingInfo:
		return []Timer{{Kind: TimerRemind, Clear: true}}
	case before != StateAwaitingInfo && after == StateAwaitingInfo:
		return []Timer{{Kind: TimerRemind, Due: ev.Now.Add(s.remindAfter())}}
	}
	return nil
}

func recompute(c *Case, s Settings) []string {
	if c.Kind != string(analysis.KindComplaint) {
		return nil
	}
	return analysis.Missing(c.Complainant, c.Respondent, s.Station.Required)
}

func appendNew(list []string, items ...string) []string {
	for _, v := range items {
		if v != "" && !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

// addressed reports whether addr is among m's To and Cc.
func addressed(m *analysis.Mail, addr string) bool {
	for _, a := range append(slices.Clone(m.To), m.Cc...) {
		if strings.EqualFold(a.Address, addr) {
			return true
		}
	}
	return false
}

// replyToStaff is the short answer to a staff member whose mail was not
// acted on, to the address it came from. It is never sent to automatic
// mail (an out-of-office would answer it, and so on): then it is none.
func replyToStaff(m *analysis.Mail, problem, line, detail string) []Outgoing {
	if automatic(m) != "" || m.From.Address == "" {
		return nil
	}
	return []Outgoing{{Purpose: PurposeStaffReply, Problem: problem, Line: line, Detail: detail,
		To: []string{m.From.Address}, InReplyTo: m.MessageID, References: threadRefs(m), AutoSubmitted: "auto-replied"}}
}

// automatic says why m is automatic mail that must get no automatic
// answer (RFC 3834 §2), or "".
func automatic(m *analysis.Mail) string {
	switch {
	case m.AutoSubmitted != "" && m.AutoSubmitted != "no":
		return "Auto-Submitted: " + m.AutoSubmitted
	case m.Precedence == "bulk" || m.Precedence == "junk" || m.Precedence == "list":
		return "Precedence: " + m.Precedence
	case m.ListID != "":
		return "mailing-list mail (List-Id)"
	case m.IsDSN:
		return "a delivery status notification"
	case m.Kind == analysis.KindBounce || m.Kind == analysis.KindAutoReply:
		return "kind " + string(m.Kind)
	}
	if machine, why := analysis.MachineSender(m.From.Address); machine {
		return why
	}
	return ""
}

// clipRunes cuts s to at most n runes, marking a cut with "…".
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// sentMail decides mail read from the station account's Sent folder: what
// staff sent from the station account itself. It is recorded on the case
// it names (so the consumer's answer to it joins the case); mail to the
// consumer means staff have answered them. Nothing is sent. Mail naming no
// case is none of the desk's business.
func sentMail(ev MailFiled) Decision {
	if ev.Case == nil {
		return Decision{Unfiled: "sent from the station account, naming no case"}
	}
	m, c := ev.Mail, ev.Case.clone()
	d := Decision{Case: c}
	actor := strings.ToLower(m.From.Address)
	if c.ContactAddress != "" && addressed(m, c.ContactAddress) {
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventMailIn, Detail: "sent to the consumer from the station account"})
		if c.State == StateOpen || c.State == StateAwaitingInfo {
			moveTo(&d, actor, StateInMediation, "staff answered the consumer from the station account")
		}
		return d
	}
	d.Events = append(d.Events, Event{Actor: actor, Kind: EventMailIn, Detail: "sent from the station account"})
	return d
}
