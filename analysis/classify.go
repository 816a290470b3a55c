package analysis

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"
	"github.com/yweca/redress/parser"
)

// classify picks the Kind of a message. staff says the sender is the station
// or its staff, ref is the case reference found, if any, and ext holds what
// extraction found in the new text (used to tell complaints from inquiries).
func classify(m *parser.Message, staff bool, ref string, ext *extraction) Kind {
	t := &classifyText{m: m}
	if isBounce(m, t) {
		return KindBounce
	}
	if isAutoReply(m, t, staff) {
		return KindAutoReply
	}
	if !staff && isSpam(m, t) {
		return KindSpam
	}
	if staff || ref != "" {
		return KindReply
	}
	if isComplaint(t, ext) {
		return KindComplaint
	}
	return KindInquiry
}

// classifyText holds the subject and text of the message being classified,
// each folded and searched for phrases once, when first needed.
type classifyText struct {
	m             *parser.Message
	subject, body *scanned
}

func (t *classifyText) subj() *scanned {
	if t.subject == nil {
		t.subject = classifyPhrases.scan(t.m.Subject, 0)
	}
	return t.subject
}

// text is the message's new text, or its full text when it has none.
// Automatic answers are looked for in its first autoHead bytes only.
func (t *classifyText) text() *scanned {
	if t.body == nil {
		s := t.m.Text
		if s == "" {
			s = t.m.FullText
		}
		t.body = classifyPhrases.scan(s, autoHead)
	}
	return t.body
}

// autoHead is how much of a text is read for the wording of an automatic
// answer: a long complaint may quote one it received further down.
const autoHead = 1500

func isBounce(m *parser.Message, t *classifyText) bool {
	if m.IsDSN {
		return true
	}
	if parser.DaemonSender(m.From.Address) {
		return true
	}
	// "Fwd: Undeliverable: …" is a person passing a report on.
	return !forwardSubjectRe.Match(t.subj().b) && t.subj().has(listBounceSubject)
}

// forwardSubjectRe matches a (folded) subject that forwards another
// message, after any reply prefixes: what follows is the forwarded
// message's subject.
var forwardSubjectRe = regexp.MustCompile(`^\s*(?:(?:re|aw|回复|答复|回覆)\s*[:：]\s*)*(?:fwd?|forward|转发|转寄|轉寄|轉發)\s*[:：]`)

func isAutoReply(m *parser.Message, t *classifyText, staff bool) bool {
	// RFC 3834 §5: any Auto-Submitted value other than "no" marks a machine.
	if a := strings.TrimSpace(m.AutoSubmitted); a != "" && !strings.HasPrefix(a, "no") {
		return true
	}
	switch strings.TrimSpace(m.Precedence) {
	case "auto_reply", "auto-reply", "autoreply":
		return true
	}
	subj := t.subj()
	if !forwardSubjectRe.Match(subj.b) && (subj.has(listAutoSubject) || bytes.HasPrefix(bytes.TrimLeft(subj.b, " \t\r\n\f\v"), []byte("auto:"))) {
		return true
	}
	if staff {
		// The station's own people write "我们已收到您的投诉" by hand.
		return false
	}
	if t.text().headWeight(listAutoText) == 0 {
		return false
	}
	// A consumer describing their own order and problem is not a machine,
	// even when they mention that the seller is "out of office".
	return !(t.text().has(listProblem) && t.text().has(listConsumer))
}

func isSpam(m *parser.Message, t *classifyText) bool {
	subj, text := t.subj(), t.text()
	weight := func(l phraseList) int { return subj.weight(l) + text.weight(l) }
	// A phishing or fake notice: it asks the station for nothing, and its
	// writer is no victim telling about it.
	if weight(listPhish) >= 2 && weight(listDemand) == 0 && weight(listVictim) == 0 {
		return true
	}
	ads := weight(listSpam)
	consumer := weight(listConsumer) > 0
	bulk := m.ListID != ""
	switch strings.TrimSpace(m.Precedence) {
	case "bulk", "junk", "list":
		bulk = true
	}
	switch {
	case bulk && (ads > 0 || !consumer):
		return true
	case !consumer && ads >= 2:
		return true
	case ads >= 4:
		return true
	}
	return false
}

