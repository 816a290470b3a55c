package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify/notifytest"
)

// station is a running pair of loopback servers and a config pointing at
// them, as an operator would write it.
type station struct {
	imap   *mailboxtest.Server
	smtp   *notifytest.Server
	dir    string
	config string
}

func newStation(t *testing.T) *station {
	t.Helper()
	s := newStationB(t)
	t.Setenv("REDRESS_TEST_IMAP_PASSWORD", s.imap.Password)
	return s
}

// newStationB is newStation for benchmarks too; the caller sets the
// password variable (benchmarks may not use t.Setenv in parallel).
func newStationB(t testing.TB) *station {
	t.Helper()
	return newStationOn(t, mailboxtest.Start(t))
}

// newStationOn is newStation against a given IMAP server.
func newStationOn(t testing.TB, imap *mailboxtest.Server) *station {
	t.Helper()
	s := &station{imap: imap, smtp: notifytest.Start(t), dir: t.TempDir()}
	s.config = filepath.Join(s.dir, "redress.yaml")
	cfg := fmt.Sprintf(`station:
  name: "Test Station"
  address: tousu@yweca.org.example
  case_prefix: YW
  timezone: Asia/Shanghai
imap:
  host: 127.0.0.1
  port: %d
  tls: none
  username: %s
  password_env: REDRESS_TEST_IMAP_PASSWORD
  inbox: INBOX
smtp:
  host: 127.0.0.1
  port: %d
  tls: none
staff:
  addresses: [staff1@yweca.org.example]
  notify: [cases@yweca.org.example]
schedule:
  poll: "@every 1m"
storage:
  database: ./redress.db
http:
  listen: ""
`, s.imap.Port, s.imap.User, s.smtp.Port)
	if err := os.WriteFile(s.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, ok := t.(*testing.B); ok {
		b.Setenv("REDRESS_TEST_IMAP_PASSWORD", s.imap.Password)
	}
	return s
}

func (s *station) deliver(t *testing.T, raw []byte) {
	t.Helper()
	s.imap.Append(t, "INBOX", raw)
}

// redress runs the command line in-process and returns stdout and stderr.
func invoke(t *testing.T, ctx context.Context, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(ctx, args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func (s *station) once(t *testing.T) string {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), "once", "-config", s.config)
	if err != nil {
		t.Fatalf("redress once: %v\nstdout: %s\nstderr: %s", err, out, errOut)
	}
	return out
}

type caseOut struct {
	Ref           string   `json:"ref"`
	Kind          string   `json:"kind"`
	State         string   `json:"state"`
	Missing       []string `json:"missing"`
	Undeliverable string   `json:"contact_undeliverable"`
	CreatedAt     string   `json:"created_at"`
	Complainant   struct {
		Name   string   `json:"name"`
		Phones []string `json:"phones"`
	} `json:"complainant"`
	Respondent struct {
		Name string   `json:"name"`
		URLs []string `json:"urls"`
	} `json:"respondent"`
	Order struct {
		Number string `json:"number"`
	} `json:"order"`
	Recovered []struct {
		Amount   string `json:"amount"`
		Currency string `json:"currency"`
		By       string `json:"by"`
	} `json:"recovered"`
	Events []struct {
		Actor string `json:"actor"`
		Kind  string `json:"kind"`
		From  string `json:"from"`
		To    string `json:"to"`
	} `json:"events"`
	Messages []struct {
		Direction string `json:"direction"`
		From      string `json:"from"`
		To        string `json:"to"`
		Subject   string `json:"subject"`
		MessageID string `json:"message_id"`
		Date      string `json:"date"`
	} `json:"messages"`
}

func (s *station) cases(t *testing.T) []caseOut {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), "cases", "list", "--json", "-config", s.config)
	if err != nil {
		t.Fatalf("cases list: %v\n%s", err, errOut)
	}
	var list []caseOut
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("cases list --json is not a JSON array: %v\n%s", err, out)
	}
	return list
}

func (s *station) show(t *testing.T, ref string) caseOut {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), "cases", "show", ref, "--json", "-config", s.config)
	if err != nil {
		t.Fatalf("cases show %s: %v\n%s", ref, err, errOut)
	}
	var c caseOut
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("cases show --json: %v\n%s", err, out)
	}
	return c
}

// sentTo returns the mail the SMTP server received for rcpt.
func (s *station) sentTo(rcpt string) []*message.Entity {
	var out []*message.Entity
	for _, r := range s.smtp.Messages() {
		for _, to := range r.To {
			if strings.EqualFold(to, rcpt) {
				e, err := message.Read(bytes.NewReader(r.Data))
				if e != nil {
					out = append(out, e)
				} else {
					panic(err)
				}
			}
		}
	}
	return out
}

