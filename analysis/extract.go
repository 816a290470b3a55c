package analysis

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
)

// extraction is what the extractors found in the new text of a message.
type extraction struct {
	complainant Complainant
	respondent  Respondent
	order       Order
	forwarded   bool // the text carries a forwarded message
}

// segRole says whose words a part of the new text is.
type segRole int

const (
	roleOwn      segRole = iota // the sender's own words (or a message they forwarded from themselves)
	roleMerchant                // a forwarded message written to the sender by someone else, usually the merchant
	roleThird                   // (phoneParty only) a third party's number: a courier, driver or installer
)

// segment is one part of the new text: the sender's own words, or the body
// of a forwarded message with the header lines taken out.
type segment struct {
	text     string
	role     segRole
	fwdFrom  parser.Address // forwarded messages: their From
	fwdTo    string         // forwarded messages: their To line as written
	fwdSubj  string         // forwarded messages: their Subject
	fwdIndex int            // 0 for the sender's own text, 1… for forwarded parts
}

var (
	fwdMarkerRe = regexp.MustCompile(`(?i)^\s*(?:-{2,}|_{2,}|={2,}|\*{2,})?\s*(?:forwarded message|original message|begin forwarded message|转发的邮件|转发邮件|原始邮件|邮件原文|转发邮件信息)\s*:?\s*(?:-{2,}|_{2,}|={2,}|\*{2,})?\s*$`)
	hdrLineRe   = regexp.MustCompile(`(?i)^\s*\**\s*(from|to|cc|bcc|date|sent|subject|reply-to|发件人|收件人|抄送|日期|时间|发送时间|发送日期|发件日期|发件时间|发信时间|寄件日期|主题|寄件者|收件者|副本|傳送時間|傳送日期|寄件時間|主旨)\s*\**\s*[:：]\s*\**\s*(.*)$`)
	mailAddrRe  = regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
)

// splitSegments cuts the new text into the sender's own words and the bodies
// of forwarded messages, and decides whose words each forwarded body is.
func splitSegments(text string, from parser.Address) []segment {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var segs []segment
	cur := segment{role: roleOwn}
	var buf []string
	flush := func() {
		cur.text = strings.Join(buf, "\n")
		segs = append(segs, cur)
		buf = nil
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		start := -1
		switch {
		case fwdMarkerRe.MatchString(line):
			start = i + 1
		case isHeaderBlock(lines, i):
			start = i
		}
		if start < 0 {
			buf = append(buf, line)
			continue
		}
		flush()
		cur = segment{role: roleOwn, fwdIndex: len(segs)}
		// Header lines of the forwarded message, possibly after blank lines.
		j := start
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" && j-start < 3 {
			j++
		}
		for ; j < len(lines); j++ {
			hm := hdrLineRe.FindStringSubmatch(lines[j])
			if hm == nil {
				break
			}
			val := strings.TrimSpace(strings.Trim(hm[2], "* "))
			switch strings.ToLower(hm[1]) {
			case "from", "发件人", "寄件者":
				cur.fwdFrom = parseLooseAddress(val)
			case "to", "收件人", "收件者":
				cur.fwdTo = val
			case "subject", "主题", "主旨":
				cur.fwdSubj = val
			}
		}
		i = j - 1
		cur.role = forwardedRole(cur, from)
		if cur.role == roleOwn && chainReply(cur, segs) {
			cur.role = roleMerchant
		}
	}
	flush()
	return segs
}

// isHeaderBlock reports whether lines[i] opens a block of quoted header
// lines (From:/发件人: followed by Date/Sent/To/Subject lines) without a
// marker, as Outlook writes a forward.
func isHeaderBlock(lines []string, i int) bool {
	hm := hdrLineRe.FindStringSubmatch(lines[i])
	if hm == nil {
		return false
	}
	switch strings.ToLower(hm[1]) {
	case "from", "发件人", "寄件者":
	default:
		return false
	}
	n := 0
	for j := i + 1; j < len(lines) && j <= i+4; j++ {
		if hdrLineRe.MatchString(lines[j]) {
			n++
		}
	}
	return n >= 2
}

// parseLooseAddress reads `Name <addr>`, `"Name"<addr>;` or a bare address
// as written in a quoted header line.
func parseLooseAddress(s string) parser.Address {
	s = strings.TrimRight(strings.TrimSpace(s), ";；,")
	var a parser.Address
	if m := mailAddrRe.FindString(s); m != "" {
		a.Address = strings.ToLower(m)
		s = strings.Replace(s, m, "", 1)
	}
	s = strings.NewReplacer("<", "", ">", "", "[", "", "]", "", "mailto:", "").Replace(s)
	a.Name = strings.Trim(strings.TrimSpace(s), `"'“”`)
	return a
}

// forwardedRole decides whose words a forwarded body is: the sender's own
// when they forwarded their own message, the merchant's when someone else
// wrote it to the sender or it is signed by a business.
func forwardedRole(s segment, from parser.Address) segRole {
	ff := s.fwdFrom
	if ff.Address != "" && strings.EqualFold(ff.Address, from.Address) ||
		ff.Name != "" && from.Name != "" && ff.Name == from.Name {
		return roleOwn
	}
	if ff.Address == "" && ff.Name == "" {
		return roleOwn
	}
	to := strings.ToLower(s.fwdTo)
	if from.Address != "" && strings.Contains(to, strings.ToLower(from.Address)) ||
		from.Name != "" && strings.Contains(s.fwdTo, from.Name) {
		return roleMerchant
	}
	if orgNameRe.MatchString(ff.Name) || orgLocalRe.MatchString(ff.Address) {
		return roleMerchant
	}
	return roleOwn
}

