package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// evalDir holds the project's own evaluation messages, built like the
// shared samples (testdata/eval/gen.py regenerates them) but covering what
// the samples do not: other labels, amount forms, Big5, fill-in replies,
// forwards, headerless automatic replies and Chinese bounces.
const evalDir = "testdata/eval"

// TestEval parses every evaluation message and compares it field by field
// with testdata/eval/labels.json, as TestLabels does for the shared samples.
func TestEval(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(evalDir, "labels.json"))
	if err != nil {
		t.Fatalf("reading labels: %v", err)
	}
	var labels map[string]label
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("decoding labels.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(evalDir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) != len(labels) {
		t.Errorf("%d messages but %d labels", len(files), len(labels))
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
			m, err := Parse(data, opts)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			check := func(field string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s:\ngot  %#v\nwant %#v", field, got, want)
				}
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
	}
}
