package parser

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds every regular file under dir (if present) to the corpus.
func addSeeds(f *testing.F, dir string, max int) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || max <= 0 {
			return nil
		}
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<20 {
			f.Add(b)
			max--
		}
		return nil
	})
}

// FuzzDecode holds Decode to its contract on any input: no panic, either
// ErrNotMail or a Message whose text is valid UTF-8 and whose attachment
// sizes match their data.
func FuzzDecode(f *testing.F) {
	addSeeds(f, filepath.Join("testdata", "mime"), 100)
	addSeeds(f, complaintsDir, 100)
	addSeeds(f, wildDir, 200)
	f.Add([]byte("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhi\r\n--x--\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Decode(raw, Options{MaxSize: 1 << 16})
		if err != nil {
			if !errors.Is(err, ErrNotMail) {
				t.Fatalf("error %v is not ErrNotMail", err)
			}
			return
		}
		for name, s := range map[string]string{"subject": m.Subject, "text": m.Text, "full": m.FullText, "quoted": m.Quoted, "returned": m.Returned, "from": m.From.Name + m.From.Address} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if strings.ContainsAny(m.Subject, "\r\n") {
			t.Fatalf("subject spans lines: %q", m.Subject)
		}
		for _, a := range m.Attachments {
			if a.Data != nil && int64(len(a.Data)) != a.Size {
				t.Fatalf("attachment %q: size %d, %d bytes", a.Filename, a.Size, len(a.Data))
			}
		}
		checkReport(t, m)
	})
}

// checkReport holds the report fields of m to their bounds: at most
// maxReportRecipients blocks and maxReturnedHeaders headers, valid UTF-8,
// one line each, and returned headers only with returned text.
func checkReport(t *testing.T, m *Message) {
	t.Helper()
	if len(m.DeliveryStatus) > maxReportRecipients || len(m.ReturnedHeaders) > maxReturnedHeaders {
		t.Fatalf("%d delivery status blocks, %d returned headers", len(m.DeliveryStatus), len(m.ReturnedHeaders))
	}
	if len(m.ReturnedHeaders) > 0 && m.Returned == "" {
		t.Fatalf("returned headers %+v without returned text", m.ReturnedHeaders)
	}
	var fields []string
	for _, s := range m.DeliveryStatus {
		fields = append(fields, s.FinalRecipient, s.OriginalRecipient, s.Action, s.Status, s.DiagnosticCode)
	}
	for _, h := range m.ReturnedHeaders {
		fields = append(fields, h.MessageID, h.Subject, h.From.Address)
	}
	for _, s := range fields {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
			t.Fatalf("report field %q is not one line of UTF-8", s)
		}
	}
}

// FuzzTrim holds the reply trimmer to: no panic, valid output, and no
// invented text (every line of the output is a line of the input).
func FuzzTrim(f *testing.F) {
	for _, s := range []string{
		"new\n\nOn Mon, Mar 16, 2026 at 3:45 PM X <x@y.z> wrote:\n> old",
		"新\n\n------------------ 原始邮件 ------------------\n发件人: x\n\n旧",
		"a\n-- \nsig\n> q",
		"From: x\nSent: y\nTo: z\n\nbody",
		"---------- Forwarded message ---------\nFrom: x\n\nbody",
		"Danke.\n\nVon meinem iPhone gesendet\n\nAm 03.11.2026 um 17:15 schrieb X <x@y.z>:\n\n> alt",
		"Новое\n\n3 нояб. 2026 г., в 17:34, X\n<x@y.z> написал(а):\n\n> старое",
		"새 글\n\n2026-11-03 17:14 GMT+08:00 X <x@y.z>:\n> 옛 글",
		"Neu\n\n________________________________\nVon: X <x@y.z>\nGesendet: Dienstag\nAn: y\nBetreff: alt\n\nalt",
		"جديد \u200e+971 50 555 3412\u200e\n\nفي 3 نوفمبر 2026، الساعة 5:23 م، كتب X <x@y.z>:\n> قديم",
		"Hola\n\n---- On Tue, 03 Nov 2026 17:58:00 +0800 X <x@y.z> wrote ----\n\nold",
		"a1\n\n> q1\n\na2\n\n> q2\n\na3",
		"text\n----------\nmore text\n==========\nend",
		"Sent from my iPhone",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n, q := trimReply(s)
		// Nothing is lost: every line of the input is in the new text, the
		// signature or the history.
		n2, sig, q2 := splitReply(s)
		if n2 != n || q2 != q {
			t.Fatalf("trimReply and splitReply disagree on %q", s)
		}
		all := n2 + "\n" + sig + "\n" + q2
		for _, l := range strings.Split(s, "\n") {
			if tl := strings.TrimSpace(l); tl != "" && tl != "--" && !strings.Contains(all, tl) {
				t.Fatalf("input line %q is in none of new text %q, signature %q, history %q", l, n2, sig, q2)
			}
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			lines[strings.TrimRight(l, " \t")] = true
		}
		for _, out := range []string{n, q} {
			if out == "" {
				continue
			}
			for _, l := range strings.Split(out, "\n") {
				if l != "" && !lines[strings.TrimRight(l, " \t")] && !lines[strings.TrimSpace(l)] && !strings.Contains(s, strings.TrimSpace(l)) {
					t.Fatalf("output line %q is not in the input %q", l, s)
				}
			}
		}
	})
}

// FuzzHTMLToText: no panic, valid UTF-8 out for valid UTF-8 in.
func FuzzHTMLToText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("<ul><li><ol><li>x</ol></ul><table><td>a<td>b</table><blockquote><pre>p</pre></blockquote><a href=http://x>y</a>")
	f.Fuzz(func(t *testing.T, s string) {
		out := htmlToText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
	})
}

// FuzzDecodeHeader: header decoding, address and parameter parsing never
// panic and give valid one-line UTF-8.
func FuzzDecodeHeader(f *testing.F) {
	for _, s := range []string{
		`"=?gb18030?B?zfS9qLn6?=" <wangjg_1979@qq.com>`,
		"=?utf-8?B?5oqV?= =?utf-8?B?6K+J?=",
		"=?gb2312?Q?=CD=B6?= x",
		"attachment; filename*0*=gb18030''%CD%B6; filename*1*=%CB%DF",
		"Group: a@b.c, \"x, y\" <d@e.f>;",
		"\xcd\xb6\xcb\xdf <a@b.c>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := decodeHeaderText(s)
		if !utf8.ValidString(d) || strings.ContainsAny(d, "\r\n") {
			t.Fatalf("decodeHeaderText(%q) = %q", s, d)
		}
		for _, a := range parseAddressList(s) {
			if !utf8.ValidString(a.Name) || !utf8.ValidString(a.Address) {
				t.Fatalf("address %+v from %q", a, s)
			}
		}
		_, params := parseMediaHeader(s)
		for k, v := range params {
			if !utf8.ValidString(v) {
				t.Fatalf("param %s = %q from %q", k, v, s)
			}
		}
		_ = parseMsgIDs(s)
		_ = parseDate(s)
	})
}
