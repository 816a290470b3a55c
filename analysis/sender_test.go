package analysis

import (
	"strings"
	"testing"
)

func TestIsStation(t *testing.T) {
	tests := []struct {
		name string
		from string
		opts Options
		want bool
	}{
		{name: "station domain", from: "Lou <LouXiaoyan@YWECA.org.example>", opts: corpusOptions, want: true},
		{name: "subdomain is not the station", from: "MAILER-DAEMON@mx1.yweca.org.example", opts: corpusOptions, want: false},
		{name: "consumer", from: "x@qq.com", opts: corpusOptions, want: false},
		{name: "staff address list", from: "helper@gmail.com", opts: Options{StaffAddresses: []string{" Helper@Gmail.com "}}, want: true},
		{name: "staff address in another case", from: "zhangsan@example.com", opts: Options{StaffAddresses: []string{"ZHANGSAN@example.com"}}, want: true},
		{name: "no options", from: "x@yweca.org.example", opts: Options{}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Through Parse: Mail.Staff is IsStation on the decoded From.
			m, err := parse([]byte("From: "+tt.from+"\r\nSubject: s\r\n\r\nbody\r\n"), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if m.Staff != tt.want {
				t.Errorf("staff = %v, want %v", m.Staff, tt.want)
			}
			if got := IsStation(m.From.Address, tt.opts); got != tt.want {
				t.Errorf("IsStation(%q) = %v, want %v", m.From.Address, got, tt.want)
			}
		})
	}
}

// TestReplySignatureCounts: a reply's signature leaves the new text, but
// the writer's details in it still count.
func TestReplySignatureCounts(t *testing.T) {
	m, err := parse([]byte("From: John Smith <js@mail.example>\r\nTo: tousu@yweca.org.example\r\nSubject: Re: [YW-2026-00001] lamp\r\n\r\n"+
		"Here is my number.\r\n-- \r\nJohn Smith\r\nTel: +44 20 7946 0018\r\n\r\nOn Mon, Mar 16, 2026 at 3:45 PM Station <tousu@yweca.org.example> wrote:\r\n> Please send your phone.\r\n"),
		corpusOptions)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.Text, "+44") {
		t.Errorf("Text %q holds the reply's signature", m.Text)
	}
	if len(m.Complainant.Phones) != 1 || m.Complainant.Phones[0] != "+442079460018" {
		t.Errorf("complainant phones = %v, want the one in the reply's signature", m.Complainant.Phones)
	}
}
