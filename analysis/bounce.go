package analysis

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"

	"github.com/yweca/redress/parser"
)

// Bounce says which mail a delivery failure report is about and for whom
// it failed. The desk matches it to a case by OriginalMessageID, else by
// CaseRef (the reference in OriginalSubject) and Recipients.
type Bounce struct {
	OriginalMessageID string   `json:"original_message_id"` // of the returned mail, without angle brackets; "" when the report quotes none
	Recipients        []string `json:"recipients"`          // addresses delivery failed (or, Permanent false, is delayed) for, lower case
	OriginalSubject   string   `json:"original_subject"`    // of the returned mail, decoded
	OriginalTo        []string `json:"original_to"`         // To of the returned mail, lower case
	Permanent         bool     `json:"permanent"`           // given up (Action: failed, 5.x.x, a final notice); false for a delay notice
	Status            string   `json:"status"`              // RFC 3463 code such as "5.1.1", or ""
	Diagnostic        string   `json:"diagnostic"`          // the remote server's reply or the stated reason: one line, clipped
	CaseRef           string   `json:"case_ref"`            // the case reference in OriginalSubject, or ""
}

// Limits of what a bounce report yields.
const (
	maxDiagnostic      = 300 // bytes of Diagnostic
	maxBounceAddresses = 50  // entries of Recipients and OriginalTo
)

//go:embed bounce_phrases.txt
var bouncePhrasesFile string

// bouncePhrases are the phrase roles of bounce_phrases.txt, each compiled
// into one case-insensitive alternation.
var bouncePhrases = loadBouncePhrases(bouncePhrasesFile)

type bouncePhraseSet struct {
	list, inline, original, reason, delay, final *regexp.Regexp
}

// loadBouncePhrases compiles the phrase file. A malformed line or an
// unknown role is a programming error and panics at start-up.
func loadBouncePhrases(file string) bouncePhraseSet {
	roles := map[string][]string{}
	for _, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 3 || f[1] == "" {
			panic("analysis: bounce_phrases.txt: malformed line " + line)
		}
		roles[f[0]] = append(roles[f[0]], regexp.QuoteMeta(f[1]))
	}
	re := func(role string) *regexp.Regexp {
		if len(roles[role]) == 0 {
			panic("analysis: bounce_phrases.txt: no phrase for role " + role)
		}
		return regexp.MustCompile(`(?i)(?:` + strings.Join(roles[role], "|") + `)`)
	}
	for r := range roles {
		if !slices.Contains([]string{"list", "inline", "original", "reason", "delay", "final"}, r) {
			panic("analysis: bounce_phrases.txt: unknown role " + r)
		}
	}
	return bouncePhraseSet{list: re("list"), inline: re("inline"), original: re("original"), reason: re("reason"), delay: re("delay"), final: re("final")}
}

// addrPat is an e-mail address as reports write them.
const addrPat = `[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+`

var (
	addrRe = regexp.MustCompile(addrPat)
	// A line that starts with an address, bare or in angle brackets
	// (Exim, Gmail, Exchange "a@b (a@b)", Sendmail "<a@b>").
	addrLineRe = regexp.MustCompile(`^[ \t]*(?:mailto:)?<?(` + addrPat + `)>?(?:[\s:.,;(]|$)`)
	// Postfix, qmail, Yahoo: "<a@b>: host … said: 550 …" or "<a@b>:".
	angleLineRe = regexp.MustCompile(`(?m)^[ \t]*<(` + addrPat + `)>[ \t]*(?::|\.\.\.)`)
	// An address right after an inline phrase.
	inlineAddrRe = regexp.MustCompile(`^[ \t\x{3000}]*[:：]?[ \t\x{3000}]*(?:mailto:)?[<《（(]?(` + addrPat + `)`)
	// The first line of a header block quoted in the text.
	headerStartRe = regexp.MustCompile(`(?im)^[ \t]*(?:return-path|received|message-id|subject|from|to|cc|date|mime-version|content-type|dkim-signature|reply-to|references|in-reply-to|x-[a-z0-9-]+)[ \t]*:`)
	// Labelled fields of Chinese providers' notices and of HTML NDRs.
	subjectLabelRe = regexp.MustCompile(`(?im)^[ \t\x{3000}]*(?:原?邮件主题|主[ \t\x{3000}]*题|被退回的邮件|the subject of the message is)[ \t\x{3000}]*[:：][ \t\x{3000}]*(.*)$`)
	toLabelRe      = regexp.MustCompile(`(?im)^[ \t\x{3000}]*(?:收[ \t\x{3000}]*件[ \t\x{3000}]*人|收信人|recipient address)[ \t\x{3000}]*[:：][ \t\x{3000}]*(.*)$`)
	// The original subject in the report's own subject: "Undeliverable:
	// [YW-2026-00042] …", "退信：…".
	bounceSubjectPrefixRe = regexp.MustCompile(`(?i)^\s*(?:undeliverable|undelivered|unzustellbar|non remis|onbestelbaar|no se puede entregar|non recapitabile|退信|系统退信|投递失败|邮件无法投递|无法投递|未送达|无法送达|无法传递)\s*[:：]\s*(.+)$`)
	// An RFC 3463 code not inside an IP address or version number.
	statusRe = regexp.MustCompile(`(?:^|[^0-9.])([45]\.[0-9]{1,3}\.[0-9]{1,3})(?:$|[^0-9.]|\.(?:$|[^0-9]))`)
	// An SMTP reply in the text: "550 5.1.1 …", "550-5.1.1 …", "#550 …".
	smtpReplyRe = regexp.MustCompile(`(?:^|[\s:'"(#（])([45][0-9][0-9][ -][^\n]*)`)
)

