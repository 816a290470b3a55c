package analysis

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
)

var (
	bounceSubjectRe = regexp.MustCompile(`(?i)undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|delivery failure|failure notice|mail delivery (?:failed|failure|system)|returned mail|returned to sender|could not be delivered|non-?delivery|退信|投递失败|无法投递|邮件退回|递送失败|发送失败通知`)
	autoSubjectRe   = regexp.MustCompile(`(?i)自动回复|自動回覆|自动答复|自動回復|auto(?:matic)?[- ]?(?:reply|response|answer)|^\s*auto:|out of (?:the )?office|\booo\b|abwesenheit|réponse automatique|risposta automatica|respuesta automática|休假通知|外出通知`)
	// Wording of an automatic answer. Each phrase is one a person writing a
	// complaint would hardly use about their own message.
	autoTextRe = regexp.MustCompile(`(?i)this is an? automat(?:ed|ic) (?:reply|response|message|notification|e-?mail)|automatic(?:ally generated)? reply|auto-?reply|out of (?:the )?office|(?:i am|i'm|i’m) (?:currently )?(?:away|out of|on (?:annual |sick |maternity )?leave|travel+ing|on holiday|on vacation)|limited (?:e-?mail|email) access|will (?:reply|respond|get back to you) (?:to your (?:e-?mail|message) )?(?:when|on|after) (?:i|my) return|we ha(?:ve|s) (?:successfully )?received your (?:e-?mail|mail|message|enquiry|inquiry|request|complaint|ticket)|your (?:e-?mail|message|request|ticket|enquiry|inquiry)(?: \(?(?:#|no\.? ?)[0-9a-z-]+\)?)? has been (?:received|logged)|(?:your )?ticket (?:number|no\.?|id|#) (?:is|:)|do not reply to this (?:e-?mail|message)|this mailbox is not monitored|自动回复|系统自动(?:发送|回复|生成)|本邮件(?:由系统)?自动发送|请勿(?:直接)?回复(?:本|此)邮件|(?:我们|本站|我司|我方|系统)已(?:经)?(?:成功)?收到(?:您|你)的(?:邮件|来信|来函|信件|消息|投诉)|(?:您|你)的(?:邮件|来信|来函)已(?:经)?收到|(?:休假|出差|外出|请假)[，,]?期间|(?:我|本人)(?:最近|目前|现在|这几天)?(?:正在|正)?(?:休假|出差|外出)中|我(?:最近|目前|现在)?正在休假|(?:回来|返回|回国|上班)后.{0,6}(?:回复|回覆|处理|联系)(?:您|你)|(?:回来|返回|回国|上班)后.{0,6}(?:回复|回覆)|(?:您|你)的工单(?:号|编号)?(?:为|是|：|:)|(?:您|你)的(?:工单|投诉|申请|请求|问题|反馈|来信|邮件)已(?:经)?(?:被)?受理|已(?:经)?受理(?:您|你)的`)
	spamTextRe = regexp.MustCompile(`(?i)unsubscribe|opt[- ]out|limited(?:-time)? offer|special offer|promotion|click here|buy now|free trial|no results,? no fee|guaranteed|\bseo\b|marketing|increase your (?:sales|traffic)|more (?:buyers|customers|traffic|sales)|first page|ranking|\d+% off|dear (?:store|shop|business) owner|business directory|lottery|you have won|casino|crypto|bitcoin|loan offer|we are (?:a |an )?(?:professional|leading|experienced)|price list|catalog(?:ue)?|free samples?|special price|reply (?:remove|stop|unsubscribe)\b|(?:taken|removed?) (?:off|from) (?:our|the|this) (?:mailing )?list|(?:importer|buyer|customer|email|b2b) (?:database|leads)|\bmoq\b|\boem\b|best price|wholesale prices|contact us (?:for|today)|next of kin|business proposal|barrister|beneficiary|inheritance|late (?:client|husband|father)|share (?:it )?50/50|退订|促销|推广|代开|增值税|开发票|专业生产|厂家直销|欢迎(?:来电|咨询|选购)|诚招|招商|刷单|引流|加微信|免费领取|限时优惠|营销|广告|排名|涨粉|贷款|中奖|彩票|博彩|兼职日结`)
	// Wording of phishing and fake notices: a link or a small fee to claim
	// a refund, release a parcel or keep an account, within a deadline.
	phishRe = regexp.MustCompile(`(?i)verify your (?:account|identity|payment)|confirm your (?:account|identity|payment|billing)|(?:account|card) (?:will be|has been) (?:suspended|locked|limited|closed)|within (?:24|48|72) hours|(?:click|clicking|tap) (?:on )?(?:the|this) link|customs (?:fee|duty|charge)|(?:parcel|package|shipment) (?:is )?on hold|redelivery fee|银行卡号|验证码|视为(?:自动)?放弃|(?:24|48|72) ?小时内|点击(?:以下|下方|此|该)?链接|更新(?:收货|收件)?地址|(?:重新)?派送费|补发费|双倍(?:退款|赔偿)|理赔款`)
	// A writer who fell for such a notice and now complains about it.
	victimRe = regexp.MustCompile(`(?i)被骗|骗了|上当|受骗|我点(?:了|击了)|我(?:输入|填写|填)了|scammed|defrauded|i was (?:tricked|cheated)|i (?:clicked|entered|gave)`)
	// A writer stating that they bought from someone (not "我还没买").
	ownPurchaseRe = regexp.MustCompile(`(?i)我(?:在|从)?[^，。！？,.!?\n没未还]{0,20}(?:买|购买|下单|订购)(?:了|的)|\bI (?:bought|ordered|purchased)\b`)
	// Signs that a person writes about their own purchase.
	consumerRe = regexp.MustCompile(`(?i)我(?:在|从)?.{0,12}(?:买|购买|下单|订购|定制|进了)|买了|购买了|订单|投诉|维权|退款|退货|请问|\bI (?:bought|ordered|purchased|paid)\b|\bmy order\b|\border (?:no|number|#|id)|complain|refund|\bseller\b`)

	complaintSubjectRe = regexp.MustCompile(`(?i)投诉|举报|维权|complaint|complain\b|dispute|scam|fraud|cheated|refund request`)
	howToRe            = regexp.MustCompile(`(?i)(?:如何|怎么|怎样|怎么样|能否|可以|是否可以|能不能|可不可以)(?:进行|去|来)?(?:投诉|举报|维权)|how (?:do|can|should) i (?:file|make|submit|lodge) a complaint|how to complain`)
	problemRe          = regexp.MustCompile(`(?i)质量(?:问题|差|不好)|吃出|虫子|异物|变质|拉肚子|腹泻|食物中毒|不能退|没开课|一直没开|破损|破了|坏了|损坏|碎了|开胶|缩水|褪色|掉色|模糊|没声音|不响|漏水|漏气|变形|发霉|过期|假货|假冒|仿冒|山寨|欺诈|诈骗|骗子|被骗|骗了|跑路|失联|联系不上|不理|不回|不发货|未发货|没发货|未收到|没收到|收不到|没到货|还没到|迟迟不发|一直没(?:发货|收到|到)|不给|不让|不予|不愿|不承认|不负责|不处理|不解决|不管|少发|漏发|错发|发错|货不对板|不符|以次充好|拒绝|拒不|不同意|不给退|不退|不肯|推脱|推诿|扣款|多收|乱收费|虚假|夸大|不一致|开线|断了|裂|异味|有毒|不合格|卡顿|死机|不能用|无法使用|用不了|\bbroken\b|\bbroke\b|damaged|defective|faulty|never (?:received|arrived|delivered|shipped)|(?:has|have)n'?t (?:arrived|been (?:shipped|delivered)|received)|(?:has|have) not (?:arrived|been (?:shipped|delivered))|still (?:not|hasn't|haven't) (?:arrived|received|shipped)|not yet (?:arrived|shipped|received)|not (?:received|arrived|delivered|shipped)|didn't (?:receive|arrive)|did not (?:receive|arrive)|haven't received|have not received|refuse[sd]?|refusing|won't refund|will not refund|scam|fraud|cheat|fake|counterfeit|disappeared|stopped (?:responding|replying|answering)|no (?:reply|response) from|not responding|ignor(?:es|ed|ing)|wrong (?:item|size|colou?r|product|goods)|missing (?:items|pieces|parts)|short(?:-| )?shipped|not as described|poor quality|quality (?:problem|issue)|stained|mouldy|moldy|leak(?:s|ing|ed)?\b|cracked|shattered|overcharged|charged twice|unauthori[sz]ed`)
	demandRe           = regexp.MustCompile(`(?i)请(?:帮忙|帮我|你们|贵站|协调|处理|介入|督促)|帮(?:忙|我)(?:处理|协调|解决|维权|追回|讨回)|麻烦(?:帮忙|你们|处理)|要求(?:退款|退货|赔偿|商家|换货|重做)|希望(?:你们|贵站|能|可以)|please (?:help|assist|intervene|contact|investigate|look into|mediate)|help me (?:get|to get|recover|obtain)|i (?:want|would like|request|demand|need) (?:a |my |the |full )*(?:refund|replacement|compensation|money back)|file a complaint|lodge a complaint|make a complaint|take action|hold (?:them|the seller) accountable`)
	// vagueProblemRe is how people say a purchase went wrong without
	// saying how: on their own purchase it makes a complaint.
	vagueProblemRe = regexp.MustCompile(`(?i)不对|有问题|出问题|出了问题|不一样|不是我(?:买|要|订|选)的|和图片不|跟图片不|与图片不|和描述不|跟描述不|与描述不|很差|太差|不好用|不能用|没法用|是坏的|坏的|烂的|上当|被坑|坑人|坑了|\bwrong\b|not right|isn't right|aren't right|not what i (?:ordered|paid for|bought)|different from (?:the )?(?:picture|photo|photos|description|listing)|something(?:'s| is) wrong|bad quality|low quality|\brubbish\b|\bjunk\b|\bgarbage\b|\buseless\b|not working|doesn't work|don't work|stopped working|fell apart|ripped off|rip-off`)
	questionRe     = regexp.MustCompile(`(?i)请问|想问|咨询|想了解|了解一下|请教|是否|是不是|能不能|可不可以|有没有|有什么|什么规定|怎么(?:办|处理|退)|如何|合法吗|正规吗|靠谱吗|可靠吗|可信吗|吗[？?]|呢[？?]|could you (?:tell|let|advise|check|confirm|explain)|can you (?:tell|check|confirm|advise|explain|let)|i (?:would like|want|wish) to (?:know|ask|check)|i(?:'m| am) wondering|do you know|is it (?:legal|normal|true|allowed|possible|safe)|what (?:are|is) (?:the|your)|how (?:do|does|can|should|long|much)|whether|legitimate|\blegit\b|real company|registered|i'd like to (?:know|ask|check)|before (?:placing|paying|ordering|buying)|(?:have|has) (?:you|anyone) (?:received|had|got) (?:any )?complaints|before i (?:pay|order|buy|place)|about to (?:pay|order|buy)|planning to|thinking of|还没(?:付款|下单|买)|准备(?:下单|购买|付款)|打算(?:下单|购买|买)`)
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
	if isComplaint(m, t, ext) {
		return KindComplaint
	}
	return KindInquiry
}

