package redress_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestDependencyDirection keeps the house shape: the data path of one mail
// is fetch (mailbox) → decode (parser) → analyse (analysis) → decide
// (workflow) → store (casefile) → send (notify), walked by desk; only
// cmd/redress knows them all and the config file.
//
//   - parser, mailbox, notify, casefile, config and logging are leaves:
//     they import no package of this module.
//   - analysis knows only parser; workflow only analysis (and parser's
//     types through it) and the working-day calendar, and does no I/O.
//   - desk knows the packages of the data path, not config or cmd.
func TestDependencyDirection(t *testing.T) {
	const mod = "github.com/yweca/redress/"
	store := []string{"github.com/emersion/go-imap", "github.com/mattn/go-sqlite3", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp"}
	tests := []struct {
		pkg       string
		allowed   []string // packages of this module it may import
		forbidden []string // outside packages it must not import, even indirectly
		noIO      bool     // and it imports no file, network or database package itself
	}{
		{"parser", nil, store, false},
		{"analysis", []string{"parser"}, store, true},
		{"workflow", []string{"analysis", "parser", "calendar"}, store, true},
		{"calendar", nil, store, false},
		{"mailbox", nil, []string{"github.com/mattn/go-sqlite3", "github.com/wneessen/go-mail"}, false},
		{"casefile", nil, []string{"github.com/emersion/go-imap", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp", "github.com/emersion/go-sasl", "net/smtp"}, false},
		{"notify", nil, []string{"github.com/emersion/go-imap", "github.com/mattn/go-sqlite3"}, false},
		{"config", nil, nil, false},
		{"monitor", nil, store, false},
		{"archive", nil, store, false},
		{"logging", nil, store, false},
		{"desk", []string{"parser", "analysis", "workflow", "calendar", "casefile", "mailbox", "notify"}, nil, false},
		{"web", []string{"workflow", "analysis", "parser", "calendar"}, store, false},
		{"report", []string{"casefile"}, []string{"github.com/emersion/go-imap", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "./"+tt.pkg).Output()
			if err != nil {
				t.Fatalf("go list -deps ./%s: %v", tt.pkg, err)
			}
			deps := strings.Fields(string(out))
			if !slices.Contains(deps, "context") && !slices.Contains(deps, "strings") {
				t.Fatalf("go list -deps ./%s gave %v: not a real dependency list", tt.pkg, deps)
			}
			for _, dep := range deps {
				if rest, ok := strings.CutPrefix(dep, mod); ok {
					top, _, _ := strings.Cut(rest, "/")
					if top != tt.pkg && !slices.Contains(tt.allowed, top) {
						t.Errorf("%s depends on %s", tt.pkg, dep)
					}
					continue
				}
				for _, f := range tt.forbidden {
					if dep == f || strings.HasPrefix(dep, f+"/") {
						t.Errorf("%s depends on %s", tt.pkg, dep)
					}
				}
			}
			if !tt.noIO {
				return
			}
			out, err = exec.Command("go", "list", "-f", `{{join .Imports " "}}`, "./"+tt.pkg).Output()
			if err != nil {
				t.Fatalf("go list -f ./%s: %v", tt.pkg, err)
			}
			for _, imp := range strings.Fields(string(out)) {
				// net/mail and net/url only parse.
				if imp == "os" || imp == "net" || (strings.HasPrefix(imp, "net/") && imp != "net/mail" && imp != "net/url") || strings.HasPrefix(imp, "database/") || imp == "os/exec" {
					t.Errorf("%s imports %s: decisions do no I/O", tt.pkg, imp)
				}
			}
		})
	}
}
