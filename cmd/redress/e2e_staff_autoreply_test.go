package main

import (
	"fmt"
	"testing"
)

// An auto-responder at a staff address answers a notice (so its reply
// carries the notice's token): it is recorded, never relayed to the
// consumer, and gets no answer back.
func TestStaffAutoResponderNotRelayed(t *testing.T) {
	cases := []struct {
		name, subject string
		headers       []string
		body          string
	}{
		{"auto-submitted", "Re: x", []string{"Auto-Submitted: auto-replied"}, "I am out of the office until Monday."},
		{"outlook", "Automatic reply: x", []string{"X-Auto-Response-Suppress: All"}, "I am out of the office until Monday."},
		{"qq", "自动回复: x", nil, "您好，我最近正在休假中，无法亲自回复您的邮件。"},
		{"ooo-en", "Out of Office: x", nil, "I am out of the office until Monday."},
		{"precedence", "Re: x", []string{"Precedence: bulk"}, "I am out of the office until Monday."},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newStation(t)
			s.deliver(t, mkMail(complaintZH))
			s.once(t)
			notice := s.sentTo("cases@yweca.org.example")[0]
			n := notice.Header.Get("Message-Id")
			s.deliver(t, mkMail(mailSpec{from: "staff1@yweca.org.example", subject: tc.subject, id: fmt.Sprintf("ooo%d@yweca.org.example", i),
				headers: append([]string{"In-Reply-To: " + n, "References: " + n}, tc.headers...), body: tc.body}))
			s.once(t)
			if got := len(s.sentTo("wangfang@mail.example")); got != 1 {
				t.Errorf("%s: consumer got %d mails, want only the acknowledgement: the auto-reply was relayed", tc.name, got)
			}
			if got := len(s.sentTo("staff1@yweca.org.example")); got != 0 {
				t.Errorf("%s: staff got %d mails back", tc.name, got)
			}
		})
	}
}
