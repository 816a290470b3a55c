package casefile

import "strconv"

// rebind rewrites a query written with SQLite's ? placeholders for
// PostgreSQL, which numbers them: each ? outside a quoted string ('…'),
// a quoted identifier ("…") and a comment (-- … and /* … */) becomes $1,
// $2, … in order. A quote written twice inside a string or identifier
// stays part of it. (docs/postgres.md, step 4: the store's handles call it
// on every query when the store is PostgreSQL.)
func rebind(q string) string {
	out := make([]byte, 0, len(q)+8)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			// Copy through the closing quote; a doubled quote continues it.
			j := i + 1
			for j < len(q) {
				if q[j] == c {
					if j+1 < len(q) && q[j+1] == c {
						j += 2
						continue
					}
					break
				}
				j++
			}
			end := min(j+1, len(q))
			out = append(out, q[i:end]...)
			i = end - 1
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := i
			for j < len(q) && q[j] != '\n' {
				j++
			}
			out = append(out, q[i:j]...)
			i = j - 1
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			j := i + 2
			for j+1 < len(q) && !(q[j] == '*' && q[j+1] == '/') {
				j++
			}
			end := min(j+2, len(q))
			out = append(out, q[i:end]...)
			i = end - 1
		case c == '?':
			n++
			out = append(out, '$')
			out = strconv.AppendInt(out, int64(n), 10)
		default:
			out = append(out, c)
		}
	}
	return string(out)
}