type mailSpec struct {
	from, subject, id, body string
	headers                 []string
}

func mkMail(m mailSpec) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: tousu@yweca.org.example\r\nSubject: %s\r\nDate: Mon, 23 Nov 2026 10:00:00 +0800\r\n", m.from, m.subject)
	if m.id != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", m.id)
	}
	for _, h := range m.headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString(strings.ReplaceAll(m.body, "\n", "\r\n"))
	return []byte(b.String())
}

var complaintZH = mailSpec{
	from: "Wang Fang <wangfang@mail.example>", subject: "投诉：收到的杯子是坏的", id: "c1@mail.example",
	body: "你好，我叫王芳，电话 13812345678。\n我在“阳光杂货店”（https://yangguang.taobao.com）买的杯子是坏的，订单号：123456789012，金额 89元。\n商家拒绝退款。\n",
}

var complaintEN = mailSpec{
	from: "Tom Baker <tom@mail.example>", subject: "Complaint about a seller", id: "c2@mail.example",
	body: "Hello,\nI bought a lamp from Bright Lights Co. and it never arrived. The seller does not answer.\nOrder No. BL-2231, paid US$40.00.\n\nTom Baker\n",
}

func TestNewComplaintOpensCaseAndAcknowledges(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)

	cases := s.cases(t)
	if len(cases) != 1 {
		t.Fatalf("got %d cases, want 1: %+v", len(cases), cases)
	}
	c := cases[0]
	year := time.Now().In(mustLoc(t, "Asia/Shanghai")).Year()
	if want := fmt.Sprintf("YW-%d-00001", year); c.Ref != want {
		t.Errorf("ref = %q, want %q", c.Ref, want)
	}
	if c.Kind != "complaint" || c.State != "open" || len(c.Missing) != 0 {
		t.Errorf("case = kind %q state %q missing %v, want complaint/open/[]", c.Kind, c.State, c.Missing)
	}

	acks := s.sentTo("wangfang@mail.example")
	if len(acks) != 1 {
		t.Fatalf("consumer got %d mails, want 1 acknowledgement", len(acks))
	}
	h := acks[0].Header
	subject, _ := h.Text("Subject")
	if want := "[" + c.Ref + "] 投诉：收到的杯子是坏的"; subject != want {
		t.Errorf("ack subject = %q, want %q", subject, want)
	}
	if got := h.Get("In-Reply-To"); got != "<c1@mail.example>" {
		t.Errorf("ack In-Reply-To = %q", got)
	}
	if got := h.Get("References"); !strings.Contains(got, "<c1@mail.example>") {
		t.Errorf("ack References = %q", got)
	}
	if got := h.Get("Auto-Submitted"); got != "auto-replied" {
		t.Errorf("ack Auto-Submitted = %q", got)
	}
	if got := h.Get("Message-Id"); !strings.HasSuffix(got, "@yweca.org.example>") {
		t.Errorf("ack Message-ID = %q, want one at the station's domain", got)
	}
	if n := len(s.sentTo("cases@yweca.org.example")); n != 1 {
		t.Errorf("staff got %d new-case notices, want 1", n)
	}

	shown := s.show(t, c.Ref)
	if len(shown.Messages) != 3 {
		t.Fatalf("case shows %d messages, want the complaint, the ack and the staff notice: %+v", len(shown.Messages), shown.Messages)
	}
	in := shown.Messages[0]
	if in.Direction != "in" || in.From != "wangfang@mail.example" || in.MessageID != "c1@mail.example" || in.Date == "" {
		t.Errorf("first message = %+v", in)
	}
	if shown.Messages[1].Direction != "out" || !strings.Contains(shown.Messages[1].To, "wangfang@mail.example") {
		t.Errorf("second message = %+v, want the ack out to the consumer", shown.Messages[1])
	}
}

func TestOnceTwiceOpensNothingNew(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	s.once(t)
	if n := len(s.cases(t)); n != 2 {
		t.Fatalf("got %d cases after two runs, want 2", n)
	}
	if n := len(s.sentTo("wangfang@mail.example")) + len(s.sentTo("tom@mail.example")); n != 2 {
		t.Errorf("consumers got %d mails after two runs, want 2", n)
	}
}

