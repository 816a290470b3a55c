package workflow

import (
	"errors"
	"fmt"
	netmail "net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

// A complaint can reach the station other than by mail: by telephone, at
// the counter, or on paper. Staff type it in (`redress case new`) and it
// becomes a case like a mail's: the text is analysed as a mail's body is,
// the details staff give take precedence over what the text yields, the
// same details are reported missing, and the reference comes from the
// same sequence. The consumer gets mail only when staff give an e-mail
// address; staff get the usual notice.

// The channels a complaint comes in by besides mail.
const (
	ChannelPhone  = "phone"  // taken by telephone
	ChannelVisit  = "visit"  // taken at the counter
	ChannelLetter = "letter" // typed in from a paper letter
)

// IntakeChannels lists the channels of IntakeForm.Channel.
var IntakeChannels = []string{ChannelPhone, ChannelVisit, ChannelLetter}

// channelLabel names a channel in the case's subject and timeline.
var channelLabel = map[string]string{
	ChannelPhone:  "电话 / Telephone",
	ChannelVisit:  "来访 / Visit",
	ChannelLetter: "来信 / Letter",
}

// IntakeForm is a complaint as staff type it in.
type IntakeForm struct {
	Channel string // one of IntakeChannels
	Name    string // the consumer's name; "": reported missing
	Phone   string // as spoken or written; "": reported missing
	Email   string // the consumer's address, if they gave one: the only way mail reaches them
	// Respondent is the merchant: "NAME", or "NAME; CONTACT" where CONTACT
	// is a link, a phone number (as #respondent takes them) or else a
	// postal address.
	Respondent string
	Text       string // what the consumer said or wrote
	Kind       string // "complaint" or "inquiry"; "": as the text reads
}

// Check reports every problem of the form at once (errors.Join), each
// naming the flag of `redress case new` and what it must be.
func (f IntakeForm) Check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if !slices.Contains(IntakeChannels, f.Channel) {
		bad("--channel: must be one of %s, got %q", strings.Join(IntakeChannels, ", "), f.Channel)
	}
	if strings.TrimSpace(f.Text) == "" {
		bad("--text: must give what the consumer said or wrote")
	}
	if p := strings.TrimSpace(f.Phone); p != "" {
		if _, ok := analysis.Phone(p); !ok {
			bad("--phone: %q is not one phone number", f.Phone)
		}
	}
	if e := strings.TrimSpace(f.Email); e != "" {
		if a, err := netmail.ParseAddress(e); err != nil || a.Name != "" || a.Address != e {
			bad("--email: %q is not an e-mail address", f.Email)
		}
	}
	if f.Kind != "" && f.Kind != string(analysis.KindComplaint) && f.Kind != string(analysis.KindInquiry) {
		bad("--kind: must be complaint or inquiry, got %q", f.Kind)
	}
	if _, err := intakeRespondent(f.Respondent); err != nil {
		bad("--respondent: %v", err)
	}
	return errors.Join(errs...)
}

// intakeRespondent reads IntakeForm.Respondent; nil when it is empty.
func intakeRespondent(s string) (*analysis.Respondent, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil, nil
	}
	c, err := parseCommand("#respondent " + s)
	if err == nil {
		return c.Party, nil
	}
	name, contact, ok := strings.Cut(s, ";")
	name, contact = strings.TrimSpace(name), strings.TrimSpace(contact)
	if !ok || name == "" || contact == "" {
		return nil, errors.New(`give the merchant's name, then optionally "; " and a link, a phone number or an address`)
	}
	return &analysis.Respondent{Name: name, Address: contact}, nil
}

