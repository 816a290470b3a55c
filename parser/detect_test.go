package parser

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// detectSample is one unlabelled 8-bit text of testdata/detect: the text
// as it must come out, and the charset its bytes are in.
type detectSample struct {
	name    string
	charset string
	text    string
	raw     []byte
}

// sampleEncodings are the charsets the samples are written in.
var sampleEncodings = map[string]encoding.Encoding{
	"windows-1252": charmap.Windows1252,
	"iso-8859-1":   charmap.ISO8859_1,
	"iso-8859-2":   charmap.ISO8859_2,
	"windows-1250": charmap.Windows1250,
	"koi8-r":       charmap.KOI8R,
	"windows-1251": charmap.Windows1251,
	"shift_jis":    japanese.ShiftJIS,
	"euc-kr":       korean.EUCKR,
	"gbk":          simplifiedchinese.GBK,
	"gb18030":      simplifiedchinese.GB18030,
	"big5":         traditionalchinese.Big5,
}

// readDetectSamples reads testdata/detect/<part>.tsv and encodes each text.
func readDetectSamples(t testing.TB, part string) []detectSample {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "detect", part+".tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []detectSample
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s: %q: want name, charset and text", part, line)
		}
		enc := sampleEncodings[cols[1]]
		if enc == nil {
			t.Fatalf("%s: %s: unknown charset %q", part, cols[0], cols[1])
		}
		raw, err := enc.NewEncoder().Bytes([]byte(cols[2]))
		if err != nil {
			t.Fatalf("%s: %s: %q cannot be written in %s: %v", part, cols[0], cols[2], cols[1], err)
		}
		if utf8.Valid(raw) {
			t.Fatalf("%s: %s: the bytes are valid UTF-8, so they test no detection", part, cols[0])
		}
		out = append(out, detectSample{name: cols[0], charset: cols[1], text: cols[2], raw: raw})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// countRight returns how many samples decode gives back exactly.
func countRight(samples []detectSample, decode func([]byte) string) int {
	n := 0
	for _, s := range samples {
		if decode(s.raw) == s.text {
			n++
		}
	}
	return n
}

func decodeUnlabelled(b []byte) string {
	s, _ := decodeCharset(b, "")
	return s
}

// TestDetectAccuracy measures the decoding of unlabelled 8-bit text on the
// tuning, the held-out and the single-word part of testdata/detect, before (the shape guess
// the parser used until the detector came) and now. Run with -v to see the
// figures.
func TestDetectAccuracy(t *testing.T) {
	for _, part := range []string{"tuning", "heldout", "words"} {
		samples := readDetectSamples(t, part)
		before := countRight(samples, func(b []byte) string { s, _ := legacyGuessDecode(b); return s })
		after := countRight(samples, decodeUnlabelled)
		t.Logf("detect %s: %d samples; before %d right (%.0f%%), now %d right (%.0f%%)", part, len(samples),
			before, 100*float64(before)/float64(len(samples)), after, 100*float64(after)/float64(len(samples)))
		if after < before || after*100 < len(samples)*90 {
			t.Errorf("detect %s: now %d of %d right; want at least 90%% and no fewer than the %d of the old guess", part, after, len(samples), before)
		}
	}
}

// legacyGuessDecode is the guess the parser made for unlabelled 8-bit text
// before the detector (sniffLegacy alone). Kept only to measure against.
func legacyGuessDecode(b []byte) (string, string) {
	if utf8.Valid(b) {
		return string(b), "UTF-8"
	}
	var enc encoding.Encoding = simplifiedchinese.GB18030
	switch sniffLegacy(b) {
	case "windows-1252":
		enc = charmap.Windows1252
	case "big5":
		enc = traditionalchinese.Big5
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), ""
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), ""
}

// detectKnownMisses are tuning samples the detector gets wrong, and why.
var detectKnownMisses = map[string]string{
	"pl-short-1": "a single ę reads as well as the French ê of Windows-1252; Windows-1252 wins the tie",
}

