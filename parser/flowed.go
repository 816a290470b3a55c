package parser

import "strings"

// decodeFlowed rejoins format=flowed text (RFC 3676 §4): a line ending in a
// space continues on the next line of the same quote depth; space-stuffing
// is removed; "-- " (the signature separator) never flows. With delsp the
// trailing space of a flowed line is deleted (§4.2).
func decodeFlowed(s string, delsp bool) string {
	lines := strings.Split(s, "\n")
	var out []string
	var cur strings.Builder
	curDepth := -1
	open := false
	emit := func() {
		if !open {
			return
		}
		prefix := strings.Repeat(">", curDepth)
		if curDepth > 0 {
			prefix += " "
		}
		out = append(out, prefix+cur.String())
		cur.Reset()
		open = false
	}
	for _, l := range lines {
		depth := 0
		for depth < len(l) && l[depth] == '>' {
			depth++
		}
		body := l[depth:]
		body = strings.TrimPrefix(body, " ") // space-stuffing (§4.4)
		flowed := strings.HasSuffix(body, " ") && body != "-- "
		if open && depth != curDepth {
			emit() // §4.5: quote depth changed, the paragraph ends
		}
		curDepth = depth
		open = true
		if flowed {
			if delsp {
				body = body[:len(body)-1]
			}
			cur.WriteString(body)
			continue
		}
		cur.WriteString(body)
		emit()
	}
	emit()
	return strings.Join(out, "\n")
}