// IntakeMail reads a checked form as the consumer's mail: its text is
// analysed as a mail's body is (analysis.Analyse, with opts), then the
// details given replace what the text yields — the name; the phone and
// e-mail first, the text's others after; the merchant's name, and its
// contact when one is given. A detail neither given nor in the text is
// reported missing as in a mail. The kind is the one given, else the
// text's when it reads as a complaint or an inquiry, else a complaint.
func IntakeMail(f IntakeForm, opts analysis.Options) (*analysis.Mail, error) {
	if err := f.Check(); err != nil {
		return nil, err
	}
	text := strings.TrimSpace(f.Text)
	email := strings.ToLower(strings.TrimSpace(f.Email))
	name := strings.TrimSpace(f.Name)
	pm := &parser.Message{
		Subject: intakeSubject(f.Channel, text),
		From:    parser.Address{Name: name, Address: email},
		Text:    text, FullText: text,
	}
	m := analysis.Analyse(pm, opts)
	// Whoever the address is, this is the consumer's complaint, not
	// staff mail; an acknowledgement to a station address is still
	// refused (ShouldAck).
	m.Staff = false
	switch {
	case f.Kind != "":
		m.Kind = analysis.Kind(f.Kind)
	case m.Kind != analysis.KindComplaint && m.Kind != analysis.KindInquiry:
		m.Kind = analysis.KindComplaint
	}
	first := func(given string, found []string) []string {
		if given == "" {
			return found
		}
		return append([]string{given}, slices.DeleteFunc(slices.Clone(found), func(v string) bool { return strings.EqualFold(v, given) })...)
	}
	if name != "" {
		m.Complainant.Name = name
	}
	phone, _ := analysis.Phone(f.Phone)
	m.Complainant.Phones = first(phone, m.Complainant.Phones)
	m.Complainant.Emails = first(email, m.Complainant.Emails)
	r, _ := intakeRespondent(f.Respondent) // checked
	if r != nil {
		m.Respondent.Name = r.Name
		if len(r.URLs)+len(r.Phones) > 0 || r.Address != "" {
			m.Respondent.URLs, m.Respondent.Phones, m.Respondent.Address = r.URLs, r.Phones, r.Address
		}
	}
	m.Missing = nil
	if m.Kind == analysis.KindComplaint {
		m.Missing = analysis.Missing(m.Complainant, m.Respondent, opts.Required)
	}
	for _, l := range []*[]string{&m.Complainant.Phones, &m.Complainant.Emails, &m.Respondent.URLs, &m.Respondent.Phones, &m.Missing} {
		if *l == nil {
			*l = []string{}
		}
	}
	return m, nil
}

// intakeSubject is the subject of a case taken in: the channel and the
// text's first line, clipped.
func intakeSubject(channel, text string) string {
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 60 {
		line = string([]rune(line)[:60]) + "…"
	}
	return channelLabel[channel] + ": " + line
}

// Intake is the event "staff took a complaint in".
type Intake struct {
	Channel string         // one of IntakeChannels
	Mail    *analysis.Mail // IntakeMail of the form
	Actor   string         // who took it (the timeline's actor)
	Now     time.Time
	// Earlier are open cases of the same complainant: a likely repeat is
	// flagged to staff, as for a mail.
	Earlier []*Case
}

// OpenIntake decides a complaint staff took in: a new case as a mail with
// that content would open, with the consumer acknowledged (and asked for
// what is missing) only at an e-mail address staff gave; staff are
// notified as usual. The timeline says who took it and how, and keeps the
// text. Without an e-mail address no reminder is set: nothing could
// reach the consumer, and staff ask for what is missing by telephone
// (then `redress case complainant|respondent`).
func OpenIntake(s Settings, in Intake) Decision {
	d := fileNew(s, MailFiled{Mail: in.Mail, Now: in.Now, Earlier: in.Earlier})
	if d.Case == nil {
		return d // not reached: IntakeMail makes a complaint or an inquiry
	}
	how := channelLabel[in.Channel]
	actor := strings.ToLower(in.Actor)
	if actor == "" {
		actor = ActorSystem
	}
	for i, e := range d.Events {
		if e.Kind == EventOpened {
			d.Events[i].Actor, d.Events[i].Detail = actor, d.Case.Kind+", taken in by "+in.Channel
		}
	}
	d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote, Detail: how + ": " + in.Mail.Text})
	if d.Case.ContactAddress == "" {
		d.NoAck = "taken in by " + in.Channel + " with no e-mail address: staff ask for what is missing by telephone"
		d.Timers = slices.DeleteFunc(d.Timers, func(t Timer) bool { return t.Kind == TimerRemind })
	}
	withDeadlines(s, &d, "", in.Now)
	return d
}