// isComplaint tells a complaint (a grievance about goods or a merchant the
// station should act on) from an inquiry (a question about rules or
// procedure that asks for nothing about a dispute).
func isComplaint(t *classifyText, ext *extraction) bool {
	// A problem with one's own purchase is a complaint, even when asked
	// as a question ("我在XX店买的…坏了，请问能退吗？"), and however vaguely
	// said ("I bought goods from a 2-yuan shop online and they are
	// wrong"): the station is asked to act against a merchant, and what
	// it needs to know is then asked for.
	text := t.text()
	subj := t.subj()
	if text.has(listOwnPurchase) && (text.has(listProblem) || text.has(listVague) || subj.has(listProblem) || subj.has(listVague)) &&
		!text.has(listHypothetical) {
		return true
	}
	c, q := complaintScore(t, ext)
	if c == 0 && q == 0 {
		return ext != nil && ext.respondent.Name != ""
	}
	return c > q
}

// complaintScore weighs the signs of a complaint (c) against those of a
// question (q). Each list's summed weight is capped, so that one long
// mail cannot outweigh the others by repetition.
func complaintScore(t *classifyText, ext *extraction) (c, q int) {
	subj, text := t.subj(), t.text()
	if !subj.has(listHowTo) {
		c += min(3, subj.weight(listComplaintSubject))
	}
	q += min(2, subj.weight(listHowTo)+text.weight(listHowTo))
	if ext != nil {
		if ext.order.Number != "" {
			c += 2
		}
		if ext.order.Amount != "" {
			c++
		}
		if ext.forwarded {
			c++
		}
	}
	c += min(3, text.weight(listProblem))
	c += min(4, text.weight(listDemand))
	q += min(6, subj.weight(listQuestion)+text.weight(listQuestion))
	// "if one day a supplier sends wrong goods …", "万一…": the problem
	// has not happened; the writer asks how it would be handled.
	q += min(8, 2*text.weight(listHypothetical))
	return c, q
}

