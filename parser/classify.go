package parser

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	bounceSubjectRe = regexp.MustCompile(`(?i)undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|delivery failure|failure notice|mail delivery (?:failed|failure|system)|returned mail|returned to sender|could not be delivered|non-?delivery|退信|投递失败|无法投递|邮件退回|递送失败|发送失败通知`)
	autoSubjectRe   = regexp.MustCompile(`(?i)自动回复|自動回覆|自动答复|自動回復|auto(?:matic)?[- ]?(?:reply|response|answer)|^\s*auto:|out of (?:the )?office|\booo\b|abwesenheit|réponse automatique|risposta automatica|respuesta automática|休假通知|外出通知`)
	// Wording of an automatic answer. Each phrase is one a person writing a
	// complaint would hardly use about their own message.
	autoTextRe = regexp.MustCompile(`(?i)this is an? automat(?:ed|ic) (?:reply|response|message|notification|e-?mail)|automatic(?:ally generated)? reply|auto-?reply|out of (?:the )?office|(?:i am|i'm|i’m) (?:currently )?(?:away|out of|on (?:annual |sick |maternity )?leave|travel+ing|on holiday|on vacation)|limited (?:e-?mail|email) access|will (?:reply|respond|get back to you) (?:to your (?:e-?mail|message) )?(?:when|on|after) (?:i|my) return|we ha(?:ve|s) (?:successfully )?received your (?:e-?mail|mail|message|enquiry|inquiry|request|complaint|ticket)|your (?:e-?mail|message|request) has been received|(?:your )?ticket (?:number|no\.?|id|#) (?:is|:)|do not reply to this (?:e-?mail|message)|this mailbox is not monitored|自动回复|系统自动(?:发送|回复|生成)|本邮件(?:由系统)?自动发送|请勿(?:直接)?回复(?:本|此)邮件|(?:我们|本站|我司|我方|系统)已(?:经)?(?:成功)?收到(?:您|你)的(?:邮件|来信|来函|信件|消息|投诉)|(?:您|你)的(?:邮件|来信|来函)已(?:经)?收到|(?:休假|出差|外出)期间|(?:回来|返回|回国|上班)后.{0,6}(?:回复|处理|联系)(?:您|你)`)
	spamTextRe = regexp.MustCompile(`(?i)unsubscribe|opt[- ]out|limited(?:-time)? offer|special offer|promotion|click here|buy now|free trial|no results,? no fee|guaranteed|\bseo\b|marketing|increase your (?:sales|traffic)|more (?:buyers|customers|traffic|sales)|first page|ranking|\d+% off|dear (?:store|shop|business) owner|business directory|lottery|you have won|casino|crypto|bitcoin|loan offer|we are (?:a |an )?(?:professional|leading|experienced)|price list|catalog(?:ue)?|free samples?|\bmoq\b|\boem\b|best price|wholesale prices|contact us (?:for|today)|退订|促销|推广|代开|增值税|开发票|专业生产|厂家直销|欢迎(?:来电|咨询|选购)|诚招|招商|刷单|引流|加微信|免费领取|限时优惠|营销|广告|排名|涨粉|贷款|中奖|彩票|博彩|兼职日结`)
	// Signs that a person writes about their own purchase.
	consumerRe = regexp.MustCompile(`(?i)我(?:在|从)?.{0,12}(?:买|购买|下单|订购|定制|进了)|买了|购买了|订单|投诉|维权|退款|退货|请问|\bI (?:bought|ordered|purchased|paid)\b|\bmy order\b|\border (?:no|number|#|id)|complain|refund|\bseller\b`)

	complaintSubjectRe = regexp.MustCompile(`(?i)投诉|举报|维权|complaint|complain\b|dispute|scam|fraud|cheated|refund request`)
	howToRe            = regexp.MustCompile(`(?i)(?:如何|怎么|怎样|怎么样|能否|可以|是否可以|能不能|可不可以)(?:进行|去|来)?(?:投诉|举报|维权)|how (?:do|can|should) i (?:file|make|submit|lodge) a complaint|how to complain`)
	problemRe          = regexp.MustCompile(`(?i)质量(?:问题|差|不好)|破损|破了|坏了|损坏|碎了|开胶|缩水|褪色|掉色|模糊|没声音|不响|漏水|漏气|变形|发霉|过期|假货|假冒|仿冒|山寨|欺诈|诈骗|骗子|被骗|骗了|跑路|失联|联系不上|不理|不回|不发货|未发货|没发货|未收到|没收到|收不到|没到货|还没到|迟迟不发|一直没(?:发货|收到|到)|不给|不让|不予|不愿|不承认|不负责|不处理|不解决|不管|少发|漏发|错发|发错|货不对板|不符|以次充好|拒绝|拒不|不同意|不给退|不退|不肯|推脱|推诿|扣款|多收|乱收费|虚假|夸大|不一致|开线|断了|裂|异味|有毒|不合格|卡顿|死机|不能用|无法使用|用不了|\bbroken\b|\bbroke\b|damaged|defective|faulty|never (?:received|arrived|delivered|shipped)|(?:has|have)n'?t (?:arrived|been (?:shipped|delivered)|received)|(?:has|have) not (?:arrived|been (?:shipped|delivered))|still (?:not|hasn't|haven't) (?:arrived|received|shipped)|not yet (?:arrived|shipped|received)|not (?:received|arrived|delivered|shipped)|didn't (?:receive|arrive)|did not (?:receive|arrive)|haven't received|have not received|refuse[sd]?|refusing|won't refund|will not refund|scam|fraud|cheat|fake|counterfeit|disappeared|stopped (?:responding|replying|answering)|no (?:reply|response) from|not responding|ignor(?:es|ed|ing)|wrong (?:item|size|colou?r|product|goods)|missing (?:items|pieces|parts)|short(?:-| )?shipped|not as described|poor quality|quality (?:problem|issue)|stained|mouldy|moldy|leak(?:s|ing|ed)?\b|cracked|shattered|overcharged|charged twice|unauthori[sz]ed`)
	demandRe           = regexp.MustCompile(`(?i)请(?:帮忙|帮我|你们|贵站|协调|处理|介入|督促)|帮(?:忙|我)(?:处理|协调|解决|维权|追回|讨回)|麻烦(?:帮忙|你们|处理)|要求(?:退款|退货|赔偿|商家|换货|重做)|希望(?:你们|贵站|能|可以)|please (?:help|assist|intervene|contact|investigate|look into|mediate)|help me (?:get|to get|recover|obtain)|i (?:want|would like|request|demand|need) (?:a |my |the |full )*(?:refund|replacement|compensation|money back)|file a complaint|lodge a complaint|make a complaint|take action|hold (?:them|the seller) accountable`)
	questionRe         = regexp.MustCompile(`(?i)请问|想问|咨询|想了解|了解一下|请教|是否|是不是|能不能|可不可以|有没有|有什么|什么规定|怎么(?:办|处理|退)|如何|合法吗|正规吗|靠谱吗|可靠吗|可信吗|吗[？?]|呢[？?]|could you (?:tell|let|advise|check|confirm|explain)|can you (?:tell|check|confirm|advise|explain|let)|i (?:would like|want|wish) to (?:know|ask|check)|i(?:'m| am) wondering|do you know|is it (?:legal|normal|true|allowed|possible|safe)|what (?:are|is) (?:the|your)|how (?:do|does|can|should|long|much)|whether|legitimate|registered|before i (?:pay|order|buy|place)|about to (?:pay|order|buy)|planning to|thinking of|还没(?:付款|下单|买)|准备(?:下单|购买|付款)|打算(?:下单|购买|买)`)
)

