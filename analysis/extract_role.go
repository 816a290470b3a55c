package analysis

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A merchant's name is chosen among candidates. Every rule of
// respondentNameIn offers the names it reads; each candidate carries the
// weight of the form of words that produced it and gains or loses by the
// role its sentence gives it (nameRole): the shop the writer bought from,
// ordered at or paid gains; a name where parcels stop, the writer's own
// business or a brand of goods loses. Weights are spaced so that only a
// clear role moves a name past a more reliable form.

// span is a name and where it stands in its text.
type span struct {
	name    string
	at, end int
}

// Weights of the forms of words that offer a name.
const (
	// wQuoted: a quoted name in a merchant's slot (商家“…”, 在“…”买的,
	// "Sunny Days (their store)").
	wQuoted = 40
	// wNamed: a name introduced as the merchant's (店名是…, "a shop
	// called …", "the vendor, Sunny Crafts,").
	wNamed = 30
	// wWeak: a quoted or single-quoted name with a business ending.
	wWeak = 20
	// wForm: a business name found by its company form alone (…有限公司,
	// "… Co., Ltd.", "from Yiwu X Y").
	wForm = 10
)

// candidate is a name offered by one rule.
type candidate struct {
	span
	weight int
	role   int
}

// candidates collects the names offered for one text.
type candidates []candidate

func (cs *candidates) add(text, name string, at, end, weight int) {
	if name == "" || at < 0 {
		return
	}
	*cs = append(*cs, candidate{span{name, at, end}, weight, nameRole(text, at, end)})
}

// settled reports whether no name a rule of weight next or less may still
// offer can win: the rules are run in falling weight, and this ends the
// search as soon as the answer cannot change.
func (cs candidates) settled(next int) bool {
	for _, c := range cs {
		if c.role > roleRefuse && c.weight+c.role >= next+roleDeal {
			return true
		}
	}
	return false
}

// best is the candidate with the highest weight plus role; among equals,
// the one offered first (the more reliable rule, then the earlier place).
func (cs candidates) best() string {
	var best *candidate
	score := 0
	for i := range cs {
		c := &cs[i]
		if c.role <= roleRefuse {
			continue
		}
		s := c.weight + c.role
		switch {
		case best == nil || s > score:
			best, score = c, s
		case s == score && c.at == best.at && len(c.name) > len(best.name) && strings.HasPrefix(c.name, best.name):
			// Two readings of one name: the fuller one ("Sunrise
			// Sourcing Partners", not "Sunrise Sourcing").
			best = c
		}
	}
	if best == nil {
		return ""
	}
	return best.name
}

// roleDeal is the role of a name the writer dealt with as a merchant.
const roleDeal = 12

// roleRefuse is a role so clearly not the merchant's that the name is not
// taken even when nothing else is offered.
const roleRefuse = -30

var (
	// Before a name: where parcels stop or pass ("物流一直停在“义乌转运
	// 中心”", "arrived at"), not a party.
	zhTransitBeforeRe = regexp.MustCompile(`(?:停在|停留在|卡在|到达|到了|显示在|运到|发往|转运到|中转)\s*[“"「『《]?$`)
	// Before a name: the writer ordered, bought or paid there.
	zhDealBeforeRe = regexp.MustCompile(`(?:在|从|向|跟|找|到)(?:` + platformPat + `|[^，,。；;“”"「」]{1,24}?的)?(?:平台)?(?:上的|上|里的|里|的)?\s*[“"「『《【]?$`)
	// Before a name: the writer names the shop (店名就是“…”) or a business
	// (一家“…”).
	zhShopIsBeforeRe = regexp.MustCompile(`(?:(?:店名|店铺名|商家名|店铺名称|商家名称|店的名字|名字)(?:就|也|应该)?(?:是|叫|为)|(?:一|这|那|有|有一|這|這一)家)\s*[“"「『《【]$`)
	// After a name: what the writer did there.
	zhDealAfterRe = regexp.MustCompile(`^[”"」』》】]?\s*(?:上|里|处|那里|这里)?(?:去|来)?(?:买|购|订|点|寄|充|办|报名|拿货|进货|批|定做|定制|下单|消费|吃|住|租|修|换)`)
	// Before a name: a purchase just made ("点了“…”的外卖", "买了“…”的").
	zhBoughtBeforeRe = regexp.MustCompile(`(?:点了|买了|订了|购买了|拍了|下单了|团购了|预订了|报了|办了)\s*[“"「『《【]?$`)
	// Before a name: a merchant's word or label ("商家“…”", "店铺叫“…”",
	// "a shop called “…”").
	merchantWordBeforeRe = regexp.MustCompile(`(?:商家|店家|卖家|店铺|网店|门店|商户|供应商|厂家|(?i:shop|store|seller|merchant|supplier|vendor|factory)(?:\s+(?:called|named|is))?)(?:名称|名稱|名字|名)?(?:叫做|叫|是|为|係|為)?\s*[“"「『《【]$`)
	zhOfGoodsAfterRe     = regexp.MustCompile(`^[”"」』》】]?\s*(?:家)?的`)
	// Before an English name: the writer bought, ordered or paid there.
	enDealBeforeRe = regexp.MustCompile(`(?i)\b(?:paid|bought|ordered|purchased|booked|order(?:ed)?\s+\w+)\b[^.!?\n]{0,60}\b(?:to|from|at|with)\s+(?:the\s+)?$`)
)