// Wording with slots, which a phrase list cannot hold. Each is matched on
// folded text and counts toward a phrase list (structRes).
var (
	// An organisation acknowledging mail.
	zhAckRe = regexp.MustCompile(`(?:我们|本站|我司|我方|系统)已(?:经)?(?:成功)?收到(?:您|你)的(?:邮件|来信|来函|信件|消息|投诉)|(?:您|你)的(?:邮件|来信|来函)已(?:经)?收到`)
	// A helpdesk that has opened a ticket.
	zhTicketRe = regexp.MustCompile(`(?:您|你)的(?:工单|投诉|申请|请求|问题|反馈|来信|邮件)已(?:经)?(?:被)?受理|已(?:经)?受理(?:您|你)的|(?:您|你)的工单(?:号|编号)?(?:为|是|:)`)
	// Someone telling they are away, or will answer on their return.
	zhAwayRe   = regexp.MustCompile(`(?:我|本人)(?:最近|目前|现在|这几天)?(?:正在|正)?(?:休假|出差|外出)中|我(?:最近|目前|现在)?正在休假`)
	zhReturnRe = regexp.MustCompile(`(?:回来|返回|回国|上班)后.{0,6}(?:回复|回覆|(?:处理|联系)(?:您|你))`)
	// A helpdesk acknowledging a ticket, perhaps with its number.
	ticketReceivedRe = regexp.MustCompile(`your (?:e-?mail|message|request|ticket|enquiry|inquiry)(?: \(?(?:#|no\.? ?)[0-9a-z-]+\)?)? has been (?:received|logged)`)
	// A writer stating that they bought from someone (not "我还没买").
	ownPurchaseRe = regexp.MustCompile(`我(?:在|从)?[^，。！？,.!?\n没未还]{0,20}(?:买|购买|下单|订购)(?:了|的)`)
	// A purchase told with how long ago it was, as phone-style mail tells
	// its own without 我: "耳机买了五个月", "买的才三天就坏了", "充了卡不到
	// 一个月": an experience, not a question about one.
	zhBoughtAgoRe = regexp.MustCompile(`(?:^|[。！？\n，,])[^。！？\n，,如果假要万朋友同事别人他她]{0,10}(?:买|购买|订|办|充|交|报名)(?:了|的)(?:卡|钱|定金)?(?:才|刚|不到|没(?:几|多久)|快)?(?:[一二三四五六七八九十两几半\d]+)(?:个)?(?:天|周|星期|礼拜|月|年|次)`)
	// A purchase told as a past event, with when and how much: "上个月在
	// 闲鱼上买了一台二手微单", "十月底在一家店订了一批保温杯", "昨晚点了一份
	// 麻辣烫", "去年九月给孩子报了一个编程班".
	zhBoughtWhenRe = regexp.MustCompile(`(?:昨天|昨晚|前天|前几天|前阵子|上周|上个?星期|上个?礼拜|上个月|上月|去年|今年|年初|月初|月底|周末|[一二三四五六七八九十\d]+月(?:份|初|底|中旬|下旬)?|[一二三四五六七八九十\d]+[号日])[^。！？\n]{0,24}?(?:买|订|点|报|办|充|寄|交|付|定|租)了(?:[一二三四五六七八九十百千万两几半]|\d)`)
	// A clause opening with where the writer bought: "在商贸城二区订了一批发夹",
	// "我在一家美容院充了五千块的卡" (a clause after 如果 does not open so).
	zhBoughtAtRe = regexp.MustCompile(`(?:^|[。！？\n，,])(?:我们?|本人)?在[^。！？\n，,]{1,16}?(?:买|订|点|报|办|充|定|租)了(?:[一二三四五六七八九十百千万两几半]|\d)`)
	// A problem put as a condition: "If the suit doesn't fit, what are my
	// rights?" — it has not happened yet.
	ifProblemRe = regexp.MustCompile(`\bif\s+(?:the|it|they|my|a|an|i|we|this|that)\b[^.,;?!\n]{0,40}?\b(?:doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|breaks|break|arrives? (?:late|damaged|broken)|turns? out|goes wrong|fails?)\b`)
	// A writer telling of their own purchase.
	zhBoughtRe = regexp.MustCompile(`我(?:在|从)?.{0,12}(?:买|购买|下单|订购|定制|进了)`)
	// A writer asking for a remedy: "I want a full refund".
	wantRemedyRe = regexp.MustCompile(`\bi (?:want|would like|request|demand|need) (?:a |my |the |full )*(?:refund|replacement|compensation|money back)`)
)

// structRes are the expressions above, the list each counts toward with
// its weight, whether it is read in a text's head only, and keys: every
// match holds one of them, so a text without any is not searched (the
// expressions have no literal prefix that regexp could skip to itself).
var structRes = [...]struct {
	list   phraseList
	re     *regexp.Regexp
	weight int
	head   bool
	keys   []string
}{
	{listAutoText, zhAckRe, 1, true, []string{"已收到", "已经收到", "成功收到"}},
	{listAutoText, zhTicketRe, 1, true, []string{"受理", "的工单"}},
	{listAutoText, zhAwayRe, 1, true, []string{"休假", "出差", "外出"}},
	{listAutoText, zhReturnRe, 1, true, []string{"回来后", "返回后", "回国后", "上班后"}},
	{listAutoText, ticketReceivedRe, 1, true, []string{"has been"}},
	{listOwnPurchase, ownPurchaseRe, 1, false, []string{"我"}},
	{listOwnPurchase, zhBoughtWhenRe, 1, false, []string{"买了", "订了", "点了", "报了", "办了", "充了", "寄了", "交了", "付了", "定了", "租了"}},
	{listOwnPurchase, zhBoughtAtRe, 1, false, []string{"在"}},
	{listHypothetical, ifProblemRe, 1, false, []string{"if "}},
	{listOwnPurchase, zhBoughtAgoRe, 1, false, []string{"买", "订", "办", "充", "交", "报名"}},
	{listConsumer, zhBoughtRe, 1, false, []string{"我"}},
	{listDemand, wantRemedyRe, 2, false, []string{"refund", "replacement", "compensation", "money back"}},
}