// chainReply reports whether a forwarded message nested in a forward chain
// was written to the author of an enclosing forwarded message by someone
// else: in "Fwd: FW:" the supplier's answer to the colleague who passed it
// on is the merchant's, not the sender's.
func chainReply(s segment, outer []segment) bool {
	ff := s.fwdFrom
	if ff.Address == "" || s.fwdTo == "" {
		return false
	}
	to := strings.ToLower(s.fwdTo)
	for _, o := range outer {
		a := o.fwdFrom.Address
		if a == "" || strings.EqualFold(a, ff.Address) {
			continue
		}
		if strings.Contains(to, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

var (
	orgNameRe  = regexp.MustCompile(`(?i)\b(?:co\.?|ltd\.?|limited|inc\.?|llc|corp\.?|company|factory|trading|store|shop|team|support|service|sales|dept\.?|department|official|customer|group|studio|industr(?:y|ies)|enterprise|mall|wholesale|export|import|manufactur\w*|supplier)\b|公司|商行|厂|店|工作室|客服|团队|部门|集团|中心|平台|官方|商城|网`)
	orgLocalRe = regexp.MustCompile(`(?i)^(?:sales|service|support|info|shop|store|cs|kefu|admin|contact|order|orders|trade|export|noreply|no-reply|office|hello|team)[@.+_-]`)
)

// extract runs every extractor over the new text of a consumer message.
func extract(text string, from parser.Address, subject string, opts Options) *extraction {
	// Match on simplified characters; cut values from the text as written.
	orig, origSubject := text, subject
	text, subject = simplifyHan(text), simplifyHan(subject)
	ex := &extraction{}
	segs := splitSegments(text, from)
	ex.forwarded = len(segs) > 1
	station := stationDomain(opts)

	var respPhones, compPhones []string
	var compEmails []string
	for _, s := range segs {
		num := foldDigits(s.text)
		urls, urlSpans := findURLs(num, station)
		if s.role == roleOwn {
			urls = slices.DeleteFunc(urls, func(u string) bool { return ownSiteURL(u, from.Address) })
		}
		ex.respondent.URLs = appendUnique(ex.respondent.URLs, urls...)
		emails, emailSpans := findEmails(num)
		skip := append(urlSpans, emailSpans...)
		for _, p := range findPhones(num, skip) {
			switch phoneParty(num, p.start, s.role) {
			case roleMerchant:
				respPhones = appendUnique(respPhones, p.e164)
			case roleThird:
				// A courier's or installer's number is neither party's.
			default:
				compPhones = appendUnique(compPhones, p.e164)
			}
		}
		if s.role == roleOwn {
			for _, e := range emails {
				if IsStation(e.addr, opts) || strings.EqualFold(e.addr, s.fwdFrom.Address) {
					continue
				}
				if phoneParty(num, e.start, roleOwn) != roleOwn {
					continue
				}
				compEmails = appendUnique(compEmails, e.addr)
			}
		}
		// Addresses.
		ca, ra := findAddresses(s.text, s.role)
		if ex.complainant.Address == "" {
			ex.complainant.Address = ca
		}
		if ex.respondent.Address == "" {
			ex.respondent.Address = ra
		}
	}
	// The merchant's phone is not the complainant's.
	for _, p := range compPhones {
		if !contains(respPhones, p) {
			ex.complainant.Phones = append(ex.complainant.Phones, p)
		}
	}
	ex.respondent.Phones = respPhones
	ex.complainant.Emails = compEmails

	// Order: the sender's own words first, then forwarded bodies, then the
	// subjects of forwarded messages.
	ordered := orderSegments(segs)
	for _, s := range ordered {
		if ex.order.Number == "" {
			f := foldDigits(s.text)
			ex.order.Number = unfolded(s.text, f, findOrderNumber(f))
		}
	}
	for _, s := range ordered {
		if ex.order.Number == "" && s.fwdSubj != "" {
			f := foldDigits(s.fwdSubj)
			ex.order.Number = unfolded(s.fwdSubj, f, findOrderNumber(f))
		}
	}
	ex.order.Amount, ex.order.Currency = pickAmount(ordered)

	// Names.
	ex.complainant.Name = asWritten(orig, text, complainantName(segs, from))
	ex.respondent.Name = respondentName(segs, subject)
	if strings.Contains(text, ex.respondent.Name) {
		ex.respondent.Name = asWritten(orig, text, ex.respondent.Name)
	} else {
		ex.respondent.Name = asWritten(origSubject, subject, ex.respondent.Name)
	}
	ex.complainant.Address = asWritten(orig, text, ex.complainant.Address)
	ex.respondent.Address = asWritten(orig, text, ex.respondent.Address)
	if ex.respondent.Name != "" && ex.respondent.Name == ex.complainant.Name {
		ex.respondent.Name = ""
	}
	if ex.respondent.Name != "" && len(ex.complainant.Phones) > 0 {
		// "Sunrise Toys (tel. +86 579 …)": a number in brackets right
		// after the merchant's name is the merchant's.
		for _, p := range phonesAfterName(segs, simplifyHan(ex.respondent.Name)) {
			if contains(ex.complainant.Phones, p) {
				ex.complainant.Phones = slices.DeleteFunc(ex.complainant.Phones, func(c string) bool { return c == p })
				ex.respondent.Phones = appendUnique(ex.respondent.Phones, p)
			}
		}
	}
	return ex
}

// nameBracketRe matches the end of the text between a name and a number
// in brackets after it: " (tel. ", "”（电话：".
var nameBracketRe = regexp.MustCompile(`(?i)^[”"」』》】'’]?[ \t]*[(（][ \t]*(?:tel|phone|mobile|mob|cell|whatsapp|wechat|电话|手机|微信|联系电话)?\.?[ \t]*[:：]?[ \t]*$`)

// phonesAfterName returns the phones that stand in brackets right after
// name in the sender's own text.
func phonesAfterName(segs []segment, name string) []string {
	var out []string
	for _, s := range segs {
		if s.role != roleOwn || !strings.Contains(s.text, name) || !strings.ContainsAny(s.text, "(（") {
			continue
		}
		num := foldDigits(s.text)
		for _, p := range findPhones(num, nil) {
			before := num[:p.start]
			i := strings.LastIndex(before, name)
			if i >= 0 && nameBracketRe.MatchString(before[i+len(name):]) {
				out = append(out, p.e164)
			}
		}
	}
	return out
}

// orderSegments puts the sender's own segments first.
func orderSegments(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		if s.role == roleOwn {
			out = append(out, s)
		}
	}
	for _, s := range segs {
		if s.role != roleOwn {
			out = append(out, s)
		}
	}
	return out
}

func stationDomain(opts Options) string {
	_, d, ok := strings.Cut(strings.ToLower(strings.TrimSpace(opts.StationAddress)), "@")
	if !ok {
		return ""
	}
	return strings.Trim(d, "> ")
}

// Party keywords: whichever is nearest before a phone number or e-mail
// address in its clause decides whose it is.
var (
	merchantWordRe = regexp.MustCompile(`(?i)` + merchantWordsAbroad + `|厂商|廠商|廠家|廠方|工廠|賣家|供應商|門店|店鋪|老闆|商家|卖家|店家|店铺|网店|店主|掌柜|客服|售后|厂家|工厂|厂里|厂方|公司|老板|对方|供应商|门店|商户|摊主|档口|店里(?:的)?(?:电话|座机)|店长|店员|业务员|顾问|负责人|酒店|前台|他们|她们|\b(?:mr|ms|mrs|miss)\.?\s+\p{Lu}[\p{L}\-]*(?:'s|’s|\s*[(:：])|学校|饭店|餐厅|餐馆|网点|健身房|美容院|理发店|驾校|旅行社|维修店|修理厂|物业|培训机构|教练|经理|房东|中介|\b(?:hotel|school|restaurant|salon|gym|agency|agent|academy|staff|salesman|saleswoman|salesperson|sales manager|sales lady|front desk|logistics|manager|coach|landlord|receptionist)\b|\b(?:seller|sellers|merchant|vendor|supplier|factory|manufacturer|company|shop|store|their|they|them|customer service|office|sales|his|its|owner's|owner’s|boss's|boss’s)\b`)
	selfWordRe     = regexp.MustCompile(`(?i)我|本人|联系人|姓名|\bmy\b|\bme\b|\bi\b|\bmine\b|\bour\b|\bus\b|\bwe\b`)
	// A third party who is neither the complainant nor the merchant: the
	// courier, a delivery driver, an installer.
	thirdWordRe = regexp.MustCompile(`快递员|快递小哥|快递师傅|配送员|送货员|骑手|司机|师傅|驿站|安装工|快遞員|送貨員|騎手|司機|師傅|驛站`)
	clauseEndRe = regexp.MustCompile(`[。！？；;!?，,\n]|\.\s`)
)

var (
	// A line labelled with a person by surname and title: "周小姐手機：".
	personLabelRe = regexp.MustCompile(`(?:^|[\s，,；;。])(\p{Han}{1,2}(?:小姐|先生|女士|经理|經理|总|總|老板|老闆|师傅|師傅))的?(?:手机|手機|电话|電話|微信|号码|號碼|座机|座機)?\s*[:：]?\s*$`)
	// Words that introduce a person as the merchant's staff, right before
	// the name: "工廠業務周小姐", "店里的客服王小姐".
	staffWordsRe = regexp.MustCompile(`(?:业务员?|業務員?|销售|銷售|客服|经理|經理|店主|店长|店長|厂长|廠長|负责人|負責人|工厂|工廠|厂家|廠家|商家|店家|卖家|賣家|店里|店裡|公司|老板|老闆)的?$`)
)

// staffIntroduced reports whether before introduces name as the merchant's
// staff ("工廠業務周小姐"), at its first or any later mention.
func staffIntroduced(before, name string) bool {
	for i := 0; i < len(before); {
		j := strings.Index(before[i:], name)
		if j < 0 {
			return false
		}
		j += i
		if staffWordsRe.MatchString(before[max(0, j-12):j]) {
			return true
		}
		i = j + len(name)
	}
	return false
}

// lastClauseStart is where the last clause of s begins: after the last
// clause break, where the full stop of a title ("Mr. Fang") breaks none.
func lastClauseStart(s string) int {
	locs := clauseEndRe.FindAllStringIndex(s, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		l := locs[k]
		if s[l[0]] == '.' {
			w := s[strings.LastIndexAny(s[:l[0]], " \t\n(")+1 : l[0]]
			if titleAbbrevs[strings.ToLower(w)] {
				continue
			}
		}
		return l[1]
	}
	return 0
}

// titleAbbrevs are abbreviations before a name whose full stop ends no
// sentence.
var titleAbbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true}

// phoneParty says whose a number or address at pos is: the merchant's when
// a merchant word is the nearest party word before it in its clause (or,
// failing that, its line), else the default role of the segment.
func phoneParty(text string, pos int, def segRole) segRole {
	from := max(0, pos-240)
	lineStart := from + strings.LastIndexByte(text[from:pos], '\n') + 1
	end := pos
	if r, size := utf8.DecodeRuneInString(text[pos:]); r == '(' || r == '（' {
		// "Mr. Fang (135…)": the bracket belongs to the words before it.
		end += size
	}
	line := text[lineStart:end]
	clause := line[lastClauseStart(line):]
	// "Supplier details:" / "Factory contact:" / "商家信息：" heading a
	// block of lines: the block is the merchant's.
	if merchantBlockAt(text, lineStart) {
		return roleMerchant
	}
	// "周小姐手機：137…" after "工廠業務周小姐": the number of a person the
	// writer introduced as the merchant's staff.
	if m := personLabelRe.FindStringSubmatch(line); m != nil && staffIntroduced(text[:lineStart], m[1]) {
		return roleMerchant
	}
	// "商家的电话我问到了，是0579-…": the merchant's number, whoever found it.
	if mi := lastMatchEnd(merchantPhoneOfRe, line); mi >= 0 && lastMatchEnd(selfPhoneOfRe, line) < mi && lastMatchEnd(thirdWordRe, line) < mi {
		return roleMerchant
	}
	for _, scope := range []string{clause, line} {
		if strings.Contains(scope, "@") || strings.Contains(scope, "://") || strings.Contains(scope, "www.") {
			// "reach me at jose.store@…": words inside addresses and
			// links name nobody.
			scope = blankAddrs(scope)
		}
		mi := lastMatchEnd(merchantWordRe, scope)
		si := lastSelfEnd(scope)
		if oi := lastMatchEnd(ownedBizRe, scope); oi >= 0 && oi >= mi {
			// "Our office line is …": the writer's own business.
			mi, si = -1, max(si, oi)
		}
		if ti := lastMatchEnd(thirdWordRe, scope); ti > mi && ti > si {
			return roleThird
		}
		if mi < 0 && si < 0 {
			continue
		}
		if mi > si {
			return roleMerchant
		}
		return roleOwn
	}
	// "Factory address: …" then "Tel.: …" or "Contact: Mr. Chen, +86 …":
	// a contact label right under the merchant's labelled address, or in
	// a block of labels opened by the merchant's name ("School: …",
	// "Address: …", "Tel: …"), continues the merchant's contact block.
	if lineStart > 0 && (bareLabelRe.MatchString(line) || contactLabelRe.MatchString(line)) {
		end := lineStart - 1
		for k := 0; k < 3 && end >= 0; k++ {
			start := strings.LastIndexByte(text[:end], '\n') + 1
			prev := text[start:end]
			// "店铺地址：https://…" is the shop's link, not its postal
			// address, and starts no contact block.
			if (merchantAddrLabelRe.MatchString(prev) || k > 0 && merchantNameLabelRe.MatchString(prev)) &&
				!strings.Contains(prev, "://") && !strings.Contains(prev, "www.") {
				return roleMerchant
			}
			if k == 0 && merchantNameLabelRe.MatchString(prev) && !strings.Contains(prev, "://") && !strings.Contains(prev, "www.") {
				return roleMerchant
			}
			if !blockLabelRe.MatchString(prev) {
				break // only the merchant's own contact lines continue its block
			}
			end = start - 1
		}
	}
	return def
}

var (
	bareLabelRe = regexp.MustCompile(`^\s*[\p{L} .()（）/]{1,16}[:：]\s*$`)
	// merchantHeadingRe is a line that heads the merchant's details.
	merchantHeadingRe = regexp.MustCompile(`(?i)^\s*(?:(?:the\s+)?(?:supplier|seller|factory|merchant|shop|store|company|vendor|manufacturer|respondent|their|its)(?:'s)?(?:\s+(?:details|contact|contacts|info|information|address)(?:\s+(?:as|on|from|in|of|per|their|its|the|invoice|website|page|card|receipt|below)){0,5})?|(?:商家|卖家|厂家|店家|供应商|被投诉方)(?:信息|联系方式|资料)?)\s*[:：]\s*$`)
	// merchantNameLabelRe opens a block of the merchant's labels.
	merchantNameLabelRe = regexp.MustCompile(`(?i)^\s*(?:投诉对象|被投诉方|被投诉人|被投诉单位|商家名称|商家|卖家|店家|店铺|店名|厂家|工厂|公司|供应商|学校|饭店|酒店|餐厅|网点|seller|merchant|vendor|supplier|factory|manufacturer|company|shop|store|school|hotel|restaurant|agency)(?:'s)?(?:\s*name|名称)?\s*[:：]\s*\S`)
	// blockLabelRe is a contact line a merchant's block goes on through:
	// an address, a phone, a link, a contact.
	blockLabelRe = regexp.MustCompile(`(?i)^\s*(?:address|addr\.?|tel\.?|phone|mobile|fax|whatsapp|wechat|e-?mail|website|web|url|contact(?: person)?|地址|电话|手机|座机|传真|微信|邮箱|网址|联系人|联系电话)\s*[:：]`)
	// merchantPhoneOfRe / selfPhoneOfRe: whose number a line speaks of.
	merchantPhoneOfRe   = regexp.MustCompile(`(?:商家|卖家|店家|厂家|老板|店主|客服|对方|他们|公司|工厂|学校|饭店|网点)的?(?:电话|手机|号码|联系方式|座机|微信)`)
	selfPhoneOfRe       = regexp.MustCompile(`(?:我|本人)的?(?:电话|手机|号码|联系方式|微信)`)
	contactLabelRe      = regexp.MustCompile(`(?i)^\s*(?:contact(?: person)?|tel\.?|phone|mobile|whatsapp|wechat|联系人|联系电话|电话|手机|微信)\s*[:：]`)
	merchantAddrLabelRe = regexp.MustCompile(`(?i)^\s*(?:商家|卖家|店家|店铺|商铺|厂家|工厂|公司|供应商|门店|摊位|(?:seller|merchant|vendor|supplier|factory|manufacturer|company|shop|store|office|their)(?:'s|’s)?)\s*(?:地址|(?:postal |office |street )?address)\s*[:：]\s*\S|^\s*(?:厂址|店址|摊位|(?:商铺|店铺|门店|摊位|档口)位置|(?:the\s+)?(?:seller|supplier|factory|forwarder|agent|company)(?:'s|’s)?\s+(?:office|warehouse|showroom|stall|booth))\s*[:：]\s*\S`)
)

// merchantWordsAbroad name the merchant or its staff in the languages of
// Yiwu's buyers abroad (Russian, Ukrainian, French, German, Spanish,
// Portuguese, Italian, Polish, Turkish, Arabic): "Менеджер Анна (телефон:
// …)", "Contact du fournisseur : …", "El vendedor (WhatsApp …)".
const merchantWordsAbroad = `продав[\p{L}]*|поставщик[\p{L}]*|постачальник[\p{L}]*|менеджер[\p{L}]*|фабрик[\p{L}]*|завод[\p{L}]*|` +
	`\bfournisseur|\bvendeu(?:r|se)\b|\busine\b|\bcommerçant|` +
	`verkäufer(?:in)?|\blieferant(?:en)?\b|\bhändler\b|\bhersteller\b|` +
	`\bproveedor(?:a|es)?\b|\bvendedor(?:a|es)?\b|\bfornecedor(?:a|es)?\b|\bfabricante\b|` +
	`\bfornitore\b|\bvenditore\b|` +
	`\bsprzedawc[\p{L}]*|\bdostawc[\p{L}]*|` +
	`\bsatıcı|\btedarikçi|` +
	`المورد|البائع|المصنع|التاجر`

// ownedBizRe matches a business word owned by the writer ("our office",
// "my shop"), which is no merchant word.
var ownedBizRe = regexp.MustCompile(`(?i)\b(?:my|our)\s+(?:own\s+)?(?:shop|store|company|office|factory|sales)\b` +
	`|\b(?:ma|mon|notre)\s+(?:boutique|magasin|société|entreprise)\b|\b(?:meine?|unsere?)\s+(?:firma|geschäft|laden)\b` +
	`|\b(?:mi|nuestra|nuestro|minha|nossa)\s+(?:tienda|empresa|loja)\b|(?:мой|мою|наш[аеу]?)\s+(?:магазин|компани[\p{L}]*|фирм[\p{L}]*)`)

// blankAddrs replaces e-mail addresses and URLs in s with spaces, keeping
// the offsets of everything else.
func blankAddrs(s string) string {
	blank := func(m string) string { return strings.Repeat(" ", len(m)) }
	return urlRe.ReplaceAllStringFunc(emailRe.ReplaceAllStringFunc(s, blank), blank)
}

// objSelfRe matches the writer as the object of someone else's act ("gave
// me", "给我"): the number that follows is the other party's.
var objSelfRe = regexp.MustCompile(`(?i)\b(?:gave|give|gives|given|sent|send|sends|told|tell|tells|offered|showed|provided|emailed|texted|messaged)\s+(?:me|us)\b|(?:给|告诉|发给|留给)我`)

// lastSelfEnd is lastMatchEnd for self words, leaving out the writer as an
// object of someone else's act.
func lastSelfEnd(s string) int {
	locs := selfWordRe.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return -1
	}
	var objs [][]int
	if strings.Contains(s, "我") || strings.Contains(strings.ToLower(s), "me") {
		objs = objSelfRe.FindAllStringIndex(s, -1)
	}
	for k := len(locs) - 1; k >= 0; k-- {
		inObj := false
		for _, o := range objs {
			if locs[k][0] >= o[0] && locs[k][1] <= o[1] {
				inObj = true
				break
			}
		}
		if !inObj {
			return locs[k][1]
		}
	}
	return -1
}

