package parser

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Limits that keep decode bounded on hostile input.
const (
	maxDepth       = 20   // nesting of multiparts and message/rfc822
	maxParts       = 2000 // MIME parts walked in one message
	defaultMaxSize = 25 << 20
)

// Decode reads one raw RFC 5322 message: its header fields, its body text
// (quoted history and signature split off), a bounce's returned message,
// and its attachments.
//
// The MIME walk is lenient by design: header blocks without a blank line,
// missing or wrong boundaries, damaged base64, unknown charsets and unknown
// transfer encodings all yield what could be read plus a warning. Only input
// without a header block is refused (ErrNotMail, wrapped). Decode never
// panics.
func Decode(raw []byte, opts Options) (*Message, error) {
	start := bytes.TrimLeft(raw, "\r\n")
	h, body, _ := parseHeader(start)
	if len(h) == 0 || !looksLikeMail(h) {
		return nil, fmt.Errorf("reading the header block: %w", ErrNotMail)
	}

	m := &Message{}
	fillHeaderFields(m, h)

	maxSize := opts.MaxSize
	if maxSize <= 0 {
		maxSize = defaultMaxSize
	}
	w := &mimeWalker{keepData: int64(len(raw)) <= maxSize}

	ct, ctParams := parseMediaHeader(h.value("Content-Type"))
	report := ct == "multipart/report"
	m.IsDSN = report && strings.EqualFold(strings.TrimSpace(ctParams["report-type"]), "delivery-status")
	w.bounce = report || DaemonSender(m.From.Address)

	bodyText := w.message(h, body, 0)
	if !w.keepData && len(w.atts) > 0 {
		w.warn(fmt.Sprintf("message is %d bytes, over the %d-byte limit: attachment content not kept", len(raw), maxSize))
	}

	m.FullText = bodyText.fullText()
	m.Text, m.Signature, m.Quoted = bodyText.split(isForwardSubject(m.Subject))
	m.Returned = strings.TrimSpace(strings.Join(w.returned, "\n\n"))
	m.DeliveryStatus = w.status
	m.ReturnedHeaders = w.returnedHdrs
	m.Attachments = w.atts
	m.Warnings = w.warnings
	return m, nil
}

// fillHeaderFields sets the header facts of m from the top-level header.
func fillHeaderFields(m *Message, h mailHeader) {
	if ids := parseMsgIDs(h.value("Message-ID")); len(ids) > 0 {
		m.MessageID = ids[0] // HeaderMessageID gives the same from the header alone
	}
	m.Subject = decodeHeaderText(h.value("Subject"))
	from := parseAddressList(h.value("From"))
	if len(from) == 0 {
		from = parseAddressList(h.value("Sender"))
	}
	if len(from) > 0 {
		m.From = from[0]
	}
	m.To = parseAddressList(strings.Join(h.values("To"), ","))
	m.Cc = parseAddressList(strings.Join(h.values("Cc"), ","))
	m.ReplyTo = parseAddressList(h.value("Reply-To"))
	m.Date = parseDate(h.value("Date"))
	m.InReplyTo = parseMsgIDs(h.value("In-Reply-To"))
	m.References = parseMsgIDs(strings.Join(h.values("References"), " "))
	m.AutoSubmitted = strings.ToLower(collapseSpace(h.value("Auto-Submitted")))
	if m.AutoSubmitted == "" {
		// Responders that predate RFC 3834 mark themselves so.
		for _, name := range []string{"X-Autoreply", "X-Autorespond"} {
			if v := strings.ToLower(collapseSpace(h.value(name))); v != "" && v != "no" {
				m.AutoSubmitted = "auto-replied"
			}
		}
	}
	m.Precedence = strings.ToLower(collapseSpace(h.value("Precedence")))
	m.ListID = decodeHeaderText(h.value("List-Id"))
	for _, v := range h.values("Authentication-Results") {
		if len(m.AuthResults) == 10 {
			break
		}
		m.AuthResults = append(m.AuthResults, collapseSpace(v))
	}
}

