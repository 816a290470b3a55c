package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/yweca/redress/parser"
)

// Sets written blind for the parser's second round (issue 8), before any
// of its rules changed. They measure; they are not for tuning (heldout9
// never is). Each test reports its figures (go test -run Measure -v
// ./analysis/) and fails only when a figure falls below the floor
// measured when the set was added: a regression guard, not a target.

// measureFloors are today's counts: fully right, respondent name, phones,
// addresses, of 40 each. When the sets were added (2026-12-03, before any
// issue-8 rule changed) they were fresh9a 34/38/40/38 and heldout9
// 32/37/40/37. fresh9b, a second worked round written blind later that
// day, read 27/33/39/37 on its first run; fresh9c, a third (merchant
// naming), 24/32/37/36; fresh9d (everyday mail, written after the
// others were worked on), 21/31/33/32; fresh9e (everyday mail, after
// fresh9d was worked on), 18/27/36/35; fresh9f (after fresh9e was
// worked on), 23/32/33/34; fresh9g (everyday mail with buyers writing
// in Russian, French, German, Spanish and Arabic, written blind after
// the merchant's name was chosen by role), 27/38/34/35; fresh9h (the
// mail of a fortnight, written blind after fresh9g and kind2 were worked
// on), 24/34/34/36. fresh9a-h are worked on; heldout9 is never tuned to.
var measureFloors = map[string]struct{ full, respName, phones, addrs int }{
	"fresh9a":  {40, 40, 40, 40},
	"fresh9b":  {40, 40, 40, 40},
	"fresh9c":  {40, 40, 40, 40},
	"fresh9d":  {38, 40, 40, 39},
	"fresh9e":  {33, 39, 40, 37},
	"fresh9f":  {34, 39, 39, 36},
	"fresh9g":  {34, 40, 40, 38},
	"fresh9h":  {28, 36, 38, 36},
	"heldout9": {36, 38, 40, 40},
}

// trimFloor is what the trimmer must do on trim-langs (96 replies): new
// text exactly right, and history and signature gone with the new text
// kept. When the set was added, before the trimmer learnt the 24
// languages, it did 25 and 28; since, all 96.
var trimFloor = struct{ exact, clean int }{96, 96}

func TestMeasureFreshRounds(t *testing.T) {
	for _, set := range []string{"fresh9a", "fresh9b", "fresh9c", "fresh9d", "fresh9e", "fresh9f", "fresh9g", "fresh9h", "heldout9"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("testdata", set)
			raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
			if os.IsNotExist(err) {
				t.Skipf("%s is not there", dir)
			}
			if err != nil {
				t.Fatal(err)
			}
			var labels map[string]label
			if err := json.Unmarshal(raw, &labels); err != nil {
				t.Fatal(err)
			}
			names := make([]string, 0, len(labels))
			for n := range labels {
				names = append(names, n)
			}
			sort.Strings(names)
			opts := Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}
			var full, respName, phones, addrs int
			for _, name := range names {
				want := labels[name]
				data, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				m, err := parse(data, opts)
				if err != nil {
					t.Logf("%s: %v", name, err)
					continue
				}
				okName := m.Respondent.Name == want.Respondent.Name
				okPhones := reflect.DeepEqual(m.Complainant.Phones, nonNil(want.Complainant.Phones)) &&
					reflect.DeepEqual(m.Respondent.Phones, nonNil(want.Respondent.Phones))
				okAddrs := m.Complainant.Address == want.Complainant.Address && m.Respondent.Address == want.Respondent.Address
				okRest := m.MessageID == want.MessageID && m.Subject == want.Subject && m.From == want.From &&
					m.Kind == want.Kind && m.CaseRef == want.CaseRef && m.Language == want.Language &&
					m.Complainant.Name == want.Complainant.Name &&
					reflect.DeepEqual(m.Complainant.Emails, nonNil(want.Complainant.Emails)) &&
					reflect.DeepEqual(m.Respondent.URLs, nonNil(want.Respondent.URLs)) &&
					m.Order == want.Order && reflect.DeepEqual(m.Missing, nonNil(want.Missing)) &&
					textOK(m.Text, want.TextMust, want.TextMustNot)
				if okName {
					respName++
				}
				if okPhones {
					phones++
				}
				if okAddrs {
					addrs++
				}
				if okName && okPhones && okAddrs && okRest {
					full++
				} else if !strings.HasPrefix(set, "heldout") {
					// A held-out set's misses are not shown: nobody is to
					// tune to them, so nobody reads them.
					t.Logf("%s: not fully right (respondent name %v, phones %v, addresses %v)", name, okName, okPhones, okAddrs)
				}
			}
			t.Logf("%s: %d messages; fully right %d, respondent name %d, phones %d, addresses %d", set, len(names), full, respName, phones, addrs)
			if f := measureFloors[set]; full < f.full || respName < f.respName || phones < f.phones || addrs < f.addrs {
				t.Errorf("%s fell below the figures measured when it was added (%+v)", set, f)
			}
		})
	}
}

func textOK(text string, must, mustNot []string) bool {
	for _, s := range must {
		if !strings.Contains(text, s) {
			return false
		}
	}
	for _, s := range mustNot {
		if strings.Contains(text, s) {
			return false
		}
	}
	return true
}

// TestMeasureTrimming measures the reply trimmer on testdata/trim-langs,
// the set it was worked on, and on testdata/trim-heldout, written blind
// before the trimmer changed and never tuned to: replies in the languages
// and clients Yiwu's buyers use, with the new text each must keep.
func TestMeasureTrimming(t *testing.T) {
	for _, set := range []struct {
		name  string
		floor struct{ exact, clean int }
	}{
		{"trim-langs", trimFloor},
		{"trim-heldout", trimHeldoutFloor},
	} {
		t.Run(set.name, func(t *testing.T) {
			n, exact, clean := measureTrimming(t, filepath.Join("testdata", set.name))
			t.Logf("%s: %d replies; new text exactly right %d; history and signature gone with the new text kept %d", set.name, n, exact, clean)
			if exact < set.floor.exact || clean < set.floor.clean {
				t.Errorf("trimming fell below %+v", set.floor)
			}
		})
	}
}

// trimHeldoutFloor is the held-out trimming set's figures (99 replies):
// before the trimmer learnt the 24 languages it did 32 and 36 (measured
// with the trimmer of f729d1c); after, the figures below. The set is not
// tuned to, so these are floors, not targets.
var trimHeldoutFloor = struct{ exact, clean int }{89, 92}

func measureTrimming(t *testing.T, dir string) (n, exact, clean int) {
	// A held-out set's misses are not shown: nobody is to tune to them.
	show := !strings.Contains(dir, "heldout")
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if os.IsNotExist(err) {
		t.Skipf("%s is not there", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct {
		Language string   `json:"language"`
		Client   string   `json:"client"`
		Text     string   `json:"text"`
		MustNot  []string `json:"must_not_contain"`
	}
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(labels))
	for n := range labels {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := labels[name]
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		m, err := parser.Decode(data, parser.Options{})
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		got := normLines(m.Text)
		if got == normLines(want.Text) {
			exact++
		} else if show {
			t.Logf("%s (%s, %s): new text %q, want %q", name, want.Language, want.Client, got, normLines(want.Text))
		}
		if textOK(m.Text, nil, want.MustNot) && strings.Contains(got, firstLine(normLines(want.Text))) {
			clean++
		} else if show {
			t.Logf("%s (%s, %s): kept %q", name, want.Language, want.Client, got)
		}
	}
	return len(names), exact, clean
}

// normLines trims each line's trailing space and the text's leading and
// trailing blank lines.
func normLines(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
