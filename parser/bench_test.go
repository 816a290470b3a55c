package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDecode decodes every example of the shared complaint corpus per
// iteration (parser/testdata/mime when the shared corpus is absent) and
// reports messages per second. analysis.BenchmarkParse adds the analysis.
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
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range msgs {
			if _, err := Decode(raw, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}
