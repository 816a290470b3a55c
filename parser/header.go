package parser

import (
	"bytes"
	"encoding/base64"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// hdrField is one header field as it appeared: the name as written and the
// unfolded raw value (RFC 5322 §2.2.3: CRLF before WSP removed).
type hdrField struct {
	name  string
	value string
}

// mailHeader is a lenient view of a header block, in order.
type mailHeader []hdrField

// get returns the raw value of the first field named name (case-insensitive)
// and whether it was present.
func (h mailHeader) get(name string) (string, bool) {
	for _, f := range h {
		if strings.EqualFold(f.name, name) {
			return f.value, true
		}
	}
	return "", false
}

// value returns the raw value of the first field named name, or "".
func (h mailHeader) value(name string) string {
	v, _ := h.get(name)
	return v
}

// values returns the raw values of every field named name.
func (h mailHeader) values(name string) []string {
	var vs []string
	for _, f := range h {
		if strings.EqualFold(f.name, name) {
			vs = append(vs, f.value)
		}
	}
	return vs
}

// knownFields are header names of which at least one must appear at the top
// of an input for it to count as a mail (a prose first line "Note: …" alone
// does not make a mail).
var knownFields = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "subject": true, "date": true,
	"message-id": true, "received": true, "return-path": true, "mime-version": true,
	"content-type": true, "content-transfer-encoding": true, "reply-to": true,
	"sender": true, "delivered-to": true, "in-reply-to": true, "references": true,
	"dkim-signature": true, "x-mailer": true, "user-agent": true, "x-originating-ip": true,
	"authentication-results": true, "arc-seal": true, "x-received": true,
	"content-disposition": true, "thread-index": true, "thread-topic": true,
}