// classifyText holds the subject and text of the message being classified,
// each scanned for keyword literals once, when first needed.
type classifyText struct {
	m             *parser.Message
	subject, body *scanned
}

func (t *classifyText) subj() *scanned {
	if t.subject == nil {
		t.subject = classifyKeywords.scan(t.m.Subject)
	}
	return t.subject
}

// text is the message's new text, or its full text when it has none.
func (t *classifyText) text() *scanned {
	if t.body == nil {
		s := t.m.Text
		if s == "" {
			s = t.m.FullText
		}
		t.body = classifyKeywords.scan(s)
	}
	return t.body
}

func isBounce(m *parser.Message, t *classifyText) bool {
	if m.IsDSN {
		return true
	}
	if parser.DaemonSender(m.From.Address) {
		return true
	}
	// "Fwd: Undeliverable: …" is a person passing a report on.
	return !forwardSubjectRe.MatchString(m.Subject) && classifyKeywords.match(kwBounceSubject, t.subj())
}

// forwardSubjectRe matches a subject that forwards another message, after
// any reply prefixes: what follows is the forwarded message's subject.
var forwardSubjectRe = regexp.MustCompile(`(?i)^\s*(?:(?:re|aw|回复|答复|回覆)\s*[:：]\s*)*(?:fwd?|forward|转发|转寄|轉寄|轉發)\s*[:：]`)

