package casefile

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// seed writes rows straight into the tables, at exact times.
type seed struct {
	t *testing.T
	s *Store
}

// exec inserts a row with query and returns its id.
func (sd seed) exec(query string, args ...any) int64 {
	sd.t.Helper()
	var id int64
	if err := sd.s.db.QueryRowContext(context.Background(), query+` RETURNING id`, args...).Scan(&id); err != nil {
		sd.t.Fatalf("%s: %v", query, err)
	}
	return id
}

// at parses "2026-03-02 10:00" as UTC and stores it as the store does.
func at(t *testing.T, s string) string {
	t.Helper()
	if s == "" {
		return ""
	}
	v, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		t.Fatal(err)
	}
	return fmtTime(v)
}

// kase adds a case and returns its row id.
func (sd seed) kase(ref, kind, state, reason, created, accepted string, merged any) int64 {
	sd.t.Helper()
	return sd.exec(`INSERT INTO cases (ref, kind, state, close_reason, accepted_at, merged_into, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, ref, kind, state, reason, at(sd.t, accepted), merged, at(sd.t, created), at(sd.t, created))
}

func (sd seed) state(id int64, when, from, to string) {
	sd.t.Helper()
	sd.exec(`INSERT INTO events (case_id, at, actor, kind, from_state, to_state) VALUES (?, ?, 'system', 'state', ?, ?)`,
		id, at(sd.t, when), from, to)
}

// TestDeadlineFigures counts deadlines met and missed on a seeded
// database, with deadlines of 7 days (acceptance) and 14 (mediation) and
// the clock at 2026-03-20.
func TestDeadlineFigures(t *testing.T) {
	s := openTest(t, Options{Now: newClock("2026-03-20T00:00:00Z").Now})
	sd := seed{t, s}
	// A: accepted 03-02 (due 03-04), resolved 03-10 (due 03-16): both met.
	a := sd.kase("YW-A", "complaint", "resolved", "", "2026-02-25 09:00", "2026-03-02 09:00", nil)
	sd.state(a, "2026-03-02 09:00", "open", "in_mediation")
	sd.state(a, "2026-03-10 09:00", "in_mediation", "resolved")
	// B: never accepted, due 02-27: missed in February.
	sd.kase("YW-B", "complaint", "open", "", "2026-02-20 09:00", "", nil)
	// C: still awaiting details, due 03-12: missed in March.
	sd.kase("YW-C", "complaint", "awaiting_info", "", "2026-03-05 09:00", "", nil)
	// D: open, due 03-22, after now: counts nowhere.
	sd.kase("YW-D", "complaint", "open", "", "2026-03-15 09:00", "", nil)
	// E: closed unreachable 03-10, after its due 03-08: missed.
	e := sd.kase("YW-E", "complaint", "closed", "unreachable", "2026-03-01 09:00", "", nil)
	sd.state(e, "2026-03-10 09:00", "awaiting_info", "closed")
	// F: an inquiry in mediation since 03-03, due 03-17, unsettled: missed.
	f := sd.kase("YW-F", "inquiry", "in_mediation", "", "2026-03-02 09:00", "2026-03-03 09:00", nil)
	sd.state(f, "2026-03-03 09:00", "open", "in_mediation")
	// G: merged into A, never decided: not counted apart.
	sd.kase("YW-G", "complaint", "closed", "duplicate", "2026-03-02 09:00", "", a)
	// H: rejected 03-04, within its deadline: met.
	h := sd.kase("YW-H", "complaint", "closed", "rejected", "2026-03-03 09:00", "", nil)
	sd.state(h, "2026-03-04 09:00", "open", "closed")

	due := func(which string, start time.Time) time.Time {
		if which == DeadlineMediation {
			return start.AddDate(0, 0, 14)
		}
		return start.AddDate(0, 0, 7)
	}
	day := func(s string) time.Time { v, _ := time.Parse(time.DateOnly, s); return v }
	tests := []struct {
		name         string
		since, until time.Time
		want         Deadlines
	}{
		{"march", day("2026-03-01"), day("2026-04-01"), Deadlines{AcceptanceMet: 2, AcceptanceMissed: 2, MediationMet: 1, MediationMissed: 1}},
		{"february", day("2026-02-01"), day("2026-03-01"), Deadlines{AcceptanceMissed: 1}},
		{"all time", time.Time{}, time.Time{}, Deadlines{AcceptanceMet: 2, AcceptanceMissed: 3, MediationMet: 1, MediationMissed: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.DeadlineFigures(context.Background(), tt.since, tt.until, due)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// The chart series list every week and month of the period, empty ones
// too, in station time.
func TestSeries(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	s := openTest(t, Options{Now: newClock("2026-03-20T00:00:00Z").Now, Location: loc})
	sd := seed{t, s}
	// Sunday 2026-03-01 20:00 UTC is Monday 03-02 04:00 in Shanghai.
	a := sd.kase("YW-1", "complaint", "open", "", "2026-03-01 20:00", "", nil)
	sd.kase("YW-2", "inquiry", "open", "", "2026-03-03 09:00", "", nil)
	sd.kase("YW-3", "complaint", "open", "", "2026-03-17 09:00", "", nil)
	for _, r := range [][2]string{{"10.5", "2026-01-31 17:00"}, {"4.5", "2026-03-02 09:00"}, {"100", "2026-03-03 09:00"}} {
		sd.exec(`INSERT INTO recoveries (case_id, amount, currency, at, actor) VALUES (?, ?, 'CNY', ?, 'staff@x')`, a, r[0], at(t, r[1]))
	}
	since := time.Date(2026, 3, 1, 0, 0, 0, 0, loc)
	weeks, err := s.OpenedPerWeek(context.Background(), since, since.AddDate(0, 1, 0))
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, w := range weeks {
		got += fmt.Sprintf("%s:%d/%d ", w.Week.Format("01-02"), w.ByKind["complaint"], w.ByKind["inquiry"])
	}
	if want := "02-23:0/0 03-02:1/1 03-09:0/0 03-16:1/0 03-23:0/0 03-30:0/0 "; got != want {
		t.Errorf("weeks %q, want %q", got, want)
	}
	months, err := s.RecoveredPerMonth(context.Background(), since.AddDate(0, -2, 0), since.AddDate(0, 1, 0))
	if err != nil {
		t.Fatal(err)
	}
	got = ""
	for _, m := range months {
		got += m.Month.Format("2006-01") + fmt.Sprint(m.Recovered) + " "
	}
	// 01-31 17:00 UTC is February 1st in Shanghai.
	if want := "2026-01[] 2026-02[{CNY 10.50}] 2026-03[{CNY 104.50}] "; got != want {
		t.Errorf("months %q, want %q", got, want)
	}
}

// A report is recorded once per period.
func TestRecordReport(t *testing.T) {
	s := openTest(t, Options{})
	queue := func() error {
		return s.Write(context.Background(), func(tx *Tx) error {
			id, err := tx.Queue(0, Outgoing{Purpose: "report", From: "a@x.example", To: []string{"b@x.example"},
				MessageID: fmt.Sprintf("r%d@x.example", time.Now().UnixNano()), Text: "t", HTML: "<p>t</p>",
				Attachments: []NewAttachment{{Filename: "c.png", ContentType: "image/png", ContentID: "c1@x.example"}}})
			if err != nil {
				return err
			}
			return tx.RecordReport("2026-02", id)
		})
	}
	if err := queue(); err != nil {
		t.Fatal(err)
	}
	if err := queue(); !errors.Is(err, ErrReportQueued) {
		t.Fatalf("second report of 2026-02: %v, want ErrReportQueued", err)
	}
	if ok, err := s.ReportQueued(context.Background(), "2026-02"); !ok || err != nil {
		t.Errorf("ReportQueued(2026-02) = %v, %v", ok, err)
	}
	if n := countRows(t, s, "outbox"); n != 1 {
		t.Errorf("%d mails queued, want 1 (the second rolled back)", n)
	}
	due, err := s.DueMail(context.Background(), time.Now().Add(time.Hour), 0)
	if err != nil || len(due) != 1 {
		t.Fatalf("DueMail: %v, %d", err, len(due))
	}
	if m := due[0].Mail; m.HTML != "<p>t</p>" || len(m.Attachments) != 1 || m.Attachments[0].ContentID != "c1@x.example" {
		t.Errorf("queued mail %+v: lost its HTML or inline image", m)
	}
}