func lastMatchEnd(re *regexp.Regexp, s string) int {
	locs := re.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return -1
	}
	return locs[len(locs)-1][1]
}

// urlRe finds http(s) links and bare links to the big shop platforms. A URL
// ends at whitespace, full-width punctuation, a Chinese character (links
// pasted into Chinese text run straight into it), a closing parenthesis, or
// quotes and angle brackets.
var (
	urlRe      = regexp.MustCompile(`(?i)(?:https?://|www\.|(?:[a-z0-9-]+\.)+(?:taobao|tmall|1688|yiwugo|jd|pinduoduo|yangkeduo|alibaba|aliexpress)\.com\b)[^\s\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}()<>"'“”‘’\[\]{}|\\^` + "`" + `]*`)
	emailRe    = regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b`)
	urlTrimSet = `.,;:!?'"*~_-`
)

// findURLs returns the links in text except those of the station's own
// domain, as written minus trailing punctuation, and the spans of all links.
func findURLs(text, station string) ([]string, [][2]int) {
	var urls []string
	var spans [][2]int
	for _, loc := range urlRe.FindAllStringIndex(text, -1) {
		u := text[loc[0]:loc[1]]
		// " ," ends a URL too; a comma right after is trailing punctuation.
		u = strings.TrimRight(u, urlTrimSet)
		if u == "" || strings.HasSuffix(strings.ToLower(u), "://") {
			continue
		}
		if loc[0] > 0 && text[loc[0]-1] == '@' {
			continue
		}
		spans = append(spans, [2]int{loc[0], loc[0] + len(u)})
		if station != "" && urlHostIs(u, station) {
			continue
		}
		// A bare "www." or platform link needs a dot after the prefix.
		if !strings.Contains(strings.TrimPrefix(strings.ToLower(u), "www."), ".") {
			continue
		}
		urls = appendUnique(urls, u)
	}
	return urls, spans
}