func isAutoReply(m *parser.Message, t *classifyText, staff bool) bool {
	// RFC 3834 §5: any Auto-Submitted value other than "no" marks a machine.
	if a := strings.TrimSpace(m.AutoSubmitted); a != "" && !strings.HasPrefix(a, "no") {
		return true
	}
	switch strings.TrimSpace(m.Precedence) {
	case "auto_reply", "auto-reply", "autoreply":
		return true
	}
	k := classifyKeywords
	if !forwardSubjectRe.MatchString(m.Subject) && k.match(kwAutoSubject, t.subj()) {
		return true
	}
	if staff {
		// The station's own people write "我们已收到您的投诉" by hand.
		return false
	}
	// Only the opening of the message: a long complaint may quote an
	// automatic answer it received further down.
	if !k.match(kwAutoText, t.text().head(1500)) {
		return false
	}
	// A consumer describing their own order and problem is not a machine,
	// even when they mention that the seller is "out of office".
	return !(k.match(kwProblem, t.text()) && k.match(kwConsumer, t.text()))
}

func isSpam(m *parser.Message, t *classifyText) bool {
	// The subject, a newline, the text; or, without text, the subject, an
	// empty line and the full text.
	parts := []*scanned{t.subj(), t.text()}
	if m.Text == "" {
		parts = []*scanned{t.subj(), {}, t.text()}
	}
	k := classifyKeywords
	// A phishing or fake notice: it asks the station for nothing, and its
	// writer is no victim telling about it.
	if k.count(kwPhish, 2, parts...) >= 2 && !k.match(kwDemand, parts...) && !k.match(kwVictim, parts...) {
		return true
	}
	ads := k.count(kwSpamText, 8, parts...)
	consumer := k.match(kwConsumer, parts...)
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

// isComplaint tells a complaint (a specific dispute the station should act
// on) from an inquiry (a question that asks for nothing about a dispute).
func isComplaint(m *parser.Message, t *classifyText, ext *extraction) bool {
	// A problem with one's own purchase is a complaint, even when asked
	// as a question ("我在XX店买的…坏了，请问能退吗？"), and however vaguely
	// said ("I bought goods from a 2-yuan shop online and they are
	// wrong"): the station is asked to act against a merchant, and what
	// it needs to know is then asked for.
	k := classifyKeywords
	if k.match(kwOwnPurchase, t.text()) && (k.match(kwProblem, t.text()) || k.match(kwVagueProblem, t.text())) {
		return true
	}
	c, q := complaintScore(t, ext)
	if c == 0 && q == 0 {
		return ext != nil && ext.respondent.Name != ""
	}
	return c > q
}

// complaintScore weighs the signs of a complaint (c) against those of a
// question (q).
func complaintScore(t *classifyText, ext *extraction) (c, q int) {
	k := classifyKeywords
	subj, text := t.subj(), t.text()
	if k.match(kwComplaintSubject, subj) && !k.match(kwHowTo, subj) {
		c += 3
	}
	if k.match(kwHowTo, subj, text) {
		q += 2
	}
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
	c += min(3, k.count(kwProblem, 4, text))
	c += 2 * min(2, k.count(kwDemand, 3, text))
	q += 2 * min(3, k.count(kwQuestion, 4, subj, text))
	return c, q
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

// The keyword expressions above are large case-insensitive alternations
// without a common literal prefix, so the regexp package runs them as an
// automaton over every byte of the text, which is slow. A keywordSet runs
// each expression only where a match can be: it finds, in one pass over a
// text, where the literals each match must start with occur, and tries the
// expression anchored at those places only. The results are exactly those
// of the plain expression (FindAllStringIndex counts, MatchString): the
// literals are derived from the parsed expressions, not written by hand.

// Indexes of the classification expressions in classifyKeywords.
const (
	kwBounceSubject = iota
	kwAutoSubject
	kwAutoText
	kwSpamText
	kwConsumer
	kwComplaintSubject
	kwHowTo
	kwProblem
	kwDemand
	kwQuestion
	kwPhish
	kwVictim
	kwOwnPurchase
	kwVagueProblem
)

var classifyKeywords = newKeywordSet(bounceSubjectRe, autoSubjectRe, autoTextRe, spamTextRe, consumerRe, complaintSubjectRe, howToRe, problemRe, demandRe, questionRe, phishRe, victimRe, ownPurchaseRe, vagueProblemRe)

// maxLiteralSet bounds the number of literals derived for a sub-expression,
// and maxSearchSet the number searched for one expression.
const (
	maxLiteralSet = 256
	maxSearchSet  = 1024
)

// goodPrefixLen is the length in bytes from which a start literal is not
// made longer: two Chinese characters, or four ASCII letters, are rare
// enough.
const goodPrefixLen = 4

// asciiLower maps A-Z to a-z and every other byte to itself: lowering a
// text with it keeps every byte offset.
var asciiLower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] = byte(i + 'a' - 'A')
		}
	}
	return t
}()

