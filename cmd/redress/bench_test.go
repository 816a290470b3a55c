package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

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

// BenchmarkPickupLatency measures arrival → acknowledgement with the
// daemon waiting on IDLE and a 10-minute schedule: 20 complaints, one at a
// time, each appended once the server's IDLE has begun (the memory server
// reports only mail appended after that; a real server reports what
// arrived since the last command). It reports the median and the worst.
//
//	go test -run '^$' -bench PickupLatency -benchtime 1x ./cmd/redress/
func BenchmarkPickupLatency(b *testing.B) {
	const n = 20
	for range b.N {
		s := newStationB(b)
		raw, err := os.ReadFile(s.config)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(s.config, []byte(strings.Replace(string(raw), `"@every 1m"`, `"@every 10m"`, 1)), 0o600); err != nil {
			b.Fatal(err)
		}
		idling := make(chan struct{}, 1)
		s.imap.SetIdleHook(func() {
			select {
			case idling <- struct{}{}:
			default:
			}
		})
		ctx, cancel := context.WithCancel(b.Context())
		done := make(chan error, 1)
		go func() { done <- run(ctx, []string{"run", "-config", s.config}, io.Discard, io.Discard) }()
		var lat []time.Duration
		for i := range n {
			select {
			case <-idling:
			case <-time.After(30 * time.Second):
				b.Fatalf("mail %d: the daemon did not idle within 30s", i)
			}
			time.Sleep(50 * time.Millisecond) // IDLE begins a moment after the hook
			m := complaintZH
			m.id = fmt.Sprintf("pickup%d@mail.example", i)
			m.from = fmt.Sprintf("Buyer %d <buyer%d@mail.example>", i, i)
			start := time.Now()
			s.imap.Append(b, "INBOX", mkMail(m))
			if got := s.smtp.WaitFor(2*(i+1), 11*time.Minute); len(got) < 2*(i+1) {
				b.Fatalf("mail %d not acknowledged", i)
			}
			lat = append(lat, time.Since(start))
		}
		cancel()
		<-done
		slices.Sort(lat)
		b.ReportMetric(float64(lat[n/2].Milliseconds()), "median-ms")
		b.ReportMetric(float64(lat[n-1].Milliseconds()), "worst-ms")
	}
}
