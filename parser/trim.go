package parser

import (
	"regexp"
	"strings"
)

// Patterns of reply and forward markers, matched against one cleaned
// line (see cleanLine); the words are in trim_words.go.
var (
	// "-----Original Message-----", QQ Mail's "------------------ 原始邮件
	// ------------------", Samsung's "-------- Original message --------".
	reOriginalSep = regexp.MustCompile(`(?i)^[-=_*\s]{2,}\s*(` + alternation(originalWords) + `)\s*[-=_*\s]{2,}$`)
	// Forward separators: Gmail, Thunderbird, Yahoo, NetEase, Apple Mail.
	reForwardSep = regexp.MustCompile(`(?i)^([-=_*\s]{2,}\s*(` + alternation(forwardWords) + `)\s*[-=_*\s]{2,}|(` + alternation(beginForward) + `)\s*[:：]?)$`)
	// The lines of an Outlook-style header block.
	reHdrFrom    = labelRE(fromLabels)
	reHdrDate    = labelRE(dateLabels)
	reHdrOther   = labelRE(append(append([]string(nil), otherLabels...), subjectLabels...))
	reHdrSubject = regexp.MustCompile(`(?i)^\*?\s*(` + alternation(subjectLabels) + `)\s*\*?\s*[:：]\s*(.*)$`)
	// Attributions end with a verb of writing and a colon ("… wrote:",
	// "… написал(а):", "…님이 작성:"), or with the address and a colon
	// (Gmail's "2026-11-03 17:14 GMT+08:00 Name <addr>:").
	reWroteEnd  = regexp.MustCompile(`(?i)(` + alternation(wroteVerbs) + `)\s*[:：]$`)
	reWroteIn   = regexp.MustCompile(`(?i)(` + alternation(wroteInside) + `)`)
	reAddrColon = regexp.MustCompile(`[<\[](mailto:)?[^<>\[\]\s]+@[^<>\[\]\s]+[>\]]\s*[:：]$`)
	reYear      = regexp.MustCompile(`(^|\D)(19|20)\d\d(\D|$)`)
	reClock     = regexp.MustCompile(`(^|\D)\d{1,2}[:.]\d\d(\D|$)`)
	reCNWrote   = regexp.MustCompile(`(写道|寫道)\s*[:：]?$`)
	reOnStart   = regexp.MustCompile(`(?i)^(on|am|le|el|il|op|em)\s`)
	// Zoho's "---- On … wrote ----".
	reDashed     = regexp.MustCompile(`^-{2,}\s*(.*?)\s*-{2,}$`)
	reUnderscore = regexp.MustCompile(`^[_\-=]{10,}$`)
	reFwdSubject = regexp.MustCompile(`(?i)^\s*(\[[^\]]{0,40}\]\s*)?(fwd?|转发|轉發|转寄|轉寄|tr|wg|rv|enc|i|doorst|vb|vl|pd|ilt|전달|転送)\s*[:：]`)
)

