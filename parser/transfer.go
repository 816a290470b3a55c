package parser

import (
	"bytes"
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
