package analysis

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

const platformPat = `淘宝网|淘宝|天猫商城|天猫|拼多多|京东商城|京东|1688|阿里巴巴|抖音商城|抖音|快手|闲鱼|微店|唯品会|苏宁易购|苏宁|小红书|美团外卖|美团|饿了么|大众点评|携程|飞猪|速卖通|亚马逊|义乌购|得物|当当|有赞|微信小程序|微信|Taobao|Tmall|Pinduoduo|JD\.com|JD|Alibaba|AliExpress|Amazon|Temu|Shein|Douyin|TikTok Shop|TikTok|DHgate|DHGate|Made-in-China|made-in-china|yiwugo|Yiwugo|eBay|Etsy|Shopee|Lazada`

var (
	platformPrefixRe = regexp.MustCompile(`^(?:` + platformPat + `)(?:平台|网|上的|上|的)?(?:小店|店铺|网店)?\s*`)
	quoteOpen        = `[“"「『《]`
	quoteClose       = `[”"」』》]`
	quoteBody        = `([^“”"「」『』《》\n]{1,50})`
	// 淘宝“声动数码专营店”, 天猫上的“优品汇家居旗舰店”.
	// 拼多多【乐享生活百货】: after a platform, 【】 quote the shop too.
	platformQuotedRe = regexp.MustCompile(`(?i)(?:` + platformPat + `)(?:平台)?(?:上的|上|的)?(?:店铺|商家|网店|店|卖家|旗舰店|直播间|小店)?\s*[“"「『《【]([^“”"「」『』《》【】\n]{1,50})[”"」』》】]`)
	// 商家“晨曦家居百货”, 店铺名叫“…”, a shop called "…".
	wordQuotedRe = regexp.MustCompile(`(?i)(?:商家|店铺|网店|店家|卖家|厂家|公司|工厂|店|门店|供应商|机构|(?:shop|store|seller|merchant|supplier|company|vendor|factory)(?:(?:'s|’s)?\s+(?:called|named|is|was|name is|name was))?)(?:名称|名字|名)?(?:叫做|叫|是|为)?\s*` + quoteOpen + quoteBody + quoteClose)
	// 在抖音直播间买了“蜂语农庄”的土蜂蜜: the seller named before the goods.
	boughtQuotedOfRe = regexp.MustCompile(`(?:买了|买的|购买了|订了|下单了|拍了)\s*` + quoteOpen + quoteBody + quoteClose + `的`)
	// “晨曦家居百货”的店里, "Happy Home" store.
	quotedWordRe = regexp.MustCompile(`(?i)` + quoteOpen + quoteBody + quoteClose + `\s*(?:这家|的)?(?:店铺|网店|店里|店|旗舰店|商家|公司|工厂|厂家|摊位|档口|铺位|商铺|(?:shop|store|company|factory|stall|booth)\b)`)
	// 在“…”买的.
	inQuotedRe = regexp.MustCompile(quoteOpen + quoteBody + quoteClose + `(?:上|里|处)?(?:买|购买|下单|订购|定制|订了|订做|进货|进了|拿货|拿了|拿的|批了|批的|采购)`)
	// "ordered … from “Yiwu Lucky Star Party Goods Co., Ltd”": a quoted
	// name in the role of the seller.
	boughtFromQuotedRe = regexp.MustCompile(`(?i)\b(?:bought|ordered|purchased|order|imported|sourced|paid|got)\b[^.\n!?]{0,80}?\bfrom\s+(?:the\s+)?[“"‘]([^”"’\n]{2,60})[”"’]`)
	// "Lucky Star Accessories" on AliExpress.
	quotedOnPlatformRe = regexp.MustCompile(quoteOpen + quoteBody + quoteClose + `\s+on\s+(?:` + platformPat + `)\b`)
	// 一家叫“诚信车行”的车商, 一間叫「…」的供應商: a business called "…".
	calledQuotedRe = regexp.MustCompile(`(?:家|间|間|个|個)(?:叫|名叫|叫做|名为|名字叫)\s*` + quoteOpen + quoteBody + quoteClose)
	// 预订了义乌“锦江都城酒店（国际商贸城店）”: a quoted name that is a
	// business by its ending, with its branch in brackets.
	quotedBizRe = regexp.MustCompile(quoteOpen + `([^“”"「」『』《》\n]{1,40}(?:店|公司|厂|工作室|商行|馆)(?:[（(][^）)“”"「」\n]{1,20}[）)])?)` + quoteClose)
	inQuotedRe2 = regexp.MustCompile(`(?:在|从|向|跟|报了|报名了|报名)` + quoteOpen + quoteBody + quoteClose)
	// 对'花语家纺'很不满意, 在‘美家生活馆’买的: single quotes round a
	// Chinese name after a preposition.
	inSingleQuotedRe = regexp.MustCompile(`(?:在|从|向|跟|对|和|与|找)['‘](\p{Han}[^'‘’\n]{0,29}?)['’]`)
	// 本店（佳美家电专营店）: a merchant naming itself in brackets.
	selfBracketRe = regexp.MustCompile(`(?:本店|我店|本公司|我司|本厂)[（(]([^）)\n]{2,30})[）)]`)
	// 一家叫小美饰品的店; a seller called Sunny Home; Sunny Home on AliExpress.
	calledZhRe = regexp.MustCompile(`(?:叫|名叫|叫做|名为|名字叫)([^\s，。、,.“”"「」]{2,20}?)的(?:店|网店|店铺|商家|公司|工厂|厂家|卖家|商行|批发部)`)
	calledEnRe = regexp.MustCompile(`(?i:shop|store|seller|merchant|supplier|company|vendor|factory)(?:\s+on\s+(?:` + platformPat + `))?\s+(?i:called|named)\s+((?:[A-Z0-9][\p{L}0-9&'’\-]*\.?)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and|de))*)`)
	// English text naming a Chinese shop: "the shop 义乌小美饰品 (…)".
	enWordHanRe = regexp.MustCompile(`(?i)\b(?:shop|store|seller|merchant|supplier|vendor|factory|company)[ \t]+(\p{Han}[\p{Han}A-Za-z0-9]{1,30})`)
	// "The supplier is Yiwu Tiansheng Crafts": two or more capitalised
	// words, not a person's title.
	isNamedEnRe = regexp.MustCompile(`(?i:shop|store|seller|merchant|supplier|vendor|factory)(?:'s name|’s name)?\s+is\s+((?:[A-Z][\p{L}0-9&'’\-]*)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and)){1,6})`)
	// "the 1688 shop Yiwu Cuiying Accessories".
	platformShopEnRe = regexp.MustCompile(`\b(?:` + platformPat + `)\s+(?i:shop|store|seller|supplier|vendor|factory)\s+['‘"“]?((?:[A-Z][\p{L}0-9&'’\-]*\.?)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and|de))*)`)
	// "The vendor, Sunny Crafts, refuses", "the merchant, Golden Leaf
	// Home (WhatsApp: …),": a name of two or more words set off after a
	// merchant word.
	enApposRe = regexp.MustCompile(`\b(?i:the|our|my|this|that)\s+(?i:vendor|seller|supplier|merchant|shop|store|factory|manufacturer|company),[ \t]+((?:[A-Z0-9][\p{L}0-9&'’\-]*\.?)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and|de)){1,6})[ \t]*[,(（]`)
	// "Please ask Sunrise Toys (tel. …) to send", "contact Golden Leaf Home
	// to": the party the station is asked to approach.
	enAskRe = regexp.MustCompile(`\b(?:[Aa]sk|[Cc]ontact|[Uu]rge|[Rr]emind|[Tt]ell|[Pp]ress)\s+((?:[A-Z0-9][\p{L}0-9&'’\-]*\.?)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and|de)){1,5})[ \t]*(?:[(（]|to\b)`)
	// "a refund from Happy Party Supplies, a shop on AliExpress": a name
	// of two or more words set off before a merchant word.
	enApposAfterRe = regexp.MustCompile(`\b(?:from|with|against|at|by|to|about|and)[ \t]+((?:[A-Z0-9][\p{L}0-9&'’\-]*\.?)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*\.?|of|and|de)){1,6}),[ \t]+(?:a|an|the|their|its)[ \t]+(?:[a-z]+[ \t]+){0,2}(?i:vendor|seller|supplier|merchant|shop|store|factory|manufacturer|company)\b`)
	// "Sunny Days (their Alibaba store)": a name the writer glosses as
	// the seller's store.
	theirStoreRe = regexp.MustCompile(`((?:[A-Z][\p{L}0-9&'’\-]*)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*|of|and)){0,5})[ \t]*\((?i:their|its|the seller'?s|the supplier'?s|the company'?s)[ \t]+(?:[\p{L}0-9]+[ \t]+){0,2}(?i:store|shop|storefront|page)\)`)
	// 店名是老陈土特产, 商家叫花间集手作: a name label in a sentence, without
	// a colon or quotes.
	nameIsZhRe = regexp.MustCompile(`(?:店名|店铺名(?:称|字)?|店铺|商家名(?:称|字)?|商家|卖家|店家|商铺名(?:称|字)?|档口名(?:称|字)?|摊位名(?:称|字)?|厂名|公司名(?:称|字)?)(?:是|叫做|叫|为)\s*([^\s，。、,.！!？?；;：:“”"「」]{2,20})`)
	// "placed an order … with X", "signed a contract with X".
	orderWithRe = regexp.MustCompile(`\b(?:placed|made|put)\s+(?:an?\s+|our\s+|my\s+)?order\b[^.\n!?]{0,80}?\bwith\s+(?:the\s+)?((?:[A-Z][\p{L}0-9'’\-]*\.?|&)(?:[ \t]+(?:[A-Z0-9][\p{L}0-9'’\-]*\.?,?|&|of|and)){1,7})`)
	// Cheap literal checks for the patterns above.
	enApposCue      = newLiterals("vendor,", "seller,", "supplier,", "merchant,", "shop,", "store,", "factory,", "manufacturer,", "company,")
	enApposAfterCue = regexp.MustCompile(`, (?:a|an|the|their|its) (?:[a-z]+ ){0,2}(?:vendor|seller|supplier|merchant|shop|store|factory|manufacturer|company)\b`)
	enAskCue        = newLiterals("ask ", "contact ", "urge ", "remind ", "tell ", "press ")
	// Parties asked or set off like a merchant that are not merchants.
	enNotMerchantRe = regexp.MustCompile(`(?i)\b(?:bank|express|logistics|paypal|dhl|fedex|ups|tnt|customs|police|court|customer|service|support|team|platform|alibaba|aliexpress|amazon|taobao|temu|shein|western union|visa|mastercard)\b`)
	// A label value that quotes the name after a platform or shop word:
	// 商家：拼多多【优品家居旗舰店】, Seller: Temu shop "Happy Home Store".
	labelQuotedRe = regexp.MustCompile(`^\s*((?:` + platformPat + `)?(?:平台|网|上的|上|的)?\s*(?i:(?:shop|store|seller|店铺|小店|网店|卖家|商家|店)\s*)?)[“"「『《【‘]([^“”"「」『』《》【】‘’\n]{1,50})[”"」』》】’]`)
	onPlatformRe  = regexp.MustCompile(`\b(?:from|at|with|by|shop|store|seller|supplier|vendor|factory|found|saw|discovered|contacted|chose|picked)\s+((?:[A-Z0-9][\p{L}0-9&'’\-]*[ \t]+){1,5})on\s+(?:` + platformPat + `)\b`)
	// 商家：晨曦家居百货; Seller: Happy Home Trading.
	respLabelRe = regexp.MustCompile(`(?im)(?:^|[\s，,。；;])(?:被投诉(?:方|人|商家|单位|企业|店铺)|投诉对象|商家公司名称|商家公司全称|商家全称|公司全称|企业全称|商家名称|商家名|商家|店铺名称|店铺名字|店铺名|店名|网店名称|网店|卖家名称|卖家|公司名称|公司名|公司|厂家名称|厂家|工厂名称|工厂|供应商|商户名称|商户|学校名称|学校|饭店|酒店名称|酒店|餐厅|网点|(?:seller|shop|store|merchant|company|supplier|factory|vendor|respondent|hotel|school|restaurant|agency)(?:'s)?(?:\s+name)?)\s*[:：]\s*([^\n]{1,80})`)
	// Chinese business names by their ending.
	zhBizSuffixes = newLiterals("有限责任公司", "股份有限公司", "有限公司", "贸易公司", "公司", "商行", "经营部", "批发部", "贸易行", "加工厂", "制品厂", "工厂", "厂", "工作室", "旗舰店", "专营店", "专卖店", "企业店", "百货店", "百货", "精品店", "小店", "店", "网点", "营业部", "学校", "驾校", "俱乐部", "会所", "超市", "中介", "宾馆", "旅行社")
	// English business names by their ending.
	enBizRe     = regexp.MustCompile(`((?:(?:[A-Z0-9][\p{L}0-9&'’\-]*\.?,?|&)[ \t]+){1,7}(?:(?i:Co\.,?\s*Ltd\.|Co\.,?\s*Ltd\b|Co\s+Ltd\b\.?|Company\s+Limited\b|Co\.,?\s*Limited\b)|Co\.|CO\.|Ltd\.|LTD\.|Ltd\b|LTD\b|Limited\b|LIMITED\b|Inc\.|Inc\b|LLC\b|Corp\.|Corp\b|Corporation\b|GmbH\b|(?:Trading|Import\s*(?:&|and)\s*Export)\s+Company\b|Trading\s+Firm\b|Firm\b|Trading\b|Hotel\b|Restaurant\b|School\b|Academy\b|Logistics\b|Sourcing\s+Services?\b|Sourcing\b|Agency\b|Salon\b|Factory\b|Store\b|Shop\b|Industries\b|Industry\b|Enterprises?\b|Group\b))`)
	enLeadWords = map[string]bool{"the": true, "a": true, "an": true, "from": true, "to": true, "by": true, "with": true, "against": true,
		"dear": true, "seller": true, "supplier": true, "company": true, "shop": true, "store": true, "contact": true, "complaint": true,
		"about": true, "re": true, "fwd": true, "our": true, "my": true, "their": true, "this": true, "that": true, "hi": true, "hello": true,
		"i": true, "we": true, "on": true, "in": true, "at": true, "and": true, "or": true, "of": true, "for": true, "called": true,
		"named": true, "via": true, "through": true, "at:": true, "is": true, "was": true, "bought": true, "ordered": true, "paid": true,
		"yes": true, "no": true, "when": true, "after": true, "before": true, "since": true, "but": true, "so": true, "then": true,
		"please": true, "sales": true, "firma": true, "société": true, "societe": true, "empresa": true, "compañía": true, "azienda": true, "ditta": true, "компания": true, "компании": true, "фирма": true, "фирмы": true, "dept.": true, "dept": true, "team": true, "regards": true, "best": true, "hey": true}
	zhStopRunes  = "在从向跟与和对把给被是到了的我你他她它们这那说找买将让及等为往于自也都就还又已很请帮您个件双批只次些"
	zhLeadStrip  = []string{"投诉", "举报", "反映", "关于", "这家", "那家", "一家", "该", "此", "本", "上", "在", "从", "的", "了", "找", "联系", "购买", "买", "平台", "网上", "线上", "店铺", "商家", "卖家"}
	zhGenericBiz = []string{"网店", "店铺", "商店", "小店", "实体店", "淘宝店", "天猫店", "旗舰店", "专营店", "专卖店", "公司", "快递公司", "物流公司", "工厂", "厂", "店", "百货", "商行", "工作室", "贵公司", "我们公司", "我司", "本公司", "分公司", "总公司", "母公司", "子公司", "有限公司", "这个店", "那个店", "一个店", "他家店", "这店", "那店", "同一家店", "别的店", "其他店", "其它店", "官方旗舰店", "品牌旗舰店", "自营店", "企业店", "个人店"}
)

