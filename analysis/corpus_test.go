package analysis

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/yweca/redress/parser"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// The corpora the tests read, relative to the package directory. The
// shared ones live outside the repository (in the project workspace);
// tests that need them skip when they are absent.
const (
	complaintsDir = "../../shared/testdata/complaints" // labelled sample complaints
	wildDir       = "../../shared/testdata/mime-wild"  // third-party real-world and malformed MIME
	mimeDir       = "../parser/testdata/mime"          // the decoder's own test messages
)

// corpusOptions are the station facts of the shared examples.
var corpusOptions = Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}

// parse is Parse with the default decoding options.
func parse(raw []byte, opts Options) (*Mail, error) {
	return Parse(raw, parser.Options{}, opts)
}

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