// ownSiteURL reports whether a link in the sender's own words is the
// sender's: their own website (the domain of their From address, free
// mail domains aside) or a LinkedIn profile, as signatures carry them.
// Those name no merchant.
func ownSiteURL(u, fromAddr string) bool {
	if urlHostIs(u, "linkedin.com") {
		return true
	}
	at := strings.LastIndexByte(fromAddr, '@')
	if at < 0 {
		return false
	}
	domain := strings.ToLower(fromAddr[at+1:])
	if freeMailRe.MatchString(domain) {
		return false
	}
	return urlHostIs(u, domain)
}

// freeMailRe matches mailbox providers' domains, which are nobody's website.
var freeMailRe = regexp.MustCompile(`^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|qq|foxmail|163|126|yeah|sina|sohu|139|gmx|web|mail|yandex|proton|protonmail)\.`)

func urlHostIs(u, domain string) bool {
	h := strings.ToLower(u)
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
	}
	if i := strings.IndexAny(h, "/?#:"); i >= 0 {
		h = h[:i]
	}
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	return h == domain || strings.HasSuffix(h, "."+domain)
}

type emailMatch struct {
	start int
	addr  string
}

func findEmails(text string) ([]emailMatch, [][2]int) {
	var out []emailMatch
	var spans [][2]int
	for _, loc := range emailRe.FindAllStringIndex(text, -1) {
		spans = append(spans, [2]int{loc[0], loc[1]})
		out = append(out, emailMatch{loc[0], strings.ToLower(text[loc[0]:loc[1]])})
	}
	return out, spans
}