// respondentName names the merchant: a labelled field, a quoted shop name
// after a platform or a shop word, a business name by its ending, in the
// sender's words first, then in forwarded bodies and the forwarded From,
// and last in the subject.
func respondentName(segs []segment, subject string) string {
	for _, s := range orderSegments(segs) {
		text := s.text
		if s.role == roleOwn {
			// The sender's own company in their signature is not the merchant.
			text = withoutSignature(text)
		}
		if n := respondentNameIn(text); n != "" {
			return n
		}
		if s.role == roleMerchant && isBusinessName(s.fwdFrom.Name) {
			return cleanBizName(s.fwdFrom.Name)
		}
	}
	if subjectPrefixRe.MatchString(subject) && caseTagRe.MatchString(subject) {
		// "RE: [YW-2026-02176] Complaint about Yiwu Fulin Trading": the
		// station's own subject coming back, not the writer's words.
		return ""
	}
	subject = subjectPrefixRe.ReplaceAllString(subject, "")
	if n := respondentNameIn(subject); n != "" {
		return n
	}
	return subjectEnName(subject)
}

var (
	// "Complaint against Sunrise Toys", "Sunflower Party Supplies - missing
	// balloons", "Sunrise Toys never shipped": an English subject naming
	// the merchant without a company form.
	subjectAgainstRe = regexp.MustCompile(`^(?i:complaints?|complain|dispute|claim|problems?|issues?)\s+(?i:against|about|with|regarding|concerning|on|re:?)\s+(` + enNameRun + `)`)
	subjectDashRe    = regexp.MustCompile(`^(` + enNameRun + `)\s+[-–—:|]\s+\S`)
	subjectBizWordRe = regexp.MustCompile(`(?i)^(?:supplies|supply|trading|traders?|crafts|toys|store|shop|mart|co\.?|ltd\.?|limited|inc\.?|llc|corp\.?|company|factory|industries|industry|enterprises?|group|wholesale|imports?|exports?|electronics|textiles?|garments?|accessories|jewell?e?ry|gifts?|products|goods|manufacturing|manufacturer)$`)
	// "Sunrise Toys never shipped my order": a merchant's act.
	subjectActRe = regexp.MustCompile(`^(` + enNameRun + `)\s+(?:never\s+(?:shipped|delivered|sent|refunded|replied)|(?:did not|didn't|does not|doesn't|will not|won't)\s+(?:ship|deliver|refund|reply|respond)|refuses|refused|cheated|scammed|ignores|ignored|keeps|kept|shipped|sent)\b`)
	// Words of subjects that are not names.
	subjectStopWords = map[string]bool{"urgent": true, "help": true, "needed": true, "please": true, "complaint": true, "order": true,
		"orders": true, "refund": true, "request": true, "wrong": true, "missing": true, "damaged": true, "faulty": true, "broken": true,
		"problem": true, "issue": true, "question": true, "delivery": true, "shipment": true, "payment": true, "not": true, "received": true,
		"goods": true, "items": true, "item": true, "product": true, "products": true, "quality": true, "defective": true, "late": true,
		"fake": true, "counterfeit": true, "return": true, "returns": true, "my": true, "our": true, "the": true, "a": true, "an": true,
		"your": true, "new": true, "second": true, "follow": true, "follow-up": true, "update": true, "reminder": true, "important": true,
		"dispute": true, "claim": true, "case": true, "fraud": true, "scam": true, "seller": true, "supplier": true, "shop": true,
		"store": true, "merchant": true, "vendor": true, "factory": true, "company": true, "invoice": true, "deposit": true, "money": true,
		"no": true, "still": true, "never": true, "short": true, "shipping": true, "package": true, "parcel": true, "lost": true}
)

