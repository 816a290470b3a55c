package parser

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// normCharset cleans a charset label: lower case, no quotes, blanks or
// RFC 2231 language suffix.
func normCharset(label string) string {
	label = strings.ToLower(strings.TrimSpace(label))
	label = strings.Trim(label, "\"' ")
	if i := strings.IndexByte(label, '*'); i >= 0 {
		label = label[:i]
	}
	return label
}

// isUTF8Label reports labels that mean UTF-8 (or its ASCII subset).
func isUTF8Label(l string) bool {
	switch l {
	case "utf-8", "utf8", "x-utf8", "unicode-1-1-utf-8", "unicode-2-0-utf-8", "x-unicode20utf8", "x-utf_8j":
		return true
	}
	return false
}

// isASCIILabel reports labels that mean US-ASCII.
func isASCIILabel(l string) bool {
	switch l {
	case "us-ascii", "ascii", "us", "ansi_x3.4-1968", "iso646-us", "ansi_x3.4-1986", "csascii", "iso-ir-6", "ibm367", "cp367", "646", "default", "none":
		return true
	}
	return false
}

// gbLabels are labels decoded as GB18030, the superset: clients label
// GB18030 text gb2312 or gbk.
var gbLabels = map[string]bool{
	"gb2312": true, "gbk": true, "gb18030": true, "x-gbk": true, "cp936": true,
	"ms936": true, "windows-936": true, "gb_2312-80": true, "gb_2312": true,
	"euc-cn": true, "x-euc-cn": true, "csgb2312": true, "chinese": true,
	"iso-ir-58": true, "csiso58gb231280": true, "gb2312-80": true, "x-gb2312": true,
	"gb-2312": true, "gb-18030": true, "gb18030-2000": true, "gb18030-2005": true,
}

// lookupCharset returns the encoding for a label, or nil when unknown. UTF-8
// and ASCII labels also give nil with known=true.
func lookupCharset(label string) (enc encoding.Encoding, known bool) {
	l := normCharset(label)
	if l == "" || isUTF8Label(l) || isASCIILabel(l) {
		return nil, true
	}
	if gbLabels[l] {
		return simplifiedchinese.GB18030, true
	}
	switch l {
	case "big5-hkscs", "x-x-big5", "cp950", "ms950", "windows-950", "big-5", "big5":
		l = "big5"
	case "ks_c_5601-1987", "ks_c_5601", "ksc5601", "cp949", "ms949", "windows-949", "uhc", "euc-kr", "euckr":
		l = "euc-kr"
	case "shift-jis", "sjis", "x-sjis", "cp932", "ms932", "windows-31j", "ms_kanji":
		l = "shift_jis"
	case "iso-8859-8-i":
		l = "iso-8859-8"
	}
	// WHATWG names first: they map latin1 to windows-1252, which is what
	// such mail really is.
	if e, err := htmlindex.Get(l); err == nil && e != nil {
		if n, _ := htmlindex.Name(e); n == "replacement" {
			return nil, false
		}
		return e, true
	}
	if e, err := ianaindex.MIME.Encoding(l); err == nil && e != nil {
		return e, true
	}
	if e, err := ianaindex.IANA.Encoding(l); err == nil && e != nil {
		return e, true
	}
	return nil, false
}

// isSingleByteLabel reports charsets where any byte sequence decodes, so that a
// wrong label would silently give mojibake.
func isSingleByteLabel(l string) bool {
	l = normCharset(l)
	return strings.HasPrefix(l, "iso-8859") || strings.HasPrefix(l, "iso8859") ||
		strings.HasPrefix(l, "windows-125") || strings.HasPrefix(l, "cp125") ||
		l == "latin1" || l == "l1" || strings.HasPrefix(l, "koi8")
}

// decodeBytes decodes b from charset label to UTF-8 with the fallbacks the
// desk wants, and no warnings. See decodeCharset.
func decodeBytes(b []byte, label string) string {
	s, _ := decodeCharset(b, label)
	return s
}

