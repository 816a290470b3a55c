package logging

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// MaskEmail masks one e-mail address to the first character of its local
// part, "***" and the domain: "lily@163.com" → "l***@163.com". A string
// without "@" keeps its first character only ("lily" → "l***"); "" stays
// "".
func MaskEmail(addr string) string {
	if addr == "" {
		return ""
	}
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return firstRunes(addr, 1) + "***"
	}
	return firstRunes(addr[:at], 1) + "***" + addr[at:]
}

// MaskPhone masks a phone number to its first three and last four digits
// with "****" between ("13812345678" → "138****5678"); a number of 7 to 10
// digits keeps two at each end. A leading +86 (or 86 before eleven
// digits) is kept apart: "+86 138 1234 5678" → "+86 138****5678". Fewer
// than 7 digits are no personal number (12315, an extension) and are
// returned unchanged.
func MaskPhone(phone string) string {
	digits := make([]byte, 0, len(phone))
	for i := 0; i < len(phone); i++ {
		if c := phone[i]; c >= '0' && c <= '9' {
			digits = append(digits, c)
		}
	}
	n := len(digits)
	if n < 7 {
		return phone
	}
	cc := ""
	if n == 13 && string(digits[:2]) == "86" {
		cc, digits, n = "+86 ", digits[2:], 11
	}
	head, tail := 2, 2
	if n >= 11 {
		head, tail = 3, 4
	}
	return cc + string(digits[:head]) + "****" + string(digits[n-tail:])
}

// MaskAddress masks a postal address to its first few characters (up to
// six, at most half of it) and "***": "浙江省义乌市稠州北路123号" →
// "浙江省义乌市***". An address that holds an e-mail address is masked as
// text (MaskText).
func MaskAddress(addr string) string {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return ""
	}
	if strings.Contains(addr, "@") {
		return MaskText(addr)
	}
	n := utf8.RuneCountInString(addr)
	return strings.TrimSpace(firstRunes(addr, min(6, max(1, n/2)))) + "***"
}

// emailLocal matches the local part of an e-mail address up to its "@",
// remembering the first character. Message-IDs in error texts are masked
// the same way, which costs nothing an operator needs.
var emailLocal = regexp.MustCompile(`([A-Za-z0-9])[A-Za-z0-9._%+=-]*@`)

// phoneShape matches Chinese mobile numbers (11 digits from 13x to 19x,
// spaced or hyphenated 3-4-4), landline numbers with their area code
// (0579-85123456) and numbers written with a country code (+44 7700
// 900412, +1 (647) 555-0123), as Yiwu's buyers abroad give them. Digits right before or after a match make it part of a
// longer number, which is not masked (maskPhones checks).
var phoneShape = regexp.MustCompile(`1[3-9][0-9](?:[ -]?[0-9]{4}){2}|0[0-9]{2,3}-?[0-9]{7,8}|\+[1-9](?:[ ()-]{0,2}[0-9]){7,14}`)

// MaskText masks every e-mail address (MaskEmail) and every phone number
// (MaskPhone) it finds in s, leaving the rest as it is.
func MaskText(s string) string {
	if strings.IndexByte(s, '@') >= 0 {
		s = emailLocal.ReplaceAllString(s, "$1***@")
	}
	return maskPhones(s)
}

// maskPhones masks the phone-shaped numbers of s that stand on their own:
// not preceded or followed by another digit, except a country code 86
// glued to the front ("+8613812345678").
func maskPhones(s string) string {
	if !hasDigitRun(s, 7) {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i < len(s); {
		loc := phoneShape.FindStringIndex(s[i:])
		if loc == nil {
			break
		}
		start, end := i+loc[0], i+loc[1]
		if !standsAlone(s, start, end) {
			i = start + 1
			continue
		}
		if start-2 >= done && s[start-2:start] == "86" && (start == 2 || !isDigit(s[start-3])) {
			start -= 2 // the country code, masked with the number
			if start > 0 && s[start-1] == '+' {
				start--
			}
		}
		b.WriteString(s[done:start])
		b.WriteString(MaskPhone(s[start:end]))
		done, i = end, end
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// standsAlone reports whether s[start:end] is not part of a longer run of
// digits; a country code 86 right before it (after "+" or a non-digit)
// does not count.
func standsAlone(s string, start, end int) bool {
	if end < len(s) && isDigit(s[end]) {
		return false
	}
	if start == 0 || !isDigit(s[start-1]) {
		return true
	}
	if start >= 2 && s[start-2:start] == "86" {
		return start == 2 || !isDigit(s[start-3])
	}
	return false
}

// hasDigitRun reports whether s has at least n digits in all; a cheap
// test before the phone scan.
func hasDigitRun(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if isDigit(s[i]) {
			n--
		}
	}
	return n == 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// firstRunes is the first n characters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