// caseTagRe is a case tag in a subject ("[YW-2026-00042]").
var caseTagRe = regexp.MustCompile(`\[[A-Z]{1,8}-\d{4}-\d{3,}\]`)

// enNameRun is a run of capitalised words.
const enNameRun = `[A-Z][\p{L}0-9&'’\-]*(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*|of|and)){0,5}`

// subjectEnName finds a merchant named in an English subject, refusing
// runs of ordinary subject words ("Urgent Help Needed - …").
func subjectEnName(subject string) string {
	for _, re := range []*regexp.Regexp{subjectAgainstRe, subjectDashRe, subjectActRe} {
		m := re.FindStringSubmatch(subject)
		if m == nil {
			continue
		}
		words := strings.Fields(m[1])
		if re != subjectAgainstRe && len(words) < 2 {
			continue
		}
		// "X - …" names a merchant only when X reads as a business:
		// English subjects put the product there as often ("Bluetooth
		// Speakers - no sound", "Broken Lamp - seller silent").
		if re == subjectDashRe && !subjectBizWordRe.MatchString(words[len(words)-1]) {
			continue
		}
		ok := true
		for _, w := range words {
			lw := strings.ToLower(w)
			if subjectStopWords[lw] || enNotMerchantRe.MatchString(lw) || platformPrefixRe.FindString(w) == w {
				ok = false
				break
			}
		}
		if ok {
			return m[1]
		}
	}
	return ""
}

