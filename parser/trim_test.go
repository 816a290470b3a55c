package parser

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func TestTrimReply(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantNew     []string // must be in the new text
		wantQuoted  []string // must be in the quoted history (and not in new)
		noQuoted    bool     // nothing may be trimmed
		wantMissing []string // in neither (signatures of replies)
	}{
		{name: "outlook original message",
			in:      "Thanks, done.\n\n-----Original Message-----\nFrom: A <a@x.com>\nSent: Monday\nTo: b@x.com\nSubject: old\n\nold text",
			wantNew: []string{"Thanks, done."}, wantQuoted: []string{"-----Original Message-----", "old text"}},
		{name: "outlook header block with underscores",
			in:      "New reply here.\n\n________________________________\nFrom: Shop <s@x.com>\nSent: Tuesday, March 17, 2026 9:00 AM\nTo: me@x.com\nSubject: RE: order\n\nWe refuse.",
			wantNew: []string{"New reply here."}, wantQuoted: []string{"____", "We refuse."}},
		{name: "underscore rule before prose is no header block",
			in:      "Order details below.\n\n________________________________\nThe seller still refuses to refund me.\n\nLi",
			wantNew: []string{"Order details below.", "________________________________", "The seller still refuses to refund me."}, noQuoted: true},
		{name: "underscore rule at the end",
			in:      "Thanks.\n\n________________________________",
			wantNew: []string{"Thanks.", "________________________________"}, noQuoted: true},
		{name: "chinese outlook",
			in:      "好的，已转交。\n\n发件人: 柯雪梅 <kexuemei@126.com>\n发送时间: 2026年3月16日 19:20\n收件人: tousu@yweca.org.example\n主题: 投诉\n\n两个小时就凉了",
			wantNew: []string{"好的，已转交。"}, wantQuoted: []string{"两个小时就凉了"}},
		{name: "gmail on wrote",
			in:      "Sorry for the delay.\n\nOn Mon, Mar 16, 2026 at 3:45 PM Fang Yu <f@y.org> wrote:\n\n> We cannot find the order.\n> Regards",
			wantNew: []string{"Sorry for the delay."}, wantQuoted: []string{"We cannot find the order", "wrote:"}},
		{name: "on wrote wrapped over two lines",
			in:      "My answer.\n\nOn Mon, Mar 16, 2026 at 3:45 PM Fang Yu <fangyu@yweca.org.example>\nwrote:\n> quoted line",
			wantNew: []string{"My answer."}, wantQuoted: []string{"quoted line", "fangyu@yweca"}},
		{name: "apple mail",
			in:      "Here it is.\n\n> On 16 Mar 2026, at 15:45, Staff <s@y.org> wrote:\n> \n> Please send it.",
			wantNew: []string{"Here it is."}, wantQuoted: []string{"Please send it."}},
		{name: "qq original",
			in:      "你好，\n电话：13586472291\n\n------------------ 原始邮件 ------------------\n发件人: \"陈静\"<c@y.org>;\n发送时间: 2026年3月15日\n\n草编包开线问题已登记",
			wantNew: []string{"电话：13586472291"}, wantQuoted: []string{"草编包开线问题已登记"}},
		{name: "qq original english",
			in:      "Thanks\n\n------------------ Original ------------------\nFrom: x\nDate: y\n\nold stuff",
			wantNew: []string{"Thanks"}, wantQuoted: []string{"old stuff"}},
		{name: "netease",
			in:      "补充一下订单号：123456。\n\n在 2026-03-21 10:12:33，\"张三\" <x@163.com> 写道：\n请补充订单号。",
			wantNew: []string{"订单号：123456"}, wantQuoted: []string{"请补充订单号。"}},
		{name: "thunderbird chinese",
			in:      "商家已同意换货。\n\n王海波\n\n在 2026/3/17 21:30, 单宏伟 写道:\n> 尺码偏小两码",
			wantNew: []string{"商家已同意换货。", "王海波"}, wantQuoted: []string{"尺码偏小两码"}},
		{name: "gmail chinese attribution",
			in:      "已收到。\n\n张三 <x@gmail.com> 于2026年3月21日周六 10:12写道：\n\n> 原文",
			wantNew: []string{"已收到。"}, wantQuoted: []string{"原文"}},
		{name: "interleaved quoting keeps new lines",
			in:      "> What is the order number?\nIt is 12345.\n> And the amount?\nRMB 300.",
			wantNew: []string{"It is 12345.", "RMB 300."}, wantQuoted: []string{"What is the order number?", "And the amount?"}},
		{name: "reply signature trimmed",
			in:          "Answer above.\n-- \nJohn Smith\nACME Trading\n\nOn Mon, Mar 16, 2026 at 3:45 PM X <x@y.z> wrote:\n> old",
			wantNew:     []string{"Answer above."},
			wantQuoted:  []string{"old"},
			wantMissing: []string{"ACME Trading"}},
		{name: "signature kept without history",
			in:       "My complaint.\n-- \nJohn Smith\njohn@x.com",
			wantNew:  []string{"My complaint.", "john@x.com"},
			noQuoted: true},
		{name: "gmail forward kept",
			in:       "See below.\n\n---------- Forwarded message ---------\nFrom: Shop <s@x.com>\nDate: Fri\nSubject: Re: refund\nTo: me\n\nNot our responsibility.\n\nOn Thu, Mar 12, 2026 at 1:00 PM me <m@x.com> wrote:\n> please refund",
			wantNew:  []string{"Not our responsibility.", "please refund", "Forwarded message"},
			noQuoted: true},
		{name: "netease forward kept",
			in:       "转给你们看看\n\n-------- 转发邮件信息 --------\n发件人：\"商家\" <s@x.com>\n发送日期：2026-03-20\n主题：退款\n\n不退款",
			wantNew:  []string{"不退款"},
			noQuoted: true},
		{name: "apple forward kept",
			in:       "FYI\n\nBegin forwarded message:\n\nFrom: Shop <s@x.com>\nSubject: refund\nDate: 20 March 2026\nTo: me\n\nNo refund.",
			wantNew:  []string{"No refund."},
			noQuoted: true},
		{name: "outlook forward block kept",
			in:       "Please help.\n\n________________________________\nFrom: Shop <s@x.com>\nSent: Friday\nTo: me\nSubject: FW: refund\n\nNo refund.",
			wantNew:  []string{"No refund."},
			noQuoted: true},
		{name: "ordinary wrote sentence is not an attribution",
			in:       "The seller wrote:\nwe never ship on Sundays.",
			wantNew:  []string{"The seller wrote:", "we never ship on Sundays."},
			noQuoted: true},
		{name: "header words in prose are not a block",
			in:       "From: my home in Yiwu\nI bought a kettle.",
			wantNew:  []string{"From: my home in Yiwu", "I bought a kettle."},
			noQuoted: true},
		{name: "only a header block: an unmarked forward",
			in:       "From: Shop <s@x.com>\nSent: Friday\nTo: me\nSubject: refund\n\nNo refund.",
			wantNew:  []string{"No refund."},
			noQuoted: true},

		// The languages of Yiwu's buyers.
		{name: "german outlook",
			in:      "Gibt es Neuigkeiten?\n\n________________________________\nVon: Desk <tousu@y.example>\nGesendet: Dienstag, 3. November 2026 17:25\nAn: Jan <j@x.example>\nBetreff: Beschwerde\n\nIhre Beschwerde ist registriert.",
			wantNew: []string{"Gibt es Neuigkeiten?"}, wantQuoted: []string{"Von: Desk", "ist registriert"}},
		{name: "french outlook with space before colon",
			in:      "Merci.\n\nDe : Desk <tousu@y.example>\nEnvoyé : mardi 3 novembre 2026 17:25\nÀ : Marie <m@x.example>\nObjet : plainte\n\nVotre plainte est enregistrée.",
			wantNew: []string{"Merci."}, wantQuoted: []string{"Votre plainte"}},
		{name: "korean outlook",
			in:      "동의하지 않습니다.\n\n보낸 사람: Desk <tousu@y.example>\n보낸 날짜: 2026년 11월 3일 화요일 오후 5:28\n받는 사람: 최 <c@x.example>\n제목: 민원\n\n등록되었습니다.",
			wantNew: []string{"동의하지 않습니다."}, wantQuoted: []string{"등록되었습니다."}},
		{name: "russian apple mail wrapped before the address",
			in:      "Спасибо.\n\n3 нояб. 2026 г., в 17:34, Desk\n<tousu@y.example> написал(а):\n\n> Ваша жалоба зарегистрирована.",
			wantNew: []string{"Спасибо."}, wantQuoted: []string{"написал(а):", "зарегистрирована"}},
		{name: "gmail date-first form",
			in:      "진행 상황이 궁금합니다.\n\n2026-11-03 17:14 GMT+08:00 Desk <tousu@y.example>:\n\n> 등록되었습니다.",
			wantNew: []string{"진행 상황이 궁금합니다."}, wantQuoted: []string{"GMT+08:00", "등록되었습니다."}},
		{name: "turkish gmail",
			in:      "Merhaba.\n\nDesk <tousu@y.example>, 3 Kas 2026 Sal, 17:46 tarihinde şunu yazdı:\n\n> Şikâyetiniz kaydedildi.",
			wantNew: []string{"Merhaba."}, wantQuoted: []string{"şunu yazdı", "kaydedildi"}},
		{name: "arabic with direction marks",
			in:      "رقم هاتفي هو \u200e+971 50 555 3412\u200e.\n\n\u200fفي 3 نوفمبر 2026، الساعة 5:23 م، كتب Desk <tousu@y.example>:\n\n> تم تسجيل شكواك.",
			wantNew: []string{"+971 50 555 3412"}, wantQuoted: []string{"تم تسجيل شكواك."}},
		{name: "zoho dashed attribution",
			in:      "Hola.\n\n---- On Tue, 03 Nov 2026 17:58:00 +0800 Desk <tousu@y.example> wrote ----\n\nDear customer, registered.",
			wantNew: []string{"Hola."}, wantQuoted: []string{"registered."}},
		{name: "samsung original message",
			in:      "Ok.\n\n-------- Mensaje original --------\nDe: Desk <tousu@y.example>\nFecha: 3/11/26 17:00\n\nRegistrada.",
			wantNew: []string{"Ok."}, wantQuoted: []string{"Registrada."}},
		{name: "mailto remnant in an outlook block",
			in:      "Thanks.\n\nFrom: Desk [mailto:tousu@y.example]\nSent: Tuesday, November 3, 2026 5:25 PM\nTo: Tom\nSubject: RE: complaint\n\nRegistered.",
			wantNew: []string{"Thanks."}, wantQuoted: []string{"Registered."}},
		{name: "mobile signatures trimmed without history",
			in:          "The order number is 8842.\n\nSent from my iPhone",
			wantNew:     []string{"The order number is 8842."},
			wantMissing: []string{"Sent from my iPhone"}},
		{name: "mobile signatures in other languages",
			in:          "Danke.\n\nVon meinem iPhone gesendet\n\nAm 03.11.2026 um 17:15 schrieb Desk <tousu@y.example>:\n\n> alt",
			wantNew:     []string{"Danke."},
			wantMissing: []string{"Von meinem iPhone gesendet"}},
		{name: "get outlook for android",
			in:          "Call me at +61 412 555 019.\n\nGet Outlook for Android",
			wantNew:     []string{"+61 412 555 019"},
			wantMissing: []string{"Get Outlook"}},
		{name: "a sentence about an iphone is no signature",
			in:       "The seller sent me a broken iPhone case.",
			wantNew:  []string{"The seller sent me a broken iPhone case."},
			noQuoted: true},
		{name: "own separator lines are not delimiters",
			in:       "Payment:\n----------\n2,300 EUR on 12.10.2026\n==========\nThanks",
			wantNew:  []string{"2,300 EUR on 12.10.2026", "Thanks"},
			noQuoted: true},
		{name: "a bounce's recipient line is no attribution",
			in:       "<kefu@shop.example>: host mx.shop.example[198.51.100.90] said: 550 5.1.1 <kefu@shop.example>:\n    Recipient address rejected: User unknown",
			wantNew:  []string{"User unknown"},
			noQuoted: true},
		{name: "italian forward kept",
			in:       "Vi inoltro il reclamo.\n\n---------- Messaggio inoltrato ---------\nDa: Mario <m@x.example>\nData: 1 nov 2026\nOggetto: reclamo\nA: me\n\nIl negozio non rimborsa.",
			wantNew:  []string{"Vi inoltro il reclamo.", "Il negozio non rimborsa."},
			noQuoted: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, q := trimReply(tt.in)
			for _, s := range tt.wantNew {
				if !strings.Contains(n, s) {
					t.Errorf("new text lacks %q\nnew:\n%s\nquoted:\n%s", s, n, q)
				}
			}
			for _, s := range tt.wantQuoted {
				if !strings.Contains(q, s) || strings.Contains(n, s) {
					t.Errorf("%q not (only) in quoted\nnew:\n%s\nquoted:\n%s", s, n, q)
				}
			}
			for _, s := range tt.wantMissing {
				if strings.Contains(n, s) || strings.Contains(q, s) {
					t.Errorf("%q should be trimmed as a signature\nnew:\n%s\nquoted:\n%s", s, n, q)
				}
			}
			if tt.noQuoted && q != "" {
				t.Errorf("trimmed %q, want nothing trimmed", q)
			}
		})
	}
}