// cleanLine trims a line for matching: white space, and the direction
// marks of right-to-left text (Arabic clients wrap numbers and addresses
// in them).
func cleanLine(s string) string {
	return strings.Trim(s, " \t\r\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
}

// isForwardSubject reports a subject that starts with a forward prefix
// (Fwd:, FW:, 转发：…) — not "Re: Fwd:".
func isForwardSubject(s string) bool {
	return reFwdSubject.MatchString(s)
}

// lineKind classifies a line for the trimmer.
type lineKind int

const (
	lineNew lineKind = iota
	lineQuoted
	lineSig
)

// trimReply splits text into what the writer wrote now and the quoted
// history below it: Outlook (-----Original Message-----, a From:/Sent:
// header block, 发件人:/发送时间:), Gmail, Thunderbird and Apple Mail
// ("On … wrote:", also wrapped over two lines), QQ Mail and Foxmail
// (------ 原始邮件 ------), NetEase (在 … 写道：), ">" quoting, and in a reply
// the "-- " signature. A forwarded message is not history: from a forward
// separator on, everything is kept.
func trimReply(text string) (newText, quoted string) {
	newText, _, quoted = splitReply(text)
	return newText, quoted
}

// splitReply is trimReply that also returns a reply's "-- " signature, which
// is trimmed from the new text (the case shows what is new) but is still the
// writer's own: their name, phone and address may be there.
func splitReply(text string) (newText, signature, quoted string) {
	lines := strings.Split(text, "\n")
	kinds := make([]lineKind, len(lines))
	hasQuote := false
	forwardAt := len(lines)

scan:
	for i := 0; i < len(lines); i++ {
		t := cleanLine(lines[i])
		if t == "" {
			continue
		}
		if isQuotedLine(t) {
			kinds[i] = lineQuoted
			hasQuote = true
			continue
		}
		if reForwardSep.MatchString(t) {
			forwardAt = i
			break scan
		}
		cut := -1
		switch {
		case reOriginalSep.MatchString(t):
			cut = i
		case reUnderscore.MatchString(t) && headerBlockAt(lines, nextNonBlank(lines, i+1)) != 0:
			if headerBlockAt(lines, nextNonBlank(lines, i+1)) < 0 {
				forwardAt = i
				break scan
			}
			cut = i
		case reHdrFrom.MatchString(t):
			switch headerBlockAt(lines, i) {
			case 1:
				cut = i
			case -1:
				forwardAt = i
				break scan
			}
		default:
			if n := attributionAt(lines, i); n > 0 {
				next := nextNonBlank(lines, i+n)
				if next < len(lines) && isQuotedLine(cleanLine(lines[next])) {
					// The quote is marked: only the attribution goes; new
					// text below the quote (bottom posting) stays.
					for k := i; k < i+n; k++ {
						kinds[k] = lineQuoted
					}
					hasQuote = true
					i += n - 1
					continue
				}
				cut = i
			}
		}
		if cut >= 0 {
			for k := cut; k < len(lines); k++ {
				kinds[k] = lineQuoted
			}
			hasQuote = true
			forwardAt = cut
			break scan
		}
	}

	// Blank lines that stood next to quoted ones go with them: answers
	// written between quoted questions read as one answer after another.
	if hasQuote {
		for i := range lines {
			if kinds[i] == lineNew && cleanLine(lines[i]) == "" &&
				((i > 0 && kinds[i-1] == lineQuoted) || (i+1 < len(lines) && kinds[i+1] == lineQuoted)) {
				kinds[i] = lineQuoted
			}
		}
	}

	// A mail client's own line at the end of what the writer wrote ("Sent
	// from my iPhone", "Von meinem iPhone gesendet", "发自我的iPhone") is
	// a signature, with or without history below.
	for i := min(forwardAt, len(lines)) - 1; i >= 0; i-- {
		t := cleanLine(lines[i])
		if t == "" || kinds[i] != lineNew {
			continue
		}
		if !isClientSignature(t) {
			break
		}
		kinds[i] = lineSig
	}

	// A reply's signature goes with the history: from "-- " up to the next
	// quoted line.
	if hasQuote {
		inSig := false
		for i := 0; i < forwardAt && i < len(lines); i++ {
			switch {
			case kinds[i] == lineQuoted:
				inSig = false
			case strings.TrimRight(lines[i], " \t") == "--" || lines[i] == "-- ":
				inSig = true
				kinds[i] = lineSig
			case inSig:
				kinds[i] = lineSig
			}
		}
	}

	var nb, sb, qb strings.Builder
	for i, l := range lines {
		switch kinds[i] {
		case lineNew:
			nb.WriteString(l)
			nb.WriteByte('\n')
		case lineSig:
			sb.WriteString(l)
			sb.WriteByte('\n')
		case lineQuoted:
			qb.WriteString(l)
			qb.WriteByte('\n')
		}
	}
	newText = tidyText(nb.String())
	if newText == "" && hasQuote && !strings.Contains(qb.String(), "\n>") && !strings.HasPrefix(qb.String(), ">") {
		// Nothing new above an unmarked header block: more likely a
		// forward without a marker than an empty reply. Keep it all.
		if isHeaderLine(cleanLine(lines[nextNonBlank(lines, 0)])) {
			return tidyText(text), "", ""
		}
	}
	return newText, tidyText(sb.String()), tidyText(qb.String())
}

// isQuotedLine reports a ">"-quoted line (also "＞" from some clients).
func isQuotedLine(t string) bool {
	return strings.HasPrefix(t, ">") || strings.HasPrefix(t, "＞")
}

func isHeaderLine(t string) bool {
	return reHdrFrom.MatchString(t)
}

// nextNonBlank returns the index of the first non-blank line from i on, or
// len(lines).
func nextNonBlank(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if cleanLine(lines[i]) != "" {
			return i
		}
	}
	return len(lines)
}

// headerBlockAt looks for an Outlook-style header block starting at line i:
// a From line followed within a few lines by a date line and another field
// (To, Cc, Subject). It returns 1 for a reply block, -1 for a forward block
// (its subject starts with FW:/Fwd:/转发), 0 for none.
func headerBlockAt(lines []string, i int) int {
	if i >= len(lines) || !reHdrFrom.MatchString(cleanLine(lines[i])) {
		return 0
	}
	date, other := false, false
	forward := false
	for k := i + 1; k < len(lines) && k <= i+8; k++ {
		t := cleanLine(lines[k])
		if t == "" {
			if date && other {
				break
			}
			continue
		}
		switch {
		case reHdrDate.MatchString(t):
			date = true
		case reHdrOther.MatchString(t):
			other = true
			if m := reHdrSubject.FindStringSubmatch(t); m != nil && isForwardSubject(m[2]) {
				forward = true
			}
		}
	}
	if !date || !other {
		return 0
	}
	if forward {
		return -1
	}
	return 1
}