// personAtLabelRe matches the start of a line whose label names a person
// working for the merchant ("Contact person at the factory:", "Sales rep of
// the supplier:"), so the value is not the merchant's name.
var personAtLabelRe = regexp.MustCompile(`(?i)\b(?:contact|person|manager|agent|rep|representative|salesman|saleswoman|salesperson)\b[^:：]*$`)

var subjectPrefixRe = regexp.MustCompile(`(?i)^(?:\s*(?:re|fw|fwd|aw|sv|vs|答复|回复|转发|回覆|轉寄)\s*[:：]\s*)+`)

// respondentNameIn names the merchant in one text. A labelled field
// ("商家：…", "Seller: …") decides. Otherwise every rule offers the names
// it reads, each with the rule's weight (how reliably that form of words
// names a merchant), and the name whose sentence gives it the merchant's
// role most clearly wins: see candidates.best and nameRole.
func respondentNameIn(text string) string {
	for _, mi := range respLabelRe.FindAllStringSubmatchIndex(text, -1) {
		v := text[mi[2]:mi[3]]
		if text[mi[0]] != '\n' && personAtLabelRe.MatchString(text[strings.LastIndexByte(text[:mi[0]], '\n')+1:mi[0]]) {
			// "Contact person at the factory: Lily": a person, not the merchant.
			continue
		}
		if t := strings.TrimSpace(v); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
			// An empty fill-in field: the next line is the next label.
			continue
		}
		if urlRe.MatchString(strings.TrimSpace(v)) && strings.Index(v, urlRe.FindString(v)) <= 1 {
			continue
		}
		if looksLikeStreetAddress(strings.TrimSpace(v)) || roomLeadRe.MatchString(v) {
			// "the address of the supplier: Room 1205, Building B, …"
			continue
		}
		if chatUtterance(v) {
			// "Seller: 下周 next week, sure.": a pasted chat line.
			continue
		}
		if q := labelQuotedRe.FindStringSubmatch(v); q != nil {
			if n := cleanBizName(q[2]); n != "" && !urlRe.MatchString(n) {
				return n
			}
		}
		// The value ends at a clause break or a bracketed remark.
		if i := strings.IndexAny(v, "，。；;（(【[<"); i >= 0 {
			v = v[:i]
		}
		if loc := enBizRe.FindStringSubmatchIndex(v); loc != nil && strings.TrimSpace(v[:loc[2]]) == "" {
			// "Yiwu Meiya Textile Co., Ltd., tel …": the name ends with
			// its company form.
			v = v[:loc[3]]
		} else if i := strings.Index(v, ", "); i >= 0 && loc == nil {
			v = v[:i]
		}
		if n := cleanBizName(v); n != "" && !urlRe.MatchString(n) && !phoneOnly(n) {
			return n
		}
	}
	var cs candidates
	if strings.Contains(text, "(their") || strings.Contains(text, "(its") || strings.Contains(text, "(the") || strings.Contains(text, "(Their") {
		for _, m := range theirStoreRe.FindAllStringSubmatchIndex(text, 4) {
			if n := strings.TrimSpace(text[m[2]:m[3]]); len(strings.Fields(n)) >= 1 && !enNotMerchantRe.MatchString(n) && !personTitleRe.MatchString(n) {
				cs.add(text, n, m[2], m[3], wQuoted)
			}
		}
	}
	if strings.Contains(text, "order") && strings.Contains(text, " with ") {
		for _, m := range orderWithRe.FindAllStringSubmatchIndex(text, 4) {
			rest := text[m[2]:]
			if loc := enBizRe.FindStringSubmatchIndex(rest); loc != nil && loc[2] == 0 {
				if n := cleanEnBizName(keepAbbrevDot(rest[:loc[3]], trimValue(rest[:loc[3]]))); n != "" {
					cs.add(text, n, m[2], m[3], wQuoted)
				}
			}
		}
	}
	// Most of these need a quotation mark: skip them cheaply without one.
	hasQuote := strings.ContainsAny(text, `“”"「」『』《》【】`)
	for _, re := range []*regexp.Regexp{calledQuotedRe, platformQuotedRe, wordQuotedRe, quotedWordRe, quotedOnPlatformRe, inQuotedRe, boughtFromQuotedRe, boughtQuotedOfRe, inQuotedRe2, calledZhRe, selfBracketRe} {
		if cs.settled(wQuoted) {
			return cs.best()
		}
		if !hasQuote && re != calledZhRe && re != selfBracketRe {
			continue
		}
		if re == boughtFromQuotedRe && !strings.Contains(text, "from “") && !strings.Contains(text, "from \"") && !strings.Contains(text, "from ‘") {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if strings.HasPrefix(text[m[1]:], "平台") {
				// 在“优信二手车”平台上一家…: a platform, not the merchant.
				continue
			}
			if ownBusinessAt(text, m[2], m[3]) {
				// 我在温州开了一家小超市叫“万家福便利店”: the writer's own.
				continue
			}
			if q := strings.TrimSpace(text[m[2]:m[3]]); q != "" && !hasHan(q) {
				if r, _ := utf8.DecodeRuneInString(q); unicode.IsLower(r) {
					// the seller "provided evidence": its words, not its name.
					continue
				}
			}
			if n := cleanBizName(text[m[2]:m[3]]); n != "" && !urlRe.MatchString(n) {
				cs.add(text, n, m[2], m[3], wQuoted)
			}
		}
	}
	if cs.settled(wNamed) {
		return cs.best()
	}
	for _, m := range nameIsZhRe.FindAllStringSubmatchIndex(nameIsZhText(text), 8) {
		if v := text[m[2]:m[3]]; strings.HasPrefix(v, "在") || strings.HasSuffix(v, "的") {
			continue // 商家是在义乌的: where it is, not what it is called
		}
		if n := cleanBizName(text[m[2]:m[3]]); n != "" && hasHan(n) && !ownBusinessAt(text, m[2], m[3]) && !genericPlaceName(n) && !urlRe.MatchString(n) {
			cs.add(text, n, m[2], m[3], wNamed)
		}
	}
	lower := strings.ToLower(text)
	for _, re := range []*regexp.Regexp{calledEnRe, platformShopEnRe, isNamedEnRe, onPlatformRe, enApposRe, enApposAfterRe, enAskRe} {
		if cs.settled(wNamed) {
			return cs.best()
		}
		// Cheap checks for the words each pattern needs.
		switch re {
		case calledEnRe:
			if !strings.Contains(lower, "called") && !strings.Contains(lower, "named") {
				continue
			}
		case isNamedEnRe:
			if !strings.Contains(lower, " is ") {
				continue
			}
		case onPlatformRe:
			if !strings.Contains(lower, " on ") && !strings.Contains(lower, " on\t") {
				continue
			}
		case enApposRe:
			if !enApposCue.has(lower) {
				continue
			}
		case enApposAfterRe:
			if !enApposAfterCue.MatchString(lower) {
				continue
			}
		case enAskRe:
			if !enAskCue.has(lower) {
				continue
			}
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, 8) {
			// "a supplier called Yiwu Starlight Crafts Co., Ltd. has …":
			// a company form right there completes the name.
			rest := text[m[2]:]
			if personTitleRe.MatchString(rest) {
				// "The seller is Mr Wang": a person, not the shop.
				continue
			}
			if (re == enApposRe || re == enApposAfterRe || re == enAskRe) && enNotMerchantRe.MatchString(text[m[2]:m[3]]) {
				// "contact PayPal Support to": not the merchant.
				continue
			}
			if loc := enBizRe.FindStringSubmatchIndex(rest); loc != nil && loc[2] == 0 {
				if n := cleanEnBizName(keepAbbrevDot(rest[:loc[3]], trimValue(rest[:loc[3]]))); n != "" {
					cs.add(text, n, m[2], m[3], wNamed)
				}
			}
			if n := cleanEnBizName(cutAtSentenceEnd(strings.TrimSpace(text[m[2]:m[3]])) + " x"); n != "" {
				n = strings.TrimSuffix(n, " x")
				if n != "" && !notPersonWords[strings.ToLower(n)] {
					cs.add(text, strings.TrimRight(n, ".,'’\"”"), m[2], m[3], wNamed)
				}
			}
		}
	}
	if cs.settled(wWeak) {
		return cs.best()
	}
	if strings.ContainsAny(text, "'‘") {
		for _, m := range inSingleQuotedRe.FindAllStringSubmatchIndex(text, 8) {
			if n := cleanBizName(text[m[2]:m[3]]); n != "" {
				cs.add(text, n, m[2], m[3], wWeak)
			}
		}
	}
	for _, m := range enWordHanRe.FindAllStringSubmatchIndex(text, 8) {
		if n := cleanBizName(text[m[2]:m[3]]); n != "" {
			cs.add(text, n, m[2], m[3], wWeak)
		}
	}
	if hasQuote {
		for _, m := range quotedBizRe.FindAllStringSubmatchIndex(text, 8) {
			if n := cleanBizName(text[m[2]:m[3]]); n != "" && !ownBusinessAt(text, m[2], m[3]) {
				cs.add(text, n, m[2], m[3], wWeak)
			}
		}
	}
	if cs.settled(wForm) {
		return cs.best()
	}
	for _, b := range zhBusinessNames(text) {
		cs.add(text, b.name, b.at, b.end, wForm)
	}
	for _, m := range enBizRe.FindAllStringSubmatchIndex(text, 16) {
		n := cleanEnBizName(text[m[2]:m[3]])
		if n == "" {
			continue
		}
		start := m[2] + max(0, strings.Index(text[m[2]:m[3]], strings.Fields(n)[0]))
		if placeNotBizRe.MatchString(n) && strings.ContainsAny(n, "0123456789") {
			// "District 5, Street 3, Shop": a stall's address.
			continue
		}
		if ownCompanyIntroRe.MatchString(text[max(0, start-60):start]) {
			// "This is Ahmed from Al Noor General Trading LLC": the
			// writer's own company.
			continue
		}
		cs.add(text, n, start, m[3], wForm)
	}
	for _, m := range placeNameBizRe.FindAllStringSubmatchIndex(text, 8) {
		if n := strings.TrimRight(text[m[2]:m[3]], ".,"); !placeNotBizRe.MatchString(n) {
			cs.add(text, n, m[2], m[3], wForm)
		}
	}
	if strings.Contains(text, "from ") || strings.Contains(text, " at ") {
		for _, m := range boughtFromRe.FindAllStringSubmatchIndex(text, 8) {
			if n := boughtFromName(text[m[2]:m[3]]); n != "" {
				cs.add(text, n, m[2], m[3], wForm)
			}
		}
	}
	if cs.settled(0) {
		return cs.best()
	}
	roleCandidates(text, hasQuote, &cs)
	return cs.best()
}

