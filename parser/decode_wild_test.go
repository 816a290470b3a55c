package parser

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

// What Decode must make of a file of the wild corpus. Files not listed
// in wildExpect are mail and must decode to something readable.
type wildOutcome int

const (
	wildNotMail   wildOutcome = iota + 1 // ErrNotMail: no header block at all
	wildEmptyPart                        // a bare MIME part (Content-* fields only) with nothing to read
)

// wildExpect lists, relative to wildDir, the files that are not readable
// mail, and what Decode must make of each.
var wildExpect = map[string]wildOutcome{
	".gitattributes":                  wildNotMail,
	"README.md":                       wildNotMail,
	"enmime/LICENSE":                  wildNotMail,
	"enmime/testdata/attach/fake.png": wildNotMail,
	"enmime/testdata/encode/part-content-only.golden": wildNotMail, // a part's body without its header
	"enmime/testdata/encode/part-empty.golden":        wildNotMail,
	"enmime/testdata/mail/erroneous.raw":              wildNotMail, // "// Not an RFC-822 Document"
	// enmime's encoder output: one part each, no message header. The
	// unnamed image/jpeg body of part-bin-content is no text and, having
	// no file name, no attachment.
	"enmime/testdata/encode/part-bin-content.golden":                  wildEmptyPart,
	"enmime/testdata/encode/part-header-only-default-encoding.golden": wildEmptyPart,
	"enmime/testdata/encode/part-header-only.golden":                  wildEmptyPart,
	// Parts with a damaged Content-Type and no body.
	"enmime/testdata/parts/barren-content-type.raw":           wildEmptyPart,
	"enmime/testdata/parts/malformed-content-type-params.raw": wildEmptyPart,
	"enmime/testdata/parts/missing-closing-param-quote.raw":   wildEmptyPart,
}

// TestParseWild decodes every third-party message: the parser must not
// lose a message. Each file decodes without panic or hang (a generous
// deadline, to name the file rather than stall the run), and either is
// listed in wildExpect and gives what is listed there, or gives a Message
// with something readable: a header fact, text, a returned message or an
// attachment.
func TestParseWild(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range wildFiles(t) {
		rel, err := filepath.Rel(wildDir, f)
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		seen[rel] = true
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
			var r result
			select {
			case r = <-done:
			case <-time.After(time.Minute):
				t.Fatalf("Decode did not return within a minute: it hangs on %s", rel)
			}
			if r.panic != nil {
				t.Fatalf("Decode panicked: %v", r.panic)
			}
			expect := wildExpect[rel]
			if expect == wildNotMail {
				if !errors.Is(r.err, ErrNotMail) {
					t.Fatalf("Decode = %v, want ErrNotMail (wildExpect lists the file as not mail)", r.err)
				}
				return
			}
			if r.err != nil {
				t.Fatalf("Decode: %v; the message is lost", r.err)
			}
			m := r.m
			switch {
			case expect == wildEmptyPart && readable(m):
				t.Errorf("Decode now reads %+v: wildExpect lists the file as an empty part; update the table", m)
			case expect != wildEmptyPart && !readable(m):
				t.Errorf("nothing readable: no header fact, text, returned message or attachment (warnings %q)", m.Warnings)
			}
			if os.Getenv("REDRESS_DUMP") != "" {
				t.Logf("from=%+v subject=%q atts=%d warnings=%q\ntext=%.300q", m.From, m.Subject, len(m.Attachments), m.Warnings, m.Text)
			}
		})
	}
	for rel := range wildExpect {
		if !seen[rel] {
			t.Errorf("wildExpect lists %s, which is not in %s", rel, wildDir)
		}
	}
}

// readable reports whether a decoded message kept anything a person could
// read.
func readable(m *Message) bool {
	return m.From.Address != "" || m.Subject != "" || m.MessageID != "" || len(m.To) > 0 ||
		strings.TrimSpace(m.FullText) != "" || strings.TrimSpace(m.Returned) != "" || len(m.Attachments) > 0
}