// attributionAt returns how many lines (1 or 2) form an attribution line
// at i ("On … wrote:", "Am … schrieb …:", "2026-11-03 17:14 GMT+08:00
// Name <addr>:", "在 … 写道：", "X <x@y> 于2026年3月21日 写道："), or 0.
// A client that wraps the line puts the address on the second.
func attributionAt(lines []string, i int) int {
	t := cleanLine(lines[i])
	if len(t) > 1200 {
		return 0
	}
	if !mayEndAttribution(t) {
		// Only a wrapped attribution is left: its second line ends it.
		if i+1 >= len(lines) || !mayEndAttribution(cleanLine(lines[i+1])) {
			return 0
		}
	}
	if len([]rune(t)) > 300 {
		return 0
	}
	if isAttribution(t) {
		return 1
	}
	if i+1 < len(lines) {
		u := cleanLine(lines[i+1])
		if u != "" && len([]rune(t))+len([]rune(u)) < 300 {
			if (strings.HasPrefix(u, "<") || strings.HasPrefix(u, "[mailto:")) && isAttribution(t+" "+u) {
				return 2
			}
			if reOnStart.MatchString(t) && reWroteEnd.MatchString(u) && hasDigitOrAt(t+u) {
				return 2
			}
			if (strings.HasPrefix(t, "在") || strings.Contains(t, "于")) && reCNWrote.MatchString(u) && hasDigitOrAt(t+u) {
				return 2
			}
		}
	}
	if reWroteEnd.MatchString(t) {
		// "Name wrote:" alone counts only directly above a quote.
		next := nextNonBlank(lines, i+1)
		if next < len(lines) && isQuotedLine(cleanLine(lines[next])) {
			return 1
		}
	}
	return 0
}

// mayEndAttribution is the cheap test before the patterns: an
// attribution ends with a colon, Zoho's dashes, or 写道.
func mayEndAttribution(t string) bool {
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, "--") ||
		strings.HasSuffix(t, "写道") || strings.HasSuffix(t, "寫道")
}

// isAttribution reports whether one (joined) line is an attribution: it
// ends with a colon after a verb of writing, or after the writer's
// address, and names a date or an address — an ordinary sentence that
// ends in "wrote:" rarely does.
func isAttribution(t string) bool {
	if m := reDashed.FindStringSubmatch(t); m != nil {
		// Zoho: "---- On … wrote ----".
		t = m[1] + ":"
	}
	switch {
	case reWroteEnd.MatchString(t):
		return hasDigitOrAt(t)
	case reCNWrote.MatchString(t):
		return hasDigitOrAt(t)
	case reAddrColon.MatchString(t):
		// "2026-11-03 17:14 GMT+08:00 Name <addr>:", "3. 11. 2026 v
		// 17:34, Name <addr>:": a date and a time before the address. A
		// bounce's "<rcpt>: host … said: 550 5.1.1 <rcpt>:" has neither.
		return !strings.HasPrefix(t, "<") && reYear.MatchString(t) && reClock.MatchString(t)
	case strings.HasSuffix(t, ":") && strings.Contains(t, "@") && reWroteIn.MatchString(t):
		// "Wiadomość napisana przez X <x@y> w dniu 3 lis 2026, o godz. 17:32:"
		return reYear.MatchString(t) && reClock.MatchString(t)
	}
	return false
}

// hasDigitOrAt reports whether s holds a digit or "@": attributions name a
// date or an address, ordinary sentences ending in "wrote:" rarely do.
func hasDigitOrAt(s string) bool {
	return strings.ContainsAny(s, "0123456789@")
}

// isClientSignature reports a mail client's own line: "Sent from my
// iPhone", "Get Outlook for Android", "Sent from Yahoo Mail on Android",
// "Sent with K-9 Mail", "Von meinem iPhone gesendet", "发自我的iPhone",
// "Отправлено с iPhone" — short, starting or ending with a verb of
// sending, and naming a device or an app.
func isClientSignature(t string) bool {
	if len(t) > 200 || len([]rune(t)) > 70 || strings.Count(t, " ") > 9 {
		return false
	}
	l := strings.TrimRight(strings.ToLower(t), ".。!！")
	verb := false
	for _, v := range sigVerbs {
		if strings.HasPrefix(l, v) || strings.HasSuffix(l, v) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for _, d := range sigDevices {
		if strings.Contains(l, d) {
			return true
		}
	}
	return false
}
