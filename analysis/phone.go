package analysis

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// phoneMatch is one phone number found in a text: where it sits (byte
// offsets into that text) and its E.164 form.
type phoneMatch struct {
	start, end int
	e164       string
}

// notPhoneLabel matches the end of the text before a number when that number
// is an order, QQ, ticket, transaction, waybill or similar identifier. The gap
// between label and number may not hold digits or clause punctuation, so a
// label further back does not reach across another number.
var notPhoneLabel = regexp.MustCompile(`(?i)(订单|单号|运单|快递|物流|工单|受理号|qq|企鹅|交易|流水|提单|编号|账号|帐号|卡号|身份证|票号|发票|批次|货号|型号|条码|order|ticket|case|transaction|txn|tracking|waybill|b/l|bill of lading|invoice|receipt|reference|ref\b|sku|item|product|serial|account|acct|iban|swift|card)[^\d，。,;；！？!?\n]{0,14}$`)

// phoneLabel matches the end of the text before a number labelled as a phone;
// a bare landline without separators counts only after such a label.
var phoneLabel = regexp.MustCompile(`(?i)(电话|手机|座机|联系方式|热线|tel|phone|mobile|cell|whatsapp|wechat|微信|fax|传真|call)[^\d，。,;；！？!?\n]{0,14}$`)

// hongKongRe matches a mention of Hong Kong (in simplified characters, as
// extract matches on them).
var hongKongRe = regexp.MustCompile(`香港|九龙|新界|(?i)\bhong kong\b|\bkowloon\b`)

// nanpRe matches a North American number in its usual "(415) 555-0132"
// form: area code and exchange both start with 2-9.
var nanpRe = regexp.MustCompile(`^\([2-9]\d\d\) ?[2-9]\d\d[-. ]\d{4}$`)

// hkLocalPhone reads s as a Hong Kong number without the country code:
// eight digits, whole or as two groups of four, starting with a digit that
// Hong Kong numbers start with.
func hkLocalPhone(s string) (string, bool) {
	s = strings.TrimSpace(foldWidth(s))
	d := strings.NewReplacer(" ", "", "-", "", "\u3000", "", "\u00a0", "").Replace(s)
	if len(d) != 8 || !allDigits(d) || !strings.ContainsRune("235679", rune(d[0])) {
		return "", false
	}
	if len(s) != 8 && !(len(s) == 9 && (s[4] == ' ' || s[4] == '-')) {
		return "", false
	}
	return "+852" + d, true
}

// maxPhones bounds the phone numbers read from one text.
const maxPhones = 64

// findPhones returns the phone numbers in text in order of appearance. Digits
// inside URLs and e-mail addresses (skip holds their spans), order numbers,
// QQ numbers and other labelled identifiers are not phones.
func findPhones(text string, skip [][2]int) []phoneMatch {
	var out []phoneMatch
	hk := 0 // whether text places the writer in Hong Kong: 0 not known yet, 1 no, 2 yes
	i := 0
	for i < len(text) && len(out) < maxPhones {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !phoneStartRune(r) {
			i += size
			continue
		}
		if in, end := inSpans(i, skip); in {
			i = end
			continue
		}
		// Boundary: the rune before must not glue the number to a word.
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			if isASCIIAlnum(p) || strings.ContainsRune("_./@#&=%$€£¥￥＄-", p) {
				i = skipRun(text, i)
				continue
			}
		}
		end := scanPhoneRun(text, i)
		if end == i {
			i += size
			continue
		}
		// The rune after must not glue the number to a word, a decimal part,
		// an e-mail domain or a unit.
		if end < len(text) {
			n, _ := utf8.DecodeRuneInString(text[end:])
			if n < utf8.RuneSelf && (isASCIIAlnum(n) || n == '@' || n == '%' || n == '_') ||
				(n == '.' || n == ',') && end+1 < len(text) && isDigitByte(text[end+1]) ||
				strings.ContainsRune("元块圆%年月日号位个件双张台只", n) {
				i = end
				continue
			}
		}
		// The label checks are costly: only for runs holding a phone.
		if len(phonesInRun(text, i, end, true)) == 0 {
			// An 8-digit Hong Kong number written without +852 counts
			// under a phone label in a text that places the writer in
			// Hong Kong.
			if e, ok := hkLocalPhone(text[i:end]); ok {
				if hk == 0 {
					hk = 1
					if hongKongRe.MatchString(text) {
						hk = 2
					}
				}
				before := text[max(0, i-60):i]
				if hk == 2 && phoneLabel.MatchString(before) && !notPhoneLabel.MatchString(before) {
					out = append(out, phoneMatch{start: i, end: end, e164: e})
				}
			}
			i = end
			continue
		}
		before := text[max(0, i-60):i]
		if notPhoneLabel.MatchString(before) {
			i = end
			continue
		}
		labelled := phoneLabel.MatchString(before)
		out = append(out, phonesInRun(text, i, end, labelled)...)
		i = end
	}
	return out
}