// Order numbers: a labelled one, or one after a bare "订单"/"order" when it
// is long enough not to be a quantity.
var (
	orderNumRe = regexp.MustCompile(`(?i)(?:订单号码|订单编号|订单号|订单\s*id|采购单号|order\s*(?:no\.?|number|num\.?|#|ref(?:erence)?(?:\s*(?:no\.?|number))?|id|code)|p\.?o\.?\s*(?:no\.?|number|#))\s*(?:[（(][^）)\n]{0,12}[）)])?\s*(?:是|为|:|：|#|is|was|=)?\s*[:：#]?\s*([A-Za-z0-9][A-Za-z0-9\-_/]*[0-9][A-Za-z0-9\-_/]*)`)
	// Order-number labels abroad, run only where the literal gate saw one.
	orderNumAbroadRe = regexp.MustCompile(`(?i)(?:` + orderLabelsAbroad + `)\s*(?:[（(][^）)\n]{0,12}[）)])?\s*(?:是|为|:|：|#|is|was|=)?\s*[:：#]?\s*([A-Za-z0-9][A-Za-z0-9\-_/]*[0-9][A-Za-z0-9\-_/]*)`)
	orderNumBareRe   = regexp.MustCompile(`(?i)(?:订单|\border)\s*[:：#]?\s*([A-Za-z0-9][A-Za-z0-9\-_/]*[0-9][A-Za-z0-9\-_/]*)`)
	// "refund request for order YX-5520": a code of capital letters and
	// digits after a bare "order", which no quantity looks like.
	orderNumCodeRe = regexp.MustCompile(`(?:订单|\b(?i:order))\s*[:：#]?\s*([A-Z]{1,4}-?[0-9]{3,}[A-Za-z0-9\-_/]*)`)
)