// TestReplySignatureKeptApart: a reply's signature leaves the new text but
// is kept, so the writer's details in it still count.
func TestReplySignatureKeptApart(t *testing.T) {
	n, sig, q := splitReply("My phone is below.\n-- \nJohn Smith\n+44 20 7946 0018\n\nOn Mon, Mar 16, 2026 at 3:45 PM X <x@y.z> wrote:\n> old")
	if strings.Contains(n, "John Smith") || !strings.Contains(n, "My phone is below.") {
		t.Errorf("new text %q, want the signature trimmed", n)
	}
	if !strings.Contains(sig, "John Smith") || !strings.Contains(sig, "+44 20 7946 0018") {
		t.Errorf("signature %q, want the signature lines", sig)
	}
	if q != "> old" && !strings.Contains(q, "old") {
		t.Errorf("quoted %q", q)
	}
}

// TestSplitForwardSubject checks that a Fwd:/转发 subject keeps everything.
func TestSplitForwardSubject(t *testing.T) {
	c := bodyText{segs: []textSeg{{text: "see below\n\n------------------ 原始邮件 ------------------\n发件人: shop\n\nno refund"}}}
	if n, _, q := c.split(true); q != "" || !strings.Contains(n, "no refund") {
		t.Errorf("forward subject: new %q quoted %q", n, q)
	}
	if n, _, q := c.split(false); q == "" || strings.Contains(n, "no refund") {
		t.Errorf("reply: new %q quoted %q", n, q)
	}
	for _, s := range []string{"Fwd: x", "FW: x", "转发：x", "[ext] Fwd: x", "Fw:x"} {
		if !isForwardSubject(s) {
			t.Errorf("%q is a forward subject", s)
		}
	}
	for _, s := range []string{"Re: Fwd: x", "Forward planning", "回复：转发：x", ""} {
		if isForwardSubject(s) {
			t.Errorf("%q is not a forward subject", s)
		}
	}
}

// TestHTMLToTextGolden renders testdata/html/*.html and compares with the
// .txt golden files; run with -update to rewrite them.
func TestHTMLToTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no HTML test files: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := htmlToText(string(in)) + "\n"
			golden := strings.TrimSuffix(f, ".html") + ".txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("htmlToText(%s) =\n%s\nwant\n%s", f, got, want)
			}
		})
	}
}

// TestHTMLReplyTrim checks that quoted history is trimmed from text that
// came from HTML.
func TestHTMLReplyTrim(t *testing.T) {
	tests := []struct {
		file      string
		keep, cut string
	}{
		{"gmail-reply.html", "Sorry for the delay", "Please send the order number"},
		{"outlook-cn.html", "商家表示可以为您换货一次", "两个小时就凉了"},
		{"qq-reply.html", "0086-135-8647-2291", "草编包开线问题已登记"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			n, q := trimReply(htmlToText(string(in)))
			if !strings.Contains(n, tt.keep) || strings.Contains(n, tt.cut) || !strings.Contains(q, tt.cut) {
				t.Errorf("new:\n%s\nquoted:\n%s", n, q)
			}
		})
	}
}