// classify picks the Kind of a message. staff says the sender is the station
// or its staff, ref is the case reference found, if any, and ext holds what
// extraction found in the new text (used to tell complaints from inquiries).
func classify(m *Message, staff bool, ref string, ext *extraction) Kind {
	if isBounce(m) {
		return KindBounce
	}
	if isAutoReply(m, staff) {
		return KindAutoReply
	}
	if !staff && isSpam(m) {
		return KindSpam
	}
	if staff || ref != "" {
		return KindReply
	}
	if isComplaint(m, ext) {
		return KindComplaint
	}
	return KindInquiry
}

func isBounce(m *Message) bool {
	if m.IsDSN {
		return true
	}
	local, _, _ := strings.Cut(strings.ToLower(m.From.Address), "@")
	if local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon" {
		return true
	}
	return bounceSubjectRe.MatchString(m.Subject)
}

func isAutoReply(m *Message, staff bool) bool {
	// RFC 3834 §5: any Auto-Submitted value other than "no" marks a machine.
	if a := strings.TrimSpace(m.AutoSubmitted); a != "" && !strings.HasPrefix(a, "no") {
		return true
	}
	switch strings.TrimSpace(m.Precedence) {
	case "auto_reply", "auto-reply", "autoreply":
		return true
	}
	if autoSubjectRe.MatchString(m.Subject) {
		return true
	}
	if staff {
		// The station's own people write "我们已收到您的投诉" by hand.
		return false
	}
	text := m.Text
	if text == "" {
		text = m.FullText
	}
	// Only the opening of the message: a long complaint may quote an
	// automatic answer it received further down.
	head := text
	if len(head) > 1500 {
		head = head[:1500]
	}
	if !autoTextRe.MatchString(head) {
		return false
	}
	// A consumer describing their own order and problem is not a machine,
	// even when they mention that the seller is "out of office".
	return !(problemRe.MatchString(text) && consumerRe.MatchString(text))
}