// findBounce reads which mail a report m is about and for whom it failed;
// casePrefix is Options.CasePrefix. It never returns nil: a report that
// names nothing gives an empty Bounce (Permanent unless it says the
// delivery is only delayed).
func findBounce(m *parser.Message, casePrefix string) *Bounce {
	b := &Bounce{}
	text := clip(m.FullText, maxAnalysed)
	human, quoted, hasQuoted := splitBounceText(text)
	subject := clip(m.Subject, 4096)

	// The returned mail: its header parts first, then a header block
	// quoted in the text, then labelled fields, then the report's subject.
	for _, h := range m.ReturnedHeaders {
		mergeFacts(b, h)
	}
	if hasQuoted {
		mergeFacts(b, quoted)
	}
	if b.OriginalSubject == "" {
		b.OriginalSubject = labelValue(subjectLabelRe, text)
	}
	if len(b.OriginalTo) == 0 {
		b.OriginalTo = findAddrs(labelValue(toLabelRe, text))
	}
	if b.OriginalSubject == "" {
		if sm := bounceSubjectPrefixRe.FindStringSubmatch(subject); sm != nil {
			b.OriginalSubject = strings.TrimSpace(sm[1])
		}
	}

	// Not the report's own parties: its sender and whom it went to.
	exclude := []string{m.From.Address}
	for _, a := range m.To {
		exclude = append(exclude, a.Address)
	}

	statusSet := fromDeliveryStatus(b, m.DeliveryStatus)
	if len(b.Recipients) == 0 {
		b.Recipients = textRecipients(human, exclude)
	}
	if len(b.Recipients) == 0 && len(b.OriginalTo) == 1 {
		// A report about a mail to one address can only be about it.
		b.Recipients = slices.Clone(b.OriginalTo)
	}
	if !statusSet {
		b.Permanent = !bouncePhrases.delay.MatchString(subject+"\n"+human) || bouncePhrases.final.MatchString(subject+"\n"+human)
	}
	if b.Status == "" {
		b.Status = textStatus(human, b.Permanent)
	}
	if b.Diagnostic == "" {
		b.Diagnostic = textDiagnostic(text, human)
	}
	b.Diagnostic = clipLine(b.Diagnostic, maxDiagnostic)
	b.OriginalSubject = clipLine(b.OriginalSubject, 1000)
	b.CaseRef = findCaseRef(casePrefix, b.OriginalSubject)
	if b.Recipients == nil {
		b.Recipients = []string{}
	}
	if b.OriginalTo == nil {
		b.OriginalTo = []string{}
	}
	return b
}