// TestDetectTuning decodes each sample of the tuning part; the held-out
// part is only measured (TestDetectAccuracy).
func TestDetectTuning(t *testing.T) {
	for _, s := range readDetectSamples(t, "tuning") {
		t.Run(s.name, func(t *testing.T) {
			got, how := guessDecode(s.raw)
			if why, ok := detectKnownMisses[s.name]; ok {
				if got == s.text {
					t.Errorf("known miss now decodes right: drop it from detectKnownMisses")
				}
				t.Skipf("known miss: %s", why)
			}
			if got != s.text {
				t.Errorf("%s bytes decoded as %s: %q, want %q", s.charset, how, got, s.text)
			}
		})
	}
}

// TestGuessDecode: unlabelled 8-bit text in bodies and raw header bytes.
func TestGuessDecode(t *testing.T) {
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		in   string
		want string
		how  string
	}{
		{name: "german latin-1", in: "Fr\xf6sche", want: "Frösche", how: "Windows-1252"},
		{name: "french latin-1", in: "D\xe9j\xe0 pay\xe9", want: "Déjà payé", how: "Windows-1252"},
		{name: "short gbk", in: gbk("我的订单"), want: "我的订单", how: "GB18030"},
		{name: "gbk with ascii", in: gbk("订单号：A-1，退款"), want: "订单号：A-1，退款", how: "GB18030"},
		{name: "utf-8", in: "Grüße", want: "Grüße", how: "UTF-8"},
		{name: "one accented letter", in: "caf\xe9", want: "café", how: "Windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, how := guessDecode([]byte(tt.in))
			if got != tt.want || how != tt.how {
				t.Errorf("guessDecode(%q) = %q, %s; want %q, %s", tt.in, got, how, tt.want, tt.how)
			}
		})
	}

	raw := "From: J\xfcrgen M\xfcller <j@example.de>\r\nSubject: R\xfccksendung abgelehnt\r\n" +
		"Content-Type: text/plain\r\n\r\nDie R\xfccksendung wurde abgelehnt.\r\n"
	m, err := Decode([]byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Rücksendung abgelehnt" || m.From.Name != "Jürgen Müller" || !strings.Contains(m.FullText, "Die Rücksendung wurde abgelehnt.") {
		t.Errorf("subject %q, from %q, text %q", m.Subject, m.From.Name, m.FullText)
	}
}

// TestGuessDecodeNoise: bytes that read as no text under any candidate (a
// GIF sent as text/plain, from enmime's chardet-fail.raw) are decoded as the
// parser always did, not as whichever kind of noise scores least badly.
func TestGuessDecodeNoise(t *testing.T) {
	gif := lenientBase64("R0lGODlhZAAEAIAAAABmzGb/mSH5BAAAAAAALAAAAABkAAQAAAIajI+py+0Po5y02uuA3rz7D4biSJbmiabqKhYAOw==")
	got, _ := guessDecode(gif)
	want, _ := legacyGuessDecode(gif)
	if got != want {
		t.Errorf("guessDecode(GIF) = %q, want %q as before the detector", got, want)
	}
}

// FuzzDetect: the detector never panics and its decoding is valid UTF-8.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Fr\xf6sche", "D\xe9j\xe0 pay\xe9", "\xce\xd2\xb5\xc4\xb6\xa9\xb5\xa5", "\x82\xa0", "\xff", "\x81\x30\x81"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, how := guessDecode(b)
		if !utf8.ValidString(s) {
			t.Fatalf("guessDecode(%q) = %q (%s): not valid UTF-8", b, s, how)
		}
	})
}

// BenchmarkDetect decodes every tuning sample without a label.
func BenchmarkDetect(b *testing.B) {
	samples := readDetectSamples(b, "tuning")
	var total int64
	for _, s := range samples {
		total += int64(len(s.raw))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range samples {
			guessDecode(s.raw)
		}
	}
}