// maxStructCount bounds how many matches of an expression are counted: no
// list's weight is capped above two matches.
const maxStructCount = 2

// phraseList names one list of phrases, a file under phrases/.
type phraseList int

const (
	listBounceSubject phraseList = iota
	listAutoSubject
	listAutoText
	listSpam
	listPhish
	listVictim
	listConsumer
	listOwnPurchase
	listComplaintSubject
	listHowTo
	listProblem
	listDemand
	listVague
	listQuestion
	listHypothetical
	numLists
)

// phraseFiles are the files of the lists, in phrases/.
var phraseFiles = [numLists]string{
	listBounceSubject:    "bounce-subject.txt",
	listAutoSubject:      "auto-subject.txt",
	listAutoText:         "auto-text.txt",
	listSpam:             "spam.txt",
	listPhish:            "phish.txt",
	listVictim:           "victim.txt",
	listConsumer:         "consumer.txt",
	listOwnPurchase:      "own-purchase.txt",
	listComplaintSubject: "complaint-subject.txt",
	listHowTo:            "how-to.txt",
	listProblem:          "problem.txt",
	listDemand:           "demand.txt",
	listVague:            "vague.txt",
	listQuestion:         "question.txt",
	listHypothetical:     "hypothetical.txt",
}

//go:embed phrases/*.txt
var phrasesFS embed.FS

// classifyPhrases are all phrase lists in one automaton, built once.
var classifyPhrases = func() *phraseSet {
	ps, err := loadPhrases()
	if err != nil {
		panic("analysis: " + err.Error())
	}
	return ps
}()

// phraseSet is every phrase of every list, matched in one pass over a
// folded text. It is immutable after construction.
type phraseSet struct {
	ac       *ahocorasick.Automaton
	patterns []phrasePattern // by pattern id of ac
}

// phrasePattern is one folded phrase text and the lists it belongs to.
type phrasePattern struct {
	text    string
	left    bool // starts with a word byte: must start a word
	entries []phraseEntry
}

// phraseEntry is a phrase's place in one list.
type phraseEntry struct {
	list   phraseList
	weight int
	right  bool // ends with a word byte and has no *: must end a word
}

