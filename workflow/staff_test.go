package workflow

import (
	"slices"
	"strings"
	"testing"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

func TestTokens(t *testing.T) {
	secret, other := []byte("s3cret-s3cret-s3cret-s3cret-0001"), []byte("another-secret-another-secret-01")
	local := NoticeLocalPart(secret, "yw-2026-00042", "abc123")
	id := local + "@yweca.org.example"
	if !strings.HasPrefix(local, "YW-2026-00042.") || !strings.HasSuffix(local, ".abc123") {
		t.Fatalf("notice local part %q", local)
	}
	tests := []struct {
		name    string
		ids     []string
		secrets [][]byte
		want    string
	}{
		{"in In-Reply-To", []string{id}, [][]byte{secret}, "YW-2026-00042"},
		{"among References", []string{"c1@mail.example", id, "x@y"}, [][]byte{secret}, "YW-2026-00042"},
		{"the previous secret after a rotation", []string{id}, [][]byte{other, secret}, "YW-2026-00042"},
		{"another secret", []string{id}, [][]byte{other}, ""},
		{"token of another case", []string{strings.Replace(id, "00042", "00043", 1)}, [][]byte{secret}, ""},
		{"token altered", []string{strings.Replace(id, ".", ".x", 1)}, [][]byte{secret}, ""},
		{"no token", []string{"c1@mail.example", "YW-2026-00042@yweca.org.example"}, [][]byte{secret}, ""},
		{"no secret", []string{id}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TokenRef(tt.ids, tt.secrets...); got != tt.want {
				t.Errorf("TokenRef = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseCommands(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // name:args
		rest    string
		wantErr string // part of the problem
	}{
		{"none", "您好，商家同意退款。", nil, "您好，商家同意退款。", ""},
		{"one, then text", "#close resolved 已退款\n\n您好，已解决。", []string{"close:resolved 已退款"}, "您好，已解决。", ""},
		{"several with blank lines", "\n#recovered 1,280.5 rmb\n\n#assign Li <li@yweca.org.example>\n正文", []string{"recovered:1,280.5 rmb", "assign:Li <li@yweca.org.example>"}, "正文", ""},
		{"full-width hash", "＃note\n内部记录", []string{"note:"}, "内部记录", ""},
		{"a hash later is text", "正文\n#close resolved", nil, "正文\n#close resolved", ""},
		{"respondent with a link", "#respondent 阳光杂货店; https://yg.taobao.com", []string{"respondent:阳光杂货店; https://yg.taobao.com"}, "", ""},
		{"unknown command", "#clsoe resolved\n正文", nil, "", "unknown command #clsoe"},
		{"bad close reason", "#close fixed", nil, "", "#close takes a reason"},
		{"status closed", "#status closed", nil, "", "#status takes one of"},
		{"bad amount", "#recovered lots", nil, "", "is not an amount"},
		{"bad currency", "#recovered 10 dollars", nil, "", "is not a currency"},
		{"bad kind", "#kind rant", nil, "", "#kind takes"},
		{"bad assign", "#assign someone", nil, "", "#assign takes one e-mail address"},
		{"bad respondent contact", "#respondent Shop; call me", nil, "", "neither a link"},
		{"complainant without name", "#complainant ; 13900001111", nil, "", "takes the consumer's name"},
		{"not a command", "#123", nil, "", "not a command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmds, rest, err := ParseCommands(tt.text)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Problem, tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cmds {
				got = append(got, c.Name+":"+c.Args)
			}
			if !slices.Equal(got, tt.want) || rest != tt.rest {
				t.Errorf("commands %q rest %q, want %q %q", got, rest, tt.want, tt.rest)
			}
		})
	}
	cmds, _, _ := ParseCommands("#recovered ¥1,280.5 rmb\n#complainant 王芳; 138 1234 5678\n#respondent 店; 0579-85551234")
	if c := cmds[0]; c.Amount != "1280.50" || c.Currency != "CNY" {
		t.Errorf("recovered %s %s, want 1280.50 CNY", c.Amount, c.Currency)
	}
	if p := cmds[1].Person; p.Name != "王芳" || !slices.Equal(p.Phones, []string{"+8613812345678"}) {
		t.Errorf("complainant %+v", p)
	}
	if r := cmds[2].Party; !slices.Equal(r.Phones, []string{"+8657985551234"}) {
		t.Errorf("respondent %+v", r)
	}
	// A foreign buyer's number with its country named, as staff write it.
	cmds, _, _ = ParseCommands("#complainant Maricel Santos; 0917 555 0134 (Philippines)")
	if p := cmds[0].Person; !slices.Equal(p.Phones, []string{"+639175550134"}) {
		t.Errorf("complainant %+v, want +639175550134", p)
	}
}

func staffMailOf(text string, edit func(m *analysis.Mail)) *analysis.Mail {
	m := &analysis.Mail{
		Message: &parser.Message{MessageID: "s1@yweca.org.example", Subject: "Re: notice",
			From: parser.Address{Name: "Wang", Address: "staff1@yweca.org.example"}, Text: text},
		Kind: analysis.KindReply, Staff: true,
	}
	if edit != nil {
		edit(m)
	}
	return m
}

// What a verified staff reply does, command by command.
func TestStaffReply(t *testing.T) {
	tests := []struct {
		name       string
		state      string
		text       string
		wantState  string
		wantSend   []string
		wantEvents []string
		check      func(t *testing.T, d Decision)
	}{
		{name: "plain answer relayed, in mediation", state: StateOpen, text: "您好，商家同意退款。",
			wantState: StateInMediation, wantSend: []string{PurposeRelay}, wantEvents: []string{EventMailIn, EventRelayed, EventState},
			check: func(t *testing.T, d Decision) {
				if d.Send[0].Text != "您好，商家同意退款。" || d.Send[0].To[0] != "liwei@mail.example" || d.Send[0].InReplyTo != "" {
					t.Errorf("relay %+v: want the text to the consumer, threaded by the caller", d.Send[0])
				}
			}},
		{name: "note relays nothing", state: StateOpen, text: "#note\n内部记录", wantState: StateOpen,
			wantEvents: []string{EventMailIn, EventNote}},
		{name: "status resolved and an answer", state: StateInMediation, text: "#status resolved\n您好，已解决。",
			wantState: StateResolved, wantSend: []string{PurposeRelay}, wantEvents: []string{EventMailIn, EventState, EventRelayed}},
		{name: "close with reason", state: StateResolved, text: "#close resolved 已全额退款", wantState: StateClosed,
			wantEvents: []string{EventMailIn, EventState},
			check: func(t *testing.T, d Decision) {
				if d.Case.CloseReason != CloseResolved || !strings.Contains(d.Events[1].Detail, "已全额退款") {
					t.Errorf("close reason %q, event %+v", d.Case.CloseReason, d.Events[1])
				}
			}},
		{name: "recovered", state: StateInMediation, text: "#recovered 89 CNY", wantState: StateInMediation,
			wantEvents: []string{EventMailIn, EventCommand},
			check: func(t *testing.T, d Decision) {
				if len(d.Recoveries) != 1 || d.Recoveries[0] != (Recovery{"89.00", "CNY", "staff1@yweca.org.example"}) {
					t.Errorf("recoveries %+v", d.Recoveries)
				}
			}},
		{name: "corrections complete a case", state: StateAwaitingInfo, text: "#complainant 李伟; 13800138000\n#respondent 小商品店; https://shop.example.com",
			wantState: StateOpen, wantEvents: []string{EventMailIn, EventCommand, EventCommand, EventState},
			check: func(t *testing.T, d Decision) {
				if len(d.Case.Missing) != 0 || d.Case.Complainant.Name != "李伟" || len(d.Timers) != 1 || !d.Timers[0].Clear {
					t.Errorf("case %+v timers %+v", d.Case, d.Timers)
				}
			}},
		{name: "kind inquiry drops missing", state: StateAwaitingInfo, text: "#kind inquiry", wantState: StateOpen,
			wantEvents: []string{EventMailIn, EventCommand, EventState}},
		{name: "assign", state: StateOpen, text: "#assign li@YWECA.org.example", wantState: StateOpen,
			wantEvents: []string{EventMailIn, EventCommand},
			check: func(t *testing.T, d Decision) {
				if d.Case.AssignedTo != "li@yweca.org.example" {
					t.Errorf("assigned to %q", d.Case.AssignedTo)
				}
			}},
		{name: "assign to an outsider applies nothing", state: StateOpen, text: "#assign someone@elsewhere.example", wantState: StateOpen,
			wantSend: []string{PurposeStaffReply}, wantEvents: []string{EventNote}},
		{name: "a wrong command applies nothing", state: StateOpen, text: "#recovered 89\n#close fixed\n您好", wantState: StateOpen,
			wantSend: []string{PurposeStaffReply}, wantEvents: []string{EventNote},
			check: func(t *testing.T, d Decision) {
				o := d.Send[0]
				if o.To[0] != "staff1@yweca.org.example" || o.Problem != ProblemCommand || o.Line != "#close fixed" || len(d.Recoveries) != 0 {
					t.Errorf("reply %+v, recoveries %+v", o, d.Recoveries)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseIn(tt.state, nil)
			if tt.state == StateAwaitingInfo {
				c.Complainant, c.Respondent = analysis.Complainant{}, analysis.Respondent{}
				c.Missing = []string{analysis.MissingComplainantName, analysis.MissingComplainantPhone, analysis.MissingRespondentName, analysis.MissingRespondentContact}
			}
			d := FileMail(station, MailFiled{Mail: staffMailOf(tt.text, nil), Case: c, Now: now, TokenRef: c.Ref})
			if d.Case.State != tt.wantState {
				t.Errorf("state %s, want %s", d.Case.State, tt.wantState)
			}
			if !slices.Equal(purposes(d), tt.wantSend) {
				t.Errorf("sent %v, want %v", purposes(d), tt.wantSend)
			}
			if !slices.Equal(eventKinds(d), tt.wantEvents) {
				t.Errorf("events %v, want %v", eventKinds(d), tt.wantEvents)
			}
			for _, e := range d.Events {
				if e.Actor != "staff1@yweca.org.example" {
					t.Errorf("event %+v not by the staff member", e)
				}
			}
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

// Staff mail that does not carry this case's token is not trusted.
func TestUnverifiedStaffMail(t *testing.T) {
	tests := []struct {
		name     string
		tokenRef string
		edit     func(m *analysis.Mail)
		wantTell bool
	}{
		{"no token", "", nil, true},
		{"token of another case", "YW-2026-00099", nil, true},
		{"an out-of-office is not answered", "", func(m *analysis.Mail) { m.AutoSubmitted = "auto-replied" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseIn(StateOpen, nil)
			d := FileMail(station, MailFiled{Mail: staffMailOf("#close resolved\n请提供银行卡号", tt.edit), Case: c, Now: now, TokenRef: tt.tokenRef})
			if d.Case.State != StateOpen || d.Note == "" || slices.Contains(purposes(d), PurposeRelay) {
				t.Errorf("decision %+v: want nothing changed or relayed, a note", d)
			}
			if told := slices.Contains(purposes(d), PurposeStaffReply); told != tt.wantTell {
				t.Errorf("sender told = %v, want %v", told, tt.wantTell)
			}
		})
	}
}

// FuzzParseCommands: staff text is untrusted input (From can be forged,
// and the commands are typed by hand): no panic, and the text after the
// commands is part of the input.
func FuzzParseCommands(f *testing.F) {
	for _, s := range []string{"#close resolved x\nhi", "#recovered 1,2.3 usd", "＃note", "#respondent a; b", "#complainant x; 1", "#assign <a@b>", "\n\n#status open\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		cmds, rest, err := ParseCommands(text)
		if err != nil {
			if len(cmds) != 0 || rest != "" {
				t.Errorf("an error with commands %v or text %q", cmds, rest)
			}
			return
		}
		if !strings.Contains(text, rest) {
			t.Errorf("rest %q is not from the text", rest)
		}
		for _, c := range cmds {
			if c.Name == "recovered" && !amountRe.MatchString(c.Amount) {
				t.Errorf("amount %q", c.Amount)
			}
		}
	})
}

// Staff who write to the consumer directly are recorded, not relayed and
// not scolded; only a verified one moves the case.
func TestStaffWroteToConsumerDirectly(t *testing.T) {
	for _, token := range []string{"", "YW-2026-00007"} {
		c := caseIn(StateOpen, nil)
		m := staffMailOf("您好，我是服务站的王强……", func(m *analysis.Mail) {
			m.To = []parser.Address{{Address: c.ContactAddress}}
			m.Cc = []parser.Address{{Address: "tousu@yweca.org.example"}}
		})
		d := FileMail(station, MailFiled{Mail: m, Case: c, Now: now, TokenRef: token})
		if len(d.Send) != 0 || d.Note != "" {
			t.Errorf("token %q: sent %+v note %q, want it only recorded", token, d.Send, d.Note)
		}
		want := StateOpen
		if token != "" {
			want = StateInMediation
		}
		if d.Case.State != want {
			t.Errorf("token %q: state %s, want %s", token, d.Case.State, want)
		}
	}
}

func TestSameDispute(t *testing.T) {
	base := func() *Case {
		return &Case{ContactAddress: "li@mail.example",
			Complainant: analysis.Complainant{Phones: []string{"+8613800138000"}},
			Respondent:  analysis.Respondent{Name: "义乌小商品店", URLs: []string{"https://www.shop.example.com/item/1"}, Phones: []string{"+8657985550000"}}}
	}
	tests := []struct {
		name string
		edit func(c *Case)
		want bool
	}{
		{"same everything", func(*Case) {}, true},
		{"same phone, merchant by quoted name", func(c *Case) {
			c.ContactAddress = "other@mail.example"
			c.Respondent = analysis.Respondent{Name: "“义乌小商品店”"}
		}, true},
		{"same e-mail in another letter case, merchant by shop host", func(c *Case) {
			c.ContactAddress, c.Complainant.Phones = "LI@mail.example", nil
			c.Respondent = analysis.Respondent{URLs: []string{"shop.example.com/other"}}
		}, true},
		{"same consumer, another merchant", func(c *Case) { c.Respondent = analysis.Respondent{Name: "别的店"} }, false},
		{"another consumer, same merchant", func(c *Case) {
			c.ContactAddress, c.Complainant.Phones = "zhang@mail.example", []string{"+8613900139000"}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base()
			tt.edit(b)
			if got := SameDispute(base(), b); got != tt.want {
				t.Errorf("SameDispute = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergeCommand(t *testing.T) {
	target := caseIn(StateInMediation, func(c *Case) {
		c.ID, c.Ref = 3, "YW-2026-00003"
		c.Respondent.URLs = nil
		c.Order = analysis.Order{}
	})
	c := caseIn(StateOpen, nil)
	d := FileMail(station, MailFiled{Mail: staffMailOf("#merge [yw-2026-00003]", nil), Case: c, Now: now, TokenRef: c.Ref, MergeTarget: target})
	if d.Case.State != StateClosed || d.Case.CloseReason != CloseDuplicate || d.Case.MergedInto != 3 {
		t.Fatalf("merged case: %s %s into #%d", d.Case.State, d.Case.CloseReason, d.Case.MergedInto)
	}
	mg := d.Merge
	if mg == nil || mg.Into.Ref != "YW-2026-00003" || len(mg.Into.Respondent.URLs) != 1 || mg.Into.Order.Number != "A123" {
		t.Fatalf("merge %+v: want the target with the details it lacked", mg)
	}
	if len(mg.Send) != 1 || !strings.Contains(mg.Send[0].Text, "YW-2026-00003") || mg.Send[0].To[0] != c.ContactAddress {
		t.Errorf("merge mail %+v: want the consumer told the reference", mg.Send)
	}
	if slices.Contains(purposes(d), PurposeRelay) {
		t.Errorf("the merge command itself relayed something: %v", purposes(d))
	}
	for _, tt := range []struct {
		name   string
		text   string
		target *Case
		want   string
	}{
		{"no such case", "#merge YW-2026-00099", nil, "there is no case"},
		{"itself", "#merge YW-2026-00007", c, "into itself"},
		{"closed target", "#merge YW-2026-00003", caseIn(StateClosed, func(x *Case) { x.Ref = "YW-2026-00003" }), "is closed"},
		{"not a reference", "#merge the other one", nil, "#merge takes the reference"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := FileMail(station, MailFiled{Mail: staffMailOf(tt.text, nil), Case: c, Now: now, TokenRef: c.Ref, MergeTarget: tt.target})
			if d.Merge != nil || d.Case.State != StateOpen || len(d.Send) != 1 || !strings.Contains(d.Send[0].Detail, tt.want) {
				t.Errorf("decision %+v, want nothing applied and the sender told %q", d, tt.want)
			}
		})
	}
}

func TestRequireAuthentication(t *testing.T) {
	tests := []struct {
		name    string
		results []string
		want    bool
	}{
		{"dkim pass from our server", []string{"mx.yweca.org.example; dkim=pass header.d=yweca.org.example; spf=fail"}, true},
		{"spf pass from our server", []string{"mx.yweca.org.example; spf=pass smtp.mailfrom=yweca.org.example"}, true},
		{"our server says fail", []string{"mx.yweca.org.example; dkim=fail; spf=softfail"}, false},
		{"a forged pass below our server's fail", []string{"mx.yweca.org.example; dkim=none", "mx.yweca.org.example; dkim=pass"}, false},
		{"another server's pass", []string{"mx.evil.example; dkim=pass"}, false},
		{"none", nil, false},
	}
	s := station
	s.RequireAuthentication, s.AuthservID = true, "MX.yweca.org.example"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Authenticated(tt.results, s.AuthservID); got != tt.want {
				t.Fatalf("Authenticated = %v, want %v", got, tt.want)
			}
			c := caseIn(StateOpen, nil)
			m := staffMailOf("您好，已联系商家。", func(m *analysis.Mail) { m.AuthResults = tt.results })
			d := FileMail(s, MailFiled{Mail: m, Case: c, Now: now, TokenRef: c.Ref})
			if relayed := slices.Contains(purposes(d), PurposeRelay); relayed != tt.want {
				t.Errorf("relayed = %v, want %v", relayed, tt.want)
			}
		})
	}
	if Authenticated([]string{"mx; dkim=pass"}, "") {
		t.Error("an empty authserv-id believed a header")
	}
}

func TestParseNew(t *testing.T) {
	tests := []struct {
		name, text, addr, cname string
		ok                      bool
		problem                 bool
	}{
		{"not a #new", "您好", "", "", false, false},
		{"address after #new", "#new 王芳 <WangFang@mail.example>\n她在电话里说杯子是坏的。", "wangfang@mail.example", "王芳", true, false},
		{"forwarded mail's From", "#new\n\n---------- Forwarded message ---------\nFrom: Tom Baker <tom@mail.example>\nSubject: lamp\n\nThe lamp never arrived.", "tom@mail.example", "Tom Baker", true, false},
		{"Chinese forward header", "＃new\n------------------ 原始邮件 ------------------\n发件人: \"李伟\"<liwei@qq.com>;\n主题: 投诉", "liwei@qq.com", "", true, false},
		{"no address", "#new\n有人打电话投诉，但没留邮箱。", "", "", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok, problem := ParseNew(tt.text)
			if ok != tt.ok || (problem != "") != tt.problem {
				t.Fatalf("ParseNew = %+v, %v, %q", n, ok, problem)
			}
			if tt.addr != "" && (n.Contact.Address != tt.addr || (tt.cname != "" && n.Contact.Name != tt.cname)) {
				t.Errorf("contact %+v, want %s %s", n.Contact, tt.cname, tt.addr)
			}
			if ok && !tt.problem && strings.Contains(n.Text, "#new") {
				t.Errorf("text %q keeps the #new line", n.Text)
			}
		})
	}
}

// Review findings: a late answer still lacking details reopens to
// awaiting_info; a verified reply that copied the consumer still applies
// its commands; another consumer's case is not merged into.
func TestReviewFindings(t *testing.T) {
	t.Run("reopened complaint still missing details awaits them", func(t *testing.T) {
		c := caseIn(StateClosed, func(c *Case) {
			c.CloseReason = CloseUnreachable
			c.Complainant.Phones = nil
			c.Missing = []string{analysis.MissingComplainantPhone}
		})
		late := mail(func(m *analysis.Mail) { m.Kind = analysis.KindReply; m.Complainant = analysis.Complainant{} })
		d := FileMail(station, MailFiled{Mail: late, Case: c, Now: now})
		if d.Case.State != StateAwaitingInfo {
			t.Errorf("state %s, want awaiting_info", d.Case.State)
		}
		if r, ok := timerOf(d, TimerRemind); !ok || r.Clear {
			t.Errorf("timers %+v, want the reminders to start again", d.Timers)
		}
	})
	t.Run("verified reply copying the consumer applies its commands", func(t *testing.T) {
		c := caseIn(StateOpen, nil)
		m := staffMailOf("#recovered 50\n您好，已退款。", func(m *analysis.Mail) {
			m.To = []parser.Address{{Address: c.ContactAddress}}
		})
		d := FileMail(station, MailFiled{Mail: m, Case: c, Now: now, TokenRef: c.Ref})
		if len(d.Recoveries) != 1 || slices.Contains(purposes(d), PurposeRelay) || d.Case.State != StateInMediation {
			t.Errorf("recoveries %+v sent %v state %s: want the command applied, nothing relayed again, in mediation", d.Recoveries, purposes(d), d.Case.State)
		}
	})
	t.Run("another consumer's case is not merged into", func(t *testing.T) {
		c := caseIn(StateOpen, nil)
		other := caseIn(StateOpen, func(o *Case) {
			o.ID, o.Ref, o.ContactAddress = 5, "YW-2026-00005", "someone.else@mail.example"
			o.Complainant = analysis.Complainant{Phones: []string{"+8613900000000"}}
		})
		d := FileMail(station, MailFiled{Mail: staffMailOf("#merge YW-2026-00005", nil), Case: c, Now: now, TokenRef: c.Ref, MergeTarget: other})
		if d.Merge != nil || len(d.Send) != 1 || !strings.Contains(d.Send[0].Detail, "another consumer's") {
			t.Errorf("decision %+v: want the merge refused, the sender told", d)
		}
	})
}
