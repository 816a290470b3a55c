package parser

import (
	"sort"
	"strconv"
	"strings"
)

// parseMediaHeader parses a Content-Type or Content-Disposition value
// leniently: the lower-cased value before the first ";" and the parameters
// with lower-cased names. RFC 2231 parameters (name*=charset'lang'%xx and
// name*0*=… continuations, any charset) are joined and decoded; RFC 2047
// words and raw 8-bit text in plain values are decoded as well.
func parseMediaHeader(v string) (string, map[string]string) {
	v = strings.TrimSpace(v)
	semi := strings.IndexByte(v, ';')
	mt := v
	rest := ""
	if semi >= 0 {
		mt, rest = v[:semi], v[semi+1:]
	}
	mt, _ = stripComments(mt)
	mt = strings.ToLower(strings.Join(strings.Fields(mt), ""))
	mt = strings.Map(func(r rune) rune {
		// RFC 2045 token characters and the "/"; anything else is damage.
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("/!#$&^_.+-", r) {
			return r
		}
		return -1
	}, mt)

	type section struct {
		n        int
		extended bool
		value    string
	}
	plain := map[string]string{}
	sections := map[string][]section{}
	var order []string
	seen := map[string]bool{}

	s := rest
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t\r\n;")
		if s == "" {
			break
		}
		eq := strings.IndexAny(s, "=;")
		if eq < 0 {
			break
		}
		if s[eq] == ';' { // a parameter without value
			s = s[eq+1:]
			continue
		}
		name := strings.ToLower(strings.TrimSpace(s[:eq]))
		s = strings.TrimLeft(s[eq+1:], " \t\r\n")
		var val string
		if strings.HasPrefix(s, "\"") {
			var sb strings.Builder
			i := 1
			for ; i < len(s); i++ {
				c := s[i]
				if c == '\\' && i+1 < len(s) {
					i++
					sb.WriteByte(s[i])
					continue
				}
				if c == '"' {
					break
				}
				sb.WriteByte(c)
			}
			val = sb.String()
			if i < len(s) {
				s = s[i+1:]
			} else {
				s = ""
			}
			// Anything up to the next ";" after the closing quote is junk.
			if j := strings.IndexByte(s, ';'); j >= 0 {
				s = s[j:]
			} else {
				s = ""
			}
		} else {
			j := strings.IndexByte(s, ';')
			if j < 0 {
				val, s = s, ""
			} else {
				val, s = s[:j], s[j:]
			}
			val = strings.TrimSpace(val)
		}
		if name == "" {
			continue
		}
		base, num, ext, isSection := splitParamName(name)
		if !seen[base] {
			seen[base] = true
			order = append(order, base)
		}
		if isSection {
			sections[base] = append(sections[base], section{n: num, extended: ext, value: val})
		} else if _, dup := plain[base]; !dup {
			plain[base] = val
		}
	}

	params := make(map[string]string, len(order))
	for _, base := range order {
		if secs, ok := sections[base]; ok {
			sort.SliceStable(secs, func(i, j int) bool { return secs[i].n < secs[j].n })
			var raw []byte
			cs := ""
			for i, sec := range secs {
				v := sec.value
				if sec.extended {
					if i == 0 {
						// charset'language'value
						if a := strings.IndexByte(v, '\''); a >= 0 {
							if b := strings.IndexByte(v[a+1:], '\''); b >= 0 {
								cs = v[:a]
								v = v[a+1+b+1:]
							}
						}
					}
					raw = append(raw, percentDecode(v)...)
				} else {
					raw = append(raw, v...)
				}
			}
			if cs == "" {
				params[base] = decodeHeaderText(string(raw))
			} else {
				params[base] = collapseSpace(decodeBytes(raw, cs))
			}
			continue
		}
		params[base] = decodeHeaderText(plain[base])
	}
	return mt, params
}

// splitParamName splits an RFC 2231 parameter name: "filename*1*" gives
// ("filename", 1, true, true); "filename*" gives ("filename", 0, true, true);
// "filename" gives ("filename", 0, false, false).
func splitParamName(name string) (base string, n int, extended, isSection bool) {
	star := strings.IndexByte(name, '*')
	if star < 0 {
		return name, 0, false, false
	}
	base = name[:star]
	rest := name[star+1:]
	if rest == "" {
		return base, 0, true, true
	}
	if strings.HasSuffix(rest, "*") {
		extended = true
		rest = rest[:len(rest)-1]
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 0 || n > 10000 {
		return name, 0, false, false
	}
	return base, n, extended, true
}

// percentDecode decodes RFC 2231 %XX escapes, keeping bad ones literally.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}