// decodeCharset decodes b from the charset named by label to valid UTF-8. An
// empty label, ASCII or an unknown charset fall back to UTF-8 when the bytes
// are valid UTF-8, else GB18030; the second result then says what happened
// (empty when nothing is worth a warning).
func decodeCharset(b []byte, label string) (string, string) {
	l := normCharset(label)
	if isUTF7Label(l) {
		if !isASCII(b) && utf8.Valid(b) {
			// UTF-7 is 7-bit: 8-bit UTF-8 under this label is mislabelled.
			return string(b), "text labelled " + quoteLabel(label) + " is UTF-8: decoded as UTF-8"
		}
		s, ok := decodeUTF7(b)
		if !ok {
			return s, "text in charset " + quoteLabel(label) + " has malformed UTF-7: replaced with U+FFFD"
		}
		return s, ""
	}
	enc, known := lookupCharset(l)
	if !known {
		// A damaged label that starts with a known name
		// ("UTF-8Return-Path: …" after a missing quote).
		for _, p := range []string{"utf-8", "gb18030", "gb2312", "gbk", "big5", "iso-8859-1", "windows-1252", "us-ascii"} {
			if strings.HasPrefix(l, p) && l != p {
				s, _ := decodeCharset(b, p)
				return s, "damaged charset label " + quoteLabel(label) + ": decoded as " + p
			}
		}
		// Last resort: go-message's own table.
		if r, err := charset.Reader(l, bytes.NewReader(b)); err == nil {
			if out, err := io.ReadAll(r); err == nil {
				return strings.ToValidUTF8(string(out), "\uFFFD"), ""
			}
		}
		s, how := guessDecode(b)
		return s, "unknown charset " + quoteLabel(label) + ": decoded as " + how
	}
	if enc == nil { // UTF-8, ASCII or no label
		if utf8.Valid(b) {
			return string(b), ""
		}
		if l == "" || isASCIILabel(l) || mostlyInvalidUTF8(b) {
			s, how := guessDecode(b)
			if l == "" || isASCIILabel(l) {
				return s, ""
			}
			return s, "text labelled " + quoteLabel(label) + " is not valid UTF-8: decoded as " + how
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), "text labelled " + quoteLabel(label) + " has invalid UTF-8 sequences"
	}
	if isSingleByteLabel(l) && !isASCII(b) && utf8.Valid(b) && !hasC1(b) {
		return string(b), "text labelled " + quoteLabel(label) + " is UTF-8: decoded as UTF-8"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		s, how := guessDecode(b)
		return s, "text in charset " + quoteLabel(label) + " could not be decoded: decoded as " + how
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), ""
}

func quoteLabel(l string) string {
	l = strings.ToValidUTF8(l, "?")
	if len(l) > 40 {
		l = l[:40]
	}
	return "\"" + l + "\""
}

// guessDecode decodes unlabelled bytes: UTF-8 if valid, else in the
// charset under which they read most plausibly (detectCharset). The second
// result names the charset used.
func guessDecode(b []byte) (string, string) {
	if utf8.Valid(b) {
		return string(b), "UTF-8"
	}
	c := detectCharset(b)
	out, err := c.enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), "UTF-8 with invalid bytes replaced"
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), c.name
}

// hasC1 reports whether UTF-8 b holds C1 control characters, which real
// text does not: then the bytes are in a legacy charset after all.
func hasC1(b []byte) bool {
	for _, r := range string(b) {
		if r >= 0x80 && r <= 0x9f {
			return true
		}
	}
	return false
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// mostlyInvalidUTF8 reports whether more than a tenth of the non-ASCII bytes
// of b are not part of valid UTF-8 sequences: then b is in another charset
// rather than UTF-8 with a few damaged bytes.
func mostlyInvalidUTF8(b []byte) bool {
	var high, bad int
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		high += n
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return high > 0 && bad*10 > high
}