// loadPhrases reads and checks every list file.
func loadPhrases() (*phraseSet, error) {
	ps := &phraseSet{}
	index := map[string]int{}
	for l, name := range phraseFiles {
		b, err := phrasesFS.ReadFile("phrases/" + name)
		if err != nil {
			return nil, fmt.Errorf("reading phrase list: %w", err)
		}
		n := 0
		for i, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			where := fmt.Sprintf("phrases/%s:%d", name, i+1)
			cols := strings.Split(line, "\t")
			if len(cols) != 3 {
				return nil, fmt.Errorf("%s: want phrase, weight and source separated by tabs, got %d columns", where, len(cols))
			}
			phrase, open := strings.CutSuffix(cols[0], "*")
			weight, err := strconv.Atoi(cols[1])
			switch {
			case err != nil || weight < 1:
				return nil, fmt.Errorf("%s: weight %q is not a positive integer", where, cols[1])
			case strings.TrimSpace(cols[2]) == "":
				return nil, fmt.Errorf("%s: no source for %q", where, cols[0])
			case phrase == "" || strings.TrimSpace(phrase) != phrase || !utf8.ValidString(phrase):
				return nil, fmt.Errorf("%s: phrase %q is empty, has outer spaces or is not UTF-8", where, cols[0])
			}
			f, _ := foldText(phrase, 0)
			id, ok := index[string(f)]
			if !ok {
				id = len(ps.patterns)
				index[string(f)] = id
				ps.patterns = append(ps.patterns, phrasePattern{text: string(f), left: isWordByte(f[0])})
			}
			p := &ps.patterns[id]
			for _, e := range p.entries {
				if e.list == phraseList(l) {
					return nil, fmt.Errorf("%s: %q is listed twice", where, cols[0])
				}
			}
			p.entries = append(p.entries, phraseEntry{list: phraseList(l), weight: weight, right: !open && isWordByte(f[len(f)-1])})
			n++
		}
		if n == 0 {
			return nil, fmt.Errorf("phrases/%s holds no phrase", name)
		}
	}
	texts := make([]string, len(ps.patterns))
	for i, p := range ps.patterns {
		texts[i] = p.text
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(texts).Build()
	if err != nil {
		return nil, fmt.Errorf("building phrase automaton: %w", err)
	}
	ps.ac = ac
	return ps, nil
}

// scanned is one folded text and what its phrases and expressions weigh.
type scanned struct {
	b              []byte               // the text folded by foldText
	head           int                  // end in b of the head of the text that was asked for
	phraseW, headW [numLists]int        // what the phrases of each list weigh in b and in b[:head]
	res            [len(structRes)]int8 // matches of structRes, -1 not yet counted
}

// scan folds s and finds the phrases in it, in s and in its first head
// bytes. A list weighs the sum of the weights of its phrases' occurrences
// that do not overlap (the earliest ending ones are counted).
func (ps *phraseSet) scan(s string, head int) *scanned {
	sc := &scanned{}
	sc.b, sc.head = foldText(s, head)
	for i := range sc.res {
		sc.res[i] = -1
	}
	var lastEnd [numLists]int
	for _, m := range ps.ac.FindAllOverlapping(sc.b) {
		p := &ps.patterns[m.PatternID]
		if p.left && m.Start > 0 && isWordByte(sc.b[m.Start-1]) {
			continue
		}
		atWordEnd := m.End == len(sc.b) || !isWordByte(sc.b[m.End])
		for _, e := range p.entries {
			if e.right && !atWordEnd || m.Start < lastEnd[e.list] {
				continue
			}
			lastEnd[e.list] = m.End
			sc.phraseW[e.list] += e.weight
			if m.End <= sc.head {
				sc.headW[e.list] += e.weight
			}
		}
	}
	return sc
}

// weight returns what list l weighs in the whole text: its phrases and the
// expressions of structRes counting toward it.
func (sc *scanned) weight(l phraseList) int {
	w := sc.phraseW[l]
	for i, r := range structRes {
		if r.list == l && !r.head {
			w += r.weight * sc.count(i, sc.b)
		}
	}
	return w
}

// headWeight returns what list l weighs in the head of the text.
func (sc *scanned) headWeight(l phraseList) int {
	w := sc.headW[l]
	for i, r := range structRes {
		if r.list == l && r.head {
			w += r.weight * sc.count(i, sc.b[:sc.head])
		}
	}
	return w
}

// has tells whether list l occurs in the whole text.
func (sc *scanned) has(l phraseList) bool {
	return sc.phraseW[l] > 0 || sc.weight(l) > 0
}

// count returns the matches of structRes[i] in b, at most maxStructCount,
// counted once.
func (sc *scanned) count(i int, b []byte) int {
	if sc.res[i] < 0 {
		sc.res[i] = 0
		for _, k := range structRes[i].keys {
			if bytes.Contains(b, []byte(k)) {
				sc.res[i] = int8(len(structRes[i].re.FindAllIndex(b, maxStructCount)))
				break
			}
		}
	}
	return int(sc.res[i])
}

