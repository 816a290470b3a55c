package workflow

import (
	"slices"
	"strings"
	"testing"
)

const intakeText = "我在义乌小商品店买的杯子是坏的，订单号 A123，付了128元，商家不给退货。"

func TestIntakeFormCheck(t *testing.T) {
	for _, tt := range []struct {
		name string
		form IntakeForm
		want []string // substrings of the error, all of them; nil: valid
	}{
		{name: "complete", form: IntakeForm{Channel: ChannelPhone, Name: "王芳", Phone: "139 0579 1234", Respondent: "义乌小商品店; https://shop.example.com", Text: intakeText}},
		{name: "details left out", form: IntakeForm{Channel: ChannelVisit, Text: intakeText}},
		{name: "respondent with an address", form: IntakeForm{Channel: ChannelLetter, Respondent: "义乌小商品店; 义乌市福田路1号", Text: intakeText}},
		{name: "every problem at once",
			form: IntakeForm{Channel: "fax", Phone: "twelve", Email: "Wang <w@x.example>", Kind: "praise", Respondent: "; https://x.example"},
			want: []string{"--channel: must be one of phone, visit, letter", "--text:", `--phone: "twelve"`, "--email:", "--kind:", "--respondent:"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.form.Check()
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Check = nil, want errors")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Check = %v; missing %q", err, w)
				}
			}
		})
	}
}

func TestIntakeMail(t *testing.T) {
	for _, tt := range []struct {
		name        string
		form        IntakeForm
		kind        string
		missing     []string
		phones      []string
		respondent  string
		contactable bool // an address to acknowledge
	}{
		{name: "given details complete it",
			form: IntakeForm{Channel: ChannelPhone, Name: "王芳", Phone: "139 0579 1234", Respondent: "义乌小商品店; 0579-8555 1234", Text: intakeText},
			kind: "complaint", missing: []string{}, phones: []string{"+8613905791234"}, respondent: "义乌小商品店"},
		{name: "no merchant contact",
			form: IntakeForm{Channel: ChannelPhone, Name: "王芳", Phone: "13905791234", Respondent: "义乌小商品店", Text: intakeText},
			kind: "complaint", missing: []string{"respondent_contact"}, phones: []string{"+8613905791234"}, respondent: "义乌小商品店"},
		{name: "a phone in the text comes after the given one",
			form: IntakeForm{Channel: ChannelVisit, Name: "王芳", Phone: "13905791234", Email: "wangfang@mail.example",
				Respondent: "义乌小商品店; https://shop.example.com", Text: intakeText + "我的另一个电话 13800138000。"},
			kind: "complaint", missing: []string{}, phones: []string{"+8613905791234", "+8613800138000"}, respondent: "义乌小商品店", contactable: true},
		{name: "nothing given: reported missing as for a mail",
			form: IntakeForm{Channel: ChannelLetter, Text: "商家不给退货，怎么办？我买的东西坏了。"},
			kind: "complaint", missing: []string{"complainant_name", "complainant_phone", "respondent_name", "respondent_contact"}, phones: []string{}},
		{name: "an inquiry has nothing missing",
			form: IntakeForm{Channel: ChannelPhone, Kind: "inquiry", Text: "请问网购七天无理由退货怎么算？"},
			kind: "inquiry", missing: []string{}, phones: []string{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := IntakeMail(tt.form, station.Station)
			if err != nil {
				t.Fatal(err)
			}
			if string(m.Kind) != tt.kind || !slices.Equal(m.Missing, tt.missing) || !slices.Equal(m.Complainant.Phones, tt.phones) || m.Respondent.Name != tt.respondent {
				t.Errorf("kind %s, missing %v, phones %v, respondent %q; want %s, %v, %v, %q",
					m.Kind, m.Missing, m.Complainant.Phones, m.Respondent.Name, tt.kind, tt.missing, tt.phones, tt.respondent)
			}
			if m.Staff || !strings.HasPrefix(m.Subject, channelLabel[tt.form.Channel]) {
				t.Errorf("staff %v, subject %q", m.Staff, m.Subject)
			}

			d := OpenIntake(station, Intake{Channel: tt.form.Channel, Mail: m, Actor: "Clerk", Now: now})
			if !d.NewCase || d.Case == nil {
				t.Fatalf("no new case: %+v", d)
			}
			wantState := StateOpen
			if len(tt.missing) > 0 {
				wantState = StateAwaitingInfo
			}
			if d.Case.State != wantState || !slices.Equal(d.Case.Missing, tt.missing) && len(tt.missing)+len(d.Case.Missing) > 0 {
				t.Errorf("case state %s missing %v; want %s %v", d.Case.State, d.Case.Missing, wantState, tt.missing)
			}
			wantSend := []string{PurposeStaffNotice}
			if tt.contactable {
				wantSend = []string{PurposeAck, PurposeStaffNotice}
			}
			if got := purposes(d); !slices.Equal(got, wantSend) {
				t.Errorf("sends %v, want %v (no-ack reason %q)", got, wantSend, d.NoAck)
			}
			if _, ok := timerOf(d, TimerRemind); ok && !tt.contactable {
				t.Error("a reminder is set for a consumer no mail can reach")
			}
			if d.Events[0].Kind != EventOpened || d.Events[0].Actor != "clerk" || !strings.Contains(d.Events[0].Detail, "taken in by "+tt.form.Channel) {
				t.Errorf("opened event %+v", d.Events[0])
			}
			if !slices.ContainsFunc(d.Events, func(e Event) bool { return e.Kind == EventNote && strings.Contains(e.Detail, m.Text) }) {
				t.Errorf("the text is not on the timeline: %+v", d.Events)
			}
		})
	}
}
