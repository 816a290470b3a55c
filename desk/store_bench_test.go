package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkStore files parsed complaints as the desk's committer does: the
// mail's file written and flushed, then a batch of DefaultBatch mails per
// transaction, each opening a case and queueing its acknowledgement and
// staff notice. One op is one mail; decoding and analysis are left out
// (parser.BenchmarkDecode, analysis.BenchmarkAnalyse measure them). Run it
// with the database on the storage you deploy on: each commit is a flush.
//
//	go test -run '^$' -bench Store -benchtime 2000x ./desk/
func BenchmarkStore(b *testing.B) {
	e := newEnv(b, envOptions{cfg: func(c *Config) { c.Batch = DefaultBatch }})
	d := e.desk
	ctx := b.Context()
	raws := make([][]byte, b.N)
	for i := range raws {
		raw := string(complaintMail(fmt.Sprintf("store%d@mail.example", i), fmt.Sprintf("buyer%d@mail.example", i), ""))
		raws[i] = []byte(strings.Replace(raw, "13800138000", fmt.Sprintf("138%08d", i), 1)) // each buyer their own phone
	}
	var st Stats
	b.ReportAllocs()
	b.ResetTimer()
	for start := 0; start < b.N; start += d.cfg.Batch {
		batch := make([]*job, 0, d.cfg.Batch)
		for i := start; i < min(start+d.cfg.Batch, b.N); i++ {
			blob, err := d.store.PutBlobBytesLazy(ctx, raws[i])
			if err != nil {
				b.Fatal(err)
			}
			batch = append(batch, &job{folder: "INBOX", uid: uint32(i + 1), uidv: 1, blob: blob, received: time.Now()})
		}
		b.StopTimer()
		for _, j := range batch {
			j.parsed = d.parseStored(j.blob)
		}
		b.StartTimer()
		bs, err := d.commitBatch(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		st.add(bs)
	}
	b.StopTimer()
	if st.NewCases != b.N || st.Queued < b.N {
		b.Fatalf("filed %+v, want %d new cases each with its mail queued", st, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