// fromDeliveryStatus fills Recipients, Permanent, Status and Diagnostic
// from RFC 3464 per-recipient blocks. Failed recipients win over delayed
// ones; delivered, relayed and expanded ones are not reported. It reports
// whether the blocks decided Permanent.
func fromDeliveryStatus(b *Bounce, status []parser.RecipientStatus) bool {
	var failed, delayed, unknown []parser.RecipientStatus
	for _, s := range status {
		switch {
		case s.Action == "failed":
			failed = append(failed, s)
		case s.Action == "delayed":
			delayed = append(delayed, s)
		case s.Action == "delivered" || s.Action == "relayed" || s.Action == "expanded" || strings.HasPrefix(s.Status, "2."):
		case strings.HasPrefix(s.Status, "5."):
			failed = append(failed, s) // RFC 3463 §3.1: 5.x.x is a permanent failure
		default:
			unknown = append(unknown, s)
		}
	}
	chosen, decided := failed, true
	switch {
	case len(failed) > 0:
		b.Permanent = true
	case len(delayed) > 0:
		chosen, b.Permanent = delayed, false
	default:
		chosen, decided = unknown, false
	}
	for _, s := range chosen {
		for _, a := range []string{s.OriginalRecipient, s.FinalRecipient} {
			if strings.Contains(a, "@") && !slices.Contains(b.Recipients, a) && len(b.Recipients) < maxBounceAddresses {
				b.Recipients = append(b.Recipients, a)
			}
		}
		if b.Status == "" {
			b.Status = s.Status
		}
		if b.Diagnostic == "" {
			b.Diagnostic = s.DiagnosticCode
		}
	}
	return decided && len(chosen) > 0
}

// mergeFacts fills the Original fields of b that are still empty from h.
func mergeFacts(b *Bounce, h parser.HeaderFacts) {
	if b.OriginalMessageID == "" {
		b.OriginalMessageID = h.MessageID
	}
	if b.OriginalSubject == "" {
		b.OriginalSubject = h.Subject
	}
	if len(b.OriginalTo) == 0 {
		for _, a := range h.To {
			if a.Address != "" && !slices.Contains(b.OriginalTo, a.Address) && len(b.OriginalTo) < maxBounceAddresses {
				b.OriginalTo = append(b.OriginalTo, a.Address)
			}
		}
	}
}

// splitBounceText splits a report's text into its own words (human) and
// the returned original: the report's words end at the first "original
// message" phrase or quoted header block, and quoted holds the facts of
// the first header block that names the mail (a Message-ID, a subject or
// a recipient). A block indented as a whole is read without its indent.
func splitBounceText(text string) (human string, quoted parser.HeaderFacts, ok bool) {
	end := len(text)
	if loc := bouncePhrases.original.FindStringIndex(text); loc != nil {
		end = lineStart(text, loc[0])
	}
	for _, loc := range headerStartRe.FindAllStringIndex(text, 50) {
		f, read := parser.ReadHeaderFacts([]byte(dedent(text[loc[0]:])))
		if read && (f.MessageID != "" || f.Subject != "" || len(f.To) > 0) {
			end = min(end, loc[0])
			quoted, ok = f, true
			break
		}
	}
	return text[:end], quoted, ok
}

// textStatus returns the first RFC 3463 code of a report's own words of
// the class it is about (5 for a permanent failure, 4 for a delay), else
// the first of any class.
func textStatus(human string, permanent bool) string {
	want := byte('4')
	if permanent {
		want = '5'
	}
	first := ""
	for _, sm := range statusRe.FindAllStringSubmatch(human, 20) {
		if sm[1][0] == want {
			return sm[1]
		}
		if first == "" {
			first = sm[1]
		}
	}
	return first
}

// dedent removes the indent of text's first line from it and from every
// following line that has it, up to the first line that has not.
func dedent(text string) string {
	indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
	if indent == "" || strings.ContainsAny(indent, "\n") {
		return strings.TrimLeft(text, " \t")
	}
	var sb strings.Builder
	for i, line := range strings.SplitAfter(text, "\n") {
		if i > 200 || !strings.HasPrefix(line, indent) {
			break
		}
		sb.WriteString(line[len(indent):])
	}
	return sb.String()
}

// textRecipients finds the failed addresses that a report's own words
// name: "<a@b>: …" lines, addresses listed after a list phrase, and an
// address right after an inline phrase. Addresses in exclude are not
// recipients.
func textRecipients(human string, exclude []string) []string {
	var out []string
	add := func(a string) {
		a = strings.ToLower(a)
		if !slices.Contains(exclude, a) && !parser.DaemonSender(a) && !slices.Contains(out, a) && len(out) < maxBounceAddresses {
			out = append(out, a)
		}
	}
	for _, sm := range angleLineRe.FindAllStringSubmatch(human, maxBounceAddresses) {
		add(sm[1])
	}
	for _, loc := range bouncePhrases.list.FindAllStringIndex(human, 10) {
		for _, a := range listedAddrs(human[loc[1]:]) {
			add(a)
		}
	}
	for _, loc := range bouncePhrases.inline.FindAllStringIndex(human, 20) {
		if sm := inlineAddrRe.FindStringSubmatch(human[loc[1]:]); sm != nil {
			add(sm[1])
		}
	}
	return out
}

