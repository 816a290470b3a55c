package analysis

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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
// parties, and a JSON form that is valid JSON.
func FuzzParse(f *testing.F) {
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
		b, err := json.Marshal(m)
		if err != nil || !json.Valid(b) {
			t.Fatalf("JSON form: %v\n%s", err, b)
		}
	})
}
