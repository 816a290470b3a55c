package analysis

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/yweca/redress/parser"
)

const bouncesDir = "testdata/bounces"

// bounceGolden is one entry of testdata/bounces/golden.json.
type bounceGolden struct {
	Kind   Kind    `json:"kind"`
	Bounce *Bounce `json:"bounce"`
}

// TestBounceGolden parses every sample of testdata/bounces and compares
// its kind and Bounce with golden.json; -update rewrites it.
func TestBounceGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(bouncesDir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples under %s: %v", bouncesDir, err)
	}
	got := map[string]bounceGolden{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := parse(raw, corpusOptions)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got[filepath.Base(f)] = bounceGolden{Kind: m.Kind, Bounce: m.Bounce}
	}
	golden := filepath.Join(bouncesDir, "golden.json")
	if *update {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(got); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading %s (run go test -run TestBounceGolden -update ./analysis/ to create it): %v", golden, err)
	}
	var want map[string]bounceGolden
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatalf("%s: %v", golden, err)
	}
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s: %s is gone", golden, name)
			continue
		}
		if !reflect.DeepEqual(g, w) {
			gb, _ := json.Marshal(g)
			wb, _ := json.Marshal(w)
			t.Errorf("%s:\n got: %s\nwant: %s", name, gb, wb)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s is new: rerun with -update if intended", name)
		}
	}
}

// TestBounceOnlyForBounces parses every message of the package's corpora
// (and the shared ones when present): Bounce is set exactly when Kind is
// KindBounce, and its lists are never nil. With REDRESS_DUMP=1 and -v it
// prints each Bounce, a development aid.
func TestBounceOnlyForBounces(t *testing.T) {
	dirs := []string{"testdata", mimeDir, complaintsDir, wildDir}
	n := 0
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			raw, err := os.ReadFile(p)
			if err != nil || len(raw) > 1<<20 {
				return nil
			}
			m, err := parse(raw, corpusOptions)
			if err != nil {
				return nil
			}
			n++
			if (m.Kind == KindBounce) != (m.Bounce != nil) {
				t.Errorf("%s: kind %s with bounce %+v", p, m.Kind, m.Bounce)
			}
			if m.Bounce != nil {
				if m.Bounce.Recipients == nil || m.Bounce.OriginalTo == nil {
					t.Errorf("%s: nil list in %+v", p, m.Bounce)
				}
				if os.Getenv("REDRESS_DUMP") != "" {
					b, _ := json.Marshal(m.Bounce)
					t.Logf("%s\t%s\t%s", p, m.Subject, b)
				}
			}
			return nil
		})
	}
	if n == 0 {
		t.Fatal("no message parsed")
	}
}

