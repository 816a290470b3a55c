package parser

import (
	"strings"
	"unicode/utf8"
)

// maxAnalysed is how much of a message's text the analysis reads.
// Complaints are short; a huge body is read only this far so that hostile
// input cannot make the analysis slow.
const maxAnalysed = 32 << 10

// analyse sets Kind, CaseRef, Language, Complainant, Respondent, Order and
// Missing from a decoded Message. Extraction reads only the new text
// (m.Text and a reply's m.Signature): quoted history never counts,
// forwarded content does.
func analyse(m *Message, opts Options) {
	// Parse sets Staff; analyse also serves Messages built by hand.
	staff := m.Staff || isStaff(m.From.Address, opts)
	m.CaseRef = findCaseRef(opts.CasePrefix, clip(m.Subject, 4096), clip(m.Text, maxAnalysed), clip(m.Quoted, maxAnalysed), clip(m.Returned, maxAnalysed))

	text := clip(m.Text, maxAnalysed)
	var ext *extraction
	// A reply's signature is trimmed from Text, but the consumer's name,
	// phone and address in it are theirs.
	extractFrom := text
	if m.Signature != "" {
		extractFrom = clip(m.Text+"\n\n"+m.Signature, maxAnalysed)
	}
	if !staff {
		ext = extract(extractFrom, m.From, clip(m.Subject, 4096), opts)
	}
	// Classify on simplified characters: 投訴 reads as 投诉.
	view := *m
	view.Subject = simplifyHan(clip(m.Subject, 4096))
	view.Text = simplifyHan(text)
	view.FullText = simplifyHan(clip(m.FullText, maxAnalysed))
	m.Kind = classify(&view, staff, m.CaseRef, ext)

	langText := view.Text
	if strings.TrimSpace(langText) == "" {
		langText = view.FullText
	}
	m.Language = detectLanguage(langText, view.Subject)

	m.Complainant, m.Respondent, m.Order, m.Missing = Complainant{}, Respondent{}, Order{}, nil
	switch m.Kind {
	case KindComplaint, KindInquiry, KindReply:
		if staff || ext == nil {
			return // staff mail carries no party data
		}
		m.Complainant = ext.complainant
		m.Respondent = ext.respondent
		m.Order = ext.order
	default:
		return // machines and advertisers are nobody in the case
	}
	if m.Kind == KindComplaint {
		m.Missing = missing(m, opts.Required)
	}
}

// clip cuts s to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// missing lists, in report order, the required items the message lacks.
// required nil means DefaultRequired.
func missing(m *Message, required []string) []string {
	if required == nil {
		required = DefaultRequired
	}
	want := make(map[string]bool, len(required))
	for _, r := range required {
		want[r] = true
	}
	out := []string{}
	add := func(item string, absent bool) {
		if want[item] && absent {
			out = append(out, item)
		}
	}
	add(MissingComplainantName, m.Complainant.Name == "")
	add(MissingComplainantPhone, len(m.Complainant.Phones) == 0)
	add(MissingRespondentName, m.Respondent.Name == "")
	add(MissingRespondentContact, len(m.Respondent.URLs) == 0 && len(m.Respondent.Phones) == 0 && m.Respondent.Address == "")
	return out
}
