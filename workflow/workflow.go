package workflow

import (
	"fmt"
	"slices"

	"github.com/yweca/redress/calendar"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
)

// The states of a case.
const (
	StateAwaitingInfo = "awaiting_info" // required details missing; the consumer was asked
	StateOpen         = "open"          // complete, waiting for staff
	StateInMediation  = "in_mediation"  // staff have answered the consumer
	StateResolved     = "resolved"      // staff say it is settled; waiting for closure
	StateClosed       = "closed"        // done, with a close reason
)

// The reasons a case is closed for.
const (
	CloseResolved    = "resolved"
	CloseWithdrawn   = "withdrawn"
	CloseUnreachable = "unreachable"
	CloseDuplicate   = "duplicate"
	CloseRejected    = "rejected"
	CloseOutOfScope  = "out_of_scope"
)

// Actors of events besides a staff member's address.
const (
	ActorConsumer = "consumer"
	ActorSystem   = "system"
)

// Kinds of event on a case's timeline.
const (
	EventOpened   = "opened"   // the case was opened by a mail
	EventMailIn   = "mail_in"  // a mail was filed to the case
	EventState    = "state"    // the case changed state
	EventReminder = "reminder" // the consumer was reminded of what is missing
	EventKind     = "kind"     // the case became a complaint (or an inquiry)
	EventCommand  = "command"  // a staff command was applied
	EventRelayed  = "relayed"  // a staff reply was relayed to the consumer
	EventNote     = "note"     // an internal note, or unverified staff mail
)

// Purposes of the mail a decision sends.
const (
	PurposeAck         = "ack"          // acknowledgement to the consumer, listing what is missing
	PurposeReminder    = "reminder"     // reminder to the consumer of what is still missing
	PurposeStaffNotice = "staff_notice" // notice to staff.notify, in the case's thread
	PurposeRelay       = "relay"        // a staff reply relayed to the consumer from the station
	PurposeStaffReply  = "staff_reply"  // to a staff member whose mail was not acted on, saying why
)

// Problems of a PurposeStaffReply.
const (
	ProblemUnverified = "unverified" // no valid token: nothing relayed or changed
	ProblemCommand    = "command"    // a command line is wrong: nothing applied
)

// Why staff are told (Outgoing.Notice of a PurposeStaffNotice); "" is a
// new case.
const (
	NoticeFollowUp      = "followup"      // the consumer wrote on the case
	NoticeComplete      = "complete"      // the missing details came: ready for staff
	NoticeReopened      = "reopened"      // the consumer wrote to a resolved or closed case
	NoticeUnreachable   = "unreachable"   // closed after the reminders went unanswered
	NoticeUndeliverable = "undeliverable" // the consumer's address bounced
)

// Kinds of timer.
const (
	// TimerRemind is due when a case awaiting information is to be
	// reminded (or, after the last reminder, closed as unreachable).
	TimerRemind = "remind"
)

// Settings are the station's policy as the decisions need it.
type Settings struct {
	// Station says which addresses are the station's and its staff's,
	// and which details a complaint requires (Required nil: all four).
	Station analysis.Options
	// StaffNotify receives a notice of every new case and of every
	// consumer mail on a case; empty: none.
	StaffNotify []string
	// RemindAfter is how long a case awaits information before the
	// consumer is reminded, and after the last reminder before it closes
	// as unreachable; 0 means DefaultRemindAfter.
	RemindAfter time.Duration
	// MaxReminders is how many reminders are sent; 0 means
	// DefaultMaxReminders, negative means none.
	MaxReminders int
	// AckLimit is how many automatic mails (AutomaticPurposes) one
	// address gets in 24 hours; 0 means DefaultAckLimit, negative means no
	// limit.
	AckLimit int
	// Calendar says which days are working days for the deadlines (nil:
	// Monday to Friday); Location is the station's time zone (nil: UTC).
	Calendar *calendar.Calendar
	Location *time.Location
	// AcceptWithin and MediateWithin are the deadlines in working days;
	// 0 means DefaultAcceptWithin and DefaultMediateWithin.
	AcceptWithin, MediateWithin int
	// RequireAuthentication makes a staff reply count as verified only
	// when, besides the notice token, the station's own server
	// (AuthservID) stamped it dkim=pass or spf=pass.
	RequireAuthentication bool
	AuthservID            string
}