// validFieldName reports whether b is an RFC 5322 field name (printable
// ASCII except colon), allowing trailing blanks before the colon.
func validFieldName(b []byte) bool {
	b = bytes.TrimRight(b, " \t")
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

// parseHeader reads a header block from the start of b leniently. It returns
// the fields, the body (what follows the blank line, or the first line that
// is neither a field nor a continuation), and whether the block ended in a
// proper blank line. A first line that is not a field yields no fields and
// the whole input as body.
func parseHeader(b []byte) (h mailHeader, body []byte, clean bool) {
	// Values are gathered as byte slices and joined once at the end, so
	// that many continuation lines stay linear.
	var vals [][]byte
	done := func() mailHeader {
		for i := range h {
			h[i].value = string(vals[i])
		}
		return h
	}
	pos := 0
	for pos < len(b) {
		end := bytes.IndexByte(b[pos:], '\n')
		var line []byte
		next := len(b)
		if end >= 0 {
			line = b[pos : pos+end]
			next = pos + end + 1
		} else {
			line = b[pos:]
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			// The blank line (or a line of blanks) ends the header.
			return done(), b[next:], true
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(h) > 0 {
				vals[len(vals)-1] = append(vals[len(vals)-1], line...)
				pos = next
				continue
			}
			// Blanks before the first field: ignore them.
			line = bytes.TrimLeft(line, " \t")
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || !validFieldName(line[:colon]) {
			// mbox "From " line at the very start.
			if len(h) == 0 && pos == 0 && bytes.HasPrefix(line, []byte("From ")) {
				pos = next
				continue
			}
			return done(), b[pos:], false
		}
		name := string(bytes.TrimRight(line[:colon], " \t"))
		h = append(h, hdrField{name: name})
		vals = append(vals, append([]byte(nil), line[colon+1:]...))
		pos = next
	}
	return done(), nil, false
}

// looksLikeMail reports whether the fields of a top-level header block make
// the input a mail.
func looksLikeMail(h mailHeader) bool {
	for _, f := range h {
		if knownFields[strings.ToLower(f.name)] {
			return true
		}
	}
	return false
}

// decodeHeaderText decodes an unstructured header value: RFC 2047 encoded
// words (also broken ones: inside quotes, split mid-character, unknown or too
// narrow charsets) and raw 8-bit text (UTF-8, else the detected charset). The result is
// unfolded onto one line with runs of blanks collapsed.
func decodeHeaderText(s string) string {
	return collapseSpace(decodeWords(s))
}

// collapseSpace turns every run of white space and control characters into
// one space and trims the ends.
func collapseSpace(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\u00a0' || r < 0x20 || r == 0x7f {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// encodedWord is one parsed RFC 2047 word.
type encodedWord struct {
	charset string // lower case, language suffix removed
	enc     byte   // 'B' or 'Q'
	text    string
	end     int // index after "?="
}

// parseEncodedWord parses an encoded word at the start of s ("=?cs?X?text?=").
func parseEncodedWord(s string) (encodedWord, bool) {
	if !strings.HasPrefix(s, "=?") {
		return encodedWord{}, false
	}
	q1 := strings.IndexByte(s[2:], '?')
	if q1 < 0 || q1 > 64 {
		return encodedWord{}, false
	}
	q1 += 2
	cs := s[2:q1]
	if q1+2 >= len(s) || s[q1+2] != '?' {
		return encodedWord{}, false
	}
	e := s[q1+1] &^ 0x20 // upper case
	if e != 'B' && e != 'Q' {
		return encodedWord{}, false
	}
	rest := s[q1+3:]
	endRel := strings.Index(rest, "?=")
	if endRel < 0 {
		return encodedWord{}, false
	}
	text := rest[:endRel]
	if strings.ContainsAny(text, "\r\n") {
		return encodedWord{}, false
	}
	if i := strings.IndexByte(cs, '*'); i >= 0 { // RFC 2231 §5 language
		cs = cs[:i]
	}
	cs = strings.ToLower(strings.TrimSpace(cs))
	if cs == "" {
		return encodedWord{}, false
	}
	return encodedWord{charset: cs, enc: e, text: text, end: q1 + 3 + endRel + 2}, true
}

// decodeWordBytes returns the raw bytes of a run of adjacent encoded words in
// one charset and encoding.
func decodeWordBytes(words []encodedWord) []byte {
	if words[0].enc == 'Q' {
		var out []byte
		for _, w := range words {
			out = append(out, decodeQWord(w.text)...)
		}
		return out
	}
	// B: decode word by word when each word is a whole number of quanta;
	// otherwise the sender split the base64 text itself: join, then decode.
	whole := true
	for _, w := range words[:len(words)-1] {
		if len(strings.TrimSpace(w.text))%4 != 0 {
			whole = false
		}
	}
	if whole {
		var out []byte
		for _, w := range words {
			out = append(out, lenientBase64(w.text)...)
		}
		return out
	}
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(strings.TrimRight(w.text, "="))
	}
	return lenientBase64(sb.String())
}

// lenientBase64 decodes base64 text ignoring padding, blanks and stray
// characters; a dangling sextet is dropped.
func lenientBase64(s string) []byte {
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' {
			clean = append(clean, c)
		} else if c == '-' {
			clean = append(clean, '+')
		} else if c == '_' {
			clean = append(clean, '/')
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, _ := base64.RawStdEncoding.Decode(out, clean)
	return out[:n]
}

// decodeQWord decodes RFC 2047 "Q" text: "_" is a space, "=XX" a byte.
func decodeQWord(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// decodeWords decodes the encoded words of s and the raw 8-bit text between
// them, without collapsing blanks. Blanks between adjacent encoded words are
// dropped (RFC 2047 §6.2), and adjacent words in the same charset and
// encoding are joined as bytes before decoding so that a character split
// across two words survives.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return decodeRaw8bit(s)
	}
	var sb strings.Builder
	var run []encodedWord
	flush := func() {
		if len(run) == 0 {
			return
		}
		sb.WriteString(decodeBytes(decodeWordBytes(run), run[0].charset))
		run = run[:0]
	}
	plainStart := 0
	i := 0
	for i < len(s) {
		j := strings.Index(s[i:], "=?")
		if j < 0 {
			break
		}
		j += i
		w, ok := parseEncodedWord(s[j:])
		if !ok {
			i = j + 2
			continue
		}
		between := s[plainStart:j]
		if len(run) > 0 && strings.TrimSpace(between) == "" {
			// Adjacent to the previous encoded word: drop the blanks.
			last := run[len(run)-1]
			if last.charset != w.charset || last.enc != w.enc {
				flush()
			}
		} else {
			flush()
			sb.WriteString(decodeRaw8bit(between))
		}
		w.end += j
		run = append(run, w)
		i = w.end
		plainStart = w.end
	}
	flush()
	sb.WriteString(decodeRaw8bit(s[plainStart:]))
	return sb.String()
}

// decodeRaw8bit turns header text that may hold unencoded 8-bit bytes into
// UTF-8: kept when valid UTF-8, else decoded in the charset the detector
// finds (GB18030 unless another reads clearly better).
func decodeRaw8bit(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	out, _ := guessDecode([]byte(s))
	return out
}

// parseAddressList parses an address header leniently: quoted names with
// encoded words, names without quotes, comments, groups, raw 8-bit names, a
// missing address. Addresses are lower-cased.
func parseAddressList(v string) []Address {
	var out []Address
	for _, item := range splitAddressItems(v) {
		a, ok := parseOneAddress(item)
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// splitAddressItems splits on commas outside quotes, angle brackets and
// comments, removing group display names ("team: a@b, c@d;").
func splitAddressItems(v string) []string {
	var items []string
	var cur strings.Builder
	inQuote, esc := false, false
	angle, paren := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if esc {
			cur.WriteByte(c)
			esc = false
			continue
		}
		switch {
		case c == '\\' && (inQuote || paren > 0):
			esc = true
			cur.WriteByte(c)
			continue
		case c == '"' && paren == 0:
			inQuote = !inQuote
		case inQuote:
		case c == '(':
			paren++
		case c == ')' && paren > 0:
			paren--
		case paren > 0:
		case c == '<':
			angle++
		case c == '>' && angle > 0:
			angle--
		case angle > 0:
		case c == ',' || c == ';':
			items = append(items, cur.String())
			cur.Reset()
			continue
		case c == ':':
			// Group display name: drop what came before, unless it looks
			// like part of an address (no "@" yet, so it is a group name).
			if !strings.Contains(cur.String(), "@") {
				cur.Reset()
				continue
			}
		}
		cur.WriteByte(c)
	}
	items = append(items, cur.String())
	return items
}

// parseOneAddress parses one mailbox.
func parseOneAddress(item string) (Address, bool) {
	item = strings.TrimSpace(item)
	if item == "" {
		return Address{}, false
	}
	var name, addr string
	if lt := indexOutsideQuotes(item, '<'); lt >= 0 {
		name = item[:lt]
		rest := item[lt+1:]
		if gt := strings.IndexByte(rest, '>'); gt >= 0 {
			addr = rest[:gt]
			if name == "" {
				// "<a@b> (Name)" or "<a@b> Name"
				name = rest[gt+1:]
			}
		} else {
			addr = rest
		}
	} else {
		bare, comment := stripComments(item)
		fields := strings.Fields(bare)
		// "张三 zhangsan@x.com": the token with "@" is the address.
		for i, f := range fields {
			if strings.Contains(f, "@") {
				addr = f
				name = strings.Join(append(append([]string{}, fields[:i]...), fields[i+1:]...), " ")
				break
			}
		}
		if addr == "" {
			if len(fields) == 1 && !strings.HasPrefix(bare, "\"") {
				addr = fields[0]
			} else {
				name = bare
			}
		}
		if strings.TrimSpace(name) == "" {
			name = comment
		}
	}
	name = cleanDisplayName(name)
	addr = cleanAddr(addr)
	if name == "" && addr == "" {
		return Address{}, false
	}
	return Address{Name: name, Address: addr}, true
}

// indexOutsideQuotes returns the index of c outside double quotes, or -1.
func indexOutsideQuotes(s string, c byte) int {
	inQuote, esc := false, false
	for i := 0; i < len(s); i++ {
		switch {
		case esc:
			esc = false
		case s[i] == '\\' && inQuote:
			esc = true
		case s[i] == '"':
			inQuote = !inQuote
		case s[i] == c && !inQuote:
			return i
		}
	}
	return -1
}

// stripComments removes RFC 5322 comments outside quotes and returns the
// rest and the text of the comments.
func stripComments(s string) (string, string) {
	var out, com strings.Builder
	depth := 0
	inQuote, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			esc = false
		case c == '\\' && (inQuote || depth > 0):
			esc = true
			continue
		case c == '"' && depth == 0:
			inQuote = !inQuote
		case c == '(' && !inQuote:
			depth++
			if depth == 1 {
				continue
			}
		case c == ')' && !inQuote && depth > 0:
			depth--
			if depth == 0 {
				com.WriteByte(' ')
				continue
			}
		}
		if depth > 0 {
			com.WriteByte(c)
		} else {
			out.WriteByte(c)
		}
	}
	return out.String(), strings.TrimSpace(com.String())
}

