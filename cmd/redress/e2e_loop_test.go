package main

import (
	"io"
	"slices"
	"strings"
	"testing"
)

// TestMissingDetailsAskedForAndFilledIn follows a complaint that lacks
// details through the whole loop: the acknowledgement asks for exactly what
// is missing with a fill-in template, the consumer replies by filling it
// in, and the case becomes complete.
func TestMissingDetailsAskedForAndFilledIn(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{
		from: "Li Na <lina@mail.example>", subject: "买的鞋子开胶了", id: "m1@mail.example",
		body: "你好，我叫李娜。上周在网上买了一双运动鞋，穿了两天就开胶了，花了199元，商家不给退。\n",
	}))
	s.once(t)
	cases := s.cases(t)
	if len(cases) != 1 {
		t.Fatalf("got %d cases, want 1", len(cases))
	}
	c := cases[0]
	want := []string{"complainant_phone", "respondent_name", "respondent_contact"}
	if c.State != "awaiting_info" || !slices.Equal(c.Missing, want) {
		t.Fatalf("case state %q missing %v, want awaiting_info %v", c.State, c.Missing, want)
	}

	acks := s.sentTo("lina@mail.example")
	if len(acks) != 1 {
		t.Fatalf("consumer got %d mails, want 1", len(acks))
	}
	body, err := io.ReadAll(acks[0].Body)
	if err != nil {
		t.Fatal(err)
	}
	text := string(body)
	for _, line := range []string{"电话 / Phone:", "商家 / Merchant:", "店铺链接或商家电话 / Shop link or merchant phone:"} {
		if !strings.Contains(text, line) {
			t.Errorf("ack lacks the fill-in line %q:\n%s", line, text)
		}
	}
	if strings.Contains(text, "姓名 / Name:") {
		t.Errorf("ack asks for the name, which the complaint gave:\n%s", text)
	}
	if !strings.Contains(text, "您的联系电话") {
		t.Errorf("ack to a Chinese complaint is not in Chinese:\n%s", text)
	}

	// The consumer fills in the template in a reply.
	subject, _ := acks[0].Header.Text("Subject")
	ackID := strings.Trim(acks[0].Header.Get("Message-Id"), "<>")
	s.deliver(t, mkMail(mailSpec{
		from: "Li Na <lina@mail.example>", subject: "Re: " + subject, id: "m2@mail.example",
		headers: []string{"In-Reply-To: <" + ackID + ">", "References: <m1@mail.example> <" + ackID + ">"},
		body: "电话 / Phone: 139 0579 1234\n商家 / Merchant: 飞跃鞋业旗舰店\n店铺链接或商家电话 / Shop link or merchant phone: https://feiyue.tmall.com\n\n" +
			"李娜\n\n在 2026-11-23 10:00:00，\"Test Station\" <tousu@yweca.org.example> 写道：\n> 您好：\n> 电话 / Phone:\n",
	}))
	s.once(t)
	shown := s.show(t, c.Ref)
	if shown.State != "open" || len(shown.Missing) != 0 {
		t.Errorf("after the filled-in reply: state %q missing %v, want open []", shown.State, shown.Missing)
	}
	if !slices.Contains(shown.Complainant.Phones, "+8613905791234") {
		t.Errorf("complainant phones = %v", shown.Complainant.Phones)
	}
	if shown.Respondent.Name != "飞跃鞋业旗舰店" || !slices.Contains(shown.Respondent.URLs, "https://feiyue.tmall.com") {
		t.Errorf("respondent = %+v", shown.Respondent)
	}
	if n := len(s.sentTo("lina@mail.example")); n != 1 {
		t.Errorf("consumer got %d mails, want just the first acknowledgement", n)
	}
	// Staff are told the case is complete, in the case's thread.
	notices := s.sentTo("cases@yweca.org.example")
	if len(notices) != 2 {
		t.Fatalf("staff got %d notices, want the new case and its completion", len(notices))
	}
	if subj, _ := notices[1].Header.Text("Subject"); !strings.Contains(subj, "["+c.Ref+"] complete (open)") {
		t.Errorf("completion notice subject %q", subj)
	}
	if irt := notices[1].Header.Get("In-Reply-To"); irt != "<m2@mail.example>" {
		t.Errorf("completion notice In-Reply-To %q, want the consumer's reply", irt)
	}
	// The timeline records both states, with who moved the case.
	if got := transitions(shown); got != "opened:awaiting_info state:awaiting_info→open" {
		t.Errorf("timeline %q", got)
	}
	out, _, err := invoke(t, t.Context(), "cases", "show", c.Ref, "-config", s.config)
	if err != nil || !strings.Contains(out, "consumer: awaiting_info → open (the consumer gave the missing details)") {
		t.Errorf("cases show does not print the transition (%v):\n%s", err, out)
	}
}

// transitions renders the opened and state events of a case.
func transitions(c caseOut) string {
	var parts []string
	for _, e := range c.Events {
		switch e.Kind {
		case "opened":
			parts = append(parts, "opened:"+e.To)
		case "state":
			parts = append(parts, "state:"+e.From+"→"+e.To)
		}
	}
	return strings.Join(parts, " ")
}
