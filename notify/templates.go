package notify

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
	"unicode/utf8"
)

//go:embed templates/*.tmpl
var embedded embed.FS

// Template file names. items.tmpl holds the shared definitions ("item.zh",
// "item.en", "item.staff", "field", "signature") and is parsed first, so a
// definition in a later file replaces it. An items.tmpl override is parsed
// over the embedded one and need only redefine what it changes.
const (
	TemplateItems       = "items.tmpl"
	TemplateAckZh       = "ack.zh.tmpl"
	TemplateAckEn       = "ack.en.tmpl"
	TemplateAckBoth     = "ack.bilingual.tmpl"
	TemplateStaffNotice = "staff_notice.tmpl"
	TemplateRelay       = "relay.tmpl"
	TemplateStaffReply  = "staff_reply.tmpl"
	TemplateDailyDigest = "daily_digest.tmpl"
)

// templateNames lists every template file, in parse order.
var templateNames = []string{TemplateItems, TemplateAckZh, TemplateAckEn, TemplateAckBoth, TemplateStaffNotice, TemplateRelay, TemplateStaffReply, TemplateDailyDigest}

// TemplateNames returns the names of all template files, in parse order.
func TemplateNames() []string { return slices.Clone(templateNames) }

// Templates renders the mails notify sends. It is safe for concurrent use.
type Templates struct {
	set *template.Template
	// source names where each template came from, for error messages.
	source map[string]string
}

// LoadTemplates parses the embedded templates; a file of the same name in
// overrideDir replaces the embedded one. "" means embedded only. Parse
// errors, and errors when rendering sample data, name the file. A *.tmpl
// file in overrideDir that is not a known template name is an error (a
// misspelt override would otherwise be ignored silently).
func LoadTemplates(overrideDir string) (*Templates, error) {
	overrides := map[string]bool{}
	if overrideDir != "" {
		entries, err := os.ReadDir(overrideDir)
		if err != nil {
			return nil, fmt.Errorf("reading template override directory: %w", err)
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".tmpl") {
				continue
			}
			if !slices.Contains(templateNames, name) {
				return nil, fmt.Errorf("template override %s: unknown template name (known: %s)",
					filepath.Join(overrideDir, name), strings.Join(templateNames, ", "))
			}
			overrides[name] = true
		}
	}

	t := &Templates{set: template.New("notify"), source: map[string]string{}}
	// The embedded shared definitions come first even when items.tmpl is
	// overridden, so an override need only redefine what it changes.
	if overrides[TemplateItems] {
		text, err := fs.ReadFile(embedded, "templates/"+TemplateItems)
		if err != nil {
			return nil, fmt.Errorf("reading embedded template %s: %w", TemplateItems, err)
		}
		if _, err := t.set.New(TemplateItems).Parse(string(text)); err != nil {
			return nil, fmt.Errorf("parsing embedded template %s: %w", TemplateItems, err)
		}
	}
	for _, name := range templateNames {
		var (
			text   []byte
			source string
			err    error
		)
		if overrides[name] {
			source = filepath.Join(overrideDir, name)
			text, err = os.ReadFile(source)
		} else {
			source = "embedded " + name
			text, err = fs.ReadFile(embedded, "templates/"+name)
		}
		if err != nil {
			return nil, fmt.Errorf("reading template %s: %w", source, err)
		}
		if _, err := t.set.New(name).Parse(string(text)); err != nil {
			return nil, fmt.Errorf("parsing template %s: %w", source, err)
		}
		t.source[name] = source
	}
	if err := t.selfTest(); err != nil {
		return nil, err
	}
	return t, nil
}