func TestReplyWithReferenceIsAppended(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	ref := s.cases(t)[0].Ref

	// By reference in the subject, from another address of the consumer.
	s.deliver(t, mkMail(mailSpec{from: "tom.b@other.example", subject: "Re: [" + ref + "] Complaint about a seller", id: "r1@other.example",
		body: "My phone is +44 20 7946 0018.\n"}))
	// By In-Reply-To naming our acknowledgement, without the reference.
	ackID := strings.Trim(s.sentTo("tom@mail.example")[0].Header.Get("Message-Id"), "<>")
	s.deliver(t, mkMail(mailSpec{from: "Tom Baker <tom@mail.example>", subject: "more details", id: "r2@mail.example",
		headers: []string{"In-Reply-To: <" + ackID + ">"}, body: "The shop is at https://brightlights.example/shop\n"}))
	s.once(t)

	if n := len(s.cases(t)); n != 1 {
		t.Fatalf("got %d cases, want the replies on the one case", n)
	}
	if n := len(s.sentTo("tom@mail.example")) + len(s.sentTo("tom.b@other.example")); n != 1 {
		t.Errorf("consumer got %d mails, want only the first acknowledgement", n)
	}
	var in int
	for _, m := range s.show(t, ref).Messages {
		if m.Direction == "in" {
			in++
		}
	}
	if in != 3 {
		t.Errorf("case has %d incoming messages, want 3", in)
	}
}

func TestDuplicateMessageIDOneCase(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintZH)) // delivered twice, e.g. via two aliases
	s.once(t)
	if n := len(s.cases(t)); n != 1 {
		t.Fatalf("got %d cases, want 1", n)
	}
	if n := len(s.sentTo("wangfang@mail.example")); n != 1 {
		t.Errorf("consumer got %d acks, want 1", n)
	}
}

func TestNoAcknowledgementToMachinesOrStaff(t *testing.T) {
	tests := []struct {
		name string
		mail mailSpec
	}{
		{"auto-submitted", mailSpec{from: "Ann <ann@mail.example>", subject: "Out of office", id: "a1@mail.example",
			headers: []string{"Auto-Submitted: auto-replied"}, body: "I am away until Monday.\n"}},
		{"precedence bulk", mailSpec{from: "News <news@shop.example>", subject: "Our sale", id: "a2@shop.example",
			headers: []string{"Precedence: bulk"}, body: "Everything 50% off.\n"}},
		{"list-id", mailSpec{from: "Bob <bob@mail.example>", subject: "digest", id: "a3@mail.example",
			headers: []string{"List-Id: <buyers.lists.example>"}, body: "Today's digest.\n"}},
		{"mailer-daemon", mailSpec{from: "MAILER-DAEMON@mx.mail.example", subject: "Undelivered Mail Returned to Sender", id: "a4@mx.mail.example",
			body: "This is the mail system at host mx.mail.example.\nI'm sorry to have to inform you that your message could not be delivered.\n"}},
		{"noreply", mailSpec{from: "noreply@platform.example", subject: "Your order has shipped", id: "a5@platform.example",
			body: "Your order 5512 has shipped.\n"}},
		{"staff", mailSpec{from: "staff1@yweca.org.example", subject: "Phone complaint from Mr Li", id: "a6@yweca.org.example",
			body: "Mr Li called about a broken kettle from Hengda Shop, phone 13900001111.\n"}},
		{"station itself", mailSpec{from: "tousu@yweca.org.example", subject: "test", id: "a7@yweca.org.example", body: "test\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStation(t)
			s.deliver(t, mkMail(tt.mail))
			s.once(t)
			addr := tt.mail.from
			if i := strings.Index(addr, "<"); i >= 0 {
				addr = strings.Trim(addr[i:], "<>")
			}
			if n := len(s.sentTo(addr)); n != 0 {
				t.Errorf("%s got %d mails, want no acknowledgement", addr, n)
			}
		})
	}
}

func TestCancelMidBatchThenRerun(t *testing.T) {
	s := newStation(t)
	const n = 6
	for i := range n {
		m := complaintEN
		m.id = fmt.Sprintf("batch%d@mail.example", i)
		m.from = fmt.Sprintf("Buyer %d <buyer%d@mail.example>", i, i)
		s.deliver(t, mkMail(m))
	}
	// Cancel the run while it is inside the batch: after the third fetch.
	ctx, cancel := context.WithCancel(t.Context())
	var fetches int
	s.imap.SetFetchHook(func() {
		fetches++
		if fetches == 1 {
			cancel()
		}
	})
	_, _, err := invoke(t, ctx, "once", "-config", s.config)
	if err == nil {
		t.Log("first run finished despite the cancellation")
	}
	s.imap.SetFetchHook(nil)
	s.once(t)
	s.once(t)

	cases := s.cases(t)
	if len(cases) != n {
		t.Fatalf("got %d cases after cancel and re-run, want %d", len(cases), n)
	}
	for i := range n {
		if got := len(s.sentTo(fmt.Sprintf("buyer%d@mail.example", i))); got != 1 {
			t.Errorf("buyer%d got %d acks, want exactly 1", i, got)
		}
	}
}

