package analysis

import (
	"slices"
	"testing"
)

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

// prefixAmounts must find exactly what amountPrefixRe finds over the
// whole text.
func FuzzPrefixAmounts(f *testing.F) {
	for _, s := range []string{"US$ 25.99 and ¥128", "RMB1,280元 HK $5", "BUSD 5", "共计人民币18,600元", "A$ 3 AU$4 AUD 5", "$$5", "U.S. $7", "980,00 €", "usd 5 USD5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := amountPrefixRe.FindAllStringSubmatchIndex(s, maxAmounts)
		got := prefixAmounts(s)
		if len(want) != len(got) {
			t.Fatalf("%q: prefixAmounts %v, regexp %v", s, got, want)
		}
		for i := range want {
			if !slices.Equal(want[i], got[i]) {
				t.Fatalf("%q: match %d is %v, regexp says %v", s, i, got[i], want[i])
			}
		}
	})
}
