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
	"unicode/utf8"

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

// classifyView is the message as analyse hands it to classify.
func classifyView(m *parser.Message) *parser.Message {
	v := *m
	v.Subject = simplifyHan(clip(m.Subject, 4096))
	v.Text = simplifyHan(clip(m.Text, maxAnalysed))
	v.FullText = simplifyHan(clip(m.FullText, maxAnalysed))
	return &v
}

// TestPhraseFiles holds phrases/ to the lists classify knows: every file
// is one list and loads.
func TestPhraseFiles(t *testing.T) {
	if _, err := loadPhrases(); err != nil {
		t.Fatal(err)
	}
	entries, err := phrasesFS.ReadDir("phrases")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, f := range phraseFiles {
		known[f] = true
	}
	for _, e := range entries {
		if !known[e.Name()] {
			t.Errorf("phrases/%s is no list classify reads (add it to phraseFiles)", e.Name())
		}
	}
}

// TestPhraseMatching checks the matcher on the cases its rules name.
func TestPhraseMatching(t *testing.T) {
	tests := []struct {
		name string
		text string
		list phraseList
		want int
	}{
		{"chinese anywhere", "商家不给退款", listProblem, 1},
		{"traditional after simplifyHan", simplifyHan("我要投訴"), listConsumer, 1},
		{"case folded", "The Seller REFUSED", listProblem, 1},
		{"full width", "ｒｅｆｕｓｅｄ", listProblem, 1},
		{"full-width question mark", "能退吗？", listQuestion, 2},
		{"curly apostrophe", "it hasn’t arrived", listProblem, 1},
		{"kelvin sign", "\u212aelvin is broKen", listProblem, 1},
		{"whole word", "seoul unseo seo", listSpam, 1},
		{"no word run-on", "seos", listSpam, 0},
		{"star runs on", "complaints", listComplaintSubject, 3},
		{"star keeps word start", "xcomplaint", listComplaintSubject, 0},
		{"digit edge", "50% off, 7%off", listSpam, 1},
		{"non-overlapping", "没收到没收到", listProblem, 2},
		{"overlap counted once", "never received", listProblem, 1},
		{"weights add", "请问有没有", listQuestion, 4},
		{"not utf-8", "\xff坏了\xfe", listProblem, 1},
		{"empty", "", listProblem, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classifyPhrases.scan(tt.text, 0).weight(tt.list); got != tt.want {
				t.Errorf("%s weighs %d in %q, want %d", phraseFiles[tt.list], got, tt.text, tt.want)
			}
		})
	}
}

// TestStructRes checks each expression for wording with slots on one
// sentence that needs it.
func TestStructRes(t *testing.T) {
	tests := []struct {
		name string
		text string
		list phraseList
		head bool
	}{
		{"acknowledgement", "我们已经成功收到您的投诉，将尽快处理。", listAutoText, true},
		{"away", "本人目前正在出差中", listAutoText, true},
		{"ticket opened", "您的工单已受理", listAutoText, true},
		{"on return", "回来后会尽快回复您", listAutoText, true},
		{"ticket number", "Your request (#A-1234) has been received.", listAutoText, true},
		{"own purchase", "我在拼多多上买了一双鞋", listOwnPurchase, false},
		{"bought", "我从义乌小商品城进了一批货", listConsumer, false},
		{"remedy", "I want a full refund.", listDemand, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := classifyPhrases.scan(tt.text, autoHead)
			w := sc.weight(tt.list)
			if tt.head {
				w = sc.headWeight(tt.list)
			}
			if w == 0 {
				t.Errorf("%q does not count toward %s", tt.text, phraseFiles[tt.list])
			}
		})
	}
	if w := classifyPhrases.scan("我还没买，想先问问", 0).weight(listOwnPurchase); w != 0 {
		t.Errorf("我还没买 counts as an own purchase (%d)", w)
	}
	long := strings.Repeat("a", autoHead) + "自动回复"
	if sc := classifyPhrases.scan(long, autoHead); sc.headWeight(listAutoText) != 0 || sc.weight(listAutoText) == 0 {
		t.Errorf("head of %d bytes: weight %d in head, %d in all", autoHead, sc.headWeight(listAutoText), sc.weight(listAutoText))
	}
}

// naiveWeights is what scan must find, by searching each phrase with
// bytes.Index: the reference for the automaton and its bookkeeping.
func naiveWeights(s string, head int) (all, inHead [numLists]int) {
	b, at := foldText(s, head)
	type occ struct {
		start, end int
		e          phraseEntry
	}
	var occs []occ
	for _, p := range classifyPhrases.patterns {
		for from := 0; from <= len(b); {
			i := bytes.Index(b[from:], []byte(p.text))
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(p.text)
			from = start + 1
			if p.left && start > 0 && isWordByte(b[start-1]) {
				continue
			}
			for _, e := range p.entries {
				if e.right && end < len(b) && isWordByte(b[end]) {
					continue
				}
				occs = append(occs, occ{start, end, e})
			}
		}
	}
	// Earliest end first and, of those ending together (which overlap),
	// the longest.
	sort.SliceStable(occs, func(i, j int) bool {
		if occs[i].end != occs[j].end {
			return occs[i].end < occs[j].end
		}
		return occs[i].start < occs[j].start
	})
	var lastEnd [numLists]int
	for _, o := range occs {
		if o.start < lastEnd[o.e.list] {
			continue
		}
		lastEnd[o.e.list] = o.end
		all[o.e.list] += o.e.weight
		if o.end <= at {
			inHead[o.e.list] += o.e.weight
		}
	}
	return all, inHead
}

