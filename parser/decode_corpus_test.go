package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// complaintsDir is the shared example corpus, relative to the package.
const complaintsDir = "../../shared/testdata/complaints"

// corpusLabel is the part of a labels.json entry that decoding answers for.
type corpusLabel struct {
	MessageID string `json:"message_id"`
	Subject   string `json:"subject"`
	From      struct {
		Name    string `json:"name"`
		Address string `json:"address"`
	} `json:"from"`
	TextMustContain    []string `json:"text_must_contain"`
	TextMustNotContain []string `json:"text_must_not_contain"`
	Attachments        []struct {
		Filename    string `json:"filename"`
		ContentType string `json:"content_type"`
	} `json:"attachments"`
}

func loadCorpusLabels(t testing.TB) map[string]corpusLabel {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(complaintsDir, "labels.json"))
	if os.IsNotExist(err) {
		t.Skipf("shared complaint corpus not present at %s (only in the project workspace)", complaintsDir)
	}
	if err != nil {
		t.Fatalf("reading labels: %v", err)
	}
	labels := map[string]corpusLabel{}
	if err := json.Unmarshal(b, &labels); err != nil {
		t.Fatalf("decoding labels: %v", err)
	}
	return labels
}

// TestDecodeCorpus decodes every example of the shared complaint corpus and
// compares what decoding answers for with labels.json.
func TestDecodeCorpus(t *testing.T) {
	labels := loadCorpusLabels(t)
	names := make([]string, 0, len(labels))
	for n := range labels {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := labels[name]
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(complaintsDir, name))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(raw, Options{})
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if m.MessageID != want.MessageID {
				t.Errorf("message_id = %q, want %q", m.MessageID, want.MessageID)
			}
			if m.Subject != want.Subject {
				t.Errorf("subject = %q, want %q", m.Subject, want.Subject)
			}
			if m.From.Name != want.From.Name || m.From.Address != want.From.Address {
				t.Errorf("from = %+v, want %+v", m.From, want.From)
			}
			for _, p := range want.TextMustContain {
				if !strings.Contains(m.Text, p) {
					t.Errorf("text lacks %q; text:\n%s", p, m.Text)
				}
			}
			for _, p := range want.TextMustNotContain {
				if strings.Contains(m.Text, p) {
					t.Errorf("text holds quoted %q; text:\n%s", p, m.Text)
				}
				if !strings.Contains(m.Quoted, p) {
					t.Errorf("quoted lacks %q; quoted:\n%s", p, m.Quoted)
				}
			}
			if len(m.Attachments) != len(want.Attachments) {
				t.Fatalf("%d attachments, want %d: %+v", len(m.Attachments), len(want.Attachments), m.Attachments)
			}
			for i, a := range want.Attachments {
				got := m.Attachments[i]
				if got.Filename != a.Filename || got.ContentType != a.ContentType {
					t.Errorf("attachment %d = %q %q, want %q %q", i, got.Filename, got.ContentType, a.Filename, a.ContentType)
				}
				if got.Size != int64(len(got.Data)) || got.Size == 0 {
					t.Errorf("attachment %d: size %d, %d bytes of data", i, got.Size, len(got.Data))
				}
			}
		})
	}
}

// TestDecodeCorpusDump prints the decoded text of each example with -v and
// REDRESS_DUMP=1; a development aid.
func TestDecodeCorpusDump(t *testing.T) {
	if os.Getenv("REDRESS_DUMP") == "" {
		t.Skip("set REDRESS_DUMP=1 to print decoded examples")
	}
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		m, err := Decode(raw, Options{})
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		t.Logf("==== %s dsn=%v date=%v to=%v warnings=%v\n--- TEXT\n%s\n--- QUOTED\n%s\n--- RETURNED\n%s", filepath.Base(f), m.IsDSN, m.Date, m.To, m.Warnings, m.Text, m.Quoted, m.Returned)
	}
}