// roomLeadRe is the start of an address, not of a name.
var roomLeadRe = regexp.MustCompile(`(?i)^\s*(?:room|rm\.?|unit|flat|suite|no\.|block|building|\d+[a-z]?\b)`)

// boughtFromRe finds the merchant by its role in the sentence: the
// capitalised name the writer bought, ordered or paid from, ended by a
// preposition or a clause break ("I ordered human hair extensions from
// Sunrise Hair Products on their site").
var boughtFromRe = regexp.MustCompile(`\b(?:[Bb]ought|[Oo]rdered|[Pp]urchased|[Bb]uy|[Oo]rder(?:ed)?|[Ii]mported|[Ss]ourced|[Pp]aid|[Gg]ot)\b[^.\n!?]{0,80}?\b(?:from|at)\s+(?:the\s+)?((?:[A-Z][\p{L}0-9'’\-]*|&)(?:[ \t]+(?:[A-Z0-9][\p{L}0-9'’\-]*|&|of|and)){1,5})(?:[ \t]+(?:on|via|through|at|in|using|by|for|and|but|who|which|since|last|this|after|before|with|because)\b|[ \t]*[,.;:!?(（]|[ \t]*$)`)

// boughtFromName checks a boughtFromRe candidate: two or more words, not
// a platform, bank or carrier, not a place or a market, not a person.
func boughtFromName(v string) string {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), " and"))
	words := strings.Fields(v)
	if len(words) < 2 || personTitleRe.MatchString(v) || enNotMerchantRe.MatchString(v) || placeNotBizRe.MatchString(v) {
		return ""
	}
	if platformPrefixRe.FindString(words[0]) == words[0] || len(words) == 2 && isLatinName(v, 2) && !subjectBizWordRe.MatchString(words[1]) {
		// "from Taobao Mall", or a person's name ("from Li Wei").
		return ""
	}
	return v
}