// DaemonSender reports whether addr is a sender of delivery reports: the
// mailer daemon or the postmaster (RFC 5321 §4.5.1). Decode reads
// an embedded message in their mail as returned mail, not as a forward.
// The wider rule for mail no person wrote is analysis.MachineSender.
func DaemonSender(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	return local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon"
}

// textSeg is one piece of body text in MIME order.
type textSeg struct {
	text    string
	html    bool // converted from HTML
	forward bool // a forwarded message (message/rfc822): never history
}

// bodyText is the body text found in one entity.
type bodyText struct {
	segs  []textSeg
	named []textSeg // named inline text parts, used when nothing else is found
}

// hasPlain reports whether any non-blank text/plain (or forwarded) text
// exists. A placeholder that only points at the HTML version ("请使用支持
// HTML的客户端查看", "view this message in HTML") is not text.
func (c bodyText) hasPlain() bool {
	for _, s := range c.segs {
		if !s.html && strings.TrimSpace(s.text) != "" && !htmlPlaceholder(s.text) {
			return true
		}
	}
	return false
}

// reHTMLPointer matches the words of a text/plain placeholder that sends
// the reader to the HTML part.
var reHTMLPointer = regexp.MustCompile(`(?i)html.{0,40}(查看|阅读|浏览|打开|显示|版本|格式|client|version|format|view|read|display|enable)|(请看|查看|阅读|浏览|view|read|see|display|open).{0,40}html`)

// htmlPlaceholder reports whether a text/plain part is only a short pointer
// to the HTML alternative.
func htmlPlaceholder(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || utf8.RuneCountInString(t) > 100 || !strings.Contains(strings.ToLower(t), "html") {
		return false
	}
	return reHTMLPointer.MatchString(t)
}

func (c bodyText) hasAny() bool {
	for _, s := range c.segs {
		if strings.TrimSpace(s.text) != "" {
			return true
		}
	}
	return false
}

// chosen applies the body rule: text/plain, else HTML converted to text,
// else named inline text parts.
func (c bodyText) chosen() []textSeg {
	if c.hasPlain() {
		var out []textSeg
		for _, s := range c.segs {
			if !s.html {
				out = append(out, s)
			}
		}
		return out
	}
	if c.hasAny() {
		return c.segs
	}
	return c.named
}

func (c bodyText) fullText() string {
	var parts []string
	for _, s := range c.chosen() {
		if t := strings.TrimSpace(s.text); t != "" {
			parts = append(parts, t)
		}
	}
	return tidyText(strings.Join(parts, "\n\n"))
}

// split trims quoted history and signatures segment by segment. A forwarded
// message is kept whole; once a segment has a history cut, later ordinary
// segments belong to the history too.
func (c bodyText) split(forwardSubject bool) (newText, signature, quotedText string) {
	var text, sigs, quoted []string
	cut := false
	for _, s := range c.chosen() {
		t := strings.TrimSpace(s.text)
		if t == "" {
			continue
		}
		switch {
		case s.forward || forwardSubject:
			text = append(text, t)
		case cut:
			quoted = append(quoted, t)
		default:
			n, sig, q := splitReply(t)
			if strings.TrimSpace(n) != "" {
				text = append(text, n)
			}
			if sig != "" {
				sigs = append(sigs, sig)
			}
			if strings.TrimSpace(q) != "" {
				quoted = append(quoted, q)
				cut = true
			}
		}
	}
	return tidyText(strings.Join(text, "\n\n")), strings.Join(sigs, "\n"), tidyText(strings.Join(quoted, "\n\n"))
}

// mimeWalker carries the state of one MIME walk.
type mimeWalker struct {
	keepData bool
	bounce   bool // a delivery report: returned messages are not text
	parts    int
	atts     []Attachment
	returned []string
	warnings []string

	status       []RecipientStatus // per-recipient blocks of delivery-status parts
	returnedHdrs []HeaderFacts     // header facts of returned messages and headers
}