// selfTest renders every template with sample data, so that a reference
// to an unknown field fails at load time and not when a mail is due.
func (t *Templates) selfTest() error {
	ack := AckData{
		StationName: "Station", StationAddress: "Address", Ref: "YW-2000-00001", Subject: "subject",
		Name: "name", Kind: "complaint",
		Missing: []string{"complainant_name", "complainant_phone", "respondent_name", "respondent_contact"},
	}
	for _, lang := range []string{"zh", "en", ""} {
		ack.Language = lang
		if _, _, err := t.Ack(ack); err != nil {
			return err
		}
	}
	_, _, err := t.StaffNotice(StaffNoticeData{
		StationName: "Station", Ref: "YW-2000-00001", Kind: "complaint", State: "new", From: "a@example.org",
		Subject: "subject", Text: "text", Missing: ack.Missing, Complainant: "c", Respondent: "r", Order: "o",
	})
	if err != nil {
		return err
	}
	if _, _, err := t.Relay(RelayData{StationName: "Station", StationAddress: "Address", Ref: "YW-2000-00001", Subject: "subject", Text: "text"}); err != nil {
		return err
	}
	if _, _, err := t.DailyDigest(DailyDigestData{StationName: "Station", Date: "2000-01-03",
		WaitingStaff:    []DigestCase{{Ref: "YW-2000-00001", Kind: "complaint", State: "open", Subject: "subject", Since: "2000-01-01"}},
		WaitingConsumer: []DigestCase{{Ref: "YW-2000-00002", Kind: "complaint", State: "awaiting_info", Subject: "subject", Since: "2000-01-01"}},
		Deadlines:       []DigestDeadline{{Ref: "YW-2000-00001", Which: "acceptance", Due: "2000-01-04", Subject: "subject"}},
		Failed:          []DigestFailed{{ID: 1, Ref: "YW-2000-00001", Purpose: "ack", To: "a@example.org", Error: "550"}},
	}); err != nil {
		return err
	}
	for _, p := range []string{StaffReplyUnverified, StaffReplyCommand} {
		if _, _, err := t.StaffReply(StaffReplyData{StationName: "Station", Ref: "YW-2000-00001", Subject: "subject", Problem: p, Line: "#close", Detail: "detail"}); err != nil {
			return err
		}
	}
	return nil
}

// DailyDigestData is what the daily digest to staff (schedule.digest) is
// rendered from. The caller fills the lists in the order they are shown;
// DailyDigest cuts each at MaxDigestLines and sets the counts.
type DailyDigestData struct {
	StationName string
	Date        string // the station's day, "2026-03-16"
	// WaitingStaff are the cases waiting on staff and WaitingConsumer
	// those awaiting the consumer's details, oldest first.
	WaitingStaff, WaitingConsumer []DigestCase
	// Deadlines are the cases whose deadline falls within two working days
	// or has passed, the soonest first.
	Deadlines []DigestDeadline
	// Failed is the outgoing mail that failed for good, oldest first.
	Failed []DigestFailed

	// Set by DailyDigest: how many of each there are in all, and how many
	// are left out of the mail.
	WaitingStaffTotal, WaitingConsumerTotal, DeadlinesTotal, FailedTotal int
	WaitingStaffMore, WaitingConsumerMore, DeadlinesMore, FailedMore     int
}

// DigestCase is a case's line in the daily digest.
type DigestCase struct {
	Ref, Kind, State, Subject string
	Since                     string // the day it was opened
}

// DigestDeadline is a deadline's line in the daily digest.
type DigestDeadline struct {
	Ref, Subject string
	Which        string // "acceptance" or "mediation"
	Due          string // the deadline's last day, in station time
	Overdue      bool
}

// DigestFailed is a failed mail's line in the daily digest.
type DigestFailed struct {
	ID                      int64 // for redress outbox retry
	Ref, Purpose, To, Error string
}

// MaxDigestLines is the most lines one list of the daily digest shows.
const MaxDigestLines = 100

// Empty reports whether the digest has nothing to say.
func (d DailyDigestData) Empty() bool {
	return len(d.WaitingStaff)+len(d.WaitingConsumer)+len(d.Deadlines)+len(d.Failed) == 0
}

// DailyDigest renders the daily digest from daily_digest.tmpl; the subject
// counts what waits.
func (t *Templates) DailyDigest(d DailyDigestData) (subject, body string, err error) {
	d.WaitingStaff, d.WaitingStaffTotal, d.WaitingStaffMore = cut(d.WaitingStaff)
	d.WaitingConsumer, d.WaitingConsumerTotal, d.WaitingConsumerMore = cut(d.WaitingConsumer)
	d.Deadlines, d.DeadlinesTotal, d.DeadlinesMore = cut(d.Deadlines)
	d.Failed, d.FailedTotal, d.FailedMore = cut(d.Failed)
	for i := range d.WaitingStaff {
		d.WaitingStaff[i].Subject = clipLine(d.WaitingStaff[i].Subject)
	}
	for i := range d.WaitingConsumer {
		d.WaitingConsumer[i].Subject = clipLine(d.WaitingConsumer[i].Subject)
	}
	for i := range d.Deadlines {
		d.Deadlines[i].Subject = clipLine(d.Deadlines[i].Subject)
	}
	for i := range d.Failed {
		d.Failed[i].Error = clipLine(d.Failed[i].Error)
	}
	body, err = t.render(TemplateDailyDigest, d)
	if err != nil {
		return "", "", err
	}
	subject = fmt.Sprintf("[%s] 每日摘要 / Daily digest %s: %d waiting on staff, %d on the consumer, %d deadlines, %d failed mails",
		oneLine(d.StationName), d.Date, d.WaitingStaffTotal, d.WaitingConsumerTotal, d.DeadlinesTotal, d.FailedTotal)
	return subject, body, nil
}