var (
	// The end of a self-introduction naming the writer's own company:
	// "This is Ahmed from ", "I am Muhammad Usman, owner of ".
	ownCompanyIntroRe = regexp.MustCompile(`(?:\b(?:[Tt]his is|I am|I'm|I’m|[Mm]y name is|[Mm]y name's)\s+[A-Z][\p{L}'’\-]*(?:\s+[A-Z][\p{L}'’\-]*){0,3},?\s+(?i:from|of|at|with)|(?i:\b(?:owner|director|manager|founder|ceo|buyer)\s+(?:of|at)|\bwe are|\b(?:my|our) company(?: is)?))\s+(?:the\s+)?$` +
		// "I run a party shop in Manchester (Hughes Party & Balloon Ltd)".
		`|\b(?:I|[Ww]e)\s+(?:run|own|have|manage|operate)\b[^.()\n]{0,60}\(\s*$`)
	// A merchant named by a Chinese place and capitalised words, without
	// a company form, after a word that introduces the merchant:
	// "from Yiwu Taoran Ceramics", "supplier Yiwu Taoran Ceramics".
	placeNameBizRe = regexp.MustCompile(`\b(?:from|supplier|seller|vendor|factory|manufacturer|against)\s+((?:Yiwu|Zhejiang|Jinhua|Ningbo|Hangzhou|Wenzhou|Taizhou|Shaoxing|Guangzhou|Shenzhen|Dongguan|Foshan|Shantou|Xiamen|Quanzhou|Shanghai)(?:[ \t]+[A-Z][\p{L}&'’\-]*){2,5})`)
	// Places, markets and offices that such a run of words may name instead.
	placeNotBizRe = regexp.MustCompile(`\b(?:Market|City|Airport|Station|Port|Customs|Association|Office|Government|Bureau|Province|District|Street|Road|Warehouse)\b`)
)