// maxReturnedHeaders bounds the returned headers kept from one message.
const maxReturnedHeaders = 20

// keepReturnedHeader records the header facts of a returned message or
// header part.
func (w *mimeWalker) keepReturnedHeader(h mailHeader) {
	if len(h) > 0 && len(w.returnedHdrs) < maxReturnedHeaders {
		f := headerFacts(h)
		if f.MessageID == "" && f.Subject == "" && f.From.Address == "" && f.From.Name == "" && len(f.To) == 0 {
			return // a header of nothing a bounce is matched by ("0: 0")
		}
		w.returnedHdrs = append(w.returnedHdrs, f)
	}
}

func (w *mimeWalker) warn(s string) {
	for _, x := range w.warnings {
		if x == s {
			return
		}
	}
	if len(w.warnings) < 100 {
		w.warnings = append(w.warnings, s)
	}
}

// message walks a message (top level or message/rfc822) and returns its body
// text.
func (w *mimeWalker) message(h mailHeader, body []byte, depth int) bodyText {
	return w.entity(h, body, depth, "")
}

// entity walks one MIME entity. parent is the media type of the enclosing
// multipart ("" at the top of a message).
func (w *mimeWalker) entity(h mailHeader, body []byte, depth int, parent string) bodyText {
	w.parts++
	if w.parts > maxParts {
		if w.parts == maxParts+1 {
			w.warn(fmt.Sprintf("more than %d MIME parts: the rest is ignored", maxParts))
		}
		return bodyText{}
	}
	if depth > maxDepth {
		w.warn(fmt.Sprintf("MIME nesting deeper than %d levels: the rest is ignored", maxDepth))
		return bodyText{}
	}

	ctRaw, hasCT := h.get("Content-Type")
	ct, ctParams := parseMediaHeader(ctRaw)
	if !hasCT || ct == "" {
		ct = "text/plain"
		if parent == "multipart/digest" {
			ct = "message/rfc822"
		}
	} else if !strings.Contains(ct, "/") {
		switch ct {
		case "text", "plain":
			ct = "text/plain"
		case "html":
			ct = "text/html"
		default:
			w.warn("malformed content type " + quoteLabel(ct) + ": read as text/plain")
			ct = "text/plain"
		}
	}
	disp, dParams := parseMediaHeader(h.value("Content-Disposition"))
	filename := dParams["filename"]
	if filename == "" {
		filename = ctParams["name"]
	}
	if filename == "" {
		filename = dParams["name"]
	}
	filename = cleanFilename(filename)

	if strings.HasPrefix(ct, "multipart/") {
		return w.multipart(ct, ctParams, body, depth)
	}

	data, warning := decodeTransfer(body, h.value("Content-Transfer-Encoding"))
	if warning != "" {
		w.warn(warning)
	}

	// Machine-readable parts of a report are neither text nor attachments.
	switch ct {
	case "message/delivery-status", "message/global-delivery-status":
		if n := maxReportRecipients - len(w.status); n > 0 {
			w.status = append(w.status, parseDeliveryStatus(data, n)...)
		}
		return bodyText{}
	case "message/disposition-notification", "message/feedback-report", "message/global-disposition-notification":
		return bodyText{}
	case "text/rfc822-headers", "message/global-headers":
		rh, _, _ := parseHeader(bytes.TrimLeft(data, "\r\n"))
		w.keepReturnedHeader(rh)
		w.returned = append(w.returned, renderHeader(rh, nil))
		return bodyText{}
	}

	if ct == "message/rfc822" || ct == "message/global" || ct == "message/news" {
		if parent == "multipart/report" || w.bounce {
			if filename != "" && parent != "multipart/report" {
				w.attach(filename, ct, data)
			}
			rh, _, _ := parseHeader(bytes.TrimLeft(data, "\r\n"))
			w.keepReturnedHeader(rh)
			w.returned = append(w.returned, w.renderMessage(data, depth+1))
			return bodyText{}
		}
		if filename != "" {
			w.attach(filename, ct, data)
		}
		text := w.renderMessage(data, depth+1)
		return bodyText{segs: []textSeg{{text: text, forward: true}}}
	}

	if filename != "" {
		w.attach(filename, ct, data)
		if (ct == "text/plain" || ct == "text/html") && disp != "attachment" {
			t := w.text(ct, ctParams, data, h)
			return bodyText{named: []textSeg{{text: t, html: ct == "text/html"}}}
		}
		return bodyText{}
	}
	if disp == "attachment" {
		return bodyText{}
	}
	switch ct {
	case "text/plain", "text/enriched", "text/richtext", "text/x-plain", "text/markdown":
		return bodyText{segs: []textSeg{{text: w.text(ct, ctParams, data, h)}}}
	case "text/html", "application/xhtml+xml", "text/x-html":
		return bodyText{segs: []textSeg{{text: w.text("text/html", ctParams, data, h), html: true}}}
	}
	return bodyText{}
}

