package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeUTF7(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		ok   bool
	}{
		// RFC 2152 §"Examples".
		{name: "rfc 2152 A not identical to Alpha", in: "A+ImIDkQ.", want: "A≢Α.", ok: true},
		{name: "rfc 2152 hi mom", in: "Hi Mom -+Jjo--!", want: "Hi Mom -☺-!", ok: true},
		{name: "rfc 2152 nihongo", in: "+ZeVnLIqe-", want: "日本語", ok: true},
		{name: "rfc 2152 pound", in: "Item 3 is +AKM-1.", want: "Item 3 is £1.", ok: true},
		{name: "plus minus is plus", in: "1 +- 1 = 2", want: "1 + 1 = 2", ok: true},
		{name: "shift ended by a non-base64 byte", in: "+AGE.", want: "a.", ok: true},
		{name: "surrogate pair", in: "+2D3eAA-", want: "😀", ok: true},
		{name: "control characters pass", in: "a\r\n\tb", want: "a\r\n\tb", ok: true},
		{name: "empty", in: "", want: "", ok: true},
		{name: "german outlook body", in: "besch+AOQ-digt, m+APY-chte zur+APw-ck (49,90 +IKw).", want: "beschädigt, möchte zurück (49,90 €).", ok: true},
		{name: "chinese", in: "+YpWLyQ +kABrPg-", want: "投诉 退款", ok: true},
		// Malformed input degrades to U+FFFD.
		{name: "plus at end", in: "a+", want: "a\uFFFD"},
		{name: "plus before blank", in: "+ x", want: "\uFFFD x"},
		{name: "cut-off code unit", in: "+AG-x", want: "\uFFFDx"},
		{name: "non-zero padding bits", in: "+AGF-", want: "a\uFFFD"},
		{name: "lone high surrogate", in: "+2D0-", want: "\uFFFD"},
		{name: "high surrogate then a letter", in: "+2D0AYQ-", want: "\uFFFDa"},
		{name: "lone low surrogate", in: "+3gA-", want: "\uFFFD"},
		{name: "8-bit byte", in: "caf\xe9", want: "caf\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeUTF7([]byte(tt.in))
			if got != tt.want || ok != tt.ok {
				t.Errorf("decodeUTF7(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestDecodeUTF7Mail decodes UTF-7 bodies and encoded words as old
// Outlook/Exchange sends them.
func TestDecodeUTF7Mail(t *testing.T) {
	raw := "From: =?utf-7?Q?J+APw-rgen_M+APw-ller?= <j.mueller@example.de>\r\n" +
		"To: desk@example.org\r\n" +
		"Subject: =?UTF-7?B?K2tBQnJQblV6aS9mL0dvdWlVMVUgQS0x?=\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=\"utf-7\"\r\n" +
		"Content-Transfer-Encoding: 7bit\r\n\r\n" +
		"Sehr geehrte Damen und Herren,\r\n\r\n" +
		"die Lieferung kam besch+AOQ-digt an. Ich m+APY-chte mein Geld zur+APw-ck (49,90 +IKw).\r\n"
	m, err := Decode([]byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Name != "Jürgen Müller" {
		t.Errorf("from name = %q", m.From.Name)
	}
	if m.Subject != "退款申请：订单 A-1" {
		t.Errorf("subject = %q", m.Subject)
	}
	if want := "Ich möchte mein Geld zurück (49,90 €)."; !strings.Contains(m.FullText, want) {
		t.Errorf("text %q lacks %q", m.FullText, want)
	}
	if len(m.Warnings) > 0 {
		t.Errorf("warnings %q", m.Warnings)
	}

	mislabelled := "From: a@example.org\r\nSubject: =?utf-7?B?5oqV6K+J?=\r\nContent-Type: text/plain; charset=utf-7\r\n\r\nGrüße, 1+1\r\n"
	m, err = Decode([]byte(mislabelled), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "投诉" || !strings.Contains(m.FullText, "Grüße, 1+1") {
		t.Errorf("UTF-8 labelled utf-7: subject %q, text %q", m.Subject, m.FullText)
	}

	bad := "From: a@example.org\r\nSubject: =?utf-7?Q?x+-y_+AG?=\r\nContent-Type: text/plain; charset=utf-7\r\n\r\nok +2D0-\r\n"
	m, err = Decode([]byte(bad), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "x+y \uFFFD" {
		t.Errorf("subject = %q", m.Subject)
	}
	if !strings.Contains(m.FullText, "ok \uFFFD") {
		t.Errorf("text = %q", m.FullText)
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "malformed UTF-7") {
		t.Errorf("no warning about malformed UTF-7 in %q", m.Warnings)
	}
}

// FuzzUTF7: no panic, always valid UTF-8, and malformed input always
// leaves a U+FFFD where it was.
func FuzzUTF7(f *testing.F) {
	for _, s := range []string{"A+ImIDkQ.", "Hi Mom -+Jjo--!", "+ZeVnLIqe-", "+2D3eAA-", "+-", "+", "+2D0-", "+AG", "caf\xe9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, ok := decodeUTF7(b)
		if !utf8.ValidString(s) {
			t.Fatalf("decodeUTF7(%q) = %q: not valid UTF-8", b, s)
		}
		if !ok && !strings.ContainsRune(s, utf8.RuneError) {
			t.Fatalf("decodeUTF7(%q) = %q: malformed but no U+FFFD", b, s)
		}
	})
}
