package analysis

import (
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// FuzzPhones checks that every phone found is E.164 of a length its
// country uses, lies inside the text and reads as itself again; and that
// the readings of one number (normalisePhone, Phone) never panic and give
// E.164 or nothing.
func FuzzPhones(f *testing.F) {
	for _, s := range []string{"136-5871-0429", "(0579)85123456", "+1 (415) 555-0132", "0086 13812345678", "订单号：13812345678", "０５７９－８５１２３４５６", "+44 (0)20 7946 0958", "((((", "+86 +86 0",
		"my number 98765 43210, I live in Mumbai", "香港 联络电话：9126 3548", "Lagos. Phone: 0803 555 0917", "+39 06 1234 5678", "2026-03-15", "身份证 33078219900101123X", "00000000000000000", "+0", "+999 1234567", "Mobile: 07700 900881"} {
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
			checkE164(t, p.e164)
			if again, ok := normalisePhone(p.e164, true); !ok || again != p.e164 {
				t.Fatalf("normalisePhone(%q) = %q, %v", p.e164, again, ok)
			}
		}
		for _, sep := range []bool{false, true} {
			if e, ok := normalisePhone(text, sep); ok {
				checkE164(t, e)
			} else if e != "" {
				t.Fatalf("normalisePhone(%q) = %q without ok", text, e)
			}
		}
		if e, ok := Phone(text); ok {
			checkE164(t, e)
		} else if e != "" {
			t.Fatalf("Phone(%q) = %q without ok", text, e)
		}
	})
}

// checkE164 fails t unless e is E.164 and libphonenumber finds it a
// number of a length its country uses.
func checkE164(t *testing.T, e string) {
	t.Helper()
	if !e164Re.MatchString(e) {
		t.Fatalf("%q is not E.164", e)
	}
	num, err := phonenumbers.Parse(e, "")
	if err != nil || !phonenumbers.IsPossibleNumber(num) {
		t.Fatalf("%q is no possible number: %v", e, err)
	}
}