// multipart walks a multipart entity.
func (w *mimeWalker) multipart(ct string, params map[string]string, body []byte, depth int) bodyText {
	boundary := params["boundary"]
	parts, warning := splitMultipart(body, boundary)
	if warning != "" {
		w.warn(warning)
	}
	if parts == nil {
		// No boundary found: read the body as plain text.
		t, _ := decodeCharset(body, "")
		return bodyText{segs: []textSeg{{text: normText(t)}}}
	}
	var children []bodyText
	for _, p := range parts {
		ph, pbody, _ := parseHeader(p)
		children = append(children, w.entity(ph, pbody, depth+1, ct))
	}
	if ct == "multipart/alternative" {
		// Prefer the text/plain rendering; else the richest HTML one.
		for _, c := range children {
			if c.hasPlain() {
				return c
			}
		}
		for i := len(children) - 1; i >= 0; i-- {
			if children[i].hasAny() {
				return children[i]
			}
		}
		var out bodyText
		for _, c := range children {
			out.named = append(out.named, c.named...)
		}
		return out
	}
	var out bodyText
	for i, c := range children {
		if ct == "multipart/report" && i > 0 {
			continue // only the human-readable part is text
		}
		out.segs = append(out.segs, c.segs...)
		out.named = append(out.named, c.named...)
	}
	return out
}

// text decodes a text part to plain text: charset, format=flowed, HTML.
func (w *mimeWalker) text(ct string, params map[string]string, data []byte, h mailHeader) string {
	label := params["charset"]
	if ct == "text/html" && label == "" {
		label = sniffHTMLCharset(data)
	}
	s, warning := decodeCharset(data, label)
	if warning != "" {
		w.warn(warning)
	}
	s = normText(s)
	if ct == "text/html" {
		return htmlToText(s)
	}
	if strings.EqualFold(params["format"], "flowed") {
		s = decodeFlowed(s, strings.EqualFold(params["delsp"], "yes"))
	}
	return s
}

// attach records an attachment.
func (w *mimeWalker) attach(name, ct string, data []byte) {
	a := Attachment{Filename: name, ContentType: ct, Size: int64(len(data))}
	if w.keepData {
		a.Data = data
	}
	w.atts = append(w.atts, a)
}

// renderMessage renders an embedded message as text: its main header fields
// and its body text. It is how a forwarded message or a returned message
// appears in the desk's text.
func (w *mimeWalker) renderMessage(data []byte, depth int) string {
	h, body, _ := parseHeader(bytes.TrimLeft(data, "\r\n"))
	if len(h) == 0 {
		t, _ := decodeCharset(data, "")
		return normText(t)
	}
	c := w.message(h, body, depth)
	var sb strings.Builder
	if !w.bounce {
		sb.WriteString("---------- Forwarded message ---------\n")
	}
	sb.WriteString(renderHeader(h, []string{"From", "Date", "Subject", "To", "Cc"}))
	sb.WriteString("\n")
	sb.WriteString(c.fullText())
	return strings.TrimSpace(sb.String())
}