// foldText returns s as phrases are matched against it: letters in lower
// case (the Kelvin sign and long s, which fold to ASCII letters, as k and
// s), full-width ASCII forms (Ａ, ？, ：) and the ideographic space as
// ASCII, and the ’ apostrophe as '. Bytes that are not UTF-8 are kept. It
// also returns where s[:mark] ends in the result (mark <= 0: 0; past s:
// the end).
func foldText(s string, mark int) ([]byte, int) {
	b := make([]byte, 0, len(s))
	at := -1
	for i := 0; i < len(s); {
		if i >= mark && at < 0 {
			at = len(b)
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, c)
			i++
			continue
		case 0xff01 <= r && r <= 0xff5e:
			r = unicode.ToLower(r - 0xfee0)
		case r == '\u3000':
			r = ' '
		case r == '’':
			r = '\''
		case r == '\u212a':
			r = 'k'
		case r == '\u017f':
			r = 's'
		case 0x2e80 <= r && r < 0xa000:
			// CJK, kana and their punctuation have no case.
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	if at < 0 {
		at = len(b)
	}
	return b, at
}

// isWordByte tells whether c is a byte of a word as \b sees it.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// findCaseRef returns the first case reference PREFIX-YYYY-NNNNN in texts,
// searched in order, or "". A reference glued to further letters or digits
// ("YW-2026-001234", "YW-2026-00042A"), or labelled as an order or ticket
// number, is not a case reference.
func findCaseRef(prefix string, texts ...string) string {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return ""
	}
	re, err := regexp.Compile(`(?i)` + regexp.QuoteMeta(prefix) + `-([0-9]{4})-([0-9]{5})`)
	if err != nil {
		return ""
	}
	for _, t := range texts {
		t = foldRefForms(t)
		for _, loc := range re.FindAllStringIndex(t, -1) {
			if loc[0] > 0 {
				p, _ := utf8.DecodeLastRuneInString(t[:loc[0]])
				if isASCIIAlnum(p) || p == '-' || p == '_' || p == '/' || p == '.' {
					continue
				}
			}
			if loc[1] < len(t) {
				n, size := utf8.DecodeRuneInString(t[loc[1]:])
				if isASCIIAlnum(n) || n == '_' || n == '/' {
					continue
				}
				if (n == '-' || n == '.') && loc[1]+size < len(t) && isDigitByte(t[loc[1]+size]) {
					continue // "YW-2026-00042-1", "YW-2026-00042.5"
				}
			}
			before := strings.ToLower(t[max(0, loc[0]-40):loc[0]])
			if orderLabelBeforeRe.MatchString(before) {
				continue
			}
			return strings.ToUpper(prefix) + t[loc[0]+len(prefix):loc[1]]
		}
	}
	return ""
}

// refDashes are the hyphens a case reference gets when typed with a
// Chinese input method (full width) or autocorrected (Unicode dashes).
const refDashes = "\uff0d\u2010\u2011\u2012\u2013\u2212"

// foldRefForms maps, in a text holding such a hyphen, full-width ASCII
// forms and those hyphens to ASCII: "ＹＷ－２０２６－００４２" reads as
// "YW-2026-0042".
func foldRefForms(s string) string {
	if !strings.ContainsAny(s, refDashes) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xff01 && r <= 0xff5e:
			return r - 0xfee0
		case strings.ContainsRune(refDashes, r):
			return '-'
		}
		return r
	}, s)
}

// orderLabelBeforeRe matches text just before a number that labels it as an
// order, ticket or transaction number.
var orderLabelBeforeRe = regexp.MustCompile(`(?i)(订单|单号|工单|交易|流水|运单|快递|order|ticket|transaction|tracking|invoice|waybill|sku|item)\s*(?:号码|号|编号|no\.?|number|#|id|ref(?:erence)?)?\s*(?:是|为|is|:|：)?\s*$`)
