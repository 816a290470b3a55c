package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify/notifytest"
)

// benchEngine is where the stations of BenchmarkStations* keep their
// cases: the storage section of station i, and a handle and table prefix
// for reading its tables while `run` works (nil while it does not
// exist yet).
type benchEngine struct {
	storage func(i int) string
	// The handle is closed by the benchmark's cleanup.
	open func(b *testing.B, dir string, i int) (db *sql.DB, prefix string)
}

// benchStations runs `redress run` in a process of its own on n stations
// with perStation mails waiting in each inbox (REDRESS_BENCH_MAILS
// overrides it), until every mail is a case and every acknowledgement
// and staff notice has gone. It reports the time, the peak RSS of the
// process, and per station when its first case was opened and when its
// last mail was sent, from the stations' own records: fairness is the
// spread of those (a station waiting behind another's backlog shows a
// late first case or a late drain).
//
// uneven gives station 0 the whole backlog and the nine others a twentieth
// of it each, arriving together: s_drained_last_small then says whether a
// station with a little mail waits behind one with a lot.
func benchStations(b *testing.B, eng benchEngine, uneven bool) {
	const n = 10
	perStation := 1000
	if s := os.Getenv("REDRESS_BENCH_MAILS"); s != "" {
		perStation, _ = strconv.Atoi(s)
	}
	mailsAt := func(i int) int {
		if uneven && i > 0 {
			return max(1, perStation/20)
		}
		return perStation
	}
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		smtp := notifytest.Start(b)
		imaps := make([]*mailboxtest.Server, n)
		var cfg strings.Builder
		fmt.Fprintf(&cfg, "smtp: {host: 127.0.0.1, port: %d, tls: none}\nschedule: {poll: \"@every 1m\"}\nhttp: {listen: \"\"}\nlog: {level: warn}\nstations:\n", smtp.Port)
		for i := range n {
			imaps[i] = mailboxtest.Start(b)
			if i == 0 {
				b.Setenv("REDRESS_TEST_IMAP_PASSWORD", imaps[i].Password)
			}
			if err := os.Mkdir(filepath.Join(dir, fmt.Sprintf("s%d", i)), 0o700); err != nil {
				b.Fatal(err)
			}
			prefix := "S" + string(rune('A'+i))
			fmt.Fprintf(&cfg, `  - station: {name: "Station %d", address: s%d@yweca.org.example, case_prefix: %s, timezone: Asia/Shanghai}
    imap: {host: 127.0.0.1, port: %d, tls: none, username: %s, password_env: REDRESS_TEST_IMAP_PASSWORD}
    staff: {addresses: [staff@yweca.org.example], notify: [cases%d@yweca.org.example]}
    storage: %s
`, i, i, prefix, imaps[i].Port, imaps[i].User, i, eng.storage(i))
			for j := range mailsAt(i) {
				if _, err := imaps[i].AppendMessage("INBOX", mkMail(mailSpec{
					from:    fmt.Sprintf("consumer%04d@example.com", j),
					subject: fmt.Sprintf("投诉 义乌某店 订单 %04d", j),
					id:      fmt.Sprintf("bench-%d-%04d@example.com", i, j),
					body:    fmt.Sprintf("我叫王%04d，电话1380013%04d。商家：义乌小商品店，电话0579-85551234。订单号 2026%04d，金额 120 元，货物破损。", j, j, j),
				})); err != nil {
					b.Fatal(err)
				}
			}
		}
		config := filepath.Join(dir, "redress.yaml")
		if err := os.WriteFile(config, []byte(cfg.String()), 0o600); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		c := startChild(b, "run", "run", "-config", config)
		dbs := make([]*sql.DB, n)
		prefixes := make([]string, n)
		count := func(i int, q string) int {
			if dbs[i] == nil {
				if dbs[i], prefixes[i] = eng.open(b, dir, i); dbs[i] == nil {
					return -1
				}
			}
			var v int
			if err := dbs[i].QueryRow(strings.ReplaceAll(q, "T.", prefixes[i])).Scan(&v); err != nil {
				return -1 // not made yet
			}
			return v
		}
		progress, moved := -1, time.Now()
		for {
			done, state := 0, 0
			for i := range n {
				cases, pending := count(i, `SELECT count(*) FROM T.cases`), count(i, `SELECT count(*) FROM T.outbox WHERE state = 'pending'`)
				state += cases*100003 + pending
				if cases == mailsAt(i) && pending == 0 {
					done++
				}
			}
			if done == n {
				break
			}
			if state != progress {
				progress, moved = state, time.Now()
			} else if time.Since(moved) > time.Minute {
				b.Fatalf("no progress for a minute (%d of %d stations done); the log:\n%s", done, n, c.logText())
			}
			select {
			case <-c.done:
				b.Fatalf("redress run ended early:\n%s", c.logText())
			case <-time.After(100 * time.Millisecond):
			}
			if time.Since(start) > 20*time.Minute {
				b.Fatalf("not drained after 20 minutes")
			}
		}
		total := time.Since(start)
		b.StopTimer()
		c.cmd.Process.Signal(syscall.SIGTERM)
		<-c.done
		rss := c.cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux

		var firsts, drains []float64
		lastSmall := 0.0
		for i := range n {
			var first, lastCase, lastSent string
			q := strings.ReplaceAll(`SELECT min(created_at), max(created_at), (SELECT max(sent_at) FROM T.outbox) FROM T.cases`, "T.", prefixes[i])
			if err := dbs[i].QueryRow(q).Scan(&first, &lastCase, &lastSent); err != nil {
				b.Fatal(err)
			}
			f, _ := time.Parse("2006-01-02T15:04:05.000000000Z", first)
			l, _ := time.Parse("2006-01-02T15:04:05.000000000Z", max(lastCase, lastSent))
			firsts = append(firsts, f.Sub(start).Seconds())
			drains = append(drains, l.Sub(start).Seconds())
			if mailsAt(i) < perStation {
				lastSmall = max(lastSmall, l.Sub(start).Seconds())
			}
		}
		slices.Sort(firsts)
		slices.Sort(drains)
		mails := 0.0
		for i := range n {
			mails += float64(mailsAt(i))
		}
		b.ReportMetric(total.Seconds(), "s_total")
		b.ReportMetric(mails/total.Seconds(), "mails/s")
		b.ReportMetric(float64(rss)/1024, "peak_rss_MiB")
		b.ReportMetric(firsts[n-1], "s_first_case_latest_station")
		b.ReportMetric(drains[0], "s_drained_first_station")
		b.ReportMetric(drains[n-1], "s_drained_last_station")
		if uneven {
			b.ReportMetric(lastSmall, "s_drained_last_small")
			b.Logf("station 0 with %d mails, nine with %d: %.1fs, peak RSS %.0f MiB; first case per station at %.2f–%.2fs; the small stations drained by %.1fs, the large one at %.1fs",
				perStation, mailsAt(1), total.Seconds(), float64(rss)/1024, firsts[0], firsts[n-1], lastSmall, drains[n-1])
			continue
		}
		b.ReportMetric(drains[n-1]/drains[0], "drain_spread")
		b.Logf("%d stations × %d mails: %.1fs, peak RSS %.0f MiB; first case per station at %.2f–%.2fs; drained at %.1f–%.1fs",
			n, perStation, total.Seconds(), float64(rss)/1024, firsts[0], firsts[n-1], drains[0], drains[n-1])
	}
}

// go test -run '^$' -bench StationsSQLite -benchtime 1x ./cmd/redress/
func BenchmarkStationsSQLite(b *testing.B) {
	b.Run("even", func(b *testing.B) { benchStations(b, sqliteBench(), false) })
	b.Run("uneven", func(b *testing.B) { benchStations(b, sqliteBench(), true) })
}

func sqliteBench() benchEngine {
	return benchEngine{
		storage: func(i int) string { return fmt.Sprintf("{database: ./s%d/redress.db}", i) },
		open: func(b *testing.B, dir string, i int) (*sql.DB, string) {
			path := filepath.Join(dir, fmt.Sprintf("s%d", i), "redress.db")
			if _, err := os.Stat(path); err != nil {
				return nil, "" // not made yet
			}
			db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { db.Close() })
			return db, ""
		},
	}
}