// kwRe is one keyword expression and what its syntax tells about it.
type kwRe struct {
	re    *regexp.Regexp // the expression as written
	at    *regexp.Regexp // ^(?:re): a match at the start of the input
	after *regexp.Regexp // ^(?s:.)(?:re): a match after one context rune
	bit   uint32

	lines     bool // no match holds a newline, none is empty, no ^ or $: lines are independent
	starts    bool // every match starts with a literal of the set: try only there
	required  bool // every match holds a literal of the set: skip lines without one
	wordEdges bool // \b or \B occurs: the character before a match matters
	maxLen    int  // longest match in bytes, -1 if unbounded
}

// kwEntry is one literal, lower-cased, and the expressions (bits) that
// need it as a match start (pre) or anywhere in a match (req).
type kwEntry struct {
	s        string
	req, pre uint32
}

// keywordSet holds the expressions and a table of their literals keyed by
// the first two (lower-cased) bytes. It is immutable after construction.
type keywordSet struct {
	res    []*kwRe
	table  [1 << 16]uint16 // first two bytes -> index in groups, 0 none
	groups [][]kwEntry
	pre1   [256]uint32 // one-byte start literals
	// traps are the non-ASCII runes that case-fold to an ASCII letter
	// (the Kelvin sign, long s). A text holding one is searched plainly.
	traps []string
}

