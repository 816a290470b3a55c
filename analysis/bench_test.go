package analysis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yweca/redress/parser"
)

// benchMessages reads the shared complaint corpus (the decoder's
// ../parser/testdata/mime when it is absent).
func benchMessages(b *testing.B) (msgs [][]byte, total int64) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(mimeDir, "*.eml"))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		total += int64(len(raw))
	}
	if len(msgs) == 0 {
		b.Skip("no messages to parse")
	}
	return msgs, total
}

// BenchmarkParse decodes and analyses every example of the corpus per
// iteration, as the desk does, and reports messages per second.
func BenchmarkParse(b *testing.B) {
	msgs, total := benchMessages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range msgs {
			if _, err := parse(raw, corpusOptions); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkAnalyse analyses the decoded examples of the corpus per
// iteration: the analysis's share of BenchmarkParse.
func BenchmarkAnalyse(b *testing.B) {
	raws, _ := benchMessages(b)
	var msgs []*parser.Message
	for _, raw := range raws {
		m, err := parser.Decode(raw, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range msgs {
			Analyse(m, corpusOptions)
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}