// phonesInRun splits a run of digits and separators at whitespace and finds
// the longest groups of tokens that read as a phone number.
func phonesInRun(text string, start, end int, labelled bool) []phoneMatch {
	type tok struct{ s, e int }
	var toks []tok
	run := text[start:end]
	j := 0
	for j < len(run) {
		r, size := utf8.DecodeRuneInString(run[j:])
		if isSpaceRune(r) {
			j += size
			continue
		}
		k := j
		for k < len(run) {
			r2, s2 := utf8.DecodeRuneInString(run[k:])
			if isSpaceRune(r2) {
				break
			}
			k += s2
		}
		toks = append(toks, tok{start + j, start + k})
		j = k
	}
	var out []phoneMatch
	for a := 0; a < len(toks); {
		found := false
		// A phone number is written in at most six groups.
		for b := min(len(toks), a+6); b > a; b-- {
			s := text[toks[a].s:toks[b-1].e]
			if e, ok := normalisePhone(s, labelled || b-a > 1 || strings.ContainsAny(s, "-()（）")); ok {
				out = append(out, phoneMatch{start: toks[a].s, end: toks[b-1].e, e164: e})
				a = b
				found = true
				break
			}
		}
		if !found {
			a++
		}
	}
	return out
}

// dottedMobileRe is the only dotted form taken for a phone: a Chinese
// mobile in 3-4-4 groups ("138.1234.5678"), optionally after +86.
var dottedMobileRe = regexp.MustCompile(`^(?:\+86[ -]?)?1[3-9]\d\.\d{4}\.\d{4}$`)

// normalisePhone turns a written phone number into E.164. separated says the
// number was written with separators or under a phone label, which a Chinese
// landline needs to be told apart from other long numbers.
func normalisePhone(s string, separated bool) (string, bool) {
	s = strings.TrimSpace(foldWidth(s))
	if strings.Contains(s, ".") && !dottedMobileRe.MatchString(s) {
		return "", false
	}
	plus := strings.HasPrefix(s, "+")
	if plus {
		// "+44 (0)20 …": the trunk zero in parentheses is not dialled.
		s = strings.Replace(s, "(0)", "", 1)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' || r == '-' || r == '(' || r == ')' || isSpaceRune(r) || r == '.':
		default:
			return "", false
		}
	}
	d := b.String()
	if !plus && strings.HasPrefix(d, "00") {
		plus = true
		d = d[2:]
	}
	if len(d) < 7 || len(d) > 15 {
		return "", false
	}
	if plus {
		if d[0] == '0' {
			return "", false
		}
		if strings.HasPrefix(d, "86") {
			rest := strings.TrimPrefix(d[2:], "0")
			if cnMobile(rest) || cnLandlineNoTrunk(rest) || cnService(rest) {
				return "+86" + rest, true
			}
			return "", false
		}
		if len(d) < 8 {
			return "", false
		}
		return "+" + d, true
	}
	if cnMobile(d) {
		return "+86" + d, true
	}
	if nanpRe.MatchString(s) {
		return "+1" + d, true
	}
	if strings.HasPrefix(d, "86") && cnMobile(d[2:]) && separated {
		return "+" + d, true
	}
	if d[0] == '0' && separated && cnLandlineNoTrunk(d[1:]) {
		return "+86" + d[1:], true
	}
	if separated && twMobile(d) {
		// 09XX-XXX-XXX has ten digits, which no mainland landline with a
		// 09XX area code has: a Taiwan mobile.
		return "+886" + d[1:], true
	}
	if separated && cnService(d) {
		return "+86" + d, true
	}
	return "", false
}

