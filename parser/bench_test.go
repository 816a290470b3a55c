package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDecode decodes the examples of the shared complaint corpus in
// turn (parser/testdata/mime when the shared corpus is absent), one per
// op: ns/op and allocs/op are per message. analysis.BenchmarkParse adds
// the analysis.
func BenchmarkDecode(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("testdata", "mime", "*.eml"))
	}
	var msgs [][]byte
	var total int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		total += int64(len(raw))
	}
	if len(msgs) == 0 {
		b.Skip("no messages to decode")
	}
	b.SetBytes(total / int64(len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Decode(msgs[i%len(msgs)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