// orderLabelsAbroad are order-number labels in the languages of Yiwu's
// buyers abroad: "номер заказа", "commande n°", "Bestellnummer", "pedido
// n.º", "رقم الطلب", "numero d'ordine", "numer zamówienia", "sipariş no".
const orderLabelsAbroad = `номер\s+заказа|заказ\s*№|№\s*заказа|номер\s+замовлення|замовлення\s*№|` +
	`(?:n°|no|num[ée]ro)\s+de\s+commande|commande\s*(?:n°|no\.?|num[ée]ro)|` +
	`bestell(?:nummer|-?nr\.?)|auftrags(?:nummer|-?nr\.?)|` +
	`(?:n\.?º|nº|n°|número|numero)\s+(?:de\s+|do\s+)?(?:pedido|encomenda)|(?:pedido|encomenda)\s*(?:n\.?º|nº|n°|no\.?|número|numero)|` +
	`numero\s+(?:d'|dell')ordine|ordine\s*(?:n\.?|n°|numero)|` +
	`ordernummer|bestelnummer|ordrenummer|ordernr\.?|` +
	`numer\s+zamówienia|zamówienie\s*(?:nr\.?|numer)|` +
	`sipariş\s*(?:no\.?|numarası)|` +
	`číslo\s+objednávky|` +
	`رقم\s+الطلب|رقم\s+الطلبية|` +
	`주문\s*번호|注文番号|` +
	`mã\s+đơn\s+hàng|nomor\s+pesanan|หมายเลขคำสั่งซื้อ`

