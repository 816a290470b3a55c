package analysis

import "testing"

// FuzzAmount checks that sums found are well-formed decimals with a
// currency, in order and without overlaps.
func FuzzAmount(f *testing.F) {
	for _, s := range []string{"¥3,560.00", "人民币叁佰元", "US$25.99", "HK$300", "€2.450,00", "1.2万元", "壹仟贰佰叁拾肆元伍角陆分", "九千九百九十九亿九千九百九十九万", "点点元", "十十十元"} {
		f.Add(s)
	}
	addSampleTexts(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, a := range findAmounts(text) {
			if a.start < last || a.end > len(text) || a.start >= a.end {
				t.Fatalf("span %d-%d after %d", a.start, a.end, last)
			}
			last = a.end
			if !decimalRe.MatchString(a.value) || a.currency == "" {
				t.Fatalf("amount %q %q", a.value, a.currency)
			}
		}
		if v, c, ok := parseAmount(text); ok && (!decimalRe.MatchString(v) || c == "") {
			t.Fatalf("parseAmount = %q %q", v, c)
		}
		chineseInt(text)
	})
}