// AutomaticPurposes are the mails AckLimit counts: what an auto-responder
// at the other end could make us send without end.
var AutomaticPurposes = []string{PurposeAck, PurposeReminder, PurposeStaffReply}

// DefaultAckLimit is the default of Settings.AckLimit.
const DefaultAckLimit = 3

// Suppressed says whether a mail of purpose to an address that already got
// sentLastDay automatic mails in the last 24 hours is held back, and why.
// A loop with an auto-responder (or a flood of forged mail) then costs at
// most AckLimit mails a day per address.
func (s Settings) Suppressed(purpose string, sentLastDay int) (bool, string) {
	limit := s.AckLimit
	switch {
	case !slices.Contains(AutomaticPurposes, purpose):
		return false, ""
	case limit == 0:
		limit = DefaultAckLimit
	case limit < 0:
		return false, ""
	}
	if sentLastDay < limit {
		return false, ""
	}
	return true, fmt.Sprintf("%s suppressed: the address already got %d automatic mails in 24 hours (policy.ack_limit %d)", purpose, sentLastDay, limit)
}

// Defaults of Settings.
const (
	DefaultRemindAfter  = 72 * time.Hour
	DefaultMaxReminders = 2
)

func (s Settings) remindAfter() time.Duration {
	if s.RemindAfter <= 0 {
		return DefaultRemindAfter
	}
	return s.RemindAfter
}

func (s Settings) maxReminders() int {
	switch {
	case s.MaxReminders == 0:
		return DefaultMaxReminders
	case s.MaxReminders < 0:
		return 0
	}
	return s.MaxReminders
}

// Case is a case as the decisions see it.
type Case struct {
	ID       int64
	Ref      string
	Kind     string
	State    string
	Missing  []string
	Language string
	Subject  string

	ContactAddress string
	ContactName    string

	Complainant analysis.Complainant
	Respondent  analysis.Respondent
	Order       analysis.Order

	CloseReason   string
	Reminders     int
	AssignedTo    string
	Undeliverable string // why the consumer's address gets no more mail; "": it does

	CreatedAt  time.Time // when it was opened
	AcceptedAt time.Time // when mediation began; zero: not yet
	MergedInto int64     // the case it was folded into; 0: none
}

func (c *Case) clone() *Case {
	d := *c
	d.Missing = slices.Clone(c.Missing)
	d.Complainant.Phones = slices.Clone(c.Complainant.Phones)
	d.Complainant.Emails = slices.Clone(c.Complainant.Emails)
	d.Respondent.URLs = slices.Clone(c.Respondent.URLs)
	d.Respondent.Phones = slices.Clone(c.Respondent.Phones)
	return &d
}

// Event is an entry for the case's timeline.
type Event struct {
	Actor  string // ActorConsumer, ActorSystem or a staff address
	Kind   string // EventOpened, EventMailIn, EventState
	From   string // state before (EventState)
	To     string // state after (EventOpened, EventState)
	Detail string
}