// unfolded returns v, found in folded (foldDigits of orig), as orig writes
// it: the order number is kept as written ("４１０２…" stays full-width).
// foldDigits maps rune for rune, so rune offsets carry over.
func unfolded(orig, folded, v string) string {
	if v == "" || orig == folded {
		return v
	}
	i := strings.Index(folded, v)
	if i < 0 {
		return v
	}
	start := utf8.RuneCountInString(folded[:i])
	r := []rune(orig)
	return string(r[start : start+utf8.RuneCountInString(v)])
}

// findOrderNumber returns the first labelled order number in text.
func findOrderNumber(text string) string {
	if v := orderNumberBy(orderNumRe, text, 4); v != "" {
		return v
	}
	if scanGates(text).has(gateOrderAbroad) {
		if v := orderNumberBy(orderNumAbroadRe, text, 4); v != "" {
			return v
		}
	}
	if v := orderNumberBy(orderNumBareRe, text, 6); v != "" {
		return v
	}
	return orderNumberBy(orderNumCodeRe, text, 3)
}

func orderNumberBy(re *regexp.Regexp, text string, minDigits int) string {
	for _, m := range re.FindAllStringSubmatch(text, 16) {
		v := strings.TrimRight(m[1], "-_/")
		digits := 0
		for i := 0; i < len(v); i++ {
			if isDigitByte(v[i]) {
				digits++
			}
		}
		if digits < minDigits || len(v) > 40 {
			continue
		}
		return v
	}
	return ""
}

// Amount context: what the words before a sum say it is.
var (
	// What was finally paid, after discounts and with shipping: beats a
	// goods total ("商品总价") written next to it.
	paidFinalRe  = regexp.MustCompile(`(?i)实付|实际支付|实际付款|amount paid|total paid`)
	paidStrongRe = regexp.MustCompile(`(?i)实付|实际支付|实际付款|共计|合计|合共|总计|总价|总额|总共|一共|^\s*共\s*$|订单金额|订单总额|付款金额|支付金额|\btotal\b|i paid|we paid|paid|payment of|amount paid|` + paidAbroad)
	// One instalment of the price (定金, 尾款): a total beats it.
	instalmentRe = regexp.MustCompile(`(?i)定金|订金|首付|尾款|余款|\bdeposit\b|\bbalance\b|down payment`)
	paidRe       = regexp.MustCompile(`(?i)付款|付了|支付|已付|货款|金额|价格|价钱|售价|花了|用了|买了|购买|下单|订购|转账|转了|amount|price|cost|spent|worth|pay|order(?:ed)?|bought|purchased|transferred|sent|for`)
	// Offers of compensation, and sums demanded on top of the price
	// ("要我再加15000元").
	offerRe  = regexp.MustCompile(`(?i)只(?:肯|愿|愿意|同意|答应|能|给)?退|再加|加钱|加价|补偿|赔偿|补贴|补|赔|优惠券|红包|折扣|打折|代金券|返现|compensat|discount|coupon|voucher|offer(?:ed|s)?|cashback|credit|\badd\b|\bextra\b|\badditional\b|` + offerAbroad)
	refundRe = regexp.MustCompile(`(?i)退款|退还|退回|返还|退我|退给|refund|return|rembours|erstatt|rückerstatt|reembols|devoluc|возврат|верну|استرداد|rimbors|zwrot`)
	// The value of goods, which need not have been paid: "the total order
	// value was USD 15,000 and I paid the deposit of USD 4,500".
	valueRe     = regexp.MustCompile(`(?i)\bvalue\b|\bworth\b|价值|货值|总值|valeur|wert\b|valor|стоимост`)
	unitRe      = regexp.MustCompile(`(?i)每|单价|一个|一件|一双|一只|\beach\b|\bper\b|unit price|a piece|apiece`)
	shippingRe  = regexp.MustCompile(`(?i)运费|邮费|快递费|物流费|shipping|freight|postage|delivery fee|courier`)
	unitAfterRe = regexp.MustCompile(`^\s*(?:/|每|一|each|per|a piece|apiece|/pc|/pcs|[xX×*]\s*[0-9])`)
	// A sum that the words after it call a total: "US$ 920.00 in total".
	totalAfterRe = regexp.MustCompile(`(?i)^\s*(?:in total|in all|altogether|all together|total)\b`)
	// The product of a unit price and a quantity ("USD 0.28 x 20,000 =
	// USD 5,600.00"): the value of the goods, which need not have been paid.
	lineTotalRe = regexp.MustCompile(`(?i)(?:\bx|×|\*)\s*[0-9][0-9,.]*\s*(?:[a-z]+\.?\s*)?=\s*$`)
)

