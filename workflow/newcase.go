package workflow

import (
	netmail "net/mail"
	"regexp"
	"strings"

	"github.com/yweca/redress/parser"
)

// A staff member opens a case for a complaint that reached them another way
// by forwarding it to the station with #new on the first line: the
// consumer is named after #new ("#new 王芳 <wangfang@mail.example>") or is
// the From of the forwarded mail; the rest is the complaint.

var (
	newLineRe  = regexp.MustCompile(`^[#＃]new\b[ \t]*(.*)$`)
	fromLineRe = regexp.MustCompile(`(?im)^[ \t>]*(?:from|发件人|寄件人|發件人)[ \t]*[:：][ \t]*(.+)$`)
	bareAddrRe = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
)

// NewCase is a staff member's #new: who the consumer is and what they
// wrote.
type NewCase struct {
	Contact parser.Address
	Text    string // the complaint: the text after the #new line
}

// ParseNew reads a #new at the top of a staff mail's text. ok is false
// when the mail does not start with #new; problem says what is wrong with
// one that does (no consumer address found).
func ParseNew(text string) (n NewCase, ok bool, problem string) {
	first, rest, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	m := newLineRe.FindStringSubmatch(strings.TrimSpace(first))
	if m == nil {
		return NewCase{}, false, ""
	}
	n.Text = strings.TrimSpace(rest)
	if a, ok := address(m[1]); ok {
		n.Contact = a
		return n, true, ""
	}
	if f := fromLineRe.FindStringSubmatch(rest); f != nil {
		if a, ok := address(f[1]); ok {
			n.Contact = a
			return n, true, ""
		}
	}
	return NewCase{}, true, "#new needs the consumer's address: write #new Name <address>, or forward their mail (its From line names them)"
}

// address reads "Name <a@b>" or a bare address out of s.
func address(s string) (parser.Address, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return parser.Address{}, false
	}
	if a, err := netmail.ParseAddress(s); err == nil {
		return parser.Address{Name: a.Name, Address: strings.ToLower(a.Address)}, true
	}
	if addr := bareAddrRe.FindString(s); addr != "" {
		name := strings.TrimSpace(strings.Trim(strings.Replace(s, addr, "", 1), "<>\"' "))
		return parser.Address{Name: name, Address: strings.ToLower(addr)}, true
	}
	return parser.Address{}, false
}
