package analysis

import (
	"math/big"
	"regexp"
	"strings"
	"unicode/utf8"
)

// amountMatch is one sum of money found in a text.
type amountMatch struct {
	start, end int    // byte offsets of the whole match
	value      string // "128.00"
	currency   string // ISO 4217
}

// numPat is a number as sums are written: "1,280.50", "1.280,50", "980,00"
// (a decimal comma with cents, as in "980,00 €"), "128".
const numPat = `[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]{1,2}|[0-9]{1,3},[0-9]{2}\b|[0-9]+(?:\.[0-9]+)?`

var (
	// A currency sign or code before the number: "¥128", "US$ 25.99", "RMB 1,280",
	// "港币180元" (the word before the number names the currency, not 元).
	amountPrefixRe = regexp.MustCompile(`(US\s?\$|U\.S\.\s?\$|USD|usd|HK\s?\$|HKD|NT\$|TWD|AU?\$|AUD|C\$|CAD|S\$|SGD|RMB|rmb|CNY|人民币|港币|港元|美元|美金|欧元|EUR|€|GBP|£|¥|￥|\$|＄)\s*(` + numPat + `)(\s*万)?`)
	// A unit after the number: "89元", "1,044.00 USD", "2万元".
	amountSuffixRe = regexp.MustCompile(`(` + numPat + `)\s*(万)?\s*(元|圆|块钱|块(?:[^\p{Han}]|$)|(?i:rmb|cny|yuan|usd|us dollars?|dollars?|eur|euros?|hkd|gbp|pounds?)\b|美元|美金|欧元|港币|港元|英镑|€)`)
	// Tens of thousands without a unit after a money word: "货款总共3.5万".
	amountWanRe   = regexp.MustCompile(`(` + numPat + `)\s*万`)
	moneyBeforeRe = regexp.MustCompile(`(?:货款|付款|支付|付了|花了|共计|总共|合计|一共|总价|价格|金额|价值|损失|费用|钱)[^\p{Han}0-9]{0,3}$`)
	// Chinese numerals with a unit: "叁佰元", "三百五十块钱", "一千二百元五角".
	amountHanRe = regexp.MustCompile(`([零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億点點]+)(元|圆|块钱|块)(?:([零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖])[角毛])?(?:([零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖])分)?`)
)

// maxAmounts bounds the sums of each form read from one text.
const maxAmounts = 128

var (
	// amountPrefixAtRe is amountPrefixRe anchored: tried only where a
	// currency's literal stands (prefixAmounts).
	amountPrefixAtRe = regexp.MustCompile(`^(?:` + amountPrefixRe.String() + `)`)
	// currencyStarts are the literals every amountPrefixRe match starts
	// with.
	currencyStarts = newLiterals("US", "U.S.", "usd", "HK", "NT$", "TWD", "A$", "AU", "C$", "CAD", "CNY", "S$", "SGD",
		"RMB", "rmb", "人民币", "港币", "港元", "美元", "美金", "欧元", "EUR", "€", "GBP", "£", "¥", "￥", "$", "＄")
)

// prefixAmounts is amountPrefixRe.FindAllStringSubmatchIndex(text,
// maxAmounts), with the pattern tried only where one Aho-Corasick pass
// found a currency's literal instead of at every byte.
func prefixAmounts(text string) [][]int {
	var out [][]int
	end := 0
	for _, st := range currencyStarts.starts(text) {
		if st < end {
			continue
		}
		m := amountPrefixAtRe.FindStringSubmatchIndex(text[st:])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += st
			}
		}
		out = append(out, m)
		if end = m[1]; len(out) == maxAmounts {
			break
		}
	}
	return out
}