// cut returns the first MaxDigestLines of list (a copy), its length and
// how many are left out.
func cut[T any](list []T) ([]T, int, int) {
	n := len(list)
	return slices.Clone(list[:min(n, MaxDigestLines)]), n, max(0, n-MaxDigestLines)
}

// clipLine makes s one line of at most 60 characters.
func clipLine(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}

// RelayData is what a staff reply relayed to the consumer is rendered from.
type RelayData struct {
	StationName, StationAddress string
	Ref, Subject                string // Subject: the case's subject
	Text                        string // the staff member's new text
}

// Relay renders a staff reply for the consumer from relay.tmpl; the
// subject is CaseSubject(Ref, Subject).
func (t *Templates) Relay(d RelayData) (subject, body string, err error) {
	body, err = t.render(TemplateRelay, d)
	if err != nil {
		return "", "", err
	}
	return CaseSubject(d.Ref, d.Subject), body, nil
}

// Problems of StaffReplyData.
const (
	StaffReplyUnverified = "unverified" // no valid token: nothing done
	StaffReplyCommand    = "command"    // a command line is wrong: nothing done
)

// StaffReplyData is what the short answer to a staff member whose mail
// redress did not act on is rendered from.
type StaffReplyData struct {
	StationName  string
	Ref, Subject string // Ref may be "" (no case named); Subject: of the staff member's mail
	Problem      string // StaffReplyUnverified or StaffReplyCommand
	Line, Detail string // the wrong command line and what is wrong with it
}

// StaffReply renders it from staff_reply.tmpl; the subject is "Re: " and
// the staff member's subject (tagged with the case).
func (t *Templates) StaffReply(d StaffReplyData) (subject, body string, err error) {
	body, err = t.render(TemplateStaffReply, d)
	if err != nil {
		return "", "", err
	}
	subject = CaseSubject(d.Ref, d.Subject)
	if !strings.HasPrefix(strings.ToLower(subject), "re:") {
		subject = "Re: " + subject
	}
	return subject, body, nil
}

func (t *Templates) render(name string, data any) (string, error) {
	var buf bytes.Buffer
	if err := t.set.ExecuteTemplate(&buf, name, data); err != nil {
		return "", fmt.Errorf("rendering template %s: %w", t.source[name], err)
	}
	return normalizeBody(buf.String()), nil
}

// normalizeBody trims trailing white space from lines, collapses runs of
// blank lines to one and ends the text with exactly one newline, so that
// template layout does not leak into the mail.
func normalizeBody(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}

// Missing-item keys of AckData.Missing and StaffNoticeData.Missing.
const (
	MissingComplainantName   = "complainant_name"
	MissingComplainantPhone  = "complainant_phone"
	MissingRespondentName    = "respondent_name"
	MissingRespondentContact = "respondent_contact"
)

// AckData is what the acknowledgement to the consumer is rendered from.
type AckData struct {
	StationName, StationAddress string
	// Ref is the case reference; Subject the consumer's original subject.
	Ref     string
	Subject string
	// Language is "zh", "en", or "" when unsure (both, Chinese first).
	// "zh-CN", "en-US" and the like count as their first part; anything
	// else counts as "".
	Language string
	// Name is the complainant's name; may be "".
	Name string
	// Missing lists the items to ask for, in order: complainant_name,
	// complainant_phone, respondent_name, respondent_contact.
	Missing []string
	// Kind is "complaint" or "inquiry".
	Kind string
	// Reminder is 0 for the acknowledgement, n for the n-th reminder of
	// what is still missing.
	Reminder int
}

// Ack renders the acknowledgement: the subject is CaseSubject(Ref,
// Subject), the body comes from ack.zh.tmpl, ack.en.tmpl or
// ack.bilingual.tmpl by Language.
func (t *Templates) Ack(d AckData) (subject, body string, err error) {
	name := TemplateAckBoth
	switch lang := strings.ToLower(d.Language); {
	case lang == "zh" || strings.HasPrefix(lang, "zh-") || strings.HasPrefix(lang, "zh_"):
		name = TemplateAckZh
	case lang == "en" || strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_"):
		name = TemplateAckEn
	}
	body, err = t.render(name, d)
	if err != nil {
		return "", "", err
	}
	return CaseSubject(d.Ref, d.Subject), body, nil
}

