package parser

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// decodeTransfer undoes a Content-Transfer-Encoding leniently and returns the
// bytes and a warning ("" when none). Unknown encodings leave the bytes as
// they are.
func decodeTransfer(b []byte, cte string) ([]byte, string) {
	cte = strings.ToLower(strings.TrimSpace(cte))
	if i := strings.IndexAny(cte, "; \t("); i >= 0 {
		cte = cte[:i]
	}
	cte = strings.Trim(cte, "\"'")
	switch cte {
	case "", "7bit", "8bit", "binary", "7-bit", "8-bit", "none":
		return b, ""
	case "base64", "base-64", "b":
		return decodeBase64Body(b)
	case "quoted-printable", "qp", "quoted_printable", "q":
		return decodeQP(b), ""
	case "x-uuencode", "uuencode", "x-uue":
		if out, ok := decodeUU(b); ok {
			return out, ""
		}
	}
	return b, "unknown transfer encoding " + quoteLabel(cte) + ": content kept as it is"
}

// decodeBase64Body decodes a base64 body ignoring line breaks and stray
// characters. Text after the padding of one block is decoded too, since
// some senders concatenate separately encoded blocks.
func decodeBase64Body(b []byte) ([]byte, string) {
	if out, ok := decodeBase64Strict(b); ok {
		return out, ""
	}
	return decodeBase64Lenient(b)
}

// decodeBase64Lenient decodes base64 quantum by quantum, skipping what is
// not of the alphabet and decoding what can be read of a damaged body.
func decodeBase64Lenient(b []byte) ([]byte, string) {
	var out []byte
	quantum := make([]byte, 0, 4)
	bad := false
	flush := func() {
		if len(quantum) == 1 {
			bad = true
			quantum = quantum[:0]
			return
		}
		if len(quantum) > 0 {
			out = append(out, lenientBase64(string(quantum))...)
			quantum = quantum[:0]
		}
	}
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/':
			quantum = append(quantum, c)
			if len(quantum) == 4 {
				flush()
			}
		case c == '=':
			flush()
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		default:
			bad = true
		}
	}
	flush()
	if bad {
		return out, "damaged base64 content: decoded what could be read"
	}
	return out, ""
}

// decodeBase64Strict decodes well-formed base64 (what nearly every client
// sends) in one call of the standard decoder once the line breaks are
// gone: about ten times faster than the lenient quantum-by-quantum path,
// which still reads everything else. ok is false for anything the standard
// decoder refuses.
func decodeBase64Strict(b []byte) ([]byte, bool) {
	compact := make([]byte, 0, len(b))
	for len(b) > 0 {
		i := bytes.IndexAny(b, " \t\r\n")
		if i < 0 {
			compact = append(compact, b...)
			break
		}
		compact = append(compact, b[:i]...)
		b = b[i+1:]
	}
	if len(compact)%4 != 0 {
		return nil, false
	}
	out := make([]byte, base64.StdEncoding.DecodedLen(len(compact)))
	n, err := base64.StdEncoding.Decode(out, compact)
	if err != nil {
		return nil, false
	}
	return out[:n], true
}

// decodeQP decodes quoted-printable (RFC 2045 §6.7) leniently: invalid
// escapes are kept literally, trailing blanks are removed, and each line
// keeps its own line ending.
func decodeQP(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		var line []byte
		nl := bytes.IndexByte(b, '\n')
		eol := ""
		if nl >= 0 {
			line = b[:nl]
			b = b[nl+1:]
			eol = "\n"
			if bytes.HasSuffix(line, []byte("\r")) {
				line = line[:len(line)-1]
				eol = "\r\n"
			}
		} else {
			line = b
			b = nil
		}
		line = bytes.TrimRight(line, " \t")
		soft := false
		if bytes.HasSuffix(line, []byte("=")) {
			soft = true
			line = line[:len(line)-1]
		}
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c == '=' && i+2 < len(line) && isHex(line[i+1]) && isHex(line[i+2]) {
				out = append(out, unhex(line[i+1])<<4|unhex(line[i+2]))
				i += 2
				continue
			}
			out = append(out, c)
		}
		if !soft {
			out = append(out, eol...)
		}
	}
	return out
}

// decodeUU decodes a uuencoded body ("begin 644 name" … "end").
func decodeUU(b []byte) ([]byte, bool) {
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	var out []byte
	started := false
	for _, l := range lines {
		if !started {
			if strings.HasPrefix(l, "begin ") {
				started = true
			}
			continue
		}
		if l == "end" || l == "`" {
			break
		}
		if l == "" {
			continue
		}
		n := int((l[0] - ' ') & 0x3f)
		data := l[1:]
		var chunk []byte
		for i := 0; i < len(data) && len(chunk) < n; i += 4 {
			var q [4]byte
			for k := 0; k < 4; k++ {
				if i+k < len(data) {
					q[k] = (data[i+k] - ' ') & 0x3f
				}
			}
			chunk = append(chunk, q[0]<<2|q[1]>>4, q[1]<<4|q[2]>>2, q[2]<<6|q[3])
		}
		if len(chunk) > n {
			chunk = chunk[:n]
		}
		out = append(out, chunk...)
	}
	return out, started
}
