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

func TestMachineSender(t *testing.T) {
	tests := []struct {
		name string
		addr string
		want bool
	}{
		{name: "mailer daemon", addr: "MAILER-DAEMON@mx.example", want: true},
		{name: "postmaster", addr: "postmaster@qq.com", want: true},
		{name: "mail-daemon", addr: "mail-daemon@163.com", want: true},
		{name: "no-reply", addr: "no-reply@platform.example", want: true},
		{name: "noreply with a tag", addr: "NoReply+orders@shop.example", want: true},
		{name: "notifications", addr: "notifications@github.example", want: true},
		{name: "bare local part", addr: "donotreply", want: true},
		{name: "person", addr: "wangfang@qq.com", want: false},
		{name: "machine word inside a name", addr: "bounce.house@shop.example", want: false},
		{name: "machine domain is not enough", addr: "li@noreply.example", want: false},
		{name: "empty", addr: "", want: false},
		{name: "only a tag", addr: "+x@a.example", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := MachineSender(tt.addr)
			if got != tt.want {
				t.Fatalf("MachineSender(%q) = %v, %q; want %v", tt.addr, got, why, tt.want)
			}
			if got != (why != "") {
				t.Errorf("MachineSender(%q) = %v with reason %q: a verdict needs a reason and only then", tt.addr, got, why)
			}
			if got && strings.Contains(why, "@") {
				t.Errorf("reason %q holds the full address", why)
			}
		})
	}
}

func TestReplyLanguage(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		{"chinese", "zh", "你好，我在淘宝买的杯子是坏的，商家不给退货，请帮忙处理。", "zh"},
		{"english", "en", "Hello, the lamp I bought from Bright Lights arrived broken and the seller does not answer.", "en"},
		{"chinese with product names", "zh", "我买的 iPhone 15 Pro 手机壳质量很差，商家拒绝退款，请帮忙。", "zh"},
		{"too short to tell", "en", "Help!", ""},
		{"half and half", "zh", "你好我的订单有问题请帮忙 Hello my order has a problem please help me with it", ""},
		{"no verdict", "", "Hello, the lamp I bought from Bright Lights arrived broken.", ""},
		{"unknown verdict", "fr", "Bonjour, la lampe que j'ai achetée est arrivée cassée et le vendeur ne répond pas.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ReplyLanguage(tt.lang, tt.text); got != tt.want {
				t.Errorf("ReplyLanguage = %q, want %q", got, tt.want)
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
