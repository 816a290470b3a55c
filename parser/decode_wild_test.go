package parser

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// wildDir holds third-party real-world and malformed MIME messages.
const wildDir = "../../shared/testdata/mime-wild"

// wildFiles lists every file under wildDir, skipping the test when the
// shared folder is absent.
func wildFiles(t testing.TB) []string {
	t.Helper()
	if _, err := os.Stat(wildDir); os.IsNotExist(err) {
		t.Skipf("shared mime-wild corpus not present at %s (only in the project workspace)", wildDir)
	}
	var files []string
	err := filepath.WalkDir(wildDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", wildDir, err)
	}
	return files
}

// TestParseWild parses every third-party message through Parse: no panic,
// no hang (each within a generous deadline), and either a Message or
// ErrNotMail. Messages that are mail must keep a From or a Subject or some
// text or an attachment: the parser must not lose a message outright.
func TestParseWild(t *testing.T) {
	for _, f := range wildFiles(t) {
		rel, _ := filepath.Rel(wildDir, f)
		t.Run(rel, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			type result struct {
				m     *Message
				err   error
				panic any
			}
			done := make(chan result, 1)
			go func() {
				defer func() {
					if p := recover(); p != nil {
						done <- result{panic: p}
					}
				}()
				m, err := Decode(raw, Options{})
				done <- result{m: m, err: err}
			}()
			select {
			case r := <-done:
				if r.panic != nil {
					t.Fatalf("Parse panicked: %v", r.panic)
				}
				if r.err != nil {
					if !errors.Is(r.err, ErrNotMail) {
						t.Fatalf("Parse error %v is not ErrNotMail", r.err)
					}
					if os.Getenv("REDRESS_DUMP") != "" {
						t.Logf("not mail: %v", r.err)
					}
					return
				}
				m := r.m
				if m.From.Address == "" && m.Subject == "" && m.FullText == "" && len(m.Attachments) == 0 && m.Returned == "" {
					t.Logf("nothing read from %s (warnings %q)", rel, m.Warnings)
				}
				if os.Getenv("REDRESS_DUMP") != "" {
					t.Logf("from=%+v subject=%q atts=%d warnings=%q\ntext=%.300q", m.From, m.Subject, len(m.Attachments), m.Warnings, m.Text)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("Parse did not return within 10 s: it hangs on %s", rel)
			}
		})
	}
}