// Outgoing is a mail a decision sends. The caller renders it from the
// case (templates by Purpose), gives it a Message-ID and queues it in the
// same transaction.
type Outgoing struct {
	Purpose string
	// Notice says why staff are told (PurposeStaffNotice).
	Notice string
	// Reminder is the number of a reminder (PurposeReminder).
	Reminder int
	// To is the recipients. Mail to the consumer is threaded by the caller
	// when InReplyTo is empty: under the consumer's latest mail of the
	// case.
	To []string
	// Language of an acknowledgement: "zh", "en", or "" for both.
	Language string
	// InReplyTo and References thread it under the mail that caused it
	// (RFC 5322 §3.6.4), without angle brackets.
	InReplyTo  string
	References []string
	// AutoSubmitted is its RFC 3834 Auto-Submitted value.
	AutoSubmitted string
	// Text is a relayed staff reply's text (PurposeRelay).
	Text string
	// WithAttachments sends the attachments of the mail that caused it
	// along (a staff reply's files, relayed).
	WithAttachments bool
	// Problem, Line and Detail say why a staff member's mail was not acted
	// on (PurposeStaffReply).
	Problem, Line, Detail string
	// Deadline names the deadline of a NoticeDeadline or NoticeOverdue.
	Deadline string
	// Repeats is the reference of an open case the new one likely
	// repeats (a new case's staff notice).
	Repeats string
}

// MailFiled is the event "a mail arrived": the analysed mail and the case
// it names by reference or thread (nil: none).
type MailFiled struct {
	Mail *analysis.Mail
	Case *Case
	Now  time.Time
	// TokenRef is the case whose valid notice token the mail's
	// In-Reply-To/References carry ("" none): what makes staff mail a
	// verified staff reply (TokenRef).
	TokenRef string
	// Earlier are open cases of the same complainant, for a mail that
	// opens a new case: a likely repeat complaint is flagged to staff.
	Earlier []*Case
	// FromSent is set for mail read from the station account's own Sent
	// folder: sent by the station, so trusted, and never answered.
	FromSent bool
	// MergeTarget is the case a staff reply's #merge names (nil: none,
	// or no such case).
	MergeTarget *Case
	// OpenedBy is the staff address whose #new opens the case; Mail is
	// then the forwarded complaint, read as the consumer's.
	OpenedBy string
}

// Decision is what a mail filed does.
type Decision struct {
	// Unfiled, when not "", says why the mail is kept without a case;
	// Case is then nil.
	Unfiled string
	// Case is the case the mail is filed to, as it stands after it.
	Case *Case
	// NewCase: Case is to be opened (it has no ID or Ref yet).
	NewCase bool
	// Events are to be appended to the case's timeline, in order.
	Events []Event
	// Send is the mail to queue.
	Send []Outgoing
	// NoAck says why a new case gets no acknowledgement ("" when it gets
	// one, or when the mail opens no case).
	NoAck string
	// Timers are to be set or cleared.
	Timers []Timer
	// Note is added to the filed mail's record (why it was not acted on).
	Note string
	// Recoveries are money recovered for the consumer, to record.
	Recoveries []Recovery
	// Merge, when set, folds the case into another (#merge).
	Merge *Merge
}

// Merge folds a case into Into: the caller moves its messages, timeline
// and recoveries there, stores Into as given (details merged, Events
// appended) and sends Send on it.
type Merge struct {
	Into   *Case
	Events []Event
	Send   []Outgoing
}

// Recovery is money recovered for the consumer (#recovered).
type Recovery struct {
	Amount, Currency, Actor string
}

// Timer sets (Clear false) or clears a timer of the case.
type Timer struct {
	Kind  string
	Due   time.Time
	Clear bool
}

// FileMail decides what a received mail does: which case it joins or
// opens (or that it is kept without one), what it adds to the case, the
// transitions that follow, and the mail that answers it.
func FileMail(s Settings, ev MailFiled) Decision {
	if ev.FromSent {
		d := sentMail(ev)
		if d.Case != nil {
			d.Timers = timersFor(s, ev.Case.State, d.Case.State, ev)
			withDeadlines(s, &d, ev.Case.State, ev.Now)
		}
		return d
	}
	if ev.Case != nil {
		d := followUp(s, ev)
		withDeadlines(s, &d, ev.Case.State, ev.Now)
		return d
	}
	d := fileNew(s, ev)
	withDeadlines(s, &d, "", ev.Now)
	return d
}