// classifySeeds are subjects and texts at the edges of the matcher.
var classifySeeds = [][2]string{
	{"", ""},
	{"投诉", "我在淘宝买了一个杯子，坏了，商家不给退款，请帮忙处理。订单号 123"},
	{"Complaint", "I bought a broken kettle; the seller refuses to refund. Please help me get my money back."},
	{"请问网购退货有什么规定？", "我还没买，想问问退货的规定是什么，合法吗？"},
	{"Automatic reply: x", "This is an automatic reply. I am out of the office."},
	{"AUTO: away", "我们已经成功收到您的投诉"},
	{"Fwd: Undeliverable: x", "see below"},
	{"Get more buyers", "SEO ranking, first page, unsubscribe. 50% OFF"},
	{"ｓｅｏ", "ＩＭ ＯＵＴ ＯＦ ＴＨＥ ＯＦＦＩＣＥ \u3000 ＭＯＱ/ＯＥＭ"},
	{"\u212aelvin", "\u017feo \u017fpecial offer unsub\u017fcribe it hasn’t arrived"},
	{"x", "\xe6\x8a投诉\xff\xfe坏\xe5了"},
	{"", strings.Repeat("a", 1499) + "自动回复"},
}

// FuzzClassify holds the matcher to its naive reference (each phrase
// searched with bytes.Index) on any subject and text, and classify to its
// contract: no panic, a known kind, and the same kind whatever the case or
// width of the letters.
func FuzzClassify(f *testing.F) {
	for _, s := range classifySeeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, subject, text string) {
		for _, c := range []struct {
			s    string
			head int
		}{{subject, 0}, {text, autoHead}} {
			sc := classifyPhrases.scan(c.s, c.head)
			all, inHead := naiveWeights(c.s, c.head)
			if sc.phraseW != all || sc.headW != inHead {
				t.Fatalf("scan of %q: weights %v, head %v; naive search %v, head %v", c.s, sc.phraseW, sc.headW, all, inHead)
			}
			for i, r := range structRes {
				in := sc.b
				if r.head {
					in = sc.b[:sc.head]
				}
				if got, want := sc.count(i, in), len(r.re.FindAllIndex(in, maxStructCount)); got != want {
					t.Fatalf("%s over %q: %d matches through its keys, %d without", r.re, c.s, got, want)
				}
			}
			b, _ := foldText(c.s, 0)
			if again, _ := foldText(string(b), 0); !bytes.Equal(again, b) {
				t.Fatalf("folding %q twice gives %q, once %q", c.s, again, b)
			}
			if utf8.ValidString(c.s) && !utf8.Valid(b) {
				t.Fatalf("folding %q gives invalid UTF-8 %q", c.s, b)
			}
		}
		m := &parser.Message{Subject: subject, Text: text, From: parser.Address{Address: "a@b.example"}}
		kind := classify(m, false, "", nil)
		switch kind {
		case KindBounce, KindAutoReply, KindSpam, KindComplaint, KindInquiry:
		default:
			t.Fatalf("kind %q", kind)
		}
		if k := classify(&parser.Message{Subject: strings.ToUpper(subject), Text: strings.ToUpper(text), From: m.From}, false, "", nil); k != kind && isASCII(subject+text) {
			t.Fatalf("upper case: %s, as written: %s", k, kind)
		}
		if len(text) <= autoHead/3 {
			if k := classify(&parser.Message{Subject: fullWidth(subject), Text: fullWidth(text), From: m.From}, false, "", nil); k != kind {
				t.Fatalf("full width: %s, as written: %s", k, kind)
			}
		}
	})
}

// TestClassifyCorpusMatcher holds the matcher to its naive reference on
// every corpus message (go test runs FuzzClassify on its seeds).
func TestClassifyCorpusMatcher(t *testing.T) {
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
		v := classifyView(m)
		text := v.Text
		if text == "" {
			text = v.FullText
		}
		for _, c := range []struct {
			s    string
			head int
		}{{v.Subject, 0}, {text, autoHead}} {
			sc := classifyPhrases.scan(c.s, c.head)
			if all, inHead := naiveWeights(c.s, c.head); sc.phraseW != all || sc.headW != inHead {
				t.Errorf("%s: weights %v, head %v; naive search %v, head %v", f, sc.phraseW, sc.headW, all, inHead)
			}
		}
	}
}

// corpusFiles lists the package's own messages (but for the held-out
// sets) and, when present, the shared ones.
func corpusFiles(t *testing.T) []string {
	var files []string
	all, _ := filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	for _, f := range all {
		if !strings.Contains(f, "heldout") {
			files = append(files, f)
		}
	}
	mime, _ := filepath.Glob(filepath.Join(mimeDir, "*.eml"))
	files = append(files, mime...)
	shared, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	files = append(files, shared...)
	if _, err := os.Stat(wildDir); err == nil {
		files = append(files, wildFiles(t)...)
	}
	return files
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fullWidth writes the printable ASCII of s in full-width forms and its
// spaces as ideographic spaces.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ':
			return '\u3000'
		case '!' <= r && r <= '~':
			return r + 0xfee0
		}
		return r
	}, s)
}
