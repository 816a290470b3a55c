package main

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"
)

const phoneText = "我在阳光杂货店买的电饭煲用了三天就坏了，订单号 123456789012，付了 299 元，商家不肯退换。"

// caseNew runs `redress case new` and returns the reference it prints.
func (s *station) caseNew(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), append([]string{"case", "new", "-config", s.config}, args...)...)
	if err != nil {
		t.Fatalf("case new %v: %v\n%s", args, err, errOut)
	}
	return strings.TrimSpace(out)
}

// A complaint taken by telephone becomes a case like a mail's: the same
// extraction and missing details, a reference from the same sequence,
// its channel in show, list, export and stats; staff are told, and the
// consumer gets mail only at an address they gave.
func TestCaseNewByPhone(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	mailRef := s.cases(t)[0].Ref

	phoneRef := s.caseNew(t, "--channel", "phone", "--name", "李强", "--phone", "139 0579 1234",
		"--respondent", "阳光杂货店", "--text", phoneText)
	visitRef := s.caseNew(t, "--channel", "visit", "--name", "赵敏", "--phone", "13800138000", "--email", "zhaomin@mail.example",
		"--respondent", "阳光杂货店; https://yangguang.taobao.com", "--text", phoneText)
	if want := mailRef[:len(mailRef)-5]; !strings.HasPrefix(phoneRef, want) || phoneRef[len(want):] != "00002" || !strings.HasSuffix(visitRef, "00003") {
		t.Fatalf("references %s, %s after %s: want the next two of the same sequence", phoneRef, visitRef, mailRef)
	}

	for _, tt := range []struct {
		name, ref, channel, state string
		missing                   []string
		phones                    []string
	}{
		{"mail", mailRef, "mail", "open", []string{}, []string{"+8613812345678"}},
		{"phone without the merchant's contact", phoneRef, "phone", "awaiting_info", []string{"respondent_contact"}, []string{"+8613905791234"}},
		{"visit complete", visitRef, "visit", "open", []string{}, []string{"+8613800138000"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := s.show(t, tt.ref)
			var ch struct {
				Channel string `json:"channel"`
			}
			out, _, _ := invoke(t, t.Context(), "cases", "show", tt.ref, "--json", "-config", s.config)
			json.Unmarshal([]byte(out), &ch)
			if ch.Channel != tt.channel || c.State != tt.state || !slices.Equal(c.Missing, tt.missing) || !slices.Equal(c.Complainant.Phones, tt.phones) {
				t.Errorf("channel %q state %s missing %v phones %v; want %s %s %v %v", ch.Channel, c.State, c.Missing, c.Complainant.Phones,
					tt.channel, tt.state, tt.missing, tt.phones)
			}
			if tt.channel != "mail" && (c.Order.Number != "123456789012" || c.Respondent.Name != "阳光杂货店") {
				t.Errorf("extraction: order %q respondent %q; want the text's order and the given merchant", c.Order.Number, c.Respondent.Name)
			}
		})
	}

	// The daemon sends what the intake queued: a notice per case to staff,
	// an acknowledgement only to the visitor who gave an address.
	s.once(t)
	if n := len(s.sentTo("cases@yweca.org.example")); n != 3 {
		t.Errorf("%d staff notices, want 3 (one per case)", n)
	}
	if n := len(s.sentTo("zhaomin@mail.example")); n != 1 {
		t.Errorf("%d mails to the visitor's address, want 1 acknowledgement", n)
	}
	for _, r := range s.smtp.Messages() {
		for _, to := range r.To {
			if !slices.Contains([]string{"cases@yweca.org.example", "zhaomin@mail.example", "wangfang@mail.example"}, to) {
				t.Errorf("mail sent to %s", to)
			}
		}
	}

	// cases list --json, export and stats carry the channel.
	out, _, err := invoke(t, t.Context(), "cases", "list", "--json", "-config", s.config)
	var list []struct {
		Ref, Channel string
	}
	if err != nil || json.Unmarshal([]byte(out), &list) != nil || len(list) != 3 || list[1].Channel != "phone" || list[2].Channel != "visit" {
		t.Errorf("cases list --json: %v %+v", err, list)
	}
	out, _, err = invoke(t, t.Context(), "export", "-config", s.config)
	recs, cerr := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil || cerr != nil || len(recs) != 4 {
		t.Fatalf("export: %v %v %d rows", err, cerr, len(recs))
	}
	col := slices.Index(recs[0], "channel")
	if col < 0 || recs[1][col] != "mail" || recs[2][col] != "phone" || recs[3][col] != "visit" {
		t.Errorf("export channel column %d: %v", col, recs)
	}
	out, _, err = invoke(t, t.Context(), "stats", "-json", "-config", s.config)
	var st statsJSON
	if err != nil || json.Unmarshal([]byte(out), &st) != nil {
		t.Fatalf("stats: %v\n%s", err, out)
	}
	if st.Channels["mail"] != 1 || st.Channels["phone"] != 1 || st.Channels["visit"] != 1 || st.Opened != 3 {
		t.Errorf("stats channels %v of %d cases, want one each of mail, phone and visit", st.Channels, st.Opened)
	}
}

// case new -json prints the case; a wrong form is refused whole, naming
// every problem, and opens nothing.
func TestCaseNewFormAndJSON(t *testing.T) {
	s := newStation(t)
	out, errOut, err := invoke(t, t.Context(), "case", "new", "-config", s.config, "-json", "--channel", "letter", "--text", phoneText)
	if err != nil {
		t.Fatalf("case new -json: %v\n%s", err, errOut)
	}
	var c struct {
		Ref, Channel, State string
		Missing             []string
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Channel != "letter" || c.State != "awaiting_info" ||
		!slices.Equal(c.Missing, []string{"complainant_name", "complainant_phone", "respondent_contact"}) {
		t.Errorf("case new -json = %+v (%v); want a letter case lacking the complainant's name and phone and the merchant's contact (its name is in the text)\n%s", c, err, out)
	}

	_, errOut, err = invoke(t, t.Context(), "case", "new", "-config", s.config, "--channel", "fax", "--phone", "call me", "--text", "x")
	if code := exitCode(err); code != 2 {
		t.Errorf("a wrong form: exit %d, want 2", code)
	}
	var msg strings.Builder
	report(err, &msg)
	io.WriteString(&msg, errOut)
	for _, want := range []string{"--channel: must be one of phone, visit, letter", `--phone: "call me"`} {
		if !strings.Contains(msg.String(), want) {
			t.Errorf("message lacks %q:\n%s", want, msg.String())
		}
	}
	if n := len(s.cases(t)); n != 1 {
		t.Errorf("%d cases, want only the letter's", n)
	}
}