// fileNew decides a mail that names no known case.
func fileNew(s Settings, ev MailFiled) Decision {
	m := ev.Mail
	switch {
	case m.Kind == analysis.KindBounce || m.Kind == analysis.KindAutoReply || m.Kind == analysis.KindSpam:
		// RFC 3834 §2: automatic mail gets no automatic answer, and
		// opening a case for it would answer it.
		return Decision{Unfiled: strings.ReplaceAll(string(m.Kind), "_", "-") + " naming no known case"}
	case m.Staff:
		return Decision{Unfiled: "staff mail naming no known case"}
	}
	c := openCase(m, s.Station.Required)
	d := Decision{Case: c, NewCase: true}
	opener, how := ActorConsumer, c.Kind
	if ev.OpenedBy != "" {
		opener, how = strings.ToLower(ev.OpenedBy), c.Kind+", opened by staff with #new"
	}
	d.Events = append(d.Events, Event{Actor: opener, Kind: EventOpened, To: c.State, Detail: how})
	if c.State == StateAwaitingInfo {
		d.Timers = append(d.Timers, Timer{Kind: TimerRemind, Due: ev.Now.Add(s.remindAfter())})
	}
	if ok, why := ShouldAck(s.Station, m, c.ContactAddress); ok {
		d.Send = append(d.Send, Outgoing{
			Purpose: PurposeAck, To: []string{c.ContactAddress},
			Language:  analysis.ReplyLanguage(m.Language, m.Text),
			InReplyTo: m.MessageID, References: threadRefs(m), AutoSubmitted: "auto-replied",
		})
	} else {
		d.NoAck = why
	}
	repeats := ""
	for _, e := range ev.Earlier {
		if SameDispute(c, e) {
			repeats = e.Ref
			d.Events = append(d.Events, Event{Actor: ActorSystem, Kind: EventNote, Detail: "likely the same complaint as " + e.Ref})
			break
		}
	}
	if len(s.StaffNotify) > 0 {
		d.Send = append(d.Send, Outgoing{
			Purpose: PurposeStaffNotice, To: slices.Clone(s.StaffNotify), Repeats: repeats,
			InReplyTo: m.MessageID, References: threadRefs(m), AutoSubmitted: "auto-generated",
		})
	}
	return d
}

// actorOf names who wrote m for the timeline.
func actorOf(m *analysis.Mail) string {
	switch {
	case m.Staff:
		return strings.ToLower(m.From.Address)
	case m.Kind == analysis.KindBounce || m.Kind == analysis.KindAutoReply || m.Kind == analysis.KindSpam:
		return ActorSystem
	}
	return ActorConsumer
}

// consumerMail reports whether m may change the fields of its case:
// written by the consumer, not by staff nor by a machine.
func consumerMail(m *analysis.Mail) bool {
	if m.Staff {
		return false
	}
	switch m.Kind {
	case analysis.KindBounce, analysis.KindAutoReply, analysis.KindSpam:
		return false
	}
	return true
}

// openCase is the case a mail naming no known case opens.
func openCase(m *analysis.Mail, required []string) *Case {
	c := &Case{
		Kind:        string(m.Kind),
		State:       StateOpen,
		Language:    m.Language,
		Subject:     m.Subject,
		Complainant: cloneComplainant(m.Complainant),
		Respondent:  cloneRespondent(m.Respondent),
		Order:       m.Order,
	}
	switch m.Kind {
	case analysis.KindReply, "":
		// A consumer answering a case we cannot find: treat it as a new
		// complaint; the analysis did not look for missing items in a
		// reply.
		c.Kind = string(analysis.KindComplaint)
		c.Missing = analysis.Missing(c.Complainant, c.Respondent, required)
	case analysis.KindComplaint:
		req := requiredOrDefault(required)
		for _, item := range m.Missing {
			if slices.Contains(req, item) && !slices.Contains(c.Missing, item) {
				c.Missing = append(c.Missing, item)
			}
		}
	}
	if len(c.Missing) > 0 {
		c.State = StateAwaitingInfo
	}
	c.ContactAddress = m.From.Address
	if len(m.ReplyTo) > 0 && m.ReplyTo[0].Address != "" {
		c.ContactAddress = m.ReplyTo[0].Address
	}
	c.ContactName = m.Complainant.Name
	if c.ContactName == "" {
		c.ContactName = m.From.Name
	}
	return c
}