// nameRole scores the role that the sentence around text[at:end] gives
// the name: positive when the writer dealt with it as a merchant, negative
// when it is where goods stopped on their way.
func nameRole(text string, at, end int) int {
	if at < 0 || end > len(text) || at > end {
		return 0
	}
	before := text[max(0, at-48):at]
	if i := strings.LastIndexAny(before, "。！？!?\n"); i >= 0 {
		before = before[i+1:]
	}
	before = strings.TrimRight(before, " \t")
	// Cut a partial rune left at the front.
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	after := text[end:min(len(text), end+24)]
	role := 0
	switch {
	case zhTransitBeforeRe.MatchString(before):
		return -40
	case zhDealBeforeRe.MatchString(before) && zhDealAfterRe.MatchString(after):
		role += roleDeal
	case zhBoughtBeforeRe.MatchString(before) && zhOfGoodsAfterRe.MatchString(after):
		role += roleDeal
	case zhShopIsBeforeRe.MatchString(before), merchantWordBeforeRe.MatchString(before):
		role += roleDeal
	case before != "" && before[len(before)-1] < utf8.RuneSelf && enDealBeforeRe.MatchString(before):
		role += roleDeal
	}
	return role
}

// cutAtSentenceEnd ends a run of capitalised words where a sentence ends
// inside it ("Jade Garden. I paid" is "Jade Garden"); the full stop of an
// abbreviation ("Co. Ltd") does not end it.
func cutAtSentenceEnd(v string) string {
	for i := 0; i < len(v); {
		j := strings.IndexByte(v[i:], '.')
		if j < 0 {
			break
		}
		j += i
		if j+1 < len(v) && (v[j+1] == ' ' || v[j+1] == '\t') {
			w := v[strings.LastIndexAny(v[:j], " \t")+1 : j]
			if !enAbbrevWords[strings.ToLower(w)] && len(w) > 1 {
				return v[:j]
			}
		}
		i = j + 1
	}
	return v
}

var (
	// Any quoted span that may be a name.
	quotedAnyRe = regexp.MustCompile(`[“"「『《【]([^“”"「」『』《》【】\n，。！？,!?；;]{2,30})[”"」』》】]`)
	// A name before the shop's address on the web: "Yiwu Home Deco
	// (https://www.yiwuhomedeco.example/…)".
	nameBeforeURLRe = regexp.MustCompile(`((?:[A-Z0-9][\p{L}0-9&'’\-]*)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*|of|and|de)){1,5})[ \t]*[(（][ \t]*(?:https?://|www\.)`)
	// "Yiwu Bestday Jewelry": the city and two to four capitalised words.
	yiwuRunRe = regexp.MustCompile(`\b(Yiwu(?:[ \t]+[A-Z][\p{L}&'’\-]*){2,4})`)
	// Places of Yiwu such a run names instead of a business.
	yiwuPlaceRe = regexp.MustCompile(`\b(?:Plaza|Mall|Square|Building|Tower|Center|Centre|Park|Zone|Garden|Hospital|University|College|Hotel|Road|Avenue|International|Trade|Commodity|Commercial|Customs|Police)\b`)
	// "paid RMB 9,600 to Yiwu Bridge Chinese Language Center".
	paidToRe = regexp.MustCompile(`\b(?:[Pp]aid|[Tt]ransferred|[Ss]ent)\b[^.\n!?]{0,40}?\bto\s+(?:the\s+)?((?:[A-Z][\p{L}0-9&'’\-]*)(?:[ \t]+(?:[A-Z0-9&][\p{L}0-9&'’\-]*|of|and|de)){1,6})`)
)

// roleCandidates offers names that no form of words marks as a business
// but whose sentence gives them the merchant's role: a quoted name where
// the writer bought or ordered (在我家附近的“丝域造型”办了卡, 点了“老胡记
// 黄焖鸡米饭”的外卖), a name given with its web shop, the party the writer
// paid.
func roleCandidates(text string, hasQuote bool, cs *candidates) {
	if hasQuote {
		for _, m := range quotedAnyRe.FindAllStringSubmatchIndex(text, 16) {
			inner := text[m[2]:m[3]]
			if r, _ := utf8.DecodeRuneInString(inner); r < utf8.RuneSelf && !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				continue
			}
			if nameRole(text, m[2], m[3]) < roleDeal || ownBusinessAt(text, m[2], m[3]) {
				continue
			}
			if n := cleanBizName(inner); n != "" && !urlRe.MatchString(n) && !phoneOnly(n) {
				cs.add(text, n, m[2], m[3], 0)
			}
		}
	}
	if strings.Contains(text, "://") || strings.Contains(text, "www.") {
		for _, m := range nameBeforeURLRe.FindAllStringSubmatchIndex(text, 4) {
			n := cleanEnBizName(text[m[2]:m[3]])
			if n == "" || enNotMerchantRe.MatchString(n) || personTitleRe.MatchString(n) || platformPrefixRe.FindString(n) != "" {
				continue
			}
			cs.add(text, n, m[2], m[3], wWeak)
		}
	}
	if strings.Contains(text, "Yiwu ") {
		// "Yiwu Bestday Jewelry adlı bir firma": a Yiwu business named in
		// any language by the city and its own capitalised words, taken
		// only when nothing better is offered.
		for _, m := range yiwuRunRe.FindAllStringSubmatchIndex(text, 4) {
			if n := text[m[2]:m[3]]; !placeNotBizRe.MatchString(n) && !yiwuPlaceRe.MatchString(n) {
				cs.add(text, n, m[2], m[3], 0)
			}
		}
	}
	for _, m := range paidToRe.FindAllStringSubmatchIndex(text, 4) {
		n := cutAtSentenceEnd(text[m[2]:m[3]])
		if boughtFromName(n) == "" {
			continue
		}
		cs.add(text, n, m[2], m[2]+len(n), wForm)
	}
}
