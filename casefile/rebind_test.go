package casefile

import "testing"

func TestRebind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "none", in: `SELECT 1`, want: `SELECT 1`},
		{name: "in order", in: `UPDATE outbox SET next_attempt = ?, claimed = 1 WHERE id = ? AND state = 'pending'`,
			want: `UPDATE outbox SET next_attempt = $1, claimed = 1 WHERE id = $2 AND state = 'pending'`},
		{name: "ten and more", in: `VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, want: `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`},
		{name: "in a string", in: `SELECT '?' || ?`, want: `SELECT '?' || $1`},
		{name: "doubled quote in a string", in: `SELECT 'it''s ?', ?`, want: `SELECT 'it''s ?', $1`},
		{name: "quoted identifier", in: `SELECT "a?b" FROM t WHERE x = ?`, want: `SELECT "a?b" FROM t WHERE x = $1`},
		{name: "line comment", in: "SELECT ? -- what?\n, ?", want: "SELECT $1 -- what?\n, $2"},
		{name: "block comment", in: `SELECT /* ? */ ?`, want: `SELECT /* ? */ $1`},
		{name: "empty string", in: `WHERE a = '' AND b = ?`, want: `WHERE a = '' AND b = $1`},
		{name: "unterminated string kept", in: `SELECT ?, 'abc`, want: `SELECT $1, 'abc`},
		{name: "unterminated comment kept", in: `SELECT ? /* ?`, want: `SELECT $1 /* ?`},
		{name: "minus is not a comment", in: `SET n = n - ?`, want: `SET n = n - $1`},
		{name: "multibyte text", in: `SELECT '投诉?' , ?`, want: `SELECT '投诉?' , $1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rebind(tt.in); got != tt.want {
				t.Errorf("rebind(%q)\n = %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzRebind(f *testing.F) {
	for _, s := range []string{`SELECT ? WHERE a = '?'`, "-- ?\n?", `/* ? */ "?" ?`, `'it''s'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		// Placeholders only grow ("?" → "$n"), and a rebound query has
		// no ? left outside literals and comments.
		got := rebind(q)
		if len(got) < len(q) {
			t.Fatalf("rebind(%q) = %q is shorter", q, got)
		}
		if rebind(got) != got {
			t.Fatalf("rebind is not idempotent on %q: %q → %q", q, got, rebind(got))
		}
	})
}
