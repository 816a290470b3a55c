package analysis

import "unicode"

// DetectLanguage returns "zh" or "en": the language most of the first text
// with any letters is written in, comparing Han characters with Latin
// words; "zh" when none has letters. URLs and e-mail addresses do not
// count. Analyse passes the simplified new text (or the full text when
// there is none), then the subject.
func DetectLanguage(texts ...string) string {
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

// ReplyLanguage is the language to answer a mail in: language (the
// analysis's verdict, Mail.Language) when its new text clearly bears it
// out, else "" (both languages). A consumer who gets a reply they cannot
// read may never answer it.
func ReplyLanguage(language, text string) string {
	if language != "zh" && language != "en" {
		return ""
	}
	var han, latin int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			latin++
		}
	}
	// A Chinese character carries about as much as an English word of five
	// letters.
	zh, en := han, latin/5
	if zh+en < 10 || min(zh, en)*3 > max(zh, en) {
		return ""
	}
	return language
}