// listedAddrs returns the addresses listed after a list phrase: on the
// rest of its line, then on the following lines that start with one.
// Indented lines after an address are its details; lines without "@"
// before the first address are skipped (a heading, a display name); any
// other line ends the list.
func listedAddrs(rest string) []string {
	lines := strings.Split(rest, "\n")
	var out []string
	if sm := inlineAddrRe.FindStringSubmatch(lines[0]); sm != nil {
		out = append(out, sm[1])
	}
	skipped := 0
	for _, line := range lines[1:min(len(lines), 60)] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if sm := addrLineRe.FindStringSubmatch(line); sm != nil {
			out = append(out, sm[1])
			continue
		}
		if len(out) > 0 && (line[0] == ' ' || line[0] == '\t') {
			continue
		}
		if len(out) == 0 && !strings.Contains(line, "@") && skipped < 15 {
			skipped++
			continue
		}
		break
	}
	return out
}

// textDiagnostic finds the stated reason of a report: the value of a
// reason label anywhere in its text, else the first SMTP reply in its own
// words with the indented lines that continue it, else what follows the
// first "<a@b>:" line.
func textDiagnostic(text, human string) string {
	for _, loc := range bouncePhrases.reason.FindAllStringIndex(text, 10) {
		if v := labelRest(text[loc[1]:]); v != "" {
			return v
		}
	}
	loc := smtpReplyRe.FindStringSubmatchIndex(human)
	if loc == nil {
		// qmail: "<a@b>:" and the remote's words on the next line.
		if loc := angleLineRe.FindStringIndex(human); loc != nil {
			return labelRest(human[loc[1]-1:])
		}
		return ""
	}
	var sb strings.Builder
	lines := strings.Split(human[loc[2]:], "\n")
	sb.WriteString(lines[0])
	for _, l := range lines[1:min(len(lines), 8)] {
		if l == "" || (l[0] != ' ' && l[0] != '\t') {
			break
		}
		sb.WriteString(" ")
		sb.WriteString(l)
	}
	return trimUnbalanced(strings.TrimRight(strings.TrimSpace(sb.String()), `'"# `))
}

// trimUnbalanced removes a closing parenthesis at the end of s that
// closes nothing in s: the reply was quoted inside one ("…(550 no such
// user)").
func trimUnbalanced(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasSuffix(s, p[1]) && strings.Count(s, p[1]) > strings.Count(s, p[0]) {
			s = strings.TrimSpace(strings.TrimSuffix(s, p[1]))
		}
	}
	return s
}

// labelValue returns the value of the first line re matches: the rest of
// that line, or the next non-blank line when the rest is empty (a label
// and its value in two table cells).
func labelValue(re *regexp.Regexp, text string) string {
	loc := re.FindStringSubmatchIndex(text)
	if loc == nil {
		return ""
	}
	if v := strings.TrimSpace(text[loc[2]:loc[3]]); v != "" {
		return v
	}
	return nextLine(text[loc[1]:])
}

// labelRest returns what follows a label: the rest of its line after a
// colon, or the next non-blank line when the label ends its line. A label
// followed by other words ("退回原因如下") is no label: "".
func labelRest(rest string) string {
	line, after, _ := strings.Cut(rest, "\n")
	line = strings.Trim(line, " \t\u3000\r")
	if line == "" {
		return nextLine(after)
	}
	v, ok := strings.CutPrefix(line, ":")
	if !ok {
		v, ok = strings.CutPrefix(line, "：")
	}
	if !ok {
		return ""
	}
	if v = strings.TrimSpace(strings.Trim(v, " \u3000")); v != "" {
		return v
	}
	return nextLine(after)
}

// nextLine returns the first non-blank line among the next few lines of s.
func nextLine(s string) string {
	for i, l := range strings.Split(s, "\n") {
		if i > 5 {
			break
		}
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// findAddrs returns the addresses in s, lower case, without duplicates.
func findAddrs(s string) []string {
	var list []string
	for _, a := range addrRe.FindAllString(s, maxBounceAddresses) {
		if a = strings.ToLower(a); !slices.Contains(list, a) {
			list = append(list, a)
		}
	}
	return list
}

// lineStart returns the offset of the start of the line holding offset i.
func lineStart(s string, i int) int {
	return strings.LastIndexByte(s[:i], '\n') + 1
}

// clipLine collapses s onto one line and clips it to n bytes.
func clipLine(s string, n int) string {
	return clip(strings.Join(strings.Fields(s), " "), n)
}