// cleanDisplayName unquotes and decodes a display name.
func cleanDisplayName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	var sb strings.Builder
	inQuote, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			sb.WriteByte(c)
			esc = false
		case c == '\\' && inQuote:
			esc = true
		case c == '"':
			inQuote = !inQuote
		default:
			sb.WriteByte(c)
		}
	}
	name := decodeHeaderText(sb.String())
	if len(name) >= 2 && name[0] == '\'' && name[len(name)-1] == '\'' {
		name = strings.TrimSpace(name[1 : len(name)-1])
	}
	name = strings.Trim(name, "\"")
	return strings.TrimSpace(name)
}

// cleanAddr trims and lower-cases an address.
func cleanAddr(s string) string {
	s, _ = stripComments(s)
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "<>\"' ")
	if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	s = strings.Join(strings.Fields(s), "")
	s = decodeRaw8bit(s)
	return strings.ToLower(s)
}

// parseMsgIDs returns the message IDs of a Message-ID, In-Reply-To or
// References value without angle brackets.
func parseMsgIDs(v string) []string {
	var ids []string
	rest := v
	for {
		lt := strings.IndexByte(rest, '<')
		if lt < 0 {
			break
		}
		gt := strings.IndexByte(rest[lt:], '>')
		if gt < 0 {
			if id := strings.TrimSpace(rest[lt+1:]); id != "" && !strings.ContainsAny(id, " \t") {
				ids = append(ids, id)
			}
			rest = ""
			break
		}
		if id := strings.Join(strings.Fields(rest[lt+1:lt+gt]), ""); id != "" {
			ids = append(ids, id)
		}
		rest = rest[lt+gt+1:]
	}
	if len(ids) == 0 {
		bare, _ := stripComments(v)
		for _, f := range strings.FieldsFunc(bare, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
			if strings.Contains(f, "@") {
				ids = append(ids, strings.Trim(f, "<>"))
			}
		}
	}
	return ids
}

// dateLayouts are tried after net/mail.ParseDate fails.
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"Monday, January 2, 2006 3:04 PM",
}

// parseDate parses a Date header leniently; the zero time when unreadable.
func parseDate(v string) time.Time {
	v, _ = stripComments(v)
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t
	}
	v = strings.TrimSuffix(strings.TrimSuffix(v, " GMT"), " UT")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t
		}
	}
	return time.Time{}
}

// HeaderMessageID returns the Message-ID that Decode gives a message with
// this header block (the first msg-id of its Message-ID field, without
// angle brackets), or "". It reads only the header, so a re-scan can
// recognise stored mail from BODY[HEADER.FIELDS (MESSAGE-ID)] alone.
func HeaderMessageID(header []byte) string {
	h, _, _ := parseHeader(header)
	if ids := parseMsgIDs(h.value("Message-ID")); len(ids) > 0 {
		return ids[0]
	}
	return ""
}