// findAmounts returns the sums of money in text in order of appearance,
// without overlaps.
func findAmounts(text string) []amountMatch {
	var all []amountMatch
	for _, m := range prefixAmounts(text) {
		if m[0] > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:m[0]])
			if isASCIIAlnum(p) {
				continue // "BUSD 5", "cas$"
			}
		}
		if m[5] < len(text) {
			n, _ := utf8.DecodeRuneInString(text[m[5]:])
			if n == '%' || isASCIIAlnum(n) && m[6] < 0 {
				continue
			}
		}
		cur := currencyOf(text[m[2]:m[3]])
		num, end := text[m[4]:m[5]], m[1]
		if m[6] < 0 {
			// "USD 5 200", "€ 12 500,00": thousands grouped by spaces.
			if e := spacedTail(text, m[4], m[5]); e > m[5] {
				num, end = text[m[4]:e], e
			}
		}
		v, ok := decimalAmount(num, m[6] >= 0)
		if ok && cur != "" {
			all = append(all, amountMatch{m[0], end, v, cur})
		}
	}
	for _, m := range amountSuffixRe.FindAllStringSubmatchIndex(text, maxAmounts) {
		unit := text[m[6]:m[7]]
		end := m[1]
		if strings.HasPrefix(unit, "块") && unit != "块钱" {
			// "5块" followed by a non-Han rune: only the unit counts.
			end = m[6] + len("块")
			unit = "块"
		}
		// A preceding letter makes "AS-77120 usd" or "v2元" not an amount.
		if m[2] > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:m[2]])
			if isASCIIAlnum(p) || strings.ContainsRune("-./,#_", p) {
				continue
			}
		}
		cur := currencyOf(unit)
		start, num := m[2], text[m[2]:m[3]]
		if m[4] < 0 {
			// "5 200 USD": the groups before the last one.
			if b := spacedHead(text, m[2], m[3]); b < m[2] {
				start, num = b, text[b:m[3]]
			}
		}
		v, ok := decimalAmount(num, m[4] >= 0)
		if ok && cur != "" {
			all = append(all, amountMatch{start, end, v, cur})
		}
	}
	if strings.Contains(text, "万") {
		for _, m := range amountWanRe.FindAllStringSubmatchIndex(text, maxAmounts) {
			if m[1] < len(text) {
				if n, _ := utf8.DecodeRuneInString(text[m[1]:]); isHan(n) || isASCIIAlnum(n) {
					continue // "3万个", "2万元" (found above)
				}
			}
			if m[2] > 0 {
				if p, _ := utf8.DecodeLastRuneInString(text[:m[2]]); isASCIIAlnum(p) || strings.ContainsRune("-./,#_", p) {
					continue
				}
			}
			if !moneyBeforeRe.MatchString(text[max(0, m[2]-24):m[2]]) {
				continue
			}
			if v, ok := decimalAmount(text[m[2]:m[3]], true); ok {
				all = append(all, amountMatch{m[2], m[1], v, "CNY"})
			}
		}
	}
	for _, m := range amountHanRe.FindAllStringSubmatchIndex(text, maxAmounts) {
		if m[2] > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:m[2]])
			if strings.ContainsRune("几多数上", p) {
				continue // "几百元", "上千元": no sum
			}
		}
		unit := text[m[4]:m[5]]
		end := m[1]
		if unit == "块" && end < len(text) {
			n, _ := utf8.DecodeRuneInString(text[end:])
			// "三块蛋糕": a measure word; "一千二百块已经付了": a sum
			// followed by a verb or an adverb.
			if isHan(n) && !strings.ContainsRune("已都也就还了全左付交给", n) {
				continue
			}
		}
		cents, ok := chineseCents(text[m[2]:m[3]])
		if !ok {
			continue
		}
		if m[6] >= 0 {
			d, _ := hanDigit(text[m[6]:m[7]])
			cents += int64(d) * 10
		}
		if m[8] >= 0 {
			d, _ := hanDigit(text[m[8]:m[9]])
			cents += int64(d)
		}
		if cents <= 0 {
			continue
		}
		all = append(all, amountMatch{m[0], end, centsString(cents), "CNY"})
	}
	// Sort by position, keep the first of overlapping matches (the prefix
	// form "人民币128元" is found by two patterns).
	sortAmounts(all)
	var out []amountMatch
	for _, a := range all {
		if len(out) > 0 && a.start < out[len(out)-1].end {
			continue
		}
		out = append(out, a)
	}
	return out
}

// isGroupSpace reports the spaces that group thousands: a space, a
// no-break space or a narrow no-break space (French, Russian, Ukrainian,
// Polish, Czech style).
func isGroupSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }

// spacedTail extends a number text[start:end] of one to three digits over
// the space-separated groups of three digits that follow it ("5 200",
// "12 500,00"), returning the new end; end when there are none. The groups
// must end the number: "¥128 300件" is 128 and a count.
func spacedTail(text string, start, end int) int {
	n := text[start:end]
	if len(n) > 3 || strings.ContainsAny(n, ".,") {
		return end
	}
	e := end
	for {
		r, w := utf8.DecodeRuneInString(text[e:])
		if !isGroupSpace(r) || e+w+3 > len(text) || !allDigits(text[e+w:e+w+3]) {
			break
		}
		after := e + w + 3
		if after < len(text) && text[after] >= '0' && text[after] <= '9' {
			break
		}
		e = after
	}
	if e == end {
		return end
	}
	// Decimals after the last group: ",00" or ".50".
	if e+3 <= len(text) && (text[e] == ',' || text[e] == '.') && allDigits(text[e+1:e+3]) && (e+3 == len(text) || text[e+3] < '0' || text[e+3] > '9') {
		e += 3
	}
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); isHan(r) || isASCIIAlnum(r) {
			return end
		}
	}
	return e
}

// spacedHead is spacedTail looking back: the start of the groups before a
// three-digit group that ends a number ("5 200 USD").
func spacedHead(text string, start, end int) int {
	if n := end - start; n == 6 && text[end-3] == ',' && allDigits(text[end-2:end]) {
		end -= 3 // "1 860,00": the cents do not count in the group
	}
	if end-start != 3 || !allDigits(text[start:end]) {
		return start
	}
	b := start
	for {
		r, w := utf8.DecodeLastRuneInString(text[:b])
		if !isGroupSpace(r) {
			break
		}
		i := b - w
		j := i
		for j > 0 && j > i-3 && text[j-1] >= '0' && text[j-1] <= '9' {
			j--
		}
		if j == i || (j > 0 && text[j-1] >= '0' && text[j-1] <= '9') {
			break
		}
		if j > 0 {
			if p, _ := utf8.DecodeLastRuneInString(text[:j]); isASCIIAlnum(p) || strings.ContainsRune("-./,#_", p) {
				break
			}
		}
		b = j
		if i-j < 3 {
			break // the leading group has one to three digits and starts the number
		}
	}
	return b
}

func sortAmounts(a []amountMatch) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && (a[j].start < a[j-1].start || a[j].start == a[j-1].start && a[j].end > a[j-1].end); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// currencyOf maps a currency sign, code or word to ISO 4217.
func currencyOf(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	switch s {
	case "us$", "u.s.$", "usd", "$", "＄", "dollar", "dollars", "usdollar", "usdollars", "美元", "美金":
		return "USD"
	case "hk$", "hkd", "港币", "港元":
		return "HKD"
	case "nt$", "twd":
		return "TWD"
	case "a$", "aud":
		return "AUD"
	case "c$", "cad":
		return "CAD"
	case "s$", "sgd":
		return "SGD"
	case "rmb", "cny", "人民币", "¥", "￥", "元", "圆", "块", "块钱", "yuan":
		return "CNY"
	case "eur", "€", "euro", "euros", "欧元":
		return "EUR"
	case "gbp", "£", "pound", "pounds", "英镑":
		return "GBP"
	}
	return ""
}