// StaffNoticeData is what the notice to the station's staff is rendered
// from. Complainant, Respondent and Order are one-line summaries.
type StaffNoticeData struct {
	StationName, Ref, Kind, State string
	// Notice says why staff are told: "" for a new case, NoticeFollowUp,
	// NoticeComplete, NoticeReopened, NoticeUnreachable,
	// NoticeUndeliverable, NoticeDeadline or NoticeOverdue.
	Notice string
	// Deadline names the deadline of a NoticeDeadline or NoticeOverdue.
	Deadline string
	// Repeats is the reference of an open case this new one likely
	// repeats (same complainant, same merchant); "" none.
	Repeats string
	// Text is the consumer's text quoted in the notice; StaffNotice clips
	// it at MaxQuotedText.
	From, Subject, Text     string
	Missing                 []string
	Complainant, Respondent string
	Order                   string
	// RawID is the id under which the mail is kept as received (for
	// "redress cases raw ID"); 0 when not known. It is only used in the
	// marker of a clipped Text.
	RawID int64
}

// Why a staff notice is sent (StaffNoticeData.Notice); "" is a new case.
const (
	NoticeFollowUp      = "followup"
	NoticeComplete      = "complete"
	NoticeReopened      = "reopened"
	NoticeUnreachable   = "unreachable"
	NoticeUndeliverable = "undeliverable"
	NoticeDeadline      = "deadline"
	NoticeOverdue       = "overdue"
)

// MaxQuotedText is the most of a consumer's text, in bytes, that a staff
// notice quotes. A longer text is clipped at a character boundary and
// followed by a marker that says where the whole mail is: a few huge
// mails must not make every notice huge, and the case keeps everything.
const MaxQuotedText = 64 << 10

// ClipText returns text cut to at most limit bytes at a UTF-8 character
// boundary, followed by a marker line in Chinese and one in English that
// say it was clipped and how to see the whole mail (case ref, raw mail
// rawID; "" and 0 when not known yet). A text within the limit is
// returned unchanged. It bounds both the text a case stores and the text
// a staff notice quotes.
func ClipText(text string, limit int, ref string, rawID int64) string {
	if len(text) <= limit {
		return text
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	show := "redress cases show " + ref
	if ref == "" {
		show = "redress cases show REF"
	}
	rawZh := "redress cases raw ID（ID 见 cases show）"
	rawEn := "redress cases raw ID (the ID is in cases show)"
	if rawID > 0 {
		rawZh = fmt.Sprintf("redress cases raw %d", rawID)
		rawEn = rawZh
	}
	kib := limit >> 10
	return strings.TrimRight(text[:cut], "\r\n") + "\n" +
		fmt.Sprintf("[… 正文超过 %d KiB，其余部分已略去。完整来信：%s；原始邮件：%s …]\n", kib, show, rawZh) +
		fmt.Sprintf("[… text longer than %d KiB, the rest is left out. The whole mail: %s; bytes as received: %s …]", kib, show, rawEn)
}

// StaffNotice renders the notice to staff from staff_notice.tmpl. The
// subject is "[Ref] kind (state): original subject". Text is clipped at
// MaxQuotedText, with a marker line saying where the whole mail is.
func (t *Templates) StaffNotice(d StaffNoticeData) (subject, body string, err error) {
	d.Text = ClipText(d.Text, MaxQuotedText, oneLine(d.Ref), d.RawID)
	body, err = t.render(TemplateStaffNotice, d)
	if err != nil {
		return "", "", err
	}
	label := d.Kind
	if d.Notice != "" {
		label = d.Notice
	}
	if d.State != "" {
		label += " (" + d.State + ")"
	}
	subject = "[" + d.Ref + "] " + label
	if s := oneLine(d.Subject); s != "" {
		subject += ": " + s
	}
	return subject, body, nil
}

// CaseSubject returns subject tagged with "[ref]" in front, unless the tag
// is already in it (a reply keeps "Re: [YW-2026-00042] ..."). It strips
// nothing else; line breaks, other controls and runs of white space become
// single spaces, as buildMsg would write them anyway.
func CaseSubject(ref, subject string) string {
	subject = oneLine(subject)
	ref = oneLine(ref)
	if ref == "" {
		return subject
	}
	tag := "[" + ref + "]"
	if strings.Contains(strings.ToUpper(subject), strings.ToUpper(tag)) {
		return subject
	}
	if subject == "" {
		return tag
	}
	return tag + " " + subject
}

// oneLine makes s one line of header text (headerText): line breaks left
// over from header unfolding, controls and runs of spaces become single
// spaces, and the ends are trimmed.
func oneLine(s string) string { return headerText(s) }
