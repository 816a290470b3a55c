package analysis

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// literals must match exactly as the regexp alternation of its words:
// leftmost, then the word listed first, without overlaps.
func FuzzLiterals(f *testing.F) {
	words := []string{"有限公司", "公司", "百货店", "百货", "店", "ab", "abc", "b", "bc"}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	re := regexp.MustCompile(strings.Join(quoted, "|"))
	l := newLiterals(words...)
	for _, s := range []string{"义乌百货店", "某某有限公司和百货", "abcbc", "aabcb", "", "店店", "百货百货店"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, m := range re.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := l.findAll(s); !slices.Equal(got, want) {
			t.Errorf("findAll(%q) = %v, regexp says %v", s, got, want)
		}
	})
}

func TestScanGates(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Номер заказа: XY-1", true},
		{"commande n° JY-3", true},
		{"Bestellnummer: 4", true},
		{"订单号：123456", false},
		{"Order No. 123456", false},
	} {
		if got := scanGates(tt.text).has(gateOrderAbroad); got != tt.want {
			t.Errorf("scanGates(%q) opens the order gate: %v, want %v", tt.text, got, tt.want)
		}
	}
}
