package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yweca/redress/internal/memstat"
)

// complaintsDir is the shared example complaints (only in the project
// workspace; benchmarks that need them skip without).
const complaintsDir = "../../../shared/testdata/complaints"

var (
	benchMessageID = regexp.MustCompile(`(?mi)^Message-ID:[^\n]*\n`)
	benchFrom      = regexp.MustCompile(`(?mi)^(From:[^\n]*?)<[^<>@\s]+@([^<>\s]+)>`)
)

// BenchmarkOnceNoSend is `redress once -no-send` over the in-process IMAP
// server: the shared example complaints cycled, each with its own
// Message-ID and sender, fetched, parsed, analysed and filed with their
// mail queued; one op is one mail. The peak RSS includes the in-process
// IMAP server, which holds every mail in memory: scripts/bench.sh
// measures redress alone against Dovecot.
//
//	go test -run '^$' -bench OnceNoSend -benchtime 2000x ./cmd/redress/
func BenchmarkOnceNoSend(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(complaintsDir, "*.eml"))
	if len(files) == 0 {
		b.Skipf("shared corpus not present at %s", complaintsDir)
	}
	var examples []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		examples = append(examples, string(raw))
	}
	s := newStationB(b)
	for i := range b.N {
		raw := examples[i%len(examples)]
		raw = benchMessageID.ReplaceAllLiteralString(raw, "")
		raw = benchFrom.ReplaceAllStringFunc(raw, func(m string) string {
			sub := benchFrom.FindStringSubmatch(m)
			if strings.HasSuffix(strings.ToLower(sub[2]), "yweca.org.example") {
				return m // the station's own staff keep their address
			}
			return fmt.Sprintf("%s<consumer+b%d@example.com>", sub[1], i)
		})
		raw = fmt.Sprintf("Message-ID: <bench%d@bench.station.test>\r\n", i) + raw
		s.imap.Append(b, "INBOX", []byte(raw))
	}
	b.ReportAllocs()
	b.ResetTimer()
	var out strings.Builder
	err := run(b.Context(), []string{"once", "-no-send", "-config", s.config}, &out, io.Discard)
	b.StopTimer()
	if err != nil {
		b.Fatalf("once -no-send: %v\n%s", err, out.String())
	}
	if want := fmt.Sprintf("fetched %d,", b.N); !strings.HasPrefix(out.String(), want) {
		b.Fatalf("once -no-send printed %q, want %q…", out.String(), want)
	}
	if n := len(s.smtp.Messages()); n != 0 {
		b.Fatalf("once -no-send sent %d mails", n)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(memstat.PeakRSS())/(1<<20), "peak-RSS-MiB")
}