func TestCheckConfig(t *testing.T) {
	s := newStation(t)
	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err != nil {
		t.Fatalf("check-config on a good setup: %v\n%s", err, out)
	}
	for _, want := range []string{"config", "imap 127.0.0.1", ": ok", "smtp 127.0.0.1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	t.Setenv("REDRESS_TEST_IMAP_PASSWORD", "wrong")
	out, _, err = invoke(t, t.Context(), "check-config", "-config", s.config)
	if err == nil || exitCode(err) == 0 {
		t.Fatalf("check-config with a wrong password exited 0:\n%s", out)
	}
	if !strings.Contains(out, "imap 127.0.0.1") || !strings.Contains(out, "failed") {
		t.Errorf("output does not report the IMAP failure:\n%s", out)
	}
	if strings.Contains(out, "wrong") {
		t.Errorf("output shows the password:\n%s", out)
	}

	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("station: {name: x}\nimap: {port: 0}\nbogus: 1\n"), 0o600)
	out, _, err = invoke(t, t.Context(), "check-config", "-config", bad)
	if err == nil {
		t.Fatalf("check-config accepted a bad file:\n%s", out)
	}
	if !strings.Contains(out, "bogus") {
		t.Errorf("unknown key not reported:\n%s", out)
	}
}

func TestDemo(t *testing.T) {
	out, errOut, err := invoke(t, t.Context(), "demo")
	if err != nil {
		t.Fatalf("demo: %v\n%s\n%s", err, out, errOut)
	}
	year := time.Now().In(mustLoc(t, "Asia/Shanghai")).Year()
	if n := strings.Count(out, fmt.Sprintf("YW-%d-0000", year)); n < 3 {
		t.Errorf("demo output names %d case references, want at least 3:\n%s", n, out)
	}
	if !strings.Contains(out, "Mail sent") || !strings.Contains(out, fmt.Sprintf("[YW-%d-00001]", year)) || !strings.Contains(out, "电话 / Phone:") {
		t.Errorf("demo output does not show the acknowledgements sent and the request for details:\n%s", out)
	}
	// A case's whole life: reminder, the consumer's answer, a staff reply
	// relayed, #close resolved, then its timeline.
	for _, want := range []string{"a reminder", "→ awaiting_info", "→ open", "→ in_mediation", "→ closed",
		"商家同意退货退款", "reminder 1 of 2", "open → in_mediation", "in_mediation → closed  resolved"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out[strings.Index(out, "What the consumer received"):strings.Index(out, "The timeline")], "staff1@") {
		t.Errorf("the relayed mail shows the staff member's address:\n%s", out)
	}
}

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "m.eml")
	os.WriteFile(f, mkMail(complaintZH), 0o600)
	out, errOut, err := invoke(t, t.Context(), "parse", f)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("parse output is not one JSON object: %v\n%s", err, out)
	}
	want := []string{"message_id", "subject", "from", "kind", "case_ref", "language", "text", "complainant", "respondent", "order", "missing", "attachments"}
	if len(got) != len(want) {
		t.Errorf("parse prints %d fields, want exactly %v: %v", len(got), want, got)
	}
	for _, k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("parse output lacks %q", k)
		}
	}

	out, _, err = invoke(t, t.Context(), "parse", f, f)
	var arr []map[string]any
	if err != nil || json.Unmarshal([]byte(out), &arr) != nil || len(arr) != 2 {
		t.Errorf("parse of two files: want a JSON array of 2, got %v\n%s", err, out)
	}

	junk := filepath.Join(dir, "junk.bin")
	os.WriteFile(junk, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe}, 0o600)
	_, _, err = invoke(t, t.Context(), "parse", junk)
	if err == nil || exitCode(err) == 0 {
		t.Fatalf("parse of a non-mail file exited 0")
	}
	if msg := err.Error(); !strings.Contains(msg, "junk.bin") || !strings.Contains(msg, "not an e-mail") || strings.Contains(msg, "\n") {
		t.Errorf("parse of a non-mail file: reason %q, want one line naming the file and why", msg)
	}
}

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