func requiredOrDefault(required []string) []string {
	if required == nil {
		return analysis.DefaultRequired
	}
	return required
}

// merge adds what a consumer's later mail tells to the case: empty fields
// are filled, new phones, e-mails and URLs appended. Missing is recomputed
// for complaints and can only shrink.
func merge(c *Case, m *analysis.Mail, required []string) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	add := func(dst *[]string, src []string) {
		for _, v := range src {
			if v != "" && !slices.Contains(*dst, v) {
				*dst = append(*dst, v)
			}
		}
	}
	fill(&c.Complainant.Name, m.Complainant.Name)
	fill(&c.Complainant.Address, m.Complainant.Address)
	add(&c.Complainant.Phones, m.Complainant.Phones)
	add(&c.Complainant.Emails, m.Complainant.Emails)
	fill(&c.Respondent.Name, m.Respondent.Name)
	fill(&c.Respondent.Address, m.Respondent.Address)
	add(&c.Respondent.URLs, m.Respondent.URLs)
	add(&c.Respondent.Phones, m.Respondent.Phones)
	fill(&c.Order.Number, m.Order.Number)
	if c.Order.Amount == "" && m.Order.Amount != "" {
		// Amount and currency belong together.
		c.Order.Amount, c.Order.Currency = m.Order.Amount, m.Order.Currency
	}
	fill(&c.ContactName, m.Complainant.Name)
	fill(&c.Language, m.Language)

	if c.Kind == string(analysis.KindComplaint) {
		now := analysis.Missing(c.Complainant, c.Respondent, required)
		var still []string
		for _, item := range c.Missing {
			if slices.Contains(now, item) {
				still = append(still, item)
			}
		}
		c.Missing = still
	}
}

// ShouldAck says whether a new case opened by m gets an acknowledgement
// sent to replyTo, and if not, why. RFC 3834 §2: never respond to
// automatic mail; and never to ourselves or our own staff.
func ShouldAck(station analysis.Options, m *analysis.Mail, replyTo string) (bool, string) {
	switch {
	case replyTo == "":
		return false, "no sender address to reply to"
	case m.Staff: // the analysis's verdict on From
		return false, "sent by the station or its staff"
	case analysis.IsStation(replyTo, station):
		// The reply would go to ourselves (a Reply-To at the station).
		return false, "the reply address is the station's or a staff member's"
	case m.Kind == analysis.KindSpam:
		return false, "kind " + string(m.Kind)
	}
	// RFC 3834 §2: automatic mail gets no automatic answer (one rule for
	// acknowledgements and answers to staff: automatic).
	if why := automatic(m); why != "" {
		return false, why
	}
	if machine, why := analysis.MachineSender(replyTo); machine {
		return false, why
	}
	return true, ""
}

// threadRefs is the References of a reply to m: its references plus its
// own Message-ID (RFC 5322 §3.6.4).
func threadRefs(m *analysis.Mail) []string {
	refs := slices.Clone(m.References)
	if m.MessageID != "" && !slices.Contains(refs, m.MessageID) {
		refs = append(refs, m.MessageID)
	}
	return refs
}

func cloneComplainant(c analysis.Complainant) analysis.Complainant {
	c.Phones = slices.Clone(c.Phones)
	c.Emails = slices.Clone(c.Emails)
	return c
}

func cloneRespondent(r analysis.Respondent) analysis.Respondent {
	r.URLs = slices.Clone(r.URLs)
	r.Phones = slices.Clone(r.Phones)
	return r
}