// renderHeader renders header fields with decoded values, one per line. With
// names nil every field is rendered in order; otherwise the named ones.
func renderHeader(h mailHeader, names []string) string {
	var sb strings.Builder
	line := func(f hdrField) {
		v := decodeHeaderText(f.value)
		sb.WriteString(f.name)
		sb.WriteString(": ")
		sb.WriteString(v)
		sb.WriteString("\n")
	}
	if names == nil {
		for _, f := range h {
			line(f)
		}
		return sb.String()
	}
	for _, n := range names {
		for _, f := range h {
			if strings.EqualFold(f.name, n) {
				line(hdrField{name: n, value: f.value})
				break
			}
		}
	}
	return sb.String()
}

// splitMultipart splits a multipart body at its boundary lines (RFC 2046
// §5.1.1), leniently: blanks after a boundary are allowed, a missing close
// delimiter ends the last part at the end of the body, and a missing
// boundary parameter is guessed from the first "--" line. It returns nil
// parts when no boundary line is found.
func splitMultipart(body []byte, boundary string) ([][]byte, string) {
	boundary = strings.TrimSpace(boundary)
	warning := ""
	if boundary == "" {
		boundary = guessBoundary(body)
		if boundary == "" {
			return nil, "multipart without boundary: body read as text"
		}
		warning = "multipart without boundary parameter: boundary guessed"
	}
	delim := []byte("--" + boundary)
	var parts [][]byte
	partStart := -1
	closed := false
	pos := 0
	for pos <= len(body) {
		nl := bytes.IndexByte(body[pos:], '\n')
		lineEnd, next := len(body), len(body)+1
		if nl >= 0 {
			lineEnd, next = pos+nl, pos+nl+1
		}
		line := bytes.TrimRight(body[pos:lineEnd], "\r")
		if bytes.HasPrefix(line, delim) {
			rest := bytes.TrimRight(line[len(delim):], " \t")
			if len(rest) == 0 || bytes.Equal(rest, []byte("--")) {
				if partStart >= 0 {
					end := pos
					// The line break before the delimiter belongs to it.
					if end > partStart && body[end-1] == '\n' {
						end--
						if end > partStart && body[end-1] == '\r' {
							end--
						}
					}
					parts = append(parts, body[partStart:end])
				}
				if len(rest) == 2 {
					closed = true
					break
				}
				partStart = min(next, len(body))
			}
		}
		pos = next
	}
	if partStart < 0 {
		return nil, "multipart boundary " + quoteLabel(boundary) + " not found: body read as text"
	}
	if !closed {
		parts = append(parts, body[partStart:])
		if warning == "" {
			warning = "multipart without closing boundary: message may be truncated"
		}
	}
	return parts, warning
}

// guessBoundary returns the boundary of the first "--xxx" line of body.
func guessBoundary(body []byte) string {
	for _, line := range bytes.SplitN(body, []byte("\n"), 200) {
		line = bytes.TrimRight(line, "\r \t")
		if len(line) > 2 && bytes.HasPrefix(line, []byte("--")) && !bytes.HasPrefix(line, []byte("---")) && len(line) < 200 {
			return string(bytes.TrimSuffix(line[2:], []byte("--")))
		}
	}
	return ""
}

// cleanFilename removes path components and control characters from a
// decoded file name.
func cleanFilename(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}

// normText normalises decoded text: LF line ends, no BOM, no NUL or other
// control characters except tab, no-break spaces as spaces.
func normText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0':
			return ' '
		case r < 0x20 || r == 0x7f || r == '\uFEFF':
			return -1
		}
		return r
	}, s)
}

// tidyText trims trailing blanks from lines, collapses runs of blank lines
// to one, and trims the whole.
func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		if l != "-- " { // the signature separator keeps its blank
			l = strings.TrimRight(l, " \t")
		}
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