var (
	// Words of a promise or an answer in a chat, not of a name.
	chatWordsRe = regexp.MustCompile(`(?i)\b(?:(?:next|this|last)\s+(?:week|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|tonight|yesterday|soon|sure|okay|ok|sorry|don't worry|don’t worry|no problem|wait)\b|下周|下个月|明天|后天|今天|马上|稍等|等一下|好的|放心|没问题|不好意思|亲[，,！!]`)
	// A Chinese word next to a lower-case English word: a mixed-language
	// chat fragment ("下周 next week"), where names are capitalised.
	mixedChatRe = regexp.MustCompile(`\p{Han}[ \t]+[a-z]{2,}\b|\b[a-z]{2,}[ \t]+\p{Han}`)
	// A sentence opened by a pronoun: "We will ship it".
	pronounOpenRe = regexp.MustCompile(`^\s*(?:I|We|You|He|She|They|we|you|he|she|they)\s+[a-z]`)
)

// chatUtterance says whether a label value is a line of a chat ("Seller:
// next week, sure.") rather than a name.
func chatUtterance(v string) bool {
	return chatWordsRe.MatchString(v) || mixedChatRe.MatchString(v) || pronounOpenRe.MatchString(v)
}

func phoneOnly(s string) bool {
	return strings.Trim(s, "0123456789+-() ") == ""
}

// zhBusinessNames finds "义乌市远大鞋业有限公司" in running text by its ending,
// walking left to where the name begins.
func zhBusinessNames(text string) []span {
	var found []span
	for _, loc := range zhBizSuffixes.findAll(text) {
		suffix := text[loc[0]:loc[1]]
		start := loc[0]
		n := 0
		for start > 0 && n < 24 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !isHan(r) && r != '（' && r != '）' || strings.ContainsRune(zhStopRunes, r) {
				break
			}
			if r == '叫' && start-size > 0 {
				// 商家叫…, 店名叫…: the name starts after 叫.
				if p, _ := utf8.DecodeLastRuneInString(text[:start-size]); strings.ContainsRune("家铺名字司厂店", p) {
					break
				}
			}
			if r == '上' && strings.HasPrefix(text[start:], "海") {
				// 上海…: part of the name.
			} else if r == '上' {
				break
			}
			start -= size
			n++
		}
		end := loc[1]
		for _, form := range []string{"有限责任公司", "股份有限公司", "有限公司"} {
			if strings.HasPrefix(text[end:], form) {
				end += len(form) // 义乌市乐途国际旅行社有限公司: the company form ends the name
				break
			}
		}
		if seg := text[start:end]; strings.Count(seg, "（") > strings.Count(seg, "）") && strings.HasPrefix(text[end:], "）") {
			end += len("）") // a bracket opened in the name closes it
		} else if strings.HasPrefix(text[end:], "（") {
			// 义乌悦动健身俱乐部（宾王路店）: the branch in brackets is part
			// of the name.
			if j := strings.Index(text[end:], "）"); j > 0 && utf8.RuneCountInString(text[end:end+j]) <= 12 &&
				(strings.HasSuffix(text[end:end+j], "店") || strings.HasSuffix(text[end:end+j], "分店") || strings.HasSuffix(text[end:end+j], "校区")) {
				end += j + len("）")
			}
		}
		name := cleanBizName(text[start:end])
		if name == "" || !strings.HasSuffix(strings.TrimSuffix(name, "）"), suffix) || platformPrefixRe.FindString(name) == name ||
			strings.Contains(name, "如果") || strings.Contains(name, "以后") || strings.Contains(name, "可以") ||
			strings.Contains(name, "要不要") || strings.Contains(name, "楼下") || strings.Contains(name, "附近") ||
			strings.Contains(name, "隔壁") || strings.Contains(name, "对面") || strings.Contains(name, "去") {
			// "抖音小店", "淘宝店铺": a platform and a shop word, no name.
			continue
		}
		body := strings.TrimSuffix(strings.TrimSuffix(name, "）"), suffix)
		if last, _ := utf8.DecodeLastRuneInString(body); strings.ContainsRune("本该此贵其", last) && len(suffix) <= len("公司") {
			// 按照本店规定, 该公司, 贵店: the merchant referring to itself
			// or being pointed at, not its name.
			continue
		}
		min := 2
		if suffix == "店" || suffix == "厂" || suffix == "公司" || suffix == "百货" {
			min = 3
		}
		if utf8.RuneCountInString(body) < min {
			continue
		}
		if genericPlaceName(name) {
			// 义乌万达广场三楼一家女装店: a place and "a shop", no name.
			continue
		}
		if ownBusinessAt(text, start, loc[1]) {
			// 我是蒋文静，在湖州开饰品小店的; 我是太原一家网络工程公司的采购:
			// the writer's own business, not the merchant.
			continue
		}
		found = append(found, span{name, start, end})
	}
	return found
}

// genericPlaceName reports a Chinese "name" that only says where an
// unnamed shop is: 一家/某家/一个 …店, or a mall's floor (万达广场三楼).
func genericPlaceName(n string) bool {
	return strings.Contains(n, "一家") || strings.Contains(n, "某家") || strings.Contains(n, "一个") || strings.Contains(n, "某个") ||
		floorRe.MatchString(n)
}

var floorRe = regexp.MustCompile(`(?:广场|商场|中心|大厦|市场|商城)(?:[一二三四五六七八九十\d]+楼|负一楼|[一二三四五六七八九十\d]+层)`)

// ownBusinessAt reports whether the business name text[start:end] is the
// writer's own, by the sentence it stands in: the sentence speaks of the
// writer (我, 本人), and either its clause runs the business (在湖州开饰品
// 小店, 开了家小礼品店, 经营) or the writer works there (太原一家网络工程公司
// 的采购) — and no purchase, complaint or merchant word comes with it.
func ownBusinessAt(text string, start, end int) bool {
	sentence := text[strings.LastIndexAny(text[:start], "。！？!?\n")+1 : start]
	if !strings.Contains(sentence, "我") && !strings.Contains(sentence, "本人") {
		return false
	}
	clause := text[strings.LastIndexAny(text[:start], "，,；;：:。！？!?\n")+1 : end]
	after := text[end:min(len(text), end+18)]
	if i := strings.IndexAny(after, "，,。；;！？!?\n"); i >= 0 {
		// What follows a clause break is another clause ("…叫“小芳饰品”，
		// 从义乌进货": the writer stocking their own shop).
		after = after[:i]
	}
	if strings.ContainsAny(clause, "买购订拿批从向被骗投诉举报反映找") {
		return false
	}
	if ownRoleRe.MatchString(after) {
		return true
	}
	if strings.ContainsAny(after, "买购订拿批进") {
		return false
	}
	if strings.Contains(clause, "新开") && !strings.Contains(clause, "我新开") && !strings.Contains(clause, "我们新开") {
		// 我家楼下新开了一家“…”: a shop that opened near the writer.
		return false
	}
	if strings.Contains(clause, "开") || strings.Contains(clause, "经营") || strings.Contains(clause, "做") {
		return true // 专营店 and 直营店 are names, not the writer's trade
	}
	return ownRoleRe.MatchString(after)
}