// cnMobile reports whether d is a Chinese mobile number: 1[3-9] + 9 digits.
func cnMobile(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9' && allDigits(d)
}

// cnLandlineNoTrunk reports whether d is a Chinese area code (trunk 0
// dropped) followed by a local number of 7 or 8 digits. Area codes 10 and
// 2X have two digits, all others three.
func cnLandlineNoTrunk(d string) bool {
	if len(d) < 9 || d[0] == '0' || !allDigits(d) {
		return false
	}
	area := 3
	if d[0] == '1' || d[0] == '2' {
		area = 2
		if d[0] == '1' && d[1] != '0' {
			return false
		}
	}
	if area == 3 && unassignedArea(d[:3]) {
		return false
	}
	local := d[area:]
	return (len(local) == 7 || len(local) == 8) && local[0] >= '2'
}

// unassignedArea reports whether a three-digit code (trunk 0 dropped) is
// in a block that China assigns to no area: 060-062, 0702-0709 and
// 0800-0811. Foreign mobiles written with their own trunk 0 (Nigeria's
// 0803 555 0917, 0706 …) fall there and are no Chinese landlines.
func unassignedArea(a string) bool {
	return a >= "600" && a <= "629" || a >= "702" && a <= "709" || a >= "800" && a <= "811"
}

// twMobile reports whether d is a Taiwan mobile number written without the
// country code: 09 + 8 digits.
func twMobile(d string) bool {
	return len(d) == 10 && strings.HasPrefix(d, "09") && allDigits(d)
}

// cnService reports whether d is a nationwide 400/800 service number.
func cnService(d string) bool {
	return len(d) == 10 && (strings.HasPrefix(d, "400") || strings.HasPrefix(d, "800")) && allDigits(d)
}

// scanPhoneRun returns the end of the run of digits and phone separators
// starting at i, with trailing separators left out.
func scanPhoneRun(text string, i int) int {
	last := i
	digits, seps := 0, 0
	for j := i; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isDigitRune(r) {
			// Phone numbers have short separators between digit groups.
			if seps++; seps > 3 {
				return last
			}
		}
		switch {
		case isDigitRune(r):
			digits++
			seps = 0
			last = j + size
		case (r == '+' || r == '＋') && j == i:
		case r == '.' && j > i && isDigitByte(text[j-1]) && j+1 < len(text) && isDigitByte(text[j+1]):
			// "138.1234.5678": dots between digit groups (normalisePhone
			// takes only a mobile in that form).
		case r == '-' || r == '(' || r == ')' || r == '（' || r == '）' || r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '‐' || r == '–' || r == '－':
			// A separator after a digit, or the opening of "(0579)".
		default:
			return last
		}
		j += size
		if digits > 24 {
			// Far too long for a phone number: consume the whole run so
			// that no part of it is taken for one.
			return skipRun(text, i)
		}
	}
	return last
}

// skipRun returns the end of the run of digits and separators at i.
func skipRun(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isDigitRune(r) && r != '-' && r != '+' {
			break
		}
		j += size
	}
	if j == i {
		_, size := utf8.DecodeRuneInString(text[i:])
		j += size
	}
	return j
}

func phoneStartRune(r rune) bool {
	return isDigitRune(r) || r == '+' || r == '(' || r == '（' || r == '＋'
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// foldWidth maps full-width ASCII forms (digits, letters, ＋－（）：) to
// their ASCII counterparts and leaves everything else alone.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E || r == '\u3000' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			return r - 0xFF01 + '!'
		}
		if r == '\u3000' {
			return ' '
		}
		return r
	}, s)
}

// inSpans reports whether i lies inside one of spans, and where that span ends.
func inSpans(i int, spans [][2]int) (bool, int) {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true, sp[1]
		}
	}
	return false, 0
}
