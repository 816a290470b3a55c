package workflow

import (
	"slices"
	"strings"
	"testing"
)

func TestWebIntake(t *testing.T) {
	for _, tt := range []struct {
		name       string
		form       IntakeForm
		missing    []string
		respondent string
		urls       []string
		language   string // of the acknowledgement; "": no acknowledgement
	}{
		{name: "every field given, in English",
			form: IntakeForm{Channel: ChannelWeb, Language: "en", Name: "Tom Baker", Phone: "+44 7700 900412", Email: "tom@mail.example",
				MerchantName: "Lele Kids", MerchantURL: "lele.example.com/shop", OrderNumber: "PDD-77",
				Text: "The jacket I bought is torn and the shop ignores me."},
			missing: []string{}, respondent: "Lele Kids", urls: []string{"https://lele.example.com/shop"}, language: "en"},
		{name: "merchant named only in the story",
			form: IntakeForm{Channel: ChannelWeb, Language: "zh", Name: "赵丽", Phone: "13705791234", Email: "zhaoli@qq.example",
				Text: "买的衣服有质量问题，商家不给退款。\n商家：乐乐童装\n店铺链接：https://lele.yangkeduo.com"},
			missing: []string{}, respondent: "乐乐童装", urls: []string{"https://lele.yangkeduo.com"}, language: "zh"},
		{name: "nothing given but the story and the address",
			form:    IntakeForm{Channel: ChannelWeb, Language: "zh", Email: "anon@qq.example", Text: "买的东西坏了，商家不理我。"},
			missing: []string{"complainant_name", "complainant_phone", "respondent_name", "respondent_contact"}, urls: []string{}, language: "zh"},
		{name: "no e-mail address: no acknowledgement, no reminder",
			form:    IntakeForm{Channel: ChannelWeb, Language: "en", Name: "Tom", Text: "The shop sold me a broken kettle."},
			missing: []string{"complainant_phone", "respondent_name", "respondent_contact"}, urls: []string{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := IntakeMail(tt.form, station.Station)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(m.Missing, tt.missing) || (tt.respondent != "" && m.Respondent.Name != tt.respondent) || !slices.Equal(m.Respondent.URLs, tt.urls) {
				t.Errorf("missing %v respondent %q urls %v; want %v %q %v", m.Missing, m.Respondent.Name, m.Respondent.URLs, tt.missing, tt.respondent, tt.urls)
			}
			if !strings.HasPrefix(m.Subject, "网上投诉 / Web form: ") {
				t.Errorf("subject %q", m.Subject)
			}
			d := OpenIntake(station, Intake{Channel: ChannelWeb, Mail: m, Actor: "ignored", Now: now})
			wantState := StateOpen
			if len(tt.missing) > 0 {
				wantState = StateAwaitingInfo
			}
			if d.Case == nil || d.Case.State != wantState {
				t.Fatalf("case %+v, want state %s", d.Case, wantState)
			}
			if e := d.Events[0]; e.Actor != ActorConsumer || e.Detail != d.Case.Kind+", taken in by web" {
				t.Errorf("opened event %+v: the consumer opens it", e)
			}
			if slices.ContainsFunc(d.Events, func(e Event) bool { return e.Kind == EventNote && strings.Contains(e.Detail, m.Text) }) {
				t.Error("the story is repeated on the timeline; the submission itself is kept")
			}
			var ack *Outgoing
			for i := range d.Send {
				if d.Send[i].Purpose == PurposeAck {
					ack = &d.Send[i]
				}
			}
			switch {
			case tt.language == "" && ack != nil:
				t.Errorf("an acknowledgement without an address: %+v", ack)
			case tt.language != "" && (ack == nil || ack.Language != tt.language):
				t.Errorf("acknowledgement %+v, want one in %s", ack, tt.language)
			}
			_, reminder := timerOf(d, TimerRemind)
			if reminder != (len(tt.missing) > 0 && tt.language != "") {
				t.Errorf("reminder set %v with missing %v and ack %q", reminder, tt.missing, tt.language)
			}
		})
	}
}

func TestWebFormChecks(t *testing.T) {
	for _, tt := range []struct {
		name string
		form IntakeForm
		want string // "": valid
	}{
		{name: "valid", form: IntakeForm{Channel: ChannelWeb, MerchantURL: "https://shop.example.com/x", MerchantPhone: "0579-8555 1234", Text: "x"}},
		{name: "not a link", form: IntakeForm{Channel: ChannelWeb, MerchantURL: "ask the shop", Text: "x"}, want: "merchant link"},
		{name: "javascript link", form: IntakeForm{Channel: ChannelWeb, MerchantURL: "javascript:alert(1)", Text: "x"}, want: "merchant link"},
		{name: "not a phone", form: IntakeForm{Channel: ChannelWeb, MerchantPhone: "call me", Text: "x"}, want: "merchant phone"},
		{name: "both ways of naming the merchant", form: IntakeForm{Channel: ChannelWeb, Respondent: "A", MerchantName: "B", Text: "x"}, want: "not both"},
		{name: "unknown language", form: IntakeForm{Channel: ChannelWeb, Language: "fr", Text: "x"}, want: "language"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.form.Check()
			if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestValidLinkAndEmail(t *testing.T) {
	for _, tt := range []struct {
		name, in, link string
		ok             bool
	}{
		{name: "full", in: "https://shop.example.com/a?b=1", link: "https://shop.example.com/a?b=1", ok: true},
		{name: "no scheme", in: "mobile.yangkeduo.com/goods.html", link: "https://mobile.yangkeduo.com/goods.html", ok: true},
		{name: "no dot", in: "localhost", ok: false},
		{name: "ftp", in: "ftp://x.example", ok: false},
		{name: "user info", in: "https://a@b.example", ok: false},
		{name: "words", in: "the shop on taobao", ok: false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			link, ok := ValidLink(tt.in)
			if link != tt.link || ok != tt.ok {
				t.Errorf("ValidLink(%q) = %q, %v; want %q, %v", tt.in, link, ok, tt.link, tt.ok)
			}
		})
	}
	for in, want := range map[string]bool{"a@b.example": true, "Wang <a@b.example>": false, "a@b": false, "a.b.example": false} {
		if ValidEmail(in) != want {
			t.Errorf("ValidEmail(%q) = %v", in, !want)
		}
	}
}
