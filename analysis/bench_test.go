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

// BenchmarkParse decodes and analyses the examples of the corpus in turn,
// as the desk does, one per op: ns/op and allocs/op are per message.
func BenchmarkParse(b *testing.B) {
	msgs, total := benchMessages(b)
	b.SetBytes(total / int64(len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := parse(msgs[i%len(msgs)], corpusOptions); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkAnalyse analyses the decoded examples of the corpus in turn,
// one per op: the analysis's share of BenchmarkParse, per message.
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
		Analyse(msgs[i%len(msgs)], corpusOptions)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
