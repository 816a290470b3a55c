package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/yweca/redress/parser"
)

// TestHeldOutKind measures complaint-versus-inquiry on testdata/heldout-kind:
// 48 mails written on 2026-12-03 by someone who never saw the classifier,
// before its rules for vague complaints were written. It reports the
// figure (go test -run TestHeldOutKind -v ./analysis/) and fails only
// below heldOutFloor, the figure measured when the rules were written:
// the set measures; it is not for tuning, so its misses are not listed.
func TestHeldOutKind(t *testing.T) {
	ok, n := measureKind(t, "heldout-kind", false)
	if float64(ok) < heldOutFloor*float64(n) {
		t.Errorf("held-out kind accuracy %d/%d fell below %.0f%%", ok, n, 100*heldOutFloor)
	}
}

// TestKindRounds measures complaint-versus-inquiry on kind2: 60 mails
// (30 each; Chinese, English and six other languages) written blind on
// 2026-12-03 and worked on. It read 33/60 on its first run (complaints
// 7/30, inquiries 26/30); kind2Floor is today's figure.
func TestKindRounds(t *testing.T) {
	if ok, n := measureKind(t, "kind2", true); ok < kind2Floor {
		t.Errorf("kind2: %d/%d right, below %d", ok, n, kind2Floor)
	}
}

const kind2Floor = 57

// measureKind reports how many mails of a labelled kind set are classified
// as labelled, listing the misses only when show is set.
func measureKind(t *testing.T, set string, show bool) (ok, n int) {
	t.Helper()
	dir := filepath.Join("testdata", set)
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct {
		Kind string `json:"kind"`
		Why  string `json:"why"`
	}
	if err := json.Unmarshal(b, &labels); err != nil {
		t.Fatal(err)
	}
	opts := Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}
	right := map[string]int{}
	total := map[string]int{}
	for name, want := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(raw, parser.Options{}, opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		total[want.Kind]++
		if string(m.Kind) == want.Kind {
			right[want.Kind]++
		} else if show {
			t.Logf("%s: %s, labelled %s (%s)", name, m.Kind, want.Kind, want.Why)
		}
	}
	n, ok = total["complaint"]+total["inquiry"], right["complaint"]+right["inquiry"]
	t.Logf("%s: %d/%d right (complaints %d/%d, inquiries %d/%d)", set, ok, n,
		right["complaint"], total["complaint"], right["inquiry"], total["inquiry"])
	return ok, n
}

// heldOutFloor is the share of the held-out set classified right when the
// vague-complaint rules were written (see the commit).
const heldOutFloor = 0.80 // 39/48 when the vague-complaint rule was written
