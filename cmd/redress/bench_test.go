package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
	"github.com/yweca/redress/internal/memstat"
)

// BenchmarkIntake measures the whole pipeline per message: IMAP fetch,
// parse, one SQLite transaction with the case, its acknowledgement and
// staff notice queued, and SMTP delivery of both.
//
//	go test -run '^$' -bench Intake -benchtime 500x ./cmd/redress/
func BenchmarkIntake(b *testing.B) {
	s := newStationB(b)
	// The workload is one notice per case, as before staff.notice_batch:
	// the digest would send far fewer mails than the cases it covers.
	raw, err := os.ReadFile(s.config)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(s.config, []byte(strings.Replace(string(raw), "staff:\n", "staff:\n  notice_batch: 0\n", 1)), 0o600); err != nil {
		b.Fatal(err)
	}
	for i := range b.N {
		m := complaintZH
		m.id = fmt.Sprintf("bench%d@mail.example", i)
		m.from = fmt.Sprintf("Buyer %d <buyer%d@mail.example>", i, i)
		m.body = strings.Replace(m.body, "13812345678", fmt.Sprintf("138%08d", i), 1) // each buyer their own phone
		s.imap.Append(b, "INBOX", mkMail(m))
	}
	cfg, err := config.Load(s.config)
	if err != nil {
		b.Fatal(err)
	}
	d, err := openStation(b.Context(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	b.ResetTimer()
	st, err := d.cycle(b.Context())
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	if st.NewCases != b.N || st.Delivery.Sent != 2*b.N {
		b.Fatalf("stats = %+v, want %d new cases and %d mails sent", st, b.N, 2*b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(memstat.PeakRSS())/(1<<20), "peak-RSS-MiB")
}
