package analysis

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
)

// maxAnalysed is how much of a message's text the analysis reads.
// Complaints are short; a huge body is read only this far so that hostile
// input cannot make the analysis slow.
const maxAnalysed = 32 << 10

// Analyse reads what a decoded message says to the desk: Staff, Kind,
// CaseRef, Language, Complainant, Respondent, Order and Missing, and for a
// bounce which mail failed for whom (Bounce).
// Extraction reads only the new text (m.Text and a reply's m.Signature):
// quoted history never counts, forwarded content does. The Mail holds m;
// Analyse does not change it. Analyse never panics.
func Analyse(m *parser.Message, opts Options) *Mail {
	if m == nil {
		m = &parser.Message{}
	}
	a := &Mail{Message: m}
	analyse(a, opts)
	a.normalise()
	return a
}

// analyse sets the analysis fields of a.
func analyse(a *Mail, opts Options) {
	m := a.Message
	a.Staff = IsStation(m.From.Address, opts)
	staff := a.Staff
	a.CaseRef = findCaseRef(opts.CasePrefix, clip(m.Subject, 4096), clip(m.Text, maxAnalysed), clip(m.Quoted, maxAnalysed), clip(m.Returned, maxAnalysed))

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
	a.Kind = classify(&view, staff, a.CaseRef, ext)
	a.Bounce = nil
	if a.Kind == KindBounce {
		a.Bounce = findBounce(m, opts.CasePrefix)
	}

	langText := view.Text
	if strings.TrimSpace(langText) == "" {
		langText = view.FullText
	}
	a.Language = DetectLanguage(langText, view.Subject)

	a.Complainant, a.Respondent, a.Order, a.Missing = Complainant{}, Respondent{}, Order{}, nil
	switch a.Kind {
	case KindComplaint, KindInquiry, KindReply:
		if staff || ext == nil {
			return // staff mail carries no party data
		}
		a.Complainant = ext.complainant
		a.Respondent = ext.respondent
		a.Order = ext.order
		if a.Kind == KindInquiry && (notPaidRe.MatchString(view.Text) || !wasPaidRe.MatchString(view.Text)) {
			// "说交3980元加盟费就能拿货……我还没有付钱", "about USD 5,000
			// each time", "they ask me to pay USD 3,000 first": in a
			// question, a sum is an order's amount only when the writer
			// says it was paid.
			a.Order.Amount, a.Order.Currency = "", ""
		}
	default:
		return // machines and advertisers are nobody in the case
	}
	if a.Kind == KindComplaint {
		a.Missing = Missing(a.Complainant, a.Respondent, opts.Required)
	}
}

// notPaidRe finds a writer saying they have not paid or bought yet.
var notPaidRe = regexp.MustCompile(`(?i)(?:还没|还未|尚未|没有|未)(?:有)?(?:付|交|支付|付款|转账|购买|买|下单)|打算|准备(?:去|买|下单|购买|拿货|进货|定制|订)|计划(?:去|买|购买|采购)|报价|如果付|要先付|需要先付|先付|\b(?:plan(?:ning)?\s+(?:to|a|an|our|my|the)|going to|intend to|want to (?:buy|order)|would like to (?:buy|order)|they ask(?:ed)?(?: me| us)? (?:to pay|for)|quoted?)\b|\b(?:have not|haven't|havent|did not|didn't|not yet)\s+(?:yet\s+)?(?:paid|bought|ordered|pay|buy|order)\b|\bbefore\s+(?:I|we)\s+(?:pay|buy|order)\b`)

// wasPaidRe finds a writer saying money was paid.
var wasPaidRe = regexp.MustCompile(`(?i)付了|已付|已经付|支付了|已支付|已经支付|付款了|已付款|转了|转账了|交了|花了|买了|购买了|订了|实付|货款|\b(?:paid|have paid|has been paid|transferred|spent|sent the money|deposit(?:ed)?|bought|purchased|ordered)\b`)

// normalise makes every list of the analysis non-nil, so that JSON and
// storage show [] rather than null.
func (a *Mail) normalise() {
	for _, l := range []*[]string{&a.Complainant.Phones, &a.Complainant.Emails, &a.Respondent.URLs, &a.Respondent.Phones, &a.Missing} {
		if *l == nil {
			*l = []string{}
		}
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

// Missing lists, in report order, the required items that c and r lack;
// nil when none is lacking. required nil means DefaultRequired; items
// unknown to it are ignored. An e-mail address is not a phone number, and
// any of a URL, a phone or an address reaches a merchant.
func Missing(c Complainant, r Respondent, required []string) []string {
	if required == nil {
		required = DefaultRequired
	}
	var out []string
	add := func(item string, absent bool) {
		if absent && slices.Contains(required, item) {
			out = append(out, item)
		}
	}
	add(MissingComplainantName, c.Name == "")
	add(MissingComplainantPhone, len(c.Phones) == 0)
	add(MissingRespondentName, r.Name == "")
	add(MissingRespondentContact, len(r.URLs) == 0 && len(r.Phones) == 0 && r.Address == "")
	return out
}
