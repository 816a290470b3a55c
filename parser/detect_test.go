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
	"koi8-r":       charmap.KOI8R,
	"windows-1251": charmap.Windows1251,
	"shift_jis":    japanese.ShiftJIS,
	"euc-kr":       korean.EUCKR,
	"gbk":          simplifiedchinese.GBK,
	"gb18030":      simplifiedchinese.GB18030,
	"big5":         traditionalchinese.Big5,
}

// readDetectSamples reads testdata/detect/<part>.tsv and encodes each text.
func readDetectSamples(t *testing.T, part string) []detectSample {
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
// tuning and the held-out part of testdata/detect, before (the shape guess
// the parser used until the detector came) and now. Run with -v to see the
// figures.
func TestDetectAccuracy(t *testing.T) {
	for _, part := range []string{"tuning", "heldout"} {
		samples := readDetectSamples(t, part)
		before := countRight(samples, func(b []byte) string { s, _ := legacyGuessDecode(b); return s })
		after := countRight(samples, decodeUnlabelled)
		t.Logf("detect %s: %d samples; before %d right (%.0f%%), now %d right (%.0f%%)", part, len(samples),
			before, 100*float64(before)/float64(len(samples)), after, 100*float64(after)/float64(len(samples)))
		if after < before {
			t.Errorf("detect %s: now %d right, fewer than the %d of the old guess", part, after, before)
		}
	}
}

// legacyGuessDecode is the guess the parser made for unlabelled 8-bit text
// before the detector: Windows-1252 for isolated high bytes, Big5 for trail
// bytes in the ASCII range, else GB18030. Kept only to measure against.
func legacyGuessDecode(b []byte) (string, string) {
	if utf8.Valid(b) {
		return string(b), "UTF-8"
	}
	var high, isolated, pairs, asciiTrail int
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		high++
		prevASCII := i == 0 || b[i-1] < 0x80
		nextASCII := i+1 >= len(b) || b[i+1] < 0x80
		if prevASCII && nextASCII {
			isolated++
		}
		if c >= 0x81 && c <= 0xfe && i+1 < len(b) {
			t := b[i+1]
			if t >= 0x40 && t <= 0x7e || t >= 0xa1 && t <= 0xfe {
				pairs++
				if t < 0x80 {
					asciiTrail++
				}
				i++
			}
		}
	}
	var enc encoding.Encoding = simplifiedchinese.GB18030
	how := "GB18030"
	switch {
	case high == 0:
	case isolated*10 >= high*8 && high*3 < len(b):
		enc, how = charmap.Windows1252, "Windows-1252"
	case pairs > 0 && asciiTrail*10 > pairs:
		enc, how = traditionalchinese.Big5, "Big5"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), "UTF-8 with invalid bytes replaced"
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), how
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
