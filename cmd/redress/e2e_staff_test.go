package main

import (
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
)

func bodyOf(t *testing.T, e *message.Entity) string {
	t.Helper()
	b, err := io.ReadAll(e.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// staffReply is a reply, as a mail client makes it, to the notice n: the
// notice's Message-ID in In-Reply-To and References, the notice quoted,
// the staff member's signature at the end.
func staffReply(t *testing.T, n *message.Entity, from, id, top string) []byte {
	t.Helper()
	noticeID := n.Header.Get("Message-Id")
	subject, _ := n.Header.Text("Subject")
	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(bodyOf(t, n)), "\n", "\n> ")
	return mkMail(mailSpec{
		from: from, subject: "Re: " + subject, id: id,
		headers: []string{"In-Reply-To: " + noticeID, "References: <c1@mail.example> " + noticeID},
		body:    top + "\n\n在 2026-11-23 10:05，Test Station <tousu@yweca.org.example> 写道：\n" + quoted + "\n\n-- \n王强 Wang Qiang\n13900001111\n",
	})
}

// A staff member answers the case notice from a normal mail client: the
// answer reaches the consumer from the station's address, threaded, with
// the command line, the quoted notice and the staff member's own address
// and signature left out; the command is applied and the case is in
// mediation. #note relays nothing; a forged staff From without the notice
// token relays nothing, changes nothing, and the real address is told.
func TestStaffReplyFromMailClient(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	notices := s.sentTo("cases@yweca.org.example")
	if len(notices) != 1 {
		t.Fatalf("%d notices, want 1", len(notices))
	}
	notice := notices[0]
	if rt := notice.Header.Get("Reply-To"); !strings.Contains(rt, "tousu@yweca.org.example") {
		t.Errorf("notice Reply-To %q, want the station", rt)
	}
	if id := notice.Header.Get("Message-Id"); !strings.HasPrefix(id, "<"+ref+".") {
		t.Errorf("notice Message-ID %q does not carry the case's token", id)
	}

	s.deliver(t, staffReply(t, notice, "Wang Qiang <staff1@yweca.org.example>", "s1@yweca.org.example",
		"#recovered 89\n您好，商家已同意全额退款，三天内到账。"))
	s.once(t)
	relayed := s.sentTo("wangfang@mail.example")
	if len(relayed) != 2 {
		t.Fatalf("consumer got %d mails, want the acknowledgement and the relayed answer", len(relayed))
	}
	r := relayed[1]
	text := bodyOf(t, r)
	subject, _ := r.Header.Text("Subject")
	from := r.Header.Get("From")
	switch {
	case !strings.Contains(text, "商家已同意全额退款"):
		t.Errorf("the answer is not relayed:\n%s", text)
	case strings.Contains(text, "#recovered"):
		t.Errorf("the command line was relayed:\n%s", text)
	case strings.Contains(text, "写道") || strings.Contains(text, "> "):
		t.Errorf("the quoted notice was relayed:\n%s", text)
	case strings.Contains(text, "13900001111") || strings.Contains(text, "Wang Qiang"):
		t.Errorf("the staff member's signature was relayed:\n%s", text)
	}
	raw := r.Header.Header
	for _, k := range []string{"From", "Reply-To", "Sender", "To", "Cc"} {
		if strings.Contains(strings.ToLower(raw.Get(k)), "staff1@") {
			t.Errorf("%s shows the staff member's address: %q", k, raw.Get(k))
		}
	}
	if strings.Contains(text, "staff1@") || !strings.Contains(from, "tousu@yweca.org.example") || !strings.Contains(subject, "["+ref+"]") {
		t.Errorf("relayed From %q subject %q: want the station, the case tag, no staff address", from, subject)
	}
	if irt := r.Header.Get("In-Reply-To"); irt != "<c1@mail.example>" {
		t.Errorf("relayed In-Reply-To %q, want the consumer's mail", irt)
	}
	c := s.show(t, ref)
	if c.State != "in_mediation" {
		t.Errorf("state %q after the staff reply, want in_mediation", c.State)
	}
	if len(c.Recovered) != 1 || c.Recovered[0].Amount != "89.00" || c.Recovered[0].Currency != "CNY" || c.Recovered[0].By != "staff1@yweca.org.example" {
		t.Errorf("recovered %+v, want the #recovered 89 by staff1", c.Recovered)
	}
	if got := transitions(c); !strings.Contains(got, "state:open→in_mediation") {
		t.Errorf("timeline %q", got)
	}

	// An internal note is recorded, not relayed.
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s2@yweca.org.example", "#note\n商家电话打不通，明天再打。"))
	s.once(t)
	if n := len(s.sentTo("wangfang@mail.example")); n != 2 {
		t.Errorf("consumer got %d mails after a #note, want still 2", n)
	}

	// A forged staff From with no notice token: nothing relayed, nothing
	// changed, and the real staff address told why.
	s.deliver(t, mkMail(mailSpec{from: "staff1@yweca.org.example", subject: "Re: [" + ref + "] 投诉", id: "forged@evil.example",
		headers: []string{"In-Reply-To: <c1@mail.example>"}, body: "#close resolved\n请把您的银行卡号发给我们以便退款。\n"}))
	s.once(t)
	if n := len(s.sentTo("wangfang@mail.example")); n != 2 {
		t.Errorf("consumer got %d mails after a forged staff mail, want still 2", n)
	}
	if c := s.show(t, ref); c.State != "in_mediation" {
		t.Errorf("a forged staff mail moved the case to %q", c.State)
	}
	told := s.sentTo("staff1@yweca.org.example")
	if len(told) != 1 || !strings.Contains(bodyOf(t, told[0]), "NOT relayed") {
		t.Errorf("staff1 got %d mails, want one saying the mail was not relayed", len(told))
	}
}

// The same commands from the terminal: the same rules and timeline rows,
// by the local user.
func TestCaseCommandLine(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	steps := []struct {
		args      []string
		wantState string
		wantErr   string
	}{
		{[]string{"note", ref, "-m", "打过电话，商家答应处理"}, "open", ""},
		{[]string{"recovered", ref, "89", "CNY"}, "open", ""},
		{[]string{"status", ref, "in_mediation", "-m", "您好，我们已联系商家。"}, "in_mediation", ""},
		{[]string{"close", ref, "fixed"}, "", "#close takes a reason"},
		{[]string{"close", ref, "resolved", "已退款"}, "closed", ""},
		{[]string{"close", "YW-1999-00001", "resolved"}, "", "no case YW-1999-00001"},
	}
	for _, st := range steps {
		out, errOut, err := invoke(t, t.Context(), append(append([]string{"case"}, st.args...), "-config", s.config)...)
		if st.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), st.wantErr) {
				t.Errorf("case %v: %v, want an error %q", st.args, err, st.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("case %v: %v\n%s", st.args, err, errOut)
		}
		if c := s.show(t, ref); c.State != st.wantState {
			t.Errorf("after case %v: state %q, want %q (%s)", st.args, c.State, st.wantState, out)
		}
	}
	s.once(t)
	relayed := s.sentTo("wangfang@mail.example")
	if len(relayed) != 2 || !strings.Contains(bodyOf(t, relayed[1]), "我们已联系商家") {
		t.Errorf("consumer got %d mails, want the acknowledgement and the -m text", len(relayed))
	}
	c := s.show(t, ref)
	var actors []string
	for _, e := range c.Events {
		if e.Kind == "state" || e.Kind == "command" || e.Kind == "note" {
			actors = append(actors, e.Actor)
		}
	}
	for _, a := range actors {
		if a != localActor() || a == "" {
			t.Errorf("timeline actor %q, want the local user name %q", a, localActor())
		}
	}
	if len(actors) < 4 {
		t.Errorf("timeline rows by the local user: %v, want the note, recovery and both transitions", actors)
	}
	if _, _, err := invoke(t, t.Context(), "secret", "rotate", "-config", s.config); err != nil {
		t.Errorf("secret rotate: %v", err)
	}
}

