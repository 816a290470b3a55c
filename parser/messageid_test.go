package parser

import (
	"strings"
	"testing"
)

func TestHeaderMessageID(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"plain", "Message-ID: <abc@mail.example>\r\n", "abc@mail.example"},
		{"lower-case name", "message-id: <abc@mail.example>\r\n", "abc@mail.example"},
		{"folded", "Message-ID:\r\n <abc@mail.example>\r\n", "abc@mail.example"},
		{"bare", "Message-ID: abc@mail.example\r\n", "abc@mail.example"},
		{"space inside", "Message-ID: < abc@mail.example >\r\n", "abc@mail.example"},
		{"comment", "Message-ID: (old client) abc@mail.example\r\n", "abc@mail.example"},
		{"with the blank line", "Message-ID: <abc@mail.example>\r\n\r\n", "abc@mail.example"},
		{"none", "Subject: hi\r\n", ""},
		{"empty", "Message-ID: \r\n", ""},
		{"nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HeaderMessageID([]byte(tt.header)); got != tt.want {
				t.Errorf("HeaderMessageID = %q, want %q", got, tt.want)
			}
			checkHeaderMessageID(t, tt.header)
		})
	}
}

// checkHeaderMessageID: the id read from the header alone (a re-scan's
// pre-fetch) is the one Decode gives the whole mail, so stored mail is
// recognised.
func checkHeaderMessageID(t *testing.T, header string) {
	t.Helper()
	header = strings.TrimSuffix(header, "\r\n\r\n")
	if header != "" && !strings.HasSuffix(header, "\r\n") {
		header += "\r\n"
	}
	m, err := Decode([]byte("From: a@mail.example\r\n"+header+"\r\nbody\r\n"), Options{})
	if err != nil {
		return
	}
	if got := HeaderMessageID([]byte(header)); got != m.MessageID {
		t.Errorf("header %q: HeaderMessageID %q, Decode %q", header, got, m.MessageID)
	}
}

// FuzzHeaderMessageID: a re-scan reads untrusted header bytes; no panic,
// and the same id as Decode for any single field value.
func FuzzHeaderMessageID(f *testing.F) {
	for _, s := range []string{"<abc@x>", "abc@x", "< a b @x >", "<>", "<<a@b>>", "a@b c@d", "(000@", "(c) <a@b>", "=?utf-8?q?x?= <a@b>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		HeaderMessageID([]byte(v))
		if strings.ContainsAny(v, "\r\n\x00") {
			return
		}
		checkHeaderMessageID(t, "Message-ID: "+v+"\r\n")
	})
}

func TestOldStyleAutoReplyHeaders(t *testing.T) {
	for _, tt := range []struct{ header, want string }{
		{"X-Autoreply: yes\r\n", "auto-replied"},
		{"X-Autorespond: Out of office\r\n", "auto-replied"},
		{"Auto-Submitted: auto-generated\r\nX-Autoreply: yes\r\n", "auto-generated"},
		{"X-Autoreply: no\r\n", ""},
		{"", ""},
	} {
		m, err := Decode([]byte("From: a@mail.example\r\nSubject: hi\r\n"+tt.header+"\r\nbody\r\n"), Options{})
		if err != nil || m.AutoSubmitted != tt.want {
			t.Errorf("%q: AutoSubmitted %q, %v; want %q", tt.header, m.AutoSubmitted, err, tt.want)
		}
	}
}
