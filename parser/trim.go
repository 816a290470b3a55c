package parser

import (
	"regexp"
	"strings"
)

// Patterns of reply and forward markers, matched against one trimmed line.
var (
	// "-----Original Message-----", QQ Mail's "------------------ 原始邮件
	// ------------------" and "------------------ Original ------------------".
	reOriginalSep = regexp.MustCompile(`(?i)^[-=_*\s]{2,}\s*(original message|original|原始邮件|原始郵件|邮件原件|原邮件|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|reply message|回复的原邮件)\s*[-=_*\s]{2,}$`)
	// Forward separators: Gmail, Thunderbird, Yahoo, NetEase, Apple Mail.
	reForwardSep = regexp.MustCompile(`(?i)^([-=_*\s]{2,}\s*(forwarded message|forwarded by .*|转发邮件信息|转发的邮件|转发邮件|轉寄郵件|轉寄的郵件|已转发邮件|转发信息|mensaje reenviado|message transféré|weitergeleitete nachricht)\s*[-=_*\s]{2,}|begin forwarded message\s*:?|以下为转发的邮件\s*[:：]?|转发的邮件\s*[:：]|start of forwarded message\s*:?)$`)
	// The first line of an Outlook-style header block.
	reHdrFrom = regexp.MustCompile(`(?i)^\*?\s*(from|发件人|寄件人|寄件者|发信人|de|von|van|da|от)\s*\*?\s*[:：]`)
	// Further lines of such a block.
	reHdrDate    = regexp.MustCompile(`(?i)^\*?\s*(sent|date|发送时间|日期|时间|寄件日期|傳送時間|发送日期|envoyé|gesendet|enviado|inviato|datum|отправлено)\s*\*?\s*[:：]`)
	reHdrOther   = regexp.MustCompile(`(?i)^\*?\s*(to|cc|subject|收件人|抄送|主题|主旨|標題|à|an|para|a|objet|betreff|asunto|oggetto|кому|тема)\s*\*?\s*[:：]`)
	reHdrSubject = regexp.MustCompile(`(?i)^\*?\s*(subject|主题|主旨|標題|objet|betreff|asunto|oggetto|тема)\s*\*?\s*[:：]\s*(.*)$`)
	// Attributions: "On … wrote:", "在 … 写道：", "… 于 … 写道：".
	reOnWrote    = regexp.MustCompile(`(?i)^(on|am|le|el|il|op|em)\s.*(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:$`)
	reWroteEnd   = regexp.MustCompile(`(?i)(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:$`)
	reCNWrote    = regexp.MustCompile(`(写道|寫道)\s*[:：]?$`)
	reOnStart    = regexp.MustCompile(`(?i)^(on|am|le|el|il|op|em)\s`)
	reUnderscore = regexp.MustCompile(`^[_\-=]{10,}$`)
	reFwdSubject = regexp.MustCompile(`(?i)^\s*(\[[^\]]{0,40}\]\s*)?(fwd?|转发|轉發|转寄|轉寄|tr|wg|rv|enc)\s*[:：]`)
)

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
		t := strings.TrimSpace(lines[i])
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
				if next < len(lines) && isQuotedLine(strings.TrimSpace(lines[next])) {
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
		if isHeaderLine(strings.TrimSpace(lines[nextNonBlank(lines, 0)])) {
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
		if strings.TrimSpace(lines[i]) != "" {
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
	if i >= len(lines) || !reHdrFrom.MatchString(strings.TrimSpace(lines[i])) {
		return 0
	}
	date, other := false, false
	forward := false
	for k := i + 1; k < len(lines) && k <= i+8; k++ {
		t := strings.TrimSpace(lines[k])
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
// at i ("On … wrote:", "在 … 写道：", "X <x@y> 于2026年3月21日 写道："), or 0.
func attributionAt(lines []string, i int) int {
	t := strings.TrimSpace(lines[i])
	if len([]rune(t)) > 300 {
		return 0
	}
	if (reOnWrote.MatchString(t) || reCNWrote.MatchString(t)) && hasDigitOrAt(t) {
		return 1
	}
	if i+1 < len(lines) {
		u := strings.TrimSpace(lines[i+1])
		if u != "" && len([]rune(t))+len([]rune(u)) < 300 {
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
		if next < len(lines) && isQuotedLine(strings.TrimSpace(lines[next])) {
			return 1
		}
	}
	return 0
}

// hasDigitOrAt reports whether s holds a digit or "@": attributions name a
// date or an address, ordinary sentences ending in "wrote:" rarely do.
func hasDigitOrAt(s string) bool {
	return strings.ContainsAny(s, "0123456789@")
}
