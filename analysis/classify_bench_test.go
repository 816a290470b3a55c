package analysis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yweca/redress/parser"
)

// BenchmarkClassify classifies the simplified view of every message of the
// shared complaint corpus (this package's testdata when it is absent), as Analyse
// does, and reports messages per second.
func BenchmarkClassify(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	}
	var views []*parser.Message
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if m, err := parser.Decode(raw, parser.Options{}); err == nil {
			views = append(views, classifyView(m))
		}
	}
	if len(views) == 0 {
		b.Skip("no messages to classify")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, v := range views {
			classify(v, false, "", nil)
		}
	}
	b.ReportMetric(float64(b.N*len(views))/b.Elapsed().Seconds(), "msgs/s")
}
