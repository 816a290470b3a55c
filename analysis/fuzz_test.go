package analysis

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yweca/redress/parser"
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

// FuzzParse holds Parse to its contract on any input: no panic, either
// ErrNotMail or a Mail with a known kind, a language, valid UTF-8 in the
// parties, a Bounce exactly when the kind is bounce, and a JSON form that
// is valid JSON.
func FuzzParse(f *testing.F) {
	addSeeds(f, bouncesDir, 50)
	addSeeds(f, mimeDir, 100)
	addSeeds(f, complaintsDir, 100)
	addSeeds(f, wildDir, 200)
	f.Add([]byte("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhi\r\n--x--\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw, parser.Options{MaxSize: 1 << 16}, Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"})
		if err != nil {
			if !errors.Is(err, parser.ErrNotMail) {
				t.Fatalf("error %v is not ErrNotMail", err)
			}
			return
		}
		switch m.Kind {
		case KindBounce, KindAutoReply, KindSpam, KindReply, KindComplaint, KindInquiry:
		default:
			t.Fatalf("kind %q", m.Kind)
		}
		if m.Language != "zh" && m.Language != "en" {
			t.Fatalf("language %q", m.Language)
		}
		for name, s := range map[string]string{"complainant name": m.Complainant.Name, "complainant address": m.Complainant.Address,
			"respondent name": m.Respondent.Name, "respondent address": m.Respondent.Address, "order": m.Order.Number} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if (m.Kind == KindBounce) != (m.Bounce != nil) {
			t.Fatalf("kind %s with bounce %+v", m.Kind, m.Bounce)
		}
		if m.Bounce != nil {
			checkBounce(t, m.Bounce)
		}
		b, err := json.Marshal(m)
		if err != nil || !json.Valid(b) {
			t.Fatalf("JSON form: %v\n%s", err, b)
		}
	})
}

// FuzzFindBounce feeds report text and subjects straight to findBounce,
// with and without a delivery status, and holds the Bounce to its form.
func FuzzFindBounce(f *testing.F) {
	f.Add("Undeliverable: [YW-2026-00042] x", "Delivery has failed to these recipients or groups:\n\na@b.example (a@b.example)\n\nOriginal message headers:\n\nMessage-ID: <x@y>\nSubject: s\n", "failed")
	f.Add("系统退信", "原邮件信息：\n主　题：\n[YW-2026-00074] 结果\n收件人：\nwf@qq.example\n退信原因：\n收件人地址不存在", "")
	f.Add("Delayed Mail", "<a@b.example>: host x said: 450 4.2.0 later\n    more", "delayed")
	f.Add("failure notice", "The following address(es) failed:\n\n  a@b.example\n    550 5.1.1 x\n\n------ This is a copy of the message, including all the headers. ------\n\n   To: a@b.example\n   Subject: s", "")
	f.Fuzz(func(t *testing.T, subject, text, action string) {
		// Decode gives valid UTF-8 only.
		subject, text = strings.ToValidUTF8(subject, "\uFFFD"), strings.ToValidUTF8(text, "\uFFFD")
		m := &parser.Message{Subject: subject, FullText: text, From: parser.Address{Address: "mailer-daemon@mx.example"}}
		checkBounce(t, findBounce(m, "YW"))
		m.DeliveryStatus = []parser.RecipientStatus{{FinalRecipient: "a@b.example", Action: action, Status: "5.1.1", DiagnosticCode: text}}
		m.ReturnedHeaders = []parser.HeaderFacts{{Subject: subject}}
		b := findBounce(m, "YW")
		checkBounce(t, b)
		if action == "failed" && (!b.Permanent || b.Recipients[0] != "a@b.example") {
			t.Fatalf("failed recipient not reported: %+v", b)
		}
	})
}

// checkBounce holds b to its form: lists not nil, addresses in lower case
// and bounded, valid UTF-8, Diagnostic one clipped line.
func checkBounce(t *testing.T, b *Bounce) {
	t.Helper()
	if b == nil || b.Recipients == nil || b.OriginalTo == nil {
		t.Fatalf("bounce with nil parts: %+v", b)
	}
	if len(b.Recipients) > maxBounceAddresses || len(b.OriginalTo) > maxBounceAddresses {
		t.Fatalf("%d recipients, %d original addressees", len(b.Recipients), len(b.OriginalTo))
	}
	for _, a := range append(slices.Clone(b.Recipients), b.OriginalTo...) {
		if a == "" || a != strings.ToLower(a) || !utf8.ValidString(a) {
			t.Fatalf("address %q", a)
		}
	}
	if len(b.Diagnostic) > maxDiagnostic || strings.ContainsAny(b.Diagnostic, "\r\n") || strings.ContainsAny(b.OriginalSubject, "\r\n") {
		t.Fatalf("diagnostic %q, subject %q", b.Diagnostic, b.OriginalSubject)
	}
	for _, s := range []string{b.OriginalMessageID, b.OriginalSubject, b.Status, b.Diagnostic, b.CaseRef} {
		if !utf8.ValidString(s) {
			t.Fatalf("not UTF-8: %q", s)
		}
	}
}
