package analysis

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/yweca/redress/parser"
)

// classifyGoldenLines parses every file in files and returns one line per
// file: its name relative to base (to ../parser/testdata for the
// decoder's messages, so they read mime/…), then Kind, CaseRef and
// Language, or the error for input that is not mail. Lines are sorted by
// name.
func classifyGoldenLines(t *testing.T, base string, files []string) []byte {
	t.Helper()
	type named struct{ rel, path string }
	var list []named
	for _, f := range files {
		b := base
		if strings.HasPrefix(f, mimeDir) {
			b = filepath.Dir(mimeDir)
		}
		rel, err := filepath.Rel(b, f)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, named{filepath.ToSlash(rel), f})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].rel < list[j].rel })
	var b bytes.Buffer
	for _, n := range list {
		rel := n.rel
		raw, err := os.ReadFile(n.path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := parse(raw, corpusOptions)
		switch {
		case errors.Is(err, parser.ErrNotMail):
			fmt.Fprintf(&b, "%s\tnot mail\n", rel)
		case err != nil:
			t.Fatalf("%s: %v", rel, err)
		default:
			fmt.Fprintf(&b, "%s\tkind=%s\tcase_ref=%q\tlanguage=%s\n", rel, m.Kind, m.CaseRef, m.Language)
		}
	}
	return b.Bytes()
}

// checkClassifyGolden compares got with the golden file, or rewrites it
// with -update.
func checkClassifyGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading %s (run go test -run TestClassifyGolden -update ./analysis/ to create it): %v", golden, err)
	}
	if bytes.Equal(got, want) {
		return
	}
	// Compare by file so that an added or removed file reads as such.
	byName := func(b []byte) (map[string]string, []string) {
		m := map[string]string{}
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			name, rest, _ := strings.Cut(l, "\t")
			m[name] = rest
			names = append(names, name)
		}
		return m, names
	}
	wm, wn := byName(want)
	gm, gn := byName(got)
	for _, n := range wn {
		if g, ok := gm[n]; !ok {
			t.Errorf("%s: %s is gone", golden, n)
		} else if g != wm[n] {
			t.Errorf("%s: %s\n got: %s\nwant: %s", golden, n, g, wm[n])
		}
	}
	for _, n := range gn {
		if _, ok := wm[n]; !ok {
			t.Errorf("%s: %s is new (%s): rerun with -update if intended", golden, n, gm[n])
		}
	}
}

// TestClassifyGolden pins Kind, CaseRef and Language of every message in
// the package's own testdata and the decoder's (../parser/testdata/mime,
// named mime/… in the golden file), so that changes to classification
// (say, for speed) cannot alter a result unnoticed.
func TestClassifyGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{"testdata", mimeDir} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".eml") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) == 0 {
		t.Fatal("no *.eml files under testdata")
	}
	checkClassifyGolden(t, filepath.Join("testdata", "classify.golden"), classifyGoldenLines(t, "testdata", files))
}

// TestClassifyGoldenShared does the same for the shared complaint examples
// and the third-party mime-wild corpus, which live outside the repository.
func TestClassifyGoldenShared(t *testing.T) {
	const shared = "../../shared/testdata"
	if _, err := os.Stat(complaintsDir); os.IsNotExist(err) {
		t.Skipf("shared corpus not present at %s (only in the project workspace)", complaintsDir)
	}
	files, err := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, wildFiles(t)...)
	checkClassifyGolden(t, filepath.Join("testdata", "classify_shared.golden"), classifyGoldenLines(t, shared, files))
}

// The tests below check the keyword search of classify against the plain
// regular expressions it stands in for: every count and every Kind must be
// the same.

// plainCount is what classifyKeywords.count must return.
func plainCount(id, n int, parts ...string) int {
	return len(classifyKeywords.res[id].re.FindAllStringIndex(strings.Join(parts, "\n"), n))
}

// agreeCase is one input classify hands to the keyword search: the scanned
// parts, and the strings whose newline-joined text the plain expression
// reads.
type agreeCase struct {
	name  string
	parts []*scanned
	plain []string
}

// checkKeywordsAgree compares keyword search of expressions ids with the
// plain expressions over each case, for counts up to 1, 3 and 8.
func checkKeywordsAgree(t *testing.T, ids []int, cases ...agreeCase) {
	t.Helper()
	k := classifyKeywords
	for _, id := range ids {
		r := k.res[id]
		for _, c := range cases {
			all := plainCount(id, -1, c.plain...)
			for _, n := range []int{1, 3, 8} {
				if got, want := k.count(id, n, c.parts...), min(all, n); got != want {
					t.Errorf("%.40s over %s, n=%d: keyword search counts %d, the plain expression %d\nparts %q", r.re, c.name, n, got, want, c.plain)
				}
			}
		}
	}
}

// allKeywords lists every expression of classifyKeywords.
var allKeywords = []int{kwBounceSubject, kwAutoSubject, kwAutoText, kwSpamText, kwConsumer, kwComplaintSubject, kwHowTo, kwProblem, kwDemand, kwQuestion, kwPhish, kwVictim, kwOwnPurchase}

// textKeywords lists the expressions classify runs over a message's text.
var textKeywords = []int{kwAutoText, kwSpamText, kwConsumer, kwHowTo, kwProblem, kwDemand, kwQuestion, kwPhish, kwVictim, kwOwnPurchase}