// TestFindBounce checks the rules of findBounce on decoded messages, one
// report format or decision per case.
func TestFindBounce(t *testing.T) {
	station := []parser.Address{{Address: "tousu@yweca.org.example"}}
	failed := func(final, orig, status, diag string) parser.RecipientStatus {
		return parser.RecipientStatus{FinalRecipient: final, OriginalRecipient: orig, Action: "failed", Status: status, DiagnosticCode: diag}
	}
	tests := []struct {
		name string
		m    parser.Message
		want Bounce
	}{
		{name: "report: failed wins over delivered and delayed, original recipient first",
			m: parser.Message{DeliveryStatus: []parser.RecipientStatus{
				{FinalRecipient: "ok@x.example", Action: "delivered", Status: "2.0.0"},
				{FinalRecipient: "slow@x.example", Action: "delayed", Status: "4.4.1"},
				failed("final@x.example", "orig@x.example", "5.1.1", "550 5.1.1 unknown"),
			}},
			want: Bounce{Recipients: []string{"orig@x.example", "final@x.example"}, Permanent: true, Status: "5.1.1", Diagnostic: "550 5.1.1 unknown"}},
		{name: "report: delayed only is not permanent",
			m:    parser.Message{DeliveryStatus: []parser.RecipientStatus{{FinalRecipient: "slow@x.example", Action: "delayed", Status: "4.4.1"}}},
			want: Bounce{Recipients: []string{"slow@x.example"}, Status: "4.4.1"}},
		{name: "report: failed after retries with a 4.x.x status is permanent",
			m:    parser.Message{DeliveryStatus: []parser.RecipientStatus{failed("gone@x.example", "", "4.4.7", "")}},
			want: Bounce{Recipients: []string{"gone@x.example"}, Permanent: true, Status: "4.4.7"}},
		{name: "report: no action, 5.x.x status",
			m:    parser.Message{DeliveryStatus: []parser.RecipientStatus{{FinalRecipient: "a@x.example", Status: "5.2.2"}}},
			want: Bounce{Recipients: []string{"a@x.example"}, Permanent: true, Status: "5.2.2"}},
		{name: "report: no action, the text says delayed",
			m:    parser.Message{Subject: "Delivery Status Notification (Delay)", DeliveryStatus: []parser.RecipientStatus{{FinalRecipient: "a@x.example"}}},
			want: Bounce{Recipients: []string{"a@x.example"}}},
		{name: "report: returned headers and delivery status",
			m: parser.Message{DeliveryStatus: []parser.RecipientStatus{failed("a@x.example", "", "5.1.1", "")},
				ReturnedHeaders: []parser.HeaderFacts{{MessageID: "c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example", Subject: "[YW-2026-00042] 受理通知", To: []parser.Address{{Address: "a@x.example"}}}}},
			want: Bounce{OriginalMessageID: "c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example", Recipients: []string{"a@x.example"}, OriginalSubject: "[YW-2026-00042] 受理通知",
				OriginalTo: []string{"a@x.example"}, Permanent: true, Status: "5.1.1", CaseRef: "YW-2026-00042"}},
		{name: "postfix text: <addr>: host said, folded reply",
			m: parser.Message{To: station, FullText: "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
				"<a@x.example>: host mx.x.example[192.0.2.1] said: 550 5.1.1 <a@x.example>:\n    Recipient address rejected (in reply to RCPT TO command)"},
			want: Bounce{Recipients: []string{"a@x.example"}, Permanent: true, Status: "5.1.1", Diagnostic: "550 5.1.1 <a@x.example>: Recipient address rejected (in reply to RCPT TO command)"}},
		{name: "exim delay warning",
			m: parser.Message{Subject: "Warning: message 1wQzT2-0004Kb-1M delayed 24 hours", FullText: "This message was created automatically by mail delivery software.\n" +
				"A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.hk-mail.example.\n\n" +
				"The message identifier is:     1wQzT2-0004Kb-1M\nThe subject of the message is: [YW-2026-00061] 请补充您的联系电话\n\n" +
				"The address to which the message has not yet been delivered is:\n\n  chen.jing@hk-mail.example\n    host store.hk-mail.example [192.0.2.88]: Connection timed out\n\n" +
				"No action is required on your part. Delivery attempts will continue for\nsome time."},
			want: Bounce{Recipients: []string{"chen.jing@hk-mail.example"}, OriginalSubject: "[YW-2026-00061] 请补充您的联系电话", CaseRef: "YW-2026-00061"}},
		{name: "sendmail delay: transient errors",
			m: parser.Message{Subject: "Warning: could not send message for past 4 hours", FullText: "    **********************************************\n" +
				"    **      THIS IS A WARNING MESSAGE ONLY      **\n    **********************************************\n\n" +
				"   ----- The following addresses had transient non-fatal errors -----\n<b@y.example>\n\n   ----- Transcript of session follows -----\n<b@y.example>... Deferred: Connection timed out"},
			want: Bounce{Recipients: []string{"b@y.example"}}},
		{name: "exchange text with display name only before the administrator section",
			m: parser.Message{FullText: "Delivery has failed to these recipients or groups:\n\nJohn Smith\nThe e-mail address you entered couldn't be found.\n\n" +
				"Diagnostic information for administrators:\n\nGenerating server: EXCH02.contoso.example\n\nj.smith@contoso.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n" +
				"Original message headers:\n\nReceived: from EXCH01 by EXCH02\nMessage-ID: <h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example>\nSubject: [YW-2026-00063] Filed\n"},
			want: Bounce{OriginalMessageID: "h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example", Recipients: []string{"j.smith@contoso.example"}, OriginalSubject: "[YW-2026-00063] Filed",
				Permanent: true, Status: "5.1.1", Diagnostic: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", CaseRef: "YW-2026-00063"}},
		{name: "gmail delay",
			m: parser.Message{Subject: "Delivery Status Notification (Delay)", FullText: "This is an automatically generated Delivery Status Notification\n\n" +
				"THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     slow@z.example\n\n" +
				"Message will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect."},
			want: Bounce{Recipients: []string{"slow@z.example"}}},
		{name: "yahoo: <addr>: and the reply on the next line",
			m:    parser.Message{FullText: "Sorry, we were unable to deliver your message to the following address.\n\n<m.s@yahoo.example>:\n554: delivery error: dd This user doesn't have a yahoo.com account"},
			want: Bounce{Recipients: []string{"m.s@yahoo.example"}, Permanent: true, Diagnostic: "554: delivery error: dd This user doesn't have a yahoo.com account"}},
		{name: "chinese inline: 您发送到 … 的邮件",
			m:    parser.Message{Subject: "退信", FullText: "您发送到 wf@qq.example 的邮件投递失败。\n退信原因：\n收件人地址不存在"},
			want: Bounce{Recipients: []string{"wf@qq.example"}, Permanent: true, Diagnostic: "收件人地址不存在"}},
		{name: "chinese list after 以下地址, subject from the report's subject",
			m:    parser.Message{Subject: "退信：[YW-2026-00416] 请补充商家名称", FullText: "很抱歉，您的邮件无法投递到以下地址：\n  lihong@sina.example\n原因：该邮箱不存在"},
			want: Bounce{Recipients: []string{"lihong@sina.example"}, OriginalSubject: "[YW-2026-00416] 请补充商家名称", Permanent: true, CaseRef: "YW-2026-00416"}},
		{name: "chinese labels in two table cells",
			m:    parser.Message{FullText: "很抱歉您的邮件被退回来了……\n原邮件信息：\n时　间：\n2026年4月26日\n主　题：\n[YW-2026-00074] 处理结果\n收件人：\n王芳<wf@qq.example>\n退信原因：\n收件人地址不存在"},
			want: Bounce{Recipients: []string{"wf@qq.example"}, OriginalSubject: "[YW-2026-00074] 处理结果", OriginalTo: []string{"wf@qq.example"}, Permanent: true, Diagnostic: "收件人地址不存在", CaseRef: "YW-2026-00074"}},
		{name: "qq: 被退回的邮件 names the subject",
			m:    parser.Message{Subject: "来自QQ邮箱的退信", FullText: "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n被退回的邮件：[YW-2026-00409] 请补充\n收件人：x@qq.example\n退信原因：收件人邮箱空间已满。"},
			want: Bounce{Recipients: []string{"x@qq.example"}, OriginalSubject: "[YW-2026-00409] 请补充", OriginalTo: []string{"x@qq.example"}, Permanent: true, Diagnostic: "收件人邮箱空间已满。", CaseRef: "YW-2026-00409"}},
		{name: "exchange in Chinese: list and subject prefix",
			m:    parser.Message{Subject: "无法送达: [YW-2026-00299] 请商家答复", FullText: "无法传递到以下收件人或组:\n\npurchase@shop.example\n收件人的电子邮件地址不存在。"},
			want: Bounce{Recipients: []string{"purchase@shop.example"}, OriginalSubject: "[YW-2026-00299] 请商家答复", Permanent: true, CaseRef: "YW-2026-00299"}},
		{name: "chinese delay notice that says it will return the mail later",
			m:    parser.Message{Subject: "邮件延迟投递通知", FullText: "您的邮件暂时无法投递到 a@x.example，系统将继续尝试。若 5 天内仍未投递成功，系统将退信。"},
			want: Bounce{Recipients: []string{"a@x.example"}}},
		{name: "exchange delay notice",
			m:    parser.Message{Subject: "Delivery delayed:[YW-2026-00063] Filed", FullText: "Delivery is delayed to these recipients or groups:\n\nj.smith@contoso.example (j.smith@contoso.example)\n\nSubject: [YW-2026-00063] Filed\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted."},
			want: Bounce{Recipients: []string{"j.smith@contoso.example"}, OriginalSubject: "[YW-2026-00063] Filed", CaseRef: "YW-2026-00063"}},
		{name: "a label followed by words is no label",
			m:    parser.Message{FullText: "您的邮件投递失败，退回原因如下：\n失败原因：对方服务器拒收"},
			want: Bounce{Permanent: true, Diagnostic: "对方服务器拒收"}},
		{name: "the report's own parties and daemons are no recipients",
			m: parser.Message{From: parser.Address{Address: "mailer-daemon@mx.example"}, To: station,
				FullText: "Your message wasn't delivered to tousu@yweca.org.example because it bounced.\n<postmaster@mx.example>: see above"},
			want: Bounce{Permanent: true, Diagnostic: "see above"}},
		{name: "status numbers inside an IP address are no status",
			m:    parser.Message{FullText: "<a@x.example>: connect to 10.4.5.6 refused: 550 access denied"},
			want: Bounce{Recipients: []string{"a@x.example"}, Permanent: true, Diagnostic: "550 access denied"}},
		{name: "indented quoted header",
			m:    parser.Message{FullText: "Your message could not be delivered to a@x.example.\n\n   ----- Original message -----\n\n   Message-ID:\n      <id1@yweca.org.example>\n   Subject: [YW-2026-00001] x\n   To: a@x.example\n\n   body"},
			want: Bounce{OriginalMessageID: "id1@yweca.org.example", Recipients: []string{"a@x.example"}, OriginalSubject: "[YW-2026-00001] x", OriginalTo: []string{"a@x.example"}, Permanent: true, CaseRef: "YW-2026-00001"}},
		{name: "nothing named",
			m:    parser.Message{Subject: "failure notice", FullText: "Something went wrong."},
			want: Bounce{Permanent: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findBounce(&tt.m, "YW")
			if tt.want.Recipients == nil {
				tt.want.Recipients = []string{}
			}
			if tt.want.OriginalTo == nil {
				tt.want.OriginalTo = []string{}
			}
			if !reflect.DeepEqual(*got, tt.want) {
				gb, _ := json.Marshal(got)
				wb, _ := json.Marshal(tt.want)
				t.Errorf("\n got: %s\nwant: %s", gb, wb)
			}
		})
	}
}

// TestBouncePhrasesFile holds the phrase file to its format: the loader
// panics on a malformed line or an unknown role.
func TestBouncePhrasesFile(t *testing.T) {
	for _, bad := range []string{"list|x", "listing|x|y", "list||y"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%q loaded without complaint", bad)
				}
			}()
			loadBouncePhrases(bouncePhrasesFile + "\n" + bad + "\n")
		}()
	}
}

// BenchmarkFindBounce reads the Bounce of every sample of testdata/bounces
// per iteration (decoding done once, before timing).
func BenchmarkFindBounce(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(bouncesDir, "*.eml"))
	var msgs []*parser.Message
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := parser.Decode(raw, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range msgs {
			findBounce(m, "YW")
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// TestBounceNotInParseJSON keeps Bounce out of the `redress parse`
// contract: a bounce's JSON has exactly the contract's keys.
func TestBounceNotInParseJSON(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(bouncesDir, "postfix-dsn.eml"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := parse(raw, corpusOptions)
	if err != nil || m.Bounce == nil {
		t.Fatalf("no bounce: %v", err)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"message_id", "subject", "from", "kind", "case_ref", "language", "text", "complainant", "respondent", "order", "missing", "attachments"} {
		delete(keys, k)
	}
	if len(keys) != 0 {
		t.Errorf("keys beyond the contract: %v", keys)
	}
}
