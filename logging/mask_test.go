package logging

import (
	"strings"
	"testing"
)

func TestMaskEmail(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "plain", in: "lily@163.com", want: "l***@163.com"},
		{name: "one character", in: "l@163.com", want: "l***@163.com"},
		{name: "dotted local part", in: "buyer.one@example.com", want: "b***@example.com"},
		{name: "chinese local part", in: "张三@163.com", want: "张***@163.com"},
		{name: "no local part", in: "@163.com", want: "***@163.com"},
		{name: "not an address", in: "lily", want: "l***"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaskEmail(tt.in); got != tt.want {
				t.Errorf("MaskEmail(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaskPhone(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "mobile", in: "13812345678", want: "138****5678"},
		{name: "spaced mobile", in: "138 1234 5678", want: "138****5678"},
		{name: "hyphenated mobile", in: "138-1234-5678", want: "138****5678"},
		{name: "country code", in: "+86 138 1234 5678", want: "+86 138****5678"},
		{name: "E.164", in: "+8613812345678", want: "+86 138****5678"},
		{name: "landline", in: "0579-85123456", want: "057****3456"},
		{name: "short landline", in: "85123456", want: "85****56"},
		{name: "hotline is no personal number", in: "12315", want: "12315"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaskPhone(tt.in); got != tt.want {
				t.Errorf("MaskPhone(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaskAddress(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "chinese", in: "浙江省义乌市稠州北路123号", want: "浙江省义乌市***"},
		{name: "english", in: "12 Baker Street, London", want: "12 Bak***"},
		{name: "short", in: "义乌", want: "义***"},
		{name: "an e-mail address", in: "lily@163.com", want: "l***@163.com"},
		{name: "blank", in: "  ", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaskAddress(tt.in); got != tt.want {
				t.Errorf("MaskAddress(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaskText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "recipient in a server reply", in: "550 no such user, affected recipient(s): <buyer.one@example.com>",
			want: "550 no such user, affected recipient(s): <b***@example.com>"},
		{name: "message-id in an error", in: "affected message ID: <abc123@yw.example>", want: "affected message ID: <a***@yw.example>"},
		{name: "two addresses", in: "a.b@x.com,cd@y.org", want: "a***@x.com,c***@y.org"},
		{name: "mobile in chinese text", in: "电话13812345678请回电", want: "电话138****5678请回电"},
		{name: "mobile with country code", in: "call +8613812345678 now", want: "call +86 138****5678 now"},
		{name: "two mobiles", in: "13812345678,13912345678", want: "138****5678,139****5678"},
		{name: "landline", in: "tel 0579-85123456.", want: "tel 057****3456."},
		{name: "longer number is not a phone", in: "order 913812345678", want: "order 913812345678"},
		{name: "twelve digits are not a mobile", in: "138123456789", want: "138123456789"},
		{name: "case reference", in: "case YW-2026-00042", want: "case YW-2026-00042"},
		{name: "time stamp", in: "2026-03-14T08:00:00.000+08:00", want: "2026-03-14T08:00:00.000+08:00"},
		{name: "server address", in: "dial tcp 127.0.0.1:25: connect: connection refused", want: "dial tcp 127.0.0.1:25: connect: connection refused"},
		{name: "uidvalidity", in: "uidvalidity 1741939200", want: "uidvalidity 1741939200"},
		{name: "foreign number with its country code", in: "WhatsApp +44 7700 900412 please", want: "WhatsApp 447****0412 please"},
		{name: "North American number", in: "tel +1 (647) 555-0123", want: "tel 164****0123"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaskText(tt.in); got != tt.want {
				t.Errorf("MaskText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzMaskText: the masker never panics, and a phone number or e-mail
// address standing in any text never comes out whole.
func FuzzMaskText(f *testing.F) {
	f.Add("电话 ", "13812345678", " 请回电", "lily", "163.com")
	f.Add("<", "+86 138 1234 5678", ">", "buyer.one", "example.com")
	f.Add("", "0579-85123456", "", "l", "x.cn")
	f.Add("86", "15912345678", ",", "a_b+c", "yw.example")
	f.Fuzz(func(t *testing.T, before, phone, after, local, domain string) {
		for _, s := range []string{before + phone + after, before + local + "@" + domain + after} {
			_ = MaskText(s)
			_ = MaskAddress(s)
			_ = MaskPhone(s)
			_ = MaskEmail(s)
		}
		if p := digitsOf(phone); isMobile(p) && !endsInDigit(before) && !startsWithDigit(after) {
			// The number as written, and its bare digits.
			text := before + p + after
			if got := MaskText(text); strings.Contains(got, p) {
				t.Errorf("MaskText(%q) = %q: the phone number %s is whole", text, got, p)
			}
		}
		if addr := local + "@" + domain; plainLocal(local) && domain != "" {
			text := before + " " + addr + " " + after
			if got := MaskText(text); strings.Contains(got, addr) {
				t.Errorf("MaskText(%q) = %q: the address %s is whole", text, got, addr)
			}
		}
	})
}

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func isMobile(p string) bool { return len(p) == 11 && p[0] == '1' && p[1] >= '3' }

func endsInDigit(s string) bool     { return s != "" && isDigit(s[len(s)-1]) }
func startsWithDigit(s string) bool { return s != "" && isDigit(s[0]) }

// plainLocal: an ASCII local part starting with a letter or digit, as
// consumers' addresses are.
func plainLocal(s string) bool {
	if s == "" || !isAlnum(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && !strings.ContainsRune("._%+=-", rune(c)) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }
