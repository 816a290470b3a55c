package desk

import (
	"testing"

	"github.com/yweca/redress/internal/memstat"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

// BenchmarkLargeMail files one 50 MB mail between two small ones through
// the in-process IMAP server: time per round and the process's peak RSS,
// which must not grow with the mail's size.
//
//	go test -run '^$' -bench LargeMail -benchtime 3x ./desk/
func BenchmarkLargeMail(b *testing.B) {
	const size = 50 << 20
	for b.Loop() {
		b.StopTimer()
		e := newEnv(b, envOptions{})
		e.append(b, complaintMail("before@mail.example", "before@mail.example", ""))
		if _, err := e.imap.AppendStream("INBOX", size, mailboxtest.LargeMessage("big@mail.example", size, 7)); err != nil {
			b.Fatal(err)
		}
		e.append(b, complaintMail("after@mail.example", "after@mail.example", ""))
		b.StartTimer()
		st, err := e.desk.Poll(b.Context())
		if err != nil || st.Fetched != 3 {
			b.Fatalf("Poll = %+v, %v", st, err)
		}
	}
	b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
	b.ReportMetric(float64(memstat.PeakRSS())/(1<<20), "peak-RSS-MiB")
}