// ownRoleRe: the writer's job at the business named just before.
var ownRoleRe = regexp.MustCompile(`^的(?:采购|员工|职员|店主|老板|老板娘|负责人|经理|业务员|会计|主管|老师|工作人员)`)

// isBusinessName reports whether a display name is a business, not a person.
func isBusinessName(s string) bool {
	return s != "" && !strings.Contains(s, "@") && orgNameRe.MatchString(s) && !isPersonalName(s)
}

// cleanBizName strips quotes, platform prefixes, leading function words and
// trailing punctuation from a merchant name, and rejects generic words.
func cleanBizName(v string) string {
	v = keepAbbrevDot(v, trimValue(v))
	v = strings.Trim(v, `"'“”‘’「」『』《》 `)
	for {
		old := v
		if loc := platformPrefixRe.FindStringIndex(v); loc != nil && loc[1] < len(v) {
			v = v[loc[1]:]
		}
		for _, w := range zhLeadStrip {
			if strings.HasPrefix(v, w) && utf8.RuneCountInString(v) > utf8.RuneCountInString(w)+1 {
				if w == "上" && strings.HasPrefix(v, "上海") {
					continue
				}
				v = strings.TrimPrefix(v, w)
			}
		}
		v = strings.Trim(v, `"'“”‘’「」『』《》 `)
		if v == old {
			break
		}
	}
	if v == "" || utf8.RuneCountInString(v) > 60 {
		return ""
	}
	for _, g := range zhGenericBiz {
		if v == g {
			return ""
		}
	}
	lv := strings.ToLower(v)
	switch lv {
	case "taobao", "tmall", "1688", "alibaba", "aliexpress", "amazon", "the seller", "seller", "shop", "store", "the shop", "the store", "unknown", "不知道", "不详", "无", "n/a", "none":
		return ""
	}
	if isChineseName(v) && !strings.ContainsAny(v, "店司厂行") {
		// A person's name labelled as the merchant is still the merchant
		// as written.
		return v
	}
	return v
}

// cleanEnBizName drops sentence words before an English business name.
func cleanEnBizName(v string) string {
	v = strings.TrimSpace(v)
	words := strings.Fields(v)
	// "Riyadh. Yiwu Shengda Luggage Co., Ltd.": a full stop after a word
	// that is no abbreviation ends a sentence; the name starts after it.
	for i := len(words) - 2; i >= 0; i-- {
		if w := words[i]; strings.HasSuffix(w, ".") && !enAbbrevWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
			words = words[i+1:]
			break
		}
	}
	for len(words) > 1 && enLeadWords[strings.ToLower(strings.Trim(words[0], ",:"))] {
		words = words[1:]
	}
	// "in Yiwu, Yiwu Sunrise Sourcing Co., Ltd.": a word set off by a
	// comma before the name is the place the sentence named, not part of
	// the name ("Co.," inside a name is no such comma).
	for len(words) > 2 && strings.HasSuffix(words[0], ",") && !enAbbrevWords[strings.ToLower(strings.TrimRight(words[0], ".,"))] {
		words = words[1:]
	}
	if len(words) < 2 {
		return ""
	}
	// The name must start with a capital letter or digit.
	r, _ := utf8.DecodeRuneInString(words[0])
	if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
		return ""
	}
	v = strings.Join(words, " ")
	v = strings.TrimRight(v, ", ")
	return v
}

// enAbbrevWords are abbreviations that end with a full stop inside an
// English business name.
var enAbbrevWords = map[string]bool{"co": true, "ltd": true, "inc": true, "corp": true, "intl": true, "int'l": true,
	"imp": true, "exp": true, "ind": true, "mfr": true, "elec": true, "tech": true, "trad": true, "mfg.": true,
	"mfg": true, "bros": true, "no": true, "st": true, "dept": true, "mr": true, "ms": true, "mrs": true, "dr": true,
	"jr": true, "e": true, "u.s": true, "u.k": true, "pvt": true, "plc": true, "bhd": true, "sdn": true}

// personTitleRe matches a person's title at the start of a name.
var personTitleRe = regexp.MustCompile(`^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\b`)

// abbrevEndRe matches a company-form abbreviation at the end of a name.
var abbrevEndRe = regexp.MustCompile(`(?i)\b(?:co|ltd|inc|corp|bhd|pvt|plc|s\.a|s\.l|b\.v|n\.v)$`)

// keepAbbrevDot gives back the full stop that trimming took from "Co., Ltd.":
// it belongs to the abbreviation, not to the sentence.
func keepAbbrevDot(orig, trimmed string) string {
	if trimmed == "" || !abbrevEndRe.MatchString(trimmed) {
		return trimmed
	}
	if strings.HasPrefix(strings.TrimSpace(orig)[len(trimmed):], ".") {
		return trimmed + "."
	}
	return trimmed
}

// nameIsZhText is text when it can hold a nameIsZhRe match (a name word
// and 是, 叫 or 为), else "": the cheap test before the pattern.
func nameIsZhText(text string) string {
	if !strings.ContainsAny(text, "是叫为") {
		return ""
	}
	for _, w := range []string{"店", "商家", "卖家", "商铺", "档口", "摊位", "厂名", "公司名"} {
		if strings.Contains(text, w) {
			return text
		}
	}
	return ""
}
