package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/yweca/redress/parser"
)

// label is one entry of labels.json: the JSON `redress parse` must print,
// plus the text checks.
type label struct {
	MessageID   string         `json:"message_id"`
	Subject     string         `json:"subject"`
	From        parser.Address `json:"from"`
	Kind        Kind           `json:"kind"`
	CaseRef     string         `json:"case_ref"`
	Language    string         `json:"language"`
	Complainant Complainant    `json:"complainant"`
	Respondent  Respondent     `json:"respondent"`
	Order       Order          `json:"order"`
	Missing     []string       `json:"missing"`
	TextMust    []string       `json:"text_must_contain"`
	TextMustNot []string       `json:"text_must_not_contain"`
	Attachments []struct {
		Filename    string `json:"filename"`
		ContentType string `json:"content_type"`
	} `json:"attachments"`
}

// TestLabels parses every labelled sample and compares it field by field.
func TestLabels(t *testing.T) {
	if _, err := os.Stat(filepath.Join(complaintsDir, "labels.json")); os.IsNotExist(err) {
		t.Skipf("%s is absent (it lives outside the repository): skipping the labelled samples", complaintsDir)
	}
	checkLabelled(t, complaintsDir)
}

// TestEval runs the project's own evaluation sets the same way: mail built
// like the shared samples but written independently of them, to keep the
// extraction rules general (testdata/eval*/gen.py regenerates them).
//   - eval: other label words, amount forms, Big5 and Taiwan mail, English
//     mail from many countries, fill-in replies, forwards, HTML-only mail.
//   - eval2: QQ forwards versus replies, Hong Kong and US phone forms,
//     extensions, 400/800 numbers, platform prefixes and quotes around shop
//     names, short links, Chinese and Gmail bounces, headerless
//     auto-replies, Chinese spam and inquiries.
//   - eval3: two to four variants of each shared sample (same client and
//     structure, other people, shops, numbers and field placement).
//   - eval4zh: Chinese consumer mail (Sina, Sohu, 139, iPhone Mail, Big5
//     and UTF-8 from Hong Kong, Taiwan and Macau), live-stream and market
//     stall purchases, fill-in replies, Chinese auto-replies, bounces, spam.
//   - eval4en: English mail from buyers in many countries (their phone
//     forms, signatures, self-introductions naming their own company,
//     suppliers on Alibaba/1688/DHgate/yiwugo), Exchange, Yahoo and Exim
//     bounces, out-of-office notices, SEO and advance-fee spam, inquiries.
//   - eval5mix: hard structure and distracting numbers in both languages:
//     forwards of forwards, attachments with RFC 2047/2231/raw 8-bit
//     names, HTML tables, bottom-posted and interleaved replies, timelines
//     full of dates, tracking, ID and transaction numbers, several amounts.
//   - eval5kind: kind, case reference and language borderlines: complaints
//     phrased as questions, inquiries about named shops, ticket
//     acknowledgements, Postfix/Exim/Gmail bounces, phishing, staff mail,
//     references in odd brackets, lower case or with wrong digit counts.
//   - eval6reply: consumer replies to the acknowledgement from every
//     client, details in prose, in the copied fill-in block or only in
//     the quote, spouse mailboxes, signatures, stated e-mail addresses.
func TestEval(t *testing.T) {
	for _, dir := range []string{"testdata/eval", "testdata/eval2", "testdata/eval3", "testdata/eval4zh", "testdata/eval4en", "testdata/eval5kind", "testdata/eval5mix", "testdata/eval6resp", "testdata/eval6reply", "testdata/eval7en", "testdata/eval7zh", "testdata/eval8b", "testdata/eval8a"} {
		t.Run(filepath.Base(dir), func(t *testing.T) { checkLabelled(t, dir) })
	}
}

// checkLabelled parses every *.eml in dir and compares it field by field
// with dir/labels.json.
func checkLabelled(t *testing.T, dir string) {
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatalf("reading labels: %v", err)
	}
	var labels map[string]label
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("decoding labels.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) == 0 || len(files) != len(labels) {
		t.Errorf("%s: %d messages but %d labels", dir, len(files), len(labels))
	}
	opts := Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			want, ok := labels[name]
			if !ok {
				t.Fatalf("%s has no entry in labels.json", name)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			m, err := parse(data, opts)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			check := func(field string, got, want any) {
				t.Helper()
				t.Run(field, func(t *testing.T) {
					if !reflect.DeepEqual(got, want) {
						t.Errorf("got  %#v\nwant %#v", got, want)
					}
				})
			}
			check("message_id", m.MessageID, want.MessageID)
			check("subject", m.Subject, want.Subject)
			check("from", m.From, want.From)
			check("kind", m.Kind, want.Kind)
			check("case_ref", m.CaseRef, want.CaseRef)
			check("language", m.Language, want.Language)
			check("complainant.name", m.Complainant.Name, want.Complainant.Name)
			check("complainant.phones", m.Complainant.Phones, nonNil(want.Complainant.Phones))
			check("complainant.emails", m.Complainant.Emails, nonNil(want.Complainant.Emails))
			check("complainant.address", m.Complainant.Address, want.Complainant.Address)
			check("respondent.name", m.Respondent.Name, want.Respondent.Name)
			check("respondent.urls", m.Respondent.URLs, nonNil(want.Respondent.URLs))
			check("respondent.phones", m.Respondent.Phones, nonNil(want.Respondent.Phones))
			check("respondent.address", m.Respondent.Address, want.Respondent.Address)
			check("order", m.Order, want.Order)
			check("missing", m.Missing, nonNil(want.Missing))
			type att struct{ Filename, ContentType string }
			var gotAtt, wantAtt []att
			for _, a := range m.Attachments {
				gotAtt = append(gotAtt, att{a.Filename, a.ContentType})
			}
			for _, a := range want.Attachments {
				wantAtt = append(wantAtt, att{a.Filename, a.ContentType})
			}
			check("attachments", gotAtt, wantAtt)
			t.Run("text", func(t *testing.T) {
				for _, s := range want.TextMust {
					if !strings.Contains(m.Text, s) {
						t.Errorf("text lacks %q:\n%s", s, m.Text)
					}
				}
				for _, s := range want.TextMustNot {
					if strings.Contains(m.Text, s) {
						t.Errorf("text holds quoted %q:\n%s", s, m.Text)
					}
				}
			})
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
