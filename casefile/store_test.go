package casefile

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestOpenOddPath(t *testing.T) {
	// '?', '#' and '%' in the path must not be read as URI syntax.
	dir := filepath.Join(t.TempDir(), "we?ird#dir%20x")
	path := filepath.Join(dir, "redress.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ingest(t, s, in(1, complaint("a@x")))
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestOpenEmptyPath(t *testing.T) {
	if _, err := Open(context.Background(), "", Options{}); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

// TestImports holds casefile to its place in the house: it takes parser
// types, and never speaks IMAP or SMTP nor knows the other packages.
func TestImports(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found; cannot list dependencies")
	}
	out, err := exec.Command(gobin, "list", "-deps", "-e", "-f", "{{.ImportPath}}", ".").Output()
	if err != nil {
		t.Skipf("go list failed: %v", err)
	}
	forbidden := []string{
		"github.com/emersion/go-imap", "github.com/emersion/go-smtp", "github.com/emersion/go-sasl",
		"github.com/wneessen/go-mail", "net/smtp",
		"github.com/yweca/redress/mailbox", "github.com/yweca/redress/notify",
		"github.com/yweca/redress/cmd", "github.com/yweca/redress/config",
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/mattn/go-sqlite3") {
		t.Fatalf("go list -deps gave %v, which lacks the SQLite driver: not a real dependency list", deps)
	}
	for _, dep := range deps {
		for _, f := range forbidden {
			if dep == f || strings.HasPrefix(dep, f+"/") {
				t.Errorf("casefile depends on %s", dep)
			}
		}
	}
}