// A delivery report about our acknowledgement flags the consumer's
// address: staff are told, and nothing more is sent to it — not even a
// staff reply.
func TestBounceFlagsContactUndeliverable(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	ack := s.sentTo("wangfang@mail.example")[0]
	ackID := ack.Header.Get("Message-Id")
	notice := s.sentTo("cases@yweca.org.example")[0]

	dsn := "From: Mail Delivery System <MAILER-DAEMON@mx.mail.example>\r\nTo: tousu@yweca.org.example\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.mail.example>\r\nAuto-Submitted: auto-replied\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.mail.example\r\n\r\n" +
		"Final-Recipient: rfc822; wangfang@mail.example\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n" +
		"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: tousu@yweca.org.example\r\nTo: wangfang@mail.example\r\n" +
		"Subject: [" + ref + "] 投诉：收到的杯子是坏的\r\nMessage-ID: " + ackID + "\r\n\r\n--b--\r\n"
	s.deliver(t, []byte(dsn))
	s.once(t)
	c := s.show(t, ref)
	if c.Undeliverable == "" || !strings.Contains(c.Undeliverable, "5.1.1") {
		t.Fatalf("contact_undeliverable %q, want the bounce's status", c.Undeliverable)
	}
	notices := s.sentTo("cases@yweca.org.example")
	if len(notices) != 2 {
		t.Fatalf("staff got %d notices, want the new case and the bounce", len(notices))
	}
	if subj, _ := notices[1].Header.Text("Subject"); !strings.Contains(subj, "undeliverable") {
		t.Errorf("bounce notice subject %q", subj)
	}
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s9@yweca.org.example", "您好，商家同意退款。"))
	s.once(t)
	if n := len(s.sentTo("wangfang@mail.example")); n != 1 {
		t.Errorf("consumer got %d mails after the bounce, want still only the acknowledgement", n)
	}
}

