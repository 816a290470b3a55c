package workflow

import (
	"errors"
	"fmt"
	netmail "net/mail"
	"net/url"
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
//
// A complaint submitted on the station's web form (ChannelWeb) takes the
// same path with the consumer as its author: the form gives the merchant
// and the order field by field, and the consumer's language.

// The channels a complaint comes in by besides mail.
const (
	ChannelPhone  = "phone"  // taken by telephone
	ChannelVisit  = "visit"  // taken at the counter
	ChannelLetter = "letter" // typed in from a paper letter
	ChannelWeb    = "web"    // submitted by the consumer on the web form
)

// IntakeChannels lists the channels of IntakeForm.Channel.
var IntakeChannels = []string{ChannelPhone, ChannelVisit, ChannelLetter}

// channelLabel names a channel in the case's subject and timeline.
var channelLabel = map[string]string{
	ChannelPhone:  "电话 / Telephone",
	ChannelVisit:  "来访 / Visit",
	ChannelLetter: "来信 / Letter",
	ChannelWeb:    "网上投诉 / Web form",
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

	// The web form (ChannelWeb) gives these field by field; each one
	// given takes precedence over what the text yields, and one not
	// given leaves the text's. Respondent is then empty.
	Address         string // the consumer's postal address
	MerchantName    string
	MerchantURL     string // the shop's link (ValidLink)
	MerchantPhone   string
	MerchantAddress string
	OrderNumber     string
	Language        string // "zh" or "en": the consumer's language; "": as the text reads
}

// ValidEmail reports whether s is one bare e-mail address
// (user@example.com, no display name).
func ValidEmail(s string) bool {
	a, err := netmail.ParseAddress(s)
	return err == nil && a.Name == "" && a.Address == s && strings.Contains(s[strings.LastIndexByte(s, '@')+1:], ".")
}

// ValidLink reads s as a link to a shop: an http or https URL with a
// host name, "https://" assumed when s has no scheme (shop.example.com/x).
// link is the URL as it is stored.
func ValidLink(s string) (link string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return "", false
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil {
		return "", false
	}
	host := u.Hostname()
	if !strings.Contains(host, ".") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return "", false
	}
	return u.String(), true
}

// Check reports every problem of the form at once (errors.Join), each
// naming the flag of `redress case new` and what it must be.
func (f IntakeForm) Check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if !slices.Contains(IntakeChannels, f.Channel) && f.Channel != ChannelWeb {
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
		if !ValidEmail(e) {
			bad("--email: %q is not an e-mail address", f.Email)
		}
	}
	if u := strings.TrimSpace(f.MerchantURL); u != "" {
		if _, ok := ValidLink(u); !ok {
			bad("merchant link: %q is not a link (https://…)", f.MerchantURL)
		}
	}
	if p := strings.TrimSpace(f.MerchantPhone); p != "" {
		if _, ok := analysis.Phone(p); !ok {
			bad("merchant phone: %q is not one phone number", f.MerchantPhone)
		}
	}
	if strings.TrimSpace(f.Respondent) != "" && f.merchantGiven() {
		bad("--respondent: give the merchant either as --respondent or field by field, not both")
	}
	if f.Language != "" && f.Language != "zh" && f.Language != "en" {
		bad("language: must be zh or en, got %q", f.Language)
	}
	if f.Kind != "" && f.Kind != string(analysis.KindComplaint) && f.Kind != string(analysis.KindInquiry) {
		bad("--kind: must be complaint or inquiry, got %q", f.Kind)
	}
	if _, err := intakeRespondent(f.Respondent); err != nil {
		bad("--respondent: %v", err)
	}
	return errors.Join(errs...)
}

// merchantGiven reports whether the merchant is given field by field.
func (f IntakeForm) merchantGiven() bool {
	return strings.TrimSpace(f.MerchantName+f.MerchantURL+f.MerchantPhone+f.MerchantAddress) != ""
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
	if n := strings.TrimSpace(f.MerchantName); n != "" {
		m.Respondent.Name = n
	}
	link, _ := ValidLink(f.MerchantURL)
	m.Respondent.URLs = first(link, m.Respondent.URLs)
	mphone, _ := analysis.Phone(f.MerchantPhone)
	m.Respondent.Phones = first(mphone, m.Respondent.Phones)
	if a := strings.TrimSpace(f.MerchantAddress); a != "" {
		m.Respondent.Address = a
	}
	if a := strings.TrimSpace(f.Address); a != "" {
		m.Complainant.Address = a
	}
	if n := strings.TrimSpace(f.OrderNumber); n != "" {
		m.Order.Number = n
	}
	if f.Language != "" {
		m.Language = f.Language
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
	web := in.Channel == ChannelWeb
	if web {
		// The consumer wrote it; the submission itself is kept as the
		// case's first incoming message, so no note repeats the text.
		actor = ActorConsumer
	}
	for i, e := range d.Events {
		if e.Kind == EventOpened {
			d.Events[i].Actor, d.Events[i].Detail = actor, d.Case.Kind+", taken in by "+in.Channel
		}
	}
	if !web {
		d.Events = append(d.Events, Event{Actor: actor, Kind: EventNote, Detail: how + ": " + in.Mail.Text})
	}
	for i, o := range d.Send {
		if web && o.Purpose == PurposeAck && (in.Mail.Language == "zh" || in.Mail.Language == "en") {
			// The consumer chose the form's language: answer in it.
			d.Send[i].Language = in.Mail.Language
		}
	}
	if d.Case.ContactAddress == "" {
		d.NoAck = "taken in by " + in.Channel + " with no e-mail address: staff ask for what is missing by telephone"
		d.Timers = slices.DeleteFunc(d.Timers, func(t Timer) bool { return t.Kind == TimerRemind })
	}
	withDeadlines(s, &d, "", in.Now)
	return d
}
