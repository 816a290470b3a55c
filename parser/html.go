package parser

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sniffHTMLCharset returns the charset named by a <meta> element near the
// start of an HTML document, or "".
func sniffHTMLCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	lower := bytes.ToLower(b)
	i := bytes.Index(lower, []byte("charset="))
	if i < 0 {
		return ""
	}
	v := lower[i+len("charset="):]
	v = bytes.TrimLeft(v, "\"' ")
	end := bytes.IndexFunc(v, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' || r == ':')
	})
	if end >= 0 {
		v = v[:end]
	}
	return string(v)
}

// maxQuoteDepth caps the quote and list depth shown, so that hostile
// nesting cannot make every line longer than the input.
const maxQuoteDepth = 10

// htmlRenderer turns a token stream into readable lines.
type htmlRenderer struct {
	out      strings.Builder
	cur      strings.Builder // the line being built, without prefix
	quote    int             // blockquote depth: lines get "> " prefixes
	pre      int
	skip     int // inside script, style, head, title …
	lists    []int
	lastBlk  bool // the last written line was blank
	wrote    bool // something was written
	cellOpen bool
	linkHref []string
}

func (r *htmlRenderer) prefix() string {
	if r.quote == 0 {
		return ""
	}
	return strings.Repeat(">", min(r.quote, maxQuoteDepth)) + " "
}

// newline ends the current line when it holds text.
func (r *htmlRenderer) newline() {
	if strings.TrimSpace(r.cur.String()) == "" {
		r.cur.Reset()
		return
	}
	r.writeLine(r.cur.String())
}

// br ends the current line even when empty.
func (r *htmlRenderer) br() {
	r.writeLine(r.cur.String())
}

func (r *htmlRenderer) writeLine(s string) {
	s = strings.TrimRight(s, " ")
	r.cur.Reset()
	r.cellOpen = false
	if s == "" {
		if !r.wrote || r.lastBlk {
			return // no leading or double blank lines
		}
		r.out.WriteString(strings.TrimRight(r.prefix(), " "))
		r.out.WriteByte('\n')
		r.lastBlk = true
		return
	}
	r.out.WriteString(r.prefix())
	r.out.WriteString(s)
	r.out.WriteByte('\n')
	r.lastBlk = false
	r.wrote = true
}

// paragraph ends the current line and leaves one blank line.
func (r *htmlRenderer) paragraph() {
	r.newline()
	if r.wrote && !r.lastBlk {
		r.writeLine("")
	}
}

func (r *htmlRenderer) text(s string) {
	if r.skip > 0 {
		return
	}
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if r.pre > 0 {
		lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		for i, l := range lines {
			if i > 0 {
				r.br()
			}
			r.cur.WriteString(l)
		}
		return
	}
	// Collapse white space as a browser does.
	var sb strings.Builder
	space := false
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			space = true
			continue
		}
		if space {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(c)
	}
	t := sb.String()
	if space {
		t += " "
	}
	if r.cur.Len() == 0 || strings.HasSuffix(r.cur.String(), " ") || strings.HasSuffix(r.cur.String(), "\t") {
		t = strings.TrimLeft(t, " ")
	}
	r.cur.WriteString(t)
}

// skipped are elements whose content is not text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Head: true, atom.Title: true,
	atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Object: true,
	atom.Iframe: true, atom.Select: true, atom.Math: true, atom.Noframes: true,
}

// blocks are elements that start and end a line.
var blocks = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Form: true,
	atom.Center: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Main: true,
	atom.Fieldset: true, atom.Legend: true, atom.Details: true, atom.Summary: true,
	atom.Caption: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Body: true, atom.Html: true,
}

// paragraphs are elements set off by blank lines.
var paragraphs = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Table: true, atom.Hr: true,
}