// An auto-responder that answers every mail with a new one — it looks like
// a new complaint each time — gets at most policy.ack_limit automatic
// mails a day; the rest are held back and noted on their cases.
func TestAckLimitStopsAutoResponderLoop(t *testing.T) {
	s := newStation(t)
	for i := range 6 {
		s.deliver(t, mkMail(mailSpec{from: "robot@shop.example", subject: fmt.Sprintf("订单 %d 问题", i), id: fmt.Sprintf("r%d@shop.example", i),
			body: "您好，我在网上买的东西有问题，商家不退款。\n"}))
	}
	s.once(t)
	if n := len(s.sentTo("robot@shop.example")); n != 3 {
		t.Errorf("the address got %d automatic mails, want policy.ack_limit's default of 3", n)
	}
	held := 0
	for _, c := range s.cases(t) {
		for _, e := range s.show(t, c.Ref).Events {
			if e.Kind == "note" {
				held++
			}
		}
	}
	if held != 3 {
		t.Errorf("%d held-back mails noted on their cases, want 3", held)
	}
}

// cases list --overdue lists the complaints past their acceptance
// deadline, counted in working days.
func TestCasesListOverdue(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	cases := s.cases(t)
	overdue := func() string {
		t.Helper()
		out, errOut, err := invoke(t, t.Context(), "cases", "list", "--overdue", "-config", s.config)
		if err != nil {
			t.Fatalf("cases list --overdue: %v\n%s", err, errOut)
		}
		return out
	}
	if out := overdue(); strings.Contains(out, cases[0].Ref) || strings.Contains(out, cases[1].Ref) {
		t.Fatalf("cases opened today are listed as overdue:\n%s", out)
	}
	// The first case was opened three weeks ago: past 7 working days.
	db, err := sql.Open("sqlite3", filepath.Join(s.dir, "redress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := time.Now().UTC().AddDate(0, 0, -21).Format("2006-01-02T15:04:05.000000000Z")
	if _, err := db.Exec(`UPDATE cases SET created_at = ? WHERE ref = ?`, old, cases[0].Ref); err != nil {
		t.Fatal(err)
	}
	out := overdue()
	if !strings.Contains(out, cases[0].Ref) || strings.Contains(out, cases[1].Ref) {
		t.Errorf("cases list --overdue:\n%s\nwant only %s", out, cases[0].Ref)
	}
}

// A second complaint of the same consumer about the same merchant is
// flagged to staff as a likely repeat of the open case.
func TestRepeatComplaintFlagged(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	first := s.cases(t)[0].Ref
	again := complaintZH
	again.id, again.subject = "c1-again@mail.example", "杯子的事还没解决"
	s.deliver(t, mkMail(again))
	s.once(t)
	notices := s.sentTo("cases@yweca.org.example")
	if len(notices) != 2 {
		t.Fatalf("%d notices, want 2", len(notices))
	}
	if text := bodyOf(t, notices[1]); !strings.Contains(text, "Likely a repeat of "+first) {
		t.Errorf("the second notice does not name %s as the likely duplicate:\n%s", first, text)
	}
	if text := bodyOf(t, notices[0]); strings.Contains(text, "repeat") {
		t.Errorf("the first notice names a duplicate:\n%s", text)
	}
}

// Every mail of a case — the consumer's, our acknowledgement, the staff
// notices, a staff reply and its relay, the consumer's answer — forms one
// thread as a mail client builds it: each names a mail of the case in
// In-Reply-To, and References start at the consumer's first mail.
func TestOneThreadPerCase(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	notice := s.sentTo("cases@yweca.org.example")[0]
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s1@yweca.org.example", "您好，请问您的订单截图方便发一下吗？"))
	s.once(t)
	relay := s.sentTo("wangfang@mail.example")[1]
	relayID := relay.Header.Get("Message-Id")
	s.deliver(t, mkMail(mailSpec{from: "Wang Fang <wangfang@mail.example>", subject: "回复：截图", id: "c1-answer@mail.example",
		headers: []string{"In-Reply-To: " + relayID}, body: "截图在附件里（忘了附，稍后补）。\n"}))
	s.once(t)

	ids := map[string]bool{"<c1@mail.example>": true, "<s1@yweca.org.example>": true, "<c1-answer@mail.example>": true}
	var out []*message.Entity
	for _, r := range s.smtp.Messages() {
		e, err := message.Read(strings.NewReader(string(r.Data)))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
		ids[e.Header.Get("Message-Id")] = true
	}
	if len(out) != 4 {
		t.Fatalf("%d mails sent, want the ack, the new-case notice, the relay and the follow-up notice", len(out))
	}
	for _, e := range out {
		subject, _ := e.Header.Text("Subject")
		irt := e.Header.Get("In-Reply-To")
		refs := strings.Fields(e.Header.Get("References"))
		if !ids[irt] {
			t.Errorf("%q: In-Reply-To %q is no mail of the case", subject, irt)
		}
		if len(refs) == 0 || refs[0] != "<c1@mail.example>" {
			t.Errorf("%q: References %v do not start at the consumer's first mail", subject, refs)
		}
		if !strings.Contains(subject, "["+ref+"]") {
			t.Errorf("%q does not carry the case reference", subject)
		}
	}
	c := s.show(t, ref)
	if len(c.Messages) != len(out)+3 {
		t.Errorf("the case holds %d mails, want the %d sent and the 3 received", len(c.Messages), len(out))
	}
}

// Mail staff send from the station account itself is read from its Sent
// folder and recorded once on its case; the consumer's answer to it,
// carrying only In-Reply-To, joins the case instead of opening another.
func TestSentFolderRecordedAndAnswersJoin(t *testing.T) {
	s := newStation(t)
	if err := s.imap.CreateMailbox("Sent"); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(s.config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.config, []byte(strings.Replace(string(cfg), "  inbox: INBOX\n", "  inbox: INBOX\n  sent: Sent\n", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	before := len(s.smtp.Messages())

	sent := "From: 义乌服务站 <tousu@yweca.org.example>\r\nTo: Wang Fang <wangfang@mail.example>\r\nSubject: 关于您的投诉\r\n" +
		"Message-ID: <station-1@yweca.org.example>\r\nIn-Reply-To: <c1@mail.example>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0800\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n王女士您好，我们已联系阳光杂货店，请问您方便提供订单截图吗？\r\n"
	if _, err := s.imap.AppendMessage("Sent", []byte(sent)); err != nil {
		t.Fatal(err)
	}
	s.once(t)
	s.once(t)
	c := s.show(t, ref)
	n := 0
	for _, m := range c.Messages {
		if m.MessageID == "station-1@yweca.org.example" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("the station's own mail is on the case %d times, want once", n)
	}
	if c.State != "in_mediation" {
		t.Errorf("state %q, want in_mediation: staff answered the consumer", c.State)
	}
	if got := len(s.smtp.Messages()); got != before {
		t.Errorf("redress sent %d mails because of the station's own mail, want none", got-before)
	}

	s.deliver(t, mkMail(mailSpec{from: "Wang Fang <wangfang@mail.example>", subject: "回复：关于您的投诉", id: "c1-b@mail.example",
		headers: []string{"In-Reply-To: <station-1@yweca.org.example>"}, body: "好的，截图稍后发您。\n"}))
	s.once(t)
	if cs := s.cases(t); len(cs) != 1 {
		t.Errorf("%d cases, want the answer joined to %s", len(cs), ref)
	}
}

// The station's cautionary tale: a complaint as vague as "I bought goods
// from a 2-yuan shop online and they are wrong" is a complaint, and the
// consumer is asked for exactly what is missing.
func TestVagueComplaintAsksForDetails(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{from: "Sam Lee <sam@mail.example>", subject: "help", id: "v1@mail.example",
		body: "I bought goods from a 2-yuan shop online and they are wrong.\n"}))
	s.once(t)
	c := s.cases(t)[0]
	if c.Kind != "complaint" || c.State != "awaiting_info" {
		t.Fatalf("case %s %s, want a complaint awaiting details", c.Kind, c.State)
	}
	acks := s.sentTo("sam@mail.example")
	if len(acks) != 1 {
		t.Fatalf("%d mails to the consumer, want the acknowledgement", len(acks))
	}
	text := bodyOf(t, acks[0])
	for _, want := range []string{"phone", "merchant"} {
		if !strings.Contains(strings.ToLower(text), want) {
			t.Errorf("the acknowledgement does not ask for the %s:\n%s", want, text)
		}
	}
}

// Files a staff member attaches to a reply reach the consumer with it.
func TestStaffReplyAttachmentsRelayed(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	notice := s.sentTo("cases@yweca.org.example")[0]
	noticeID := notice.Header.Get("Message-Id")
	raw := "From: staff1@yweca.org.example\r\nTo: tousu@yweca.org.example\r\nSubject: Re: notice\r\nMessage-ID: <s-att@yweca.org.example>\r\n" +
		"In-Reply-To: " + noticeID + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您好，附件是商家的退款承诺书。\r\n" +
		"--b\r\nContent-Type: application/pdf; name=promise.pdf\r\nContent-Disposition: attachment; filename=promise.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"JVBERi0xLjQgZmFrZSBwcm9taXNl\r\n--b--\r\n"
	s.deliver(t, []byte(raw))
	s.once(t)
	relayed := s.sentTo("wangfang@mail.example")
	if len(relayed) != 2 {
		t.Fatalf("consumer got %d mails, want the relay too", len(relayed))
	}
	mr := relayed[1].MultipartReader()
	if mr == nil {
		t.Fatal("the relayed mail has no attachment")
	}
	found := false
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		if disp, params, _ := p.Header.ContentDisposition(); disp == "attachment" && params["filename"] == "promise.pdf" {
			b, _ := io.ReadAll(p.Body)
			found = string(b) == "%PDF-1.4 fake promise"
		}
	}
	if !found {
		t.Error("promise.pdf was not relayed with its content")
	}
}

// #merge folds a repeat complaint into the first: its mail and timeline
// move, the case closes as a duplicate, the consumer is told the
// reference to use, and later mail naming the old reference reaches the
// first case.
func TestMergeRepeatComplaint(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	again := complaintZH
	again.id, again.subject = "c1-again@mail.example", "杯子的事还没解决"
	s.deliver(t, mkMail(again))
	s.once(t)
	cs := s.cases(t)
	first, second := cs[0].Ref, cs[1].Ref
	notice := s.sentTo("cases@yweca.org.example")[1] // the second case's notice
	s.deliver(t, staffReply(t, notice, "staff1@yweca.org.example", "s-merge@yweca.org.example", "#merge "+first))
	s.once(t)

	old := s.show(t, second)
	if old.State != "closed" || len(old.Messages) != 0 {
		t.Errorf("merged case: state %q with %d messages, want closed and emptied", old.State, len(old.Messages))
	}
	kept := s.show(t, first)
	if len(kept.Messages) < 6 {
		t.Errorf("the first case holds %d messages, want both cases' mail", len(kept.Messages))
	}
	told := s.sentTo("wangfang@mail.example")
	if last := bodyOf(t, told[len(told)-1]); !strings.Contains(last, "now handled under "+first) {
		t.Errorf("the consumer was not told the reference to use:\n%s", last)
	}
	// The consumer answers under the old reference: it joins the first.
	s.deliver(t, mkMail(mailSpec{from: "Wang Fang <wangfang@mail.example>", subject: "Re: [" + second + "] 杯子", id: "late-old-ref@mail.example",
		body: "好的。\n"}))
	s.once(t)
	if n := len(s.show(t, first).Messages); n <= len(kept.Messages) {
		t.Errorf("mail naming the merged case did not reach %s", first)
	}
	// Merging into a case that does not exist applies nothing.
	if _, _, err := invoke(t, t.Context(), "case", "status", first, "resolved", "-config", s.config); err != nil {
		t.Fatal(err)
	}
	_, _, err := invoke(t, t.Context(), "case", "merge", first, "YW-1999-00001", "-config", s.config)
	if err == nil || !strings.Contains(err.Error(), "no case YW-1999-00001") {
		t.Errorf("case merge into a missing case = %v, want an error naming it", err)
	}
}

// A staff member forwards a complaint that came another way with #new on
// the first line: a case opens for the consumer of the forwarded mail,
// who gets the acknowledgement.
func TestStaffNewCaseByForward(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{from: "Wang Qiang <staff1@yweca.org.example>", subject: "Fwd: lamp never arrived", id: "fwd1@yweca.org.example",
		body: "#new\n\n---------- Forwarded message ---------\nFrom: Tom Baker <tom@mail.example>\nSubject: lamp\n\n" +
			"Hello, I bought a lamp from Bright Lights Co. and it never arrived. The seller does not answer.\nOrder No. BL-2231, paid US$40.00.\n\nTom Baker\n"}))
	s.once(t)
	cs := s.cases(t)
	if len(cs) != 1 {
		t.Fatalf("%d cases, want the forwarded complaint opened", len(cs))
	}
	c := s.show(t, cs[0].Ref)
	if c.Kind != "complaint" || c.Complainant.Name != "Tom Baker" {
		t.Errorf("case %+v, want Tom Baker's complaint", c)
	}
	if n := len(s.sentTo("tom@mail.example")); n != 1 {
		t.Errorf("the consumer got %d mails, want the acknowledgement", n)
	}
	if n := len(s.sentTo("staff1@yweca.org.example")); n != 0 {
		t.Errorf("the staff member got %d mails, want none", n)
	}
	if len(c.Events) == 0 || c.Events[0].Actor != "staff1@yweca.org.example" {
		t.Errorf("timeline %+v, want it opened by the staff member", c.Events)
	}
}
