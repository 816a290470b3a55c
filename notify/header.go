package notify

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The header rules of outgoing mail live here, and buildMsg applies them
// to every header field it writes: whatever a caller puts in a Mail, the
// consumer's text (a subject, a display name, a Message-ID copied from
// their mail, their address) cannot add a header field, break a line or
// make a line longer than RFC 5322 allows.

const (
	// maxMsgID is the longest msg-id (without angle brackets) that is
	// written; a longer one is not a msg-id any system generates.
	maxMsgID = 250
	// maxAddress is the longest address: RFC 5321 §4.5.3.1.3 limits a path
	// to 256 octets including the angle brackets.
	maxAddress = 254
	// maxDisplayName is the longest display name, in bytes, that is
	// written; a longer one is cut at a character boundary. It keeps a
	// quoted name without spaces, with its address, within one line of
	// 998 octets (RFC 5322 §2.1.1).
	maxDisplayName = 200
	// maxPlainWord is the longest run of non-space characters written as
	// plain text in an unstructured field; a longer one makes the field
	// encoded (RFC 2047), so that lines can be folded within 78 octets.
	maxPlainWord = 76
	// encodedChunk is how many bytes of text one encoded-word carries:
	// "=?UTF-8?B?" + 60 base64 characters + "?=" is 72 characters, within
	// the 75 of RFC 2047 §2.
	encodedChunk = 45
)

// headerText returns s as it may appear in a header field: invalid UTF-8
// becomes U+FFFD; every control character (C0 including TAB, CR, LF and
// NUL; DEL; C1 including U+0085 NEL), U+2028 LINE SEPARATOR, U+2029
// PARAGRAPH SEPARATOR and the ASCII space count as white space; each run
// of such white space becomes one space, and white space at either end is
// removed. Other characters, other Unicode spaces (U+00A0, U+3000) among
// them, are kept. The result has no line break in any encoding a reader
// might assume, and a header reader that unfolds and trims gives it back
// unchanged.
func headerText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, isHeaderSpace), " ")
}

// isHeaderSpace reports whether headerText treats r as white space.
func isHeaderSpace(r rune) bool {
	return r == ' ' || unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

// unstructured returns the field body of an unstructured header field
// (Subject, RFC 5322 §3.6.5) for text, which must be headerText's result.
// Printable ASCII with no word longer than maxPlainWord and no "=?" is
// written as it is; anything else is written as RFC 2047 encoded-words
// (UTF-8, base64) of whole characters, separated by spaces, which a
// decoder joins back into text exactly. "=?" forces encoding so that text
// that looks like an encoded-word is not decoded as one (RFC 2047 §5).
// The result is printable ASCII and spaces, so go-mail writes it as it is
// and folds it at its spaces.
func unstructured(text string) string {
	if plainText(text) {
		return text
	}
	return encodedWords(text)
}

// plainText reports whether s may be written unencoded.
func plainText(s string) bool {
	if strings.Contains(s, "=?") {
		return false
	}
	word := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			word = 0
			continue
		}
		if c < '!' || c > '~' {
			return false
		}
		word++
		if word > maxPlainWord {
			return false
		}
	}
	return true
}

// encodedWords encodes s, valid UTF-8, as base64 encoded-words of at most
// encodedChunk bytes each, cut at character boundaries (RFC 2047 §5: an
// encoded-word holds whole characters).
func encodedWords(s string) string {
	var b strings.Builder
	for s != "" {
		n := min(len(s), encodedChunk)
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("=?UTF-8?B?")
		b.WriteString(base64.StdEncoding.EncodeToString([]byte(s[:n])))
		b.WriteString("?=")
		s = s[n:]
	}
	return b.String()
}

// displayName returns the display name to write for name: headerText's
// result, cut to maxDisplayName bytes at a character boundary. net/mail
// quotes or encodes it when the address is written.
func displayName(name string) string {
	name = headerText(name)
	if len(name) <= maxDisplayName {
		return name
	}
	n := maxDisplayName
	for n > 0 && !utf8.RuneStart(name[n]) {
		n--
	}
	return strings.TrimRight(name[:n], " ")
}

// parseMailbox parses s as exactly one address, "addr@example.com" or
// "Name <addr@example.com>", for From, To and the SMTP envelope. It
// refuses s if it holds a line break or another control character other
// than TAB, or U+2028/U+2029, is not valid UTF-8, is not exactly one
// address (a list, a group, trailing text), or if the address itself
// holds anything but printable ASCII (a space, a control, or non-ASCII:
// internationalised addresses, RFC 6531, are not supported), or is longer
// than 254 octets. The errors say what is wrong without repeating the
// address. The display name is cleaned by displayName.
func parseMailbox(s string) (*mail.Address, error) {
	if !utf8.ValidString(s) {
		return nil, errors.New("it is not valid UTF-8")
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r != '\t' && r != ' ' && isHeaderSpace(r) }) {
		return nil, errors.New("it contains a line break or a control character")
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return nil, fmt.Errorf("it is not exactly one address: %w", err)
	}
	if len(a.Address) > maxAddress {
		return nil, fmt.Errorf("the address is longer than %d octets (RFC 5321 §4.5.3.1.3)", maxAddress)
	}
	for i := 0; i < len(a.Address); i++ {
		if c := a.Address[i]; c < '!' || c > '~' {
			if c >= 0x80 {
				return nil, errors.New("the address is not ASCII (internationalised addresses, RFC 6531, are not supported)")
			}
			return nil, errors.New("the address contains white space")
		}
	}
	return &mail.Address{Name: displayName(a.Name), Address: a.Address}, nil
}

// msgID returns the msg-id s without angle brackets (RFC 5322 §3.6.4),
// for Message-ID, In-Reply-To and References. White space around s and
// one pair of angle brackets are removed. The id is refused when it is
// empty or longer than 250 octets, contains anything but printable ASCII
// (white space, a control, a non-ASCII byte), contains '<' or '>', or
// lacks a non-empty part on both sides of an '@'. It is laxer than the
// RFC's dot-atom syntax, because real mail carries such ids and a reply
// should still thread, yet nothing it accepts can end the header field or
// the msg-id early.
func msgID(s string) (string, error) {
	s = strings.Trim(s, " \t")
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		s = s[1 : len(s)-1]
	}
	if s == "" {
		return "", errors.New("it is empty")
	}
	if len(s) > maxMsgID {
		return "", fmt.Errorf("it is longer than %d octets", maxMsgID)
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < '!' || c > '~':
			return "", errors.New("it contains white space, a control character or a non-ASCII byte")
		case c == '<' || c == '>':
			return "", errors.New("it contains an angle bracket")
		}
	}
	if at := strings.LastIndexByte(s, '@'); at <= 0 || at == len(s)-1 {
		return "", errors.New("it has no '@' between two parts")
	}
	return s, nil
}

// autoSubmitted checks an Auto-Submitted value: a keyword of letters,
// digits and '-' (RFC 3834 §5: "no", "auto-generated", "auto-replied" or
// an extension).
func autoSubmitted(v string) error {
	if v == "" || len(v) > 64 {
		return fmt.Errorf("auto-submitted value %q is not a keyword (RFC 3834 §5)", v)
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return fmt.Errorf("auto-submitted value %q is not a keyword (RFC 3834 §5)", v)
		}
	}
	return nil
}