func newKeywordSet(res ...*regexp.Regexp) *keywordSet {
	if len(res) > 32 {
		panic("keywordSet: more than 32 expressions")
	}
	k := &keywordSet{groups: [][]kwEntry{nil}}
	for r := 'a'; r <= 'z'; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf && !slices.Contains(k.traps, string(f)) {
				k.traps = append(k.traps, string(f))
			}
		}
	}
	entries := map[string]*kwEntry{}
	var order []string
	add := func(s string, req, pre uint32) {
		e := entries[s]
		if e == nil {
			e = &kwEntry{s: s}
			entries[s] = e
			order = append(order, s)
		}
		e.req |= req
		e.pre |= pre
	}
	for i, re := range res {
		kr := &kwRe{re: re, bit: 1 << i}
		k.res = append(k.res, kr)
		tree, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			continue // cannot happen: re compiled; searched plainly
		}
		kr.maxLen = maxMatchLen(tree)
		kr.wordEdges = hasOp(tree, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
		anchored := hasOp(tree, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine)
		nonEmpty := minMatchLen(tree) > 0
		kr.lines = !anchored && nonEmpty && !canMatchNewline(tree)
		if req := requiredLiterals(tree); usableSet(req, 2) {
			kr.required = true
			for _, s := range req {
				add(s, kr.bit, 0)
			}
		}
		if !anchored && nonEmpty {
			if pre := prefixLiterals(tree); usableSet(pre, 1) {
				kr.starts = true
				kr.at = regexp.MustCompile(`^(?:` + re.String() + `)`)
				kr.after = regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`)
				for _, s := range pre {
					if len(s) == 1 {
						k.pre1[s[0]] |= kr.bit
					} else {
						add(s, 0, kr.bit)
					}
				}
			}
		}
	}
	for _, s := range order {
		key := uint16(s[0])<<8 | uint16(s[1])
		g := k.table[key]
		if g == 0 {
			g = uint16(len(k.groups))
			k.table[key] = g
			k.groups = append(k.groups, nil)
		}
		k.groups[g] = append(k.groups[g], *entries[s])
	}
	return k
}

// usableSet tells whether set is a literal set worth searching for: known,
// not too large, and each literal at least minLen bytes long.
func usableSet(set []string, minLen int) bool {
	if set == nil || len(set) > maxSearchSet {
		return false
	}
	for _, s := range set {
		if len(s) < minLen {
			return false
		}
	}
	return true
}

// scanned is a text with the places where keyword literals occur.
type scanned struct {
	s       string
	plain   bool     // holds a trap rune: search with the plain expressions
	lineEnd []int    // end of each line, at its newline or len(s)
	lineReq []uint32 // per line, the expressions whose required literal it holds
	starts  []kwStart
}

// kwStart is a place where a match of the expressions in bits may start.
type kwStart struct {
	pos, line int
	bits      uint32
}

// scan finds the keyword literals in s.
func (k *keywordSet) scan(s string) *scanned {
	sc := &scanned{s: s}
	for _, t := range k.traps {
		if strings.Contains(s, t) {
			sc.plain = true
			return sc
		}
	}
	line := 0
	var req uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' {
			sc.lineEnd = append(sc.lineEnd, i)
			sc.lineReq = append(sc.lineReq, req)
			req = 0
			line++
			continue
		}
		lc := asciiLower[c]
		pre := k.pre1[lc]
		if i+1 < len(s) {
			if g := k.table[uint16(lc)<<8|uint16(asciiLower[s[i+1]])]; g != 0 {
				for _, e := range k.groups[g] {
					if e.req&^req == 0 && e.pre&^pre == 0 {
						continue // nothing new to learn
					}
					if hasLowerPrefix(s[i:], e.s) {
						req |= e.req
						pre |= e.pre
					}
				}
			}
		}
		if pre != 0 {
			sc.starts = append(sc.starts, kwStart{pos: i, line: line, bits: pre})
		}
	}
	sc.lineEnd = append(sc.lineEnd, len(s))
	sc.lineReq = append(sc.lineReq, req)
	return sc
}

// head returns sc cut to its first n bytes, as s[:n] would (even inside a
// rune).
func (sc *scanned) head(n int) *scanned {
	if len(sc.s) <= n {
		return sc
	}
	h := &scanned{s: sc.s[:n], plain: sc.plain}
	if sc.plain {
		return h
	}
	for i, end := range sc.lineEnd {
		start := 0
		if i > 0 {
			start = sc.lineEnd[i-1] + 1
		}
		if start > n || (start == n && i > 0) {
			break
		}
		h.lineEnd = append(h.lineEnd, min(end, n))
		h.lineReq = append(h.lineReq, sc.lineReq[i])
	}
	for _, st := range sc.starts {
		if st.pos >= n {
			break
		}
		h.starts = append(h.starts, st)
	}
	return h
}

// hasLowerPrefix reports whether s, lower-cased with asciiLower, starts
// with the lower-case literal p.
func hasLowerPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		if asciiLower[s[j]] != p[j] {
			return false
		}
	}
	return true
}

// match reports whether expression id matches the parts joined by
// newlines.
func (k *keywordSet) match(id int, parts ...*scanned) bool {
	return k.count(id, 1, parts...) > 0
}

// count returns len(re.FindAllStringIndex(text, n)) for expression id and
// text the parts joined by newlines, n > 0.
func (k *keywordSet) count(id, n int, parts ...*scanned) int {
	r := k.res[id]
	if !r.lines && len(parts) > 1 {
		ss := make([]string, len(parts))
		for i, p := range parts {
			ss[i] = p.s
		}
		return len(r.re.FindAllStringIndex(strings.Join(ss, "\n"), n))
	}
	total := 0
	for _, p := range parts {
		if total >= n {
			break
		}
		total += r.countIn(p, n-total)
	}
	return total
}

// countIn counts up to n matches of r in sc.s.
func (r *kwRe) countIn(sc *scanned, n int) int {
	if sc.plain || !r.required && !r.starts {
		return len(r.re.FindAllStringIndex(sc.s, n))
	}
	lineStart := func(i int) int {
		if i == 0 {
			return 0
		}
		return sc.lineEnd[i-1] + 1
	}
	if !r.starts {
		// Required literals only: search the lines holding one.
		if !r.lines {
			for _, req := range sc.lineReq {
				if req&r.bit != 0 {
					return len(r.re.FindAllStringIndex(sc.s, n))
				}
			}
			return 0
		}
		c := 0
		for i, req := range sc.lineReq {
			if req&r.bit != 0 && c < n {
				c += len(r.re.FindAllStringIndex(sc.s[lineStart(i):sc.lineEnd[i]], n-c))
			}
		}
		return c
	}
	if r.required && !r.lines {
		// A match may span lines: its literal may be in any of them.
		found := false
		for _, req := range sc.lineReq {
			found = found || req&r.bit != 0
		}
		if !found {
			return 0
		}
	}
	c, next := 0, 0
	for _, st := range sc.starts {
		if st.bits&r.bit == 0 || st.pos < next {
			continue
		}
		if r.required && r.lines && sc.lineReq[st.line]&r.bit == 0 {
			continue
		}
		end := len(sc.s)
		if r.lines {
			end = sc.lineEnd[st.line]
		}
		if r.maxLen >= 0 {
			end = min(end, windowEnd(sc.s, st.pos+r.maxLen))
		}
		if e := r.matchAt(sc.s, st.pos, end); e >= 0 {
			c++
			if c >= n {
				break
			}
			next = e
		}
	}
	return c
}

// matchAt returns the end of the match r finds starting at pos in s, as an
// unanchored search of s reaching pos would, or -1. s[end:] lies beyond
// any match starting at pos and beyond the rune that follows it.
func (r *kwRe) matchAt(s string, pos, end int) int {
	if r.wordEdges && pos > 0 && isWordByte(s[pos-1]) {
		// \b and \B see the character before: include it.
		if loc := r.after.FindStringIndex(s[pos-1 : end]); loc != nil {
			return pos - 1 + loc[1]
		}
		return -1
	}
	// Otherwise the rune before pos is not a word character, as at the
	// start of the input.
	if loc := r.at.FindStringIndex(s[pos:end]); loc != nil {
		return pos + loc[1]
	}
	return -1
}

// windowEnd returns the end of a window that holds s[:i] and, past the
// first rune start at or after i, one whole rune more: a match no longer
// than i-pos behaves in s[pos:windowEnd] as in s.
func windowEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if i < len(s) {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// exactLiterals returns every string re can match, lower-cased with
// asciiLower and without runes that fold to ASCII letters, or nil when
// there are too many or infinitely many.
func exactLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}
	case syntax.OpLiteral:
		out := []string{""}
		for _, r := range re.Rune {
			alts := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					alts = append(alts, f)
				}
			}
			out = literalProduct(out, lowerRunes(alts))
			if out == nil {
				return nil
			}
		}
		return out
	case syntax.OpCharClass:
		var rs []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 16 || len(rs) > 16 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				rs = append(rs, r)
			}
		}
		return lowerRunes(rs)
	case syntax.OpCapture:
		return exactLiterals(re.Sub[0])
	case syntax.OpQuest:
		sub := exactLiterals(re.Sub[0])
		if sub == nil {
			return nil
		}
		return literalUnion(sub, []string{""})
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			out = literalProduct(out, exactLiterals(sub))
			if out == nil {
				return nil
			}
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := exactLiterals(sub)
			if s == nil {
				return nil
			}
			out = literalUnion(out, s)
			if len(out) > maxLiteralSet {
				return nil
			}
		}
		return out
	}
	return nil
}

// prefixLiterals returns strings one of which starts every match of re
// (in the form of exactLiterals), or nil if unknown.
func prefixLiterals(re *syntax.Regexp) []string {
	if re.Op != syntax.OpConcat && re.Op != syntax.OpAlternate {
		if ex := exactLiterals(re); ex != nil {
			return ex
		}
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return prefixLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return prefixLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := prefixLiterals(sub)
			if s == nil {
				return nil
			}
			out = literalUnion(out, s)
		}
		return out
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			if shortest(acc) >= goodPrefixLen {
				return acc // long enough to be rare; keeps the set small
			}
			ex := exactLiterals(sub)
			if ex == nil {
				if p := literalProduct(acc, prefixLiterals(sub)); p != nil {
					return p
				}
				return acc
			}
			p := literalProduct(acc, ex)
			if p == nil {
				return acc
			}
			acc = p
		}
		return acc
	}
	return nil
}

// requiredLiterals returns strings one of which occurs in every match of
// re (in the form of exactLiterals), or nil if unknown.
func requiredLiterals(re *syntax.Regexp) []string {
	if ex := exactLiterals(re); ex != nil {
		return ex
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := requiredLiterals(sub)
			if s == nil {
				return nil
			}
			out = literalUnion(out, s)
		}
		return out
	case syntax.OpConcat:
		var best []string
		consider := func(set []string) {
			if set != nil && betterSet(set, best) {
				best = set
			}
		}
		run := []string{""}
		for _, sub := range re.Sub {
			ex := exactLiterals(sub)
			if ex == nil {
				consider(run)
				run = []string{""}
				consider(requiredLiterals(sub))
				continue
			}
			p := literalProduct(run, ex)
			if p == nil {
				consider(run)
				p = ex
			}
			run = p
		}
		consider(run)
		return best
	}
	return nil
}

// betterSet tells whether literal set a filters better than b: its
// shortest literal is longer, or as long with fewer literals.
func betterSet(a, b []string) bool {
	if b == nil {
		return true
	}
	la, lb := shortest(a), shortest(b)
	return la > lb || la == lb && len(a) < len(b)
}

// shortest returns the length of the shortest literal in set.
func shortest(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// lowerRunes maps runes to the literals they become in a text lowered with
// asciiLower, leaving out the trap runes (a text holding one is searched
// plainly).
func lowerRunes(rs []rune) []string {
	var out []string
	for _, r := range rs {
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r && isFoldTrap(r) {
			continue
		}
		s := string(r)
		if r < utf8.RuneSelf {
			s = string(rune(asciiLower[r]))
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// isFoldTrap tells whether the non-ASCII rune r folds to an ASCII letter.
func isFoldTrap(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// literalProduct returns every a+b, or nil if either is nil or there are
// too many.
func literalProduct(a, b []string) []string {
	if a == nil || b == nil || len(a)*len(b) > maxLiteralSet {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if s := x + y; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func literalUnion(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// hasOp tells whether re or a sub-expression has one of ops.
func hasOp(re *syntax.Regexp, ops ...syntax.Op) bool {
	if slices.Contains(ops, re.Op) {
		return true
	}
	for _, sub := range re.Sub {
		if hasOp(sub, ops...) {
			return true
		}
	}
	return false
}

// canMatchNewline tells whether a match of re may hold a newline.
func canMatchNewline(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpAnyChar:
		return true
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, '\n') {
			return true
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= '\n' && '\n' <= re.Rune[i+1] {
				return true
			}
		}
	}
	for _, sub := range re.Sub {
		if canMatchNewline(sub) {
			return true
		}
	}
	return false
}

// minMatchLen returns the fewest runes a match of re holds.
func minMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minMatchLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minMatchLen(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minMatchLen(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// maxMatchLen returns the most bytes a match of re holds, -1 if unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			w := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			n += max(w, 1)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if maxMatchLen(re.Sub[0]) == 0 {
			return 0
		}
		return -1
	case syntax.OpRepeat:
		m := maxMatchLen(re.Sub[0])
		if m < 0 || re.Max < 0 {
			if m == 0 {
				return 0
			}
			return -1
		}
		return m * re.Max
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			m := maxMatchLen(sub)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m := maxMatchLen(sub)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	}
	return 0
}