// htmlToText renders HTML as readable plain text with the
// golang.org/x/net/html tokenizer: paragraphs and line breaks kept, list
// items as "- " or "1. " lines, table rows as lines with tab-separated
// cells, entities decoded, scripts and styles dropped, blockquotes as "> "
// quoted lines (so that quoted history can be trimmed like plain text) and
// links followed by their address when it differs from the link text.
func htmlToText(s string) string {
	r := &htmlRenderer{}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.newline()
			return tidyText(r.out.String())
		case html.TextToken:
			r.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if len(attrs) < 32 {
					attrs[string(k)] = string(v)
				}
			}
			if tt == html.StartTagToken && skipped[a] {
				r.skip++
				continue
			}
			if r.skip > 0 {
				continue
			}
			r.start(a, attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] {
				if r.skip > 0 {
					r.skip--
				}
				continue
			}
			if r.skip > 0 {
				continue
			}
			r.end(a)
		}
	}
}

func (r *htmlRenderer) start(a atom.Atom, attrs map[string]string, selfClosing bool) {
	switch {
	case a == atom.Br:
		r.br()
	case a == atom.Blockquote:
		r.paragraph()
		r.quote++
	case a == atom.Pre:
		r.paragraph()
		r.pre++
	case a == atom.Ul || a == atom.Ol:
		r.newline()
		r.lists = append(r.lists, map[bool]int{true: 1, false: 0}[a == atom.Ol])
	case a == atom.Li:
		r.newline()
		marker := "- "
		if n := len(r.lists); n > 0 && r.lists[n-1] > 0 {
			marker = strconv.Itoa(r.lists[n-1]) + ". "
			r.lists[n-1]++
		}
		if n := len(r.lists); n > 1 {
			marker = strings.Repeat("  ", min(n-1, maxQuoteDepth)) + marker
		}
		r.cur.WriteString(marker)
	case a == atom.Tr:
		r.newline()
	case a == atom.Td || a == atom.Th:
		if r.cellOpen && strings.TrimSpace(r.cur.String()) != "" {
			r.cur.WriteString("\t")
		}
		r.cellOpen = true
	case a == atom.A:
		if len(r.linkHref) < 64 {
			r.linkHref = append(r.linkHref, attrs["href"]+"\x00"+strconv.Itoa(r.cur.Len()))
		}
	case a == atom.Img:
		if alt := strings.TrimSpace(attrs["alt"]); alt != "" && len(alt) < 80 {
			r.text(" " + alt + " ")
		}
	case paragraphs[a]:
		r.paragraph()
		if a == atom.Hr {
			r.paragraph()
		}
	case blocks[a]:
		r.newline()
	}
}

func (r *htmlRenderer) end(a atom.Atom) {
	switch {
	case a == atom.Blockquote:
		r.paragraph()
		if r.quote > 0 {
			r.quote--
		}
		r.paragraph()
	case a == atom.Pre:
		r.br()
		if r.pre > 0 {
			r.pre--
		}
		r.paragraph()
	case a == atom.Ul || a == atom.Ol:
		r.newline()
		if n := len(r.lists); n > 0 {
			r.lists = r.lists[:n-1]
		}
	case a == atom.Li || a == atom.Tr:
		r.newline()
	case a == atom.Td || a == atom.Th:
		r.cellOpen = true
	case a == atom.A:
		n := len(r.linkHref)
		if n == 0 {
			return
		}
		href, at, _ := strings.Cut(r.linkHref[n-1], "\x00")
		r.linkHref = r.linkHref[:n-1]
		start, _ := strconv.Atoi(at)
		cur := r.cur.String()
		if start > len(cur) {
			start = len(cur)
		}
		label := strings.TrimSpace(cur[start:])
		href = strings.TrimSpace(href)
		lh := strings.ToLower(href)
		if (strings.HasPrefix(lh, "http://") || strings.HasPrefix(lh, "https://")) && label != "" &&
			!strings.Contains(label, strings.TrimRight(strings.TrimPrefix(strings.TrimPrefix(href, "https://"), "http://"), "/")) {
			r.text(" (" + href + ")")
		}
	case paragraphs[a]:
		r.paragraph()
	case blocks[a]:
		r.newline()
	}
}
