package analysis

import "strings"

// Phone reads one phone number as a person writes it ("139 0579 1234",
// "+86 579-8555-1234", "0579 85551234", "+44 (0)20 7946 0958") as E.164,
// by the same rules the analysis reads phones in mail: with libphonenumber,
// a number without a country code read as a Chinese one, unless the text
// names its country ("0917 555 0134 (Philippines)", "India: 98765 43210"),
// as staff write a foreign buyer's number in a command. ok is false for
// anything that is not one phone number.
func Phone(s string) (e164 string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	found := (&phoneText{text: s, field: true}).find(nil)
	if len(found) != 1 {
		return "", false
	}
	return found[0].e164, true
}
