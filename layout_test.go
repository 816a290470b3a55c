package redress_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestDependencyDirection keeps the house shape: parser and mailbox are
// leaves, analysis knows only parser, casefile and notify know nothing of
// IMAP or SMTP libraries of each other, and only cmd/redress knows them
// all.
func TestDependencyDirection(t *testing.T) {
	const mod = "github.com/yweca/redress/"
	tests := []struct {
		pkg       string
		forbidden []string
	}{
		{"parser", []string{mod, "github.com/emersion/go-imap", "github.com/mattn/go-sqlite3", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp"}},
		{"analysis", []string{mod + "mailbox", mod + "casefile", mod + "notify", mod + "config", mod + "cmd", mod + "workflow", mod + "desk", "github.com/emersion/go-imap", "github.com/mattn/go-sqlite3", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp"}},
		{"mailbox", []string{mod, "github.com/mattn/go-sqlite3", "github.com/wneessen/go-mail"}},
		{"casefile", []string{mod + "mailbox", mod + "notify", mod + "config", mod + "cmd", "github.com/emersion/go-imap", "github.com/wneessen/go-mail", "github.com/emersion/go-smtp", "github.com/emersion/go-sasl", "net/smtp"}},
		{"notify", []string{mod, "github.com/emersion/go-imap", "github.com/mattn/go-sqlite3"}},
		{"config", []string{mod}},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "./"+tt.pkg).Output()
			if err != nil {
				t.Fatalf("go list -deps ./%s: %v", tt.pkg, err)
			}
			deps := strings.Fields(string(out))
			if !slices.Contains(deps, "context") {
				t.Fatalf("go list -deps ./%s gave %v: not a real dependency list", tt.pkg, deps)
			}
			for _, dep := range deps {
				if dep == mod+tt.pkg {
					continue
				}
				for _, f := range tt.forbidden {
					if strings.HasPrefix(dep, f) && !strings.HasPrefix(dep, mod+tt.pkg+"/") {
						t.Errorf("%s depends on %s", tt.pkg, dep)
					}
				}
			}
		})
	}
}
