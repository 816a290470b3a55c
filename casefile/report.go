package casefile

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrReportQueued is returned by RecordReport for a period whose report
// was already queued.
var ErrReportQueued = errors.New("the report of this period was already queued")

// RecordReport records that the report of period ("2026-11") was queued
// as the outgoing message with row id messageRow (Tx.Queue), in the
// transaction that queued it. A period already recorded fails with
// ErrReportQueued (the reports table's primary key), so that a report is
// sent once however often the daemon restarts.
func (tx *Tx) RecordReport(period string, messageRow int64) error {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM reports WHERE period = ?`, period).Scan(&n); err != nil {
		return fmt.Errorf("looking up the report of %s: %w", period, err)
	}
	if n > 0 {
		return fmt.Errorf("report of %s: %w", period, ErrReportQueued)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO reports (period, message_id, queued_at) VALUES (?, ?, ?)`,
		period, messageRow, fmtTime(tx.s.now())); err != nil {
		return fmt.Errorf("recording the report of %s: %w", period, err)
	}
	return nil
}

// ReportQueued reports whether the report of period was queued already.
func (s *Store) ReportQueued(ctx context.Context, period string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM reports WHERE period = ?`, period).Scan(&n); err != nil {
		return false, fmt.Errorf("looking up the report of %s: %w", period, err)
	}
	return n > 0, nil
}

// WeekKinds counts the cases opened in one week, by kind.
type WeekKinds struct {
	Week   time.Time // Monday 00:00, station time
	ByKind map[string]int
}

// OpenedPerWeek counts the cases opened in [since, until) per week
// (Monday to Sunday in station time) and kind, every week of the period
// listed, empty ones too; zero bounds: from the first case, to now.
func (s *Store) OpenedPerWeek(ctx context.Context, since, until time.Time) ([]WeekKinds, error) {
	lo, hi := fmtTime(since), "9999"
	if !until.IsZero() {
		hi = fmtTime(until)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT kind, created_at FROM cases
		WHERE created_at >= ? AND created_at < ? AND merged_into IS NULL ORDER BY created_at`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("counting the cases opened per week: %w", err)
	}
	defer rows.Close()
	by := map[time.Time]map[string]int{}
	first := since
	for rows.Next() {
		var kind, at string
		if err := rows.Scan(&kind, &at); err != nil {
			return nil, fmt.Errorf("counting the cases opened per week: %w", err)
		}
		t, err := parseTime(at)
		if err != nil {
			return nil, fmt.Errorf("counting the cases opened per week: %w", err)
		}
		if first.IsZero() {
			first = t
		}
		w := s.weekOf(t)
		if by[w] == nil {
			by[w] = map[string]int{}
		}
		by[w][kind]++
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("counting the cases opened per week: %w", err)
	}
	if first.IsZero() {
		return nil, nil
	}
	last := until
	if last.IsZero() {
		last = s.now()
	}
	var out []WeekKinds
	for w := s.weekOf(first); w.Before(last); w = w.AddDate(0, 0, 7) {
		k := by[w]
		if k == nil {
			k = map[string]int{}
		}
		out = append(out, WeekKinds{Week: w, ByKind: k})
	}
	return out, nil
}

// weekOf is the Monday 00:00 (station time) of t's week.
func (s *Store) weekOf(t time.Time) time.Time {
	t = t.In(s.loc)
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, s.loc)
}

// MonthAmounts is the money recovered in one calendar month.
type MonthAmounts struct {
	Month     time.Time // the 1st, 00:00 station time
	Recovered []Amount  // per currency, sorted; nil: none
}

// RecoveredPerMonth sums the money recorded as recovered per calendar
// month (station time) from the month of since to the month before
// until, every month listed, empty ones too.
func (s *Store) RecoveredPerMonth(ctx context.Context, since, until time.Time) ([]MonthAmounts, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT currency, amount, at FROM recoveries WHERE at >= ? AND at < ?`,
		fmtTime(since), fmtTime(until))
	if err != nil {
		return nil, fmt.Errorf("summing the money recovered per month: %w", err)
	}
	defer rows.Close()
	by := map[time.Time][]Recovery{}
	for rows.Next() {
		var r Recovery
		var at string
		if err := rows.Scan(&r.Currency, &r.Amount, &at); err != nil {
			return nil, fmt.Errorf("summing the money recovered per month: %w", err)
		}
		t, err := parseTime(at)
		if err != nil {
			return nil, fmt.Errorf("summing the money recovered per month: %w", err)
		}
		m := monthOf(t, s.loc)
		by[m] = append(by[m], r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("summing the money recovered per month: %w", err)
	}
	var out []MonthAmounts
	for m := monthOf(since, s.loc); m.Before(until); m = m.AddDate(0, 1, 0) {
		sums, _ := SumRecoveries(by[m])
		out = append(out, MonthAmounts{Month: m, Recovered: sums})
	}
	return out, nil
}

func monthOf(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc)
}
