package analysis

import "testing"

// FuzzPhones checks that every phone found is E.164, lies inside the text,
// and normalises to itself.
func FuzzPhones(f *testing.F) {
	for _, s := range []string{"136-5871-0429", "(0579)85123456", "+1 (415) 555-0132", "0086 13812345678", "订单号：13812345678", "０５７９－８５１２３４５６", "+44 (0)20 7946 0958", "((((", "+86 +86 0"} {
		f.Add(s)
	}
	addSampleTexts(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, text string) {
		text = foldDigits(text)
		_, us := findURLs(text, "")
		_, es := findEmails(text)
		last := 0
		for _, p := range findPhones(text, append(us, es...)) {
			if p.start < last || p.end > len(text) || p.start >= p.end {
				t.Fatalf("span %d-%d after %d in %d bytes", p.start, p.end, last, len(text))
			}
			last = p.end
			if !e164Re.MatchString(p.e164) {
				t.Fatalf("%q is not E.164", p.e164)
			}
			if again, ok := normalisePhone(p.e164, true); !ok || again != p.e164 {
				t.Fatalf("normalisePhone(%q) = %q, %v", p.e164, again, ok)
			}
		}
	})
}