func isSpam(m *Message) bool {
	text := m.Subject + "\n" + m.Text
	if m.Text == "" {
		text += "\n" + m.FullText
	}
	ads := len(spamTextRe.FindAllStringIndex(text, 8))
	consumer := consumerRe.MatchString(text)
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
func isComplaint(m *Message, ext *extraction) bool {
	text := m.Text
	if text == "" {
		text = m.FullText
	}
	c, q := 0, 0
	if complaintSubjectRe.MatchString(m.Subject) && !howToRe.MatchString(m.Subject) {
		c += 3
	}
	if howToRe.MatchString(m.Subject + "\n" + text) {
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
	c += min(3, len(problemRe.FindAllStringIndex(text, 4)))
	c += 2 * min(2, len(demandRe.FindAllStringIndex(text, 3)))
	q += 2 * min(3, len(questionRe.FindAllStringIndex(m.Subject+"\n"+text, 4)))
	if c == 0 && q == 0 {
		return ext != nil && ext.respondent.Name != ""
	}
	return c > q
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
		for _, loc := range re.FindAllStringIndex(t, -1) {
			if loc[0] > 0 {
				p, _ := utf8.DecodeLastRuneInString(t[:loc[0]])
				if isASCIIAlnum(p) || p == '-' || p == '_' || p == '/' || p == '.' || p == '#' {
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

// orderLabelBeforeRe matches text just before a number that labels it as an
// order, ticket or transaction number.
var orderLabelBeforeRe = regexp.MustCompile(`(?i)(订单|单号|工单|交易|流水|运单|快递|order|ticket|transaction|tracking|invoice|waybill|sku|item)\s*(?:号码|号|编号|no\.?|number|#|id|ref(?:erence)?)?\s*(?:是|为|is|:|：)?\s*$`)

// detectLanguage returns "zh" or "en": the language most of text is
// written in, comparing Han characters with Latin words. URLs and e-mail
// addresses do not count.
func detectLanguage(texts ...string) string {
	for _, t := range texts {
		t = urlRe.ReplaceAllString(t, " ")
		t = emailRe.ReplaceAllString(t, " ")
		han, words := 0, 0
		inWord := false
		for _, r := range t {
			switch {
			case isHan(r) || r >= 0x3040 && r <= 0x30FF:
				han++
				inWord = false
			case r < 0x250 && unicode.IsLetter(r):
				if !inWord {
					words++
				}
				inWord = true
			case r == '\'' || r == '’':
			default:
				inWord = false
			}
		}
		if han == 0 && words == 0 {
			continue
		}
		// About 1.5 Han characters make one word.
		if float64(han)/1.5 >= float64(words) {
			return "zh"
		}
		return "en"
	}
	return "zh"
}
