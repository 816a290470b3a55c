package parser

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// isUTF7Label reports labels that mean UTF-7 (RFC 2152). Neither the WHATWG
// nor the x/text tables decode it, but old Outlook/Exchange and spam send it.
func isUTF7Label(l string) bool {
	switch l {
	case "utf-7", "utf7", "x-utf-7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode-2-0-utf-7", "unicode-2-0-utf-7":
		return true
	}
	return false
}

// utf7Base64 maps a byte of the RFC 2152 base64 alphabet (RFC 2045's,
// without "=") to its sextet, and every other byte to 0xff.
var utf7Base64 = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return t
}()

// decodeUTF7 decodes RFC 2152 UTF-7 to UTF-8. It never fails: what is not
// well-formed UTF-7 becomes U+FFFD, and ok reports whether that happened.
//
// RFC 2152: "+" shifts into modified base64 of UTF-16BE code units; the
// shift ends at the first byte outside the base64 alphabet, and a "-" that
// ends it is absorbed; "+-" is "+". Other bytes stand for themselves.
func decodeUTF7(b []byte) (s string, ok bool) {
	var sb strings.Builder
	sb.Grow(len(b))
	ok = true
	bad := func() {
		sb.WriteRune(utf8.RuneError)
		ok = false
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c != '+' {
			if c >= 0x80 {
				// RFC 2152 allows only 7-bit bytes.
				bad()
			} else {
				sb.WriteByte(c)
			}
			i++
			continue
		}
		i++
		if i < len(b) && b[i] == '-' { // "+-" is "+"
			sb.WriteByte('+')
			i++
			continue
		}
		// A shifted run: sextets into bits, bits into UTF-16 code units.
		var bits uint32
		var nbits uint
		var high rune // a pending high surrogate, or 0
		units := 0
		for ; i < len(b); i++ {
			v := utf7Base64[b[i]]
			if v == 0xff {
				break
			}
			bits = bits<<6 | uint32(v)
			nbits += 6
			if nbits < 16 {
				continue
			}
			nbits -= 16
			u := rune(bits>>nbits) & 0xffff
			bits &= 1<<nbits - 1
			units++
			switch {
			case high != 0 && utf16.IsSurrogate(u) && u >= 0xdc00:
				sb.WriteRune(utf16.DecodeRune(high, u))
				high = 0
			case high != 0:
				bad() // a high surrogate without its low half
				high = 0
				fallthrough
			default:
				switch {
				case u >= 0xd800 && u < 0xdc00:
					high = u
				case u >= 0xdc00 && u < 0xe000:
					bad() // a lone low surrogate
				default:
					sb.WriteRune(u)
				}
			}
		}
		if high != 0 {
			bad()
		}
		// Left-over bits: fewer than six, all zero (RFC 2152 rule 2). Six or
		// more are a cut-off code unit; a "+" with nothing after it is
		// malformed too.
		if nbits >= 6 || units == 0 && nbits == 0 || bits != 0 {
			bad()
		}
		if i < len(b) && b[i] == '-' {
			i++ // the "-" that ends the shift is absorbed
		}
	}
	return sb.String(), ok
}