// checkAllCombinations compares keyword search with the plain expressions
// over subject and text in every combination classify uses.
func checkAllCombinations(t *testing.T, subject, text string) {
	t.Helper()
	k := classifyKeywords
	subj, body := k.scan(subject), k.scan(text)
	checkKeywordsAgree(t, allKeywords,
		agreeCase{"subject", []*scanned{subj}, []string{subject}},
		agreeCase{"text", []*scanned{body}, []string{text}},
		agreeCase{"head", []*scanned{body.head(1500)}, []string{text[:min(len(text), 1500)]}},
		agreeCase{"head40", []*scanned{body.head(40)}, []string{text[:min(len(text), 40)]}},
		agreeCase{"subject+text", []*scanned{subj, body}, []string{subject, text}},
		agreeCase{"subject++text", []*scanned{subj, k.scan(""), body}, []string{subject, "", text}},
	)
}

// corpusFiles lists the package's own messages and, when present, the
// shared ones.
func corpusFiles(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	mime, _ := filepath.Glob(filepath.Join(mimeDir, "*.eml"))
	files = append(files, mime...)
	shared, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	files = append(files, shared...)
	if _, err := os.Stat(wildDir); err == nil {
		files = append(files, wildFiles(t)...)
	}
	return files
}

// TestClassifyKeywordsCorpus runs the comparisons over every message of
// the corpora, on the simplified view analyse classifies.
func TestClassifyKeywordsCorpus(t *testing.T) {
	t.Parallel()
	for _, f := range corpusFiles(t) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := parser.Decode(raw, parser.Options{})
		if err != nil {
			continue
		}
		// The plain expressions are slow (hence keywordSet): compare
		// each once over what classify reads. The kinds themselves are
		// fixed by the classify golden files.
		v := classifyView(m)
		text := v.Text
		if text == "" {
			text = v.FullText
		}
		k := classifyKeywords
		body := k.scan(text)
		checkKeywordsAgree(t, allKeywords, agreeCase{f + " subject", []*scanned{k.scan(v.Subject)}, []string{v.Subject}})
		checkKeywordsAgree(t, textKeywords, agreeCase{f + " text", []*scanned{body}, []string{text}})
		checkKeywordsAgree(t, []int{kwAutoText}, agreeCase{f + " head", []*scanned{body.head(1500)}, []string{text[:min(len(text), 1500)]}})
	}
}

// classifyView is the message as analyse hands it to classify.
func classifyView(m *parser.Message) *parser.Message {
	v := *m
	v.Subject = simplifyHan(clip(m.Subject, 4096))
	v.Text = simplifyHan(clip(m.Text, maxAnalysed))
	v.FullText = simplifyHan(clip(m.FullText, maxAnalysed))
	return &v
}

// keywordSeeds are texts at the edges of the keyword search.
var keywordSeeds = []string{
	"",
	"投诉",
	"我在淘宝买了一个杯子，坏了，商家不给退款，请帮忙处理。订单号 123",
	"I bought a broken kettle; the seller refuses to refund. Please help me get my money back.",
	"XI bought it", "_I bought", "I boughtX", "seoX seo xseo SEO", "MOQ/OEM",
	"50% off 100% OFF 7%off 3% Off", "1234567890% off",
	"travellllling I'm travelling i’m on annual leave",
	"This is an automatic reply. I am out of the office.",
	"cheated cheat CHEAT scams", "leaks leak leaking\nleaked",
	"\u212aelvin \u017feo \u017fpecial offer unsub\u017fcribe", // fold to k and s
	"out of\noffice", "opt-out opt out opt\nout", "吗? 吗？ 呢？",
	"回来后会尽快回复您", "回来后尽快处理\n你", "我们已经成功收到您的投诉",
	"\xe6\x8a投诉\xff\xfe坏\xe5了", "how do I file a complaint\nhow to complain",
	"请问如何投诉？能否维权", "ticket number is 5", "your ticket #: 3",
	strings.Repeat("broken ", 10), strings.Repeat("没收到", 170) + "自动回复",
	strings.Repeat("a", 1499) + "自动回复", strings.Repeat("a", 1497) + "自动回复",
}

// TestClassifyKeywordsSeeds runs the comparisons over the seeds, alone and
// in pairs as subject and text.
func TestClassifyKeywordsSeeds(t *testing.T) {
	t.Parallel()
	for i, b := range keywordSeeds {
		// Each seed as text, under a few seeds as subject.
		subjects := []string{"", keywordSeeds[(i+1)%len(keywordSeeds)]}
		if len(b) > 200 {
			subjects = subjects[1:] // the plain expressions are slow
		}
		for _, a := range subjects {
			checkAllCombinations(t, a, b)
		}
	}
}

// FuzzClassifyKeywords compares keyword search with the plain expressions
// on arbitrary subjects and texts.
func FuzzClassifyKeywords(f *testing.F) {
	// TestClassifyKeywordsSeeds runs all seeds; a few start the fuzzer.
	for i, s := range keywordSeeds[:6] {
		f.Add(keywordSeeds[len(keywordSeeds)-1-i], s)
	}
	f.Fuzz(func(t *testing.T, subject, text string) {
		checkAllCombinations(t, subject, text)
	})
}

// TestClassifyKeywordsUsable makes sure each text expression is searched
// through its literals: an expression edited so that none can be derived
// would silently fall back to the slow plain search.
func TestClassifyKeywordsUsable(t *testing.T) {
	for id, r := range classifyKeywords.res {
		if id == kwAutoSubject {
			continue // ^\s*auto: has no literal start; subjects are short
		}
		if !r.starts {
			t.Errorf("%.60s: no start literals", r.re.String())
		}
		if !r.lines {
			t.Errorf("%.60s: not searchable line by line", r.re.String())
		}
	}
}