// Paying and offering in the languages of Yiwu's buyers abroad: "j'ai payé
// 1 860,00 €", "3.480,00 USD überwiesen", "pagué USD 5.640,00", "оплатила
// 2 350 USD", "ودفعت"; "propose seulement un avoir de 200 €".
const (
	paidAbroad  = `payé|réglé|versé|bezahlt|überwiesen|gezahlt|pagué|pagado|paguei|pago|pagato|оплатил|заплатил|перевел|перевёл|zapłaci|ödedi|دفعت|حولت`
	offerAbroad = `propos|avoir|gutschein|rabatt|entschädig|ofrec|descuento|compensa|скидк|компенсац|تعويض|خصم|sconto`
)

// paidVerbRe is the writer saying they paid.
var paidVerbRe = regexp.MustCompile(`(?i)\b(?:i|we)\s+(?:have\s+)?(?:already\s+)?paid\b|已付|付了|付清|支付了|` + paidAbroad)

// pickAmount chooses the sum that was paid for the order: a labelled total
// first, then a labelled price, then any sum; offers of compensation,
// refunds, unit prices and shipping fees come last or not at all.
func pickAmount(segs []segment) (string, string) {
	best, bestRank := amountMatch{}, 100
	for si, s := range segs {
		text := foldDigits(s.text)
		prevEnd := 0
		for _, a := range findAmounts(text) {
			rank := amountRank(text, a, prevEnd)
			prevEnd = a.end
			if rank < 0 {
				continue
			}
			rank = rank*10 + min(si, 9)
			if rank < bestRank {
				best, bestRank = a, rank
			}
		}
	}
	if bestRank == 100 {
		return "", ""
	}
	return best.value, best.currency
}

// amountRank ranks a sum by the words of its clause, lower is likelier the
// paid amount. The clause reaches back no further than the end of the
// previous sum (prevEnd), so "总价：¥360 运费：¥15 实付款：¥375" gives each sum
// its own label.
func amountRank(text string, a amountMatch, prevEnd int) int {
	from := max(0, a.start-240, min(prevEnd, a.start))
	lineStart := from + strings.LastIndexByte(text[from:a.start], '\n') + 1
	clause := text[lineStart:a.start]
	if locs := clauseEndRe.FindAllStringIndex(clause, -1); len(locs) > 0 {
		clause = clause[locs[len(locs)-1][1]:]
	}
	after := text[a.end:min(len(text), a.end+24)]
	switch {
	case offerRe.MatchString(clause):
		return -1
	case shippingRe.MatchString(clause):
		return 7
	case unitRe.MatchString(clause) || unitAfterRe.MatchString(after):
		return 6
	case lineTotalRe.MatchString(text[from:a.start]):
		// Behind what was actually paid, even a deposit, but ahead of
		// the unit price it was computed from.
		return 5
	case refundRe.MatchString(clause):
		return 4
	case instalmentRe.MatchString(clause) && !paidFinalRe.MatchString(clause):
		if paidVerbRe.MatchString(clause) {
			// "I paid the 30% deposit of USD 4,500": what the writer
			// paid, ahead of a total they only valued.
			return 2
		}
		return 4
	case valueRe.MatchString(clause) && !paidVerbRe.MatchString(clause):
		return 3
	case paidFinalRe.MatchString(clause) || totalAfterRe.MatchString(after):
		return 0
	case paidStrongRe.MatchString(clause):
		return 1
	case paidRe.MatchString(clause):
		return 2
	}
	return 3
}

func appendUnique(list []string, items ...string) []string {
	for _, it := range items {
		if it != "" && !contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// trimValue trims whitespace and trailing punctuation from a labelled value.
func trimValue(s string) string {
	s = strings.TrimSpace(s)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(".,;:!?。，；：！？、 \t", r) {
			s = strings.TrimSpace(s[:len(s)-size])
			continue
		}
		break
	}
	return s
}

// merchantBlockAt reports whether the line starting at lineStart stands
// in a block of lines headed by merchantHeadingRe, with no blank line
// between: "Supplier details:", its name, address and phones.
func merchantBlockAt(text string, lineStart int) bool {
	end := lineStart - 1
	for k := 0; k < 6 && end >= 0; k++ {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		prev := text[start:end]
		if strings.TrimSpace(prev) == "" {
			return false
		}
		if merchantHeadingRe.MatchString(prev) {
			return true
		}
		end = start - 1
	}
	return false
}