// decimalAmount turns a written number ("2,250", "69.9", "1.234,56") into a
// decimal string with two places; wan multiplies by 10 000 ("1.2万").
func decimalAmount(s string, wan bool) (string, bool) {
	s = strings.Map(func(r rune) rune {
		if isGroupSpace(r) {
			return -1
		}
		return r
	}, s)
	switch {
	case strings.Count(s, ",") == 1 && !strings.Contains(s, ".") && len(s)-strings.Index(s, ",") == 3 && strings.Index(s, ",") > 0:
		// "980,00", and "12500,00" after its spaces went: a decimal
		// comma with cents.
		s = strings.Replace(s, ",", ".", 1)
	case strings.Contains(s, ",") && strings.Contains(s, ".") && strings.LastIndex(s, ",") > strings.LastIndex(s, "."):
		// European: 1.234,56
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	default:
		s = strings.ReplaceAll(s, ",", "")
	}
	if s == "" || len(s) > 24 {
		return "", false
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 {
		return "", false
	}
	if wan {
		r.Mul(r, big.NewRat(10000, 1))
	}
	return r.FloatString(2), true
}

// parseAmount reads one written sum ("¥3,560.00", "人民币叁佰元", "US$25.99")
// and returns its decimal value and currency.
func parseAmount(s string) (value, currency string, ok bool) {
	a := findAmounts(foldDigits(simplifyHan(s)))
	if len(a) == 0 {
		return "", "", false
	}
	return a[0].value, a[0].currency, true
}

var hanDigits = map[rune]int{
	'零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '两': 2, '贰': 2, '貳': 2, '三': 3, '叁': 3, '參': 3,
	'四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '陸': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

var hanUnits = map[rune]int64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

func hanDigit(s string) (int, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	d, ok := hanDigits[r]
	return d, ok
}

// maxCents bounds Chinese numeral values so arithmetic cannot overflow.
const maxCents = int64(1) << 52

// chineseCents converts a Chinese numeral ("叁佰", "一千二百五十", "三点五",
// "一二三") to cents.
func chineseCents(s string) (int64, bool) {
	intPart, frac, hasPoint := s, "", false
	for _, p := range []string{"点", "點"} {
		if i := strings.Index(s, p); i >= 0 {
			intPart, frac, hasPoint = s[:i], s[i+len(p):], true
			break
		}
	}
	n, ok := chineseInt(intPart)
	if !ok {
		return 0, false
	}
	cents := n * 100
	if hasPoint {
		rs := []rune(frac)
		if len(rs) == 0 || len(rs) > 2 {
			return 0, false
		}
		mul := int64(10)
		for _, r := range rs {
			d, ok := hanDigits[r]
			if !ok {
				return 0, false
			}
			cents += int64(d) * mul
			mul /= 10
		}
	}
	return cents, true
}

// chineseInt converts an integer written in Chinese numerals.
func chineseInt(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	rs := []rune(s)
	// Digits only ("一二三"): read positionally.
	unitless := true
	for _, r := range rs {
		if _, ok := hanDigits[r]; !ok {
			unitless = false
			break
		}
	}
	if unitless {
		if len(rs) > 12 {
			return 0, false
		}
		var n int64
		for _, r := range rs {
			n = n*10 + int64(hanDigits[r])
		}
		return n, true
	}
	var total, section, digit int64
	seenDigit := false
	for _, r := range rs {
		if d, ok := hanDigits[r]; ok {
			digit = int64(d)
			seenDigit = true
			continue
		}
		if u, ok := hanUnits[r]; ok {
			if !seenDigit {
				if u != 10 {
					return 0, false
				}
				digit = 1 // "十五" = 15
			}
			section += digit * u
			digit, seenDigit = 0, false
			continue
		}
		switch r {
		case '万', '萬':
			section += digit
			if section == 0 {
				return 0, false
			}
			total += section * 10000
			section, digit, seenDigit = 0, 0, false
		case '亿', '億':
			section += digit
			total = (total + section) * 100000000
			if total == 0 {
				return 0, false
			}
			section, digit, seenDigit = 0, 0, false
		default:
			return 0, false
		}
		if total > maxCents/100 {
			return 0, false
		}
	}
	n := total + section + digit
	if n <= 0 || n > maxCents/100 {
		return 0, false
	}
	return n, true
}

func centsString(c int64) string {
	return new(big.Rat).SetFrac64(c, 100).FloatString(2)
}

// foldDigits maps full-width digits, points, plus signs and letters to ASCII
// so the patterns see "１２８．００" as "128.00"; full-width punctuation that
// ends a URL or a clause (，。（）：) is kept.
func foldDigits(s string) string {
	fold := func(r rune) bool {
		return r >= '０' && r <= '９' || r == '．' || r == '＋' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
	}
	if !strings.ContainsFunc(s, fold) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if fold(r) {
			return r - 0xFF01 + '!'
		}
		return r
	}, s)
}

func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x2EBEF || r >= 0xF900 && r <= 0xFAFF
}
