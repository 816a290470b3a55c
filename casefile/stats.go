package casefile

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"
)

// Figures are the station's figures for cases opened in a period
// (redress stats): what a director reports each month.
type Figures struct {
	Since, Until time.Time // the period; zero: unbounded
	// Opened counts the cases opened in the period, by kind in ByKind,
	// and by their state now in ByState.
	Opened  int
	ByKind  map[string]int
	ByState map[string]int
	// Closed counts the cases closed in the period (whenever opened), by
	// close reason; ClosedByReason["unreachable"] is the failure the
	// station exists to reduce.
	Closed         int
	ClosedByReason map[string]int
	// Of the complaints opened in the period: complete when they came,
	// completed after the station asked, and still missing details.
	CompleteOnArrival, CompletedAfterRequest, StillIncomplete int
	// Medians over the cases opened in the period that got there, with
	// how many did; zero when none.
	ToAck, ToFirstStaffReply, ToClosure MedianTime
	// Recovered sums the money staff recorded as recovered in the period,
	// per currency.
	Recovered []Amount
	// TopRespondents are the merchants named by most complaints opened in
	// the period (at most 10; ties by name).
	TopRespondents []NameCount
	// Channels counts the cases opened in the period by how they came.
	Channels map[string]int
	// Deadlines are the deadlines decided in the period. StationFigures
	// leaves them zero: they need the working-day calendar, and the
	// caller fills them with DeadlineFigures.
	Deadlines Deadlines
}

// Deadlines counts the complaint-handling deadlines (workflow's
// acceptance and mediation deadlines) decided in a period.
//
// A deadline is met when the case reached the deadline's goal before it
// fell due, and counts in the period where the goal was reached; it is
// missed when it fell due first, and counts in the period where it fell
// due (and only once it has). A deadline not yet due and not reached
// counts nowhere. The goals:
//
//   - acceptance (complaints, from their opening): the case leaves
//     awaiting_info and open for any other state: accepted for mediation,
//     resolved, or closed for any reason (rejected, unreachable, …),
//     which is what ends the acceptance deadline in workflow;
//   - mediation (from the case's acceptance): the case leaves
//     in_mediation for resolved or closed.
//
// Merged cases count in the case they were merged into, not apart.
type Deadlines struct {
	AcceptanceMet, AcceptanceMissed int
	MediationMet, MediationMissed   int
}

// Names of the deadlines, as DueFunc is asked for them.
const (
	DeadlineAcceptance = "acceptance"
	DeadlineMediation  = "mediation"
)

// DueFunc says when a deadline (DeadlineAcceptance, DeadlineMediation)
// whose clock started at start falls due: workflow.Settings.DeadlineDue
// counts working days on the station's calendar.
type DueFunc func(which string, start time.Time) time.Time

// DeadlineFigures counts the deadlines met and missed in [since, until)
// (zero bounds: unbounded), as Deadlines defines them, with due telling
// when each falls due.
func (s *Store) DeadlineFigures(ctx context.Context, since, until time.Time, due DueFunc) (Deadlines, error) {
	var d Deadlines
	now := s.now()
	in := func(t time.Time) bool {
		return !t.Before(since) && (until.IsZero() || t.Before(until))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.kind, c.created_at, c.accepted_at,
		COALESCE((SELECT min(e.at) FROM events e WHERE e.case_id = c.id AND e.kind = 'state'
			AND e.from_state IN ('awaiting_info', 'open') AND e.to_state NOT IN ('awaiting_info', 'open')), ''),
		COALESCE((SELECT min(e.at) FROM events e WHERE e.case_id = c.id AND e.kind = 'state'
			AND e.from_state = 'in_mediation' AND e.to_state IN ('resolved', 'closed') AND e.at >= c.accepted_at), '')
		FROM cases c WHERE c.merged_into IS NULL AND (c.kind = 'complaint' OR c.accepted_at <> '')`)
	if err != nil {
		return d, fmt.Errorf("counting the deadlines met and missed: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, created, accepted, decided, settled string
		if err := rows.Scan(&kind, &created, &accepted, &decided, &settled); err != nil {
			return d, fmt.Errorf("counting the deadlines met and missed: %w", err)
		}
		var ts [4]time.Time
		for i, v := range []string{created, accepted, decided, settled} {
			if ts[i], err = parseTime(v); err != nil {
				return d, fmt.Errorf("counting the deadlines met and missed: %w", err)
			}
		}
		count := func(start, goal time.Time, which string, met, missed *int) {
			dueAt := due(which, start)
			switch {
			case !goal.IsZero() && goal.Before(dueAt):
				if in(goal) {
					*met++
				}
			case !now.Before(dueAt) && in(dueAt):
				*missed++
			}
		}
		if kind == "complaint" {
			count(ts[0], ts[2], DeadlineAcceptance, &d.AcceptanceMet, &d.AcceptanceMissed)
		}
		if !ts[1].IsZero() {
			count(ts[1], ts[3], DeadlineMediation, &d.MediationMet, &d.MediationMissed)
		}
	}
	if err := rows.Err(); err != nil {
		return d, fmt.Errorf("counting the deadlines met and missed: %w", err)
	}
	return d, nil
}

// MedianTime is a median duration over N cases.
type MedianTime struct {
	Median time.Duration
	N      int
}

// Amount is a sum of money in one currency, two decimals.
type Amount struct {
	Currency, Amount string
}

// NameCount is a name and how many cases name it.
type NameCount struct {
	Name  string
	Count int
}

// StationFigures computes the Figures of the cases opened in
// [since, until) (zero bounds: unbounded).
func (s *Store) StationFigures(ctx context.Context, since, until time.Time) (*Figures, error) {
	f := &Figures{Since: since, Until: until, ByKind: map[string]int{}, ByState: map[string]int{},
		ClosedByReason: map[string]int{}, Channels: map[string]int{}}
	lo, hi := fmtTime(since), "9999"
	if !until.IsZero() {
		hi = fmtTime(until)
	}
	fail := func(what string, err error) (*Figures, error) {
		return nil, fmt.Errorf("computing the station's figures (%s): %w", what, err)
	}

	// The cases opened in the period, with what the medians need.
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.kind, c.state, c.respondent_name, c.created_at, c.channel,
		(SELECT e.to_state FROM events e WHERE e.case_id = c.id AND e.kind = 'opened' ORDER BY e.id LIMIT 1),
		(SELECT min(o.sent_at) FROM outbox o JOIN messages m ON m.id = o.message_id
			WHERE m.case_id = c.id AND m.purpose = 'ack' AND o.state = 'sent'),
		(SELECT min(e.at) FROM events e WHERE e.case_id = c.id AND e.actor NOT IN ('consumer', 'system')
			AND e.kind IN ('mail_in', 'relayed', 'command')),
		(SELECT min(e.at) FROM events e WHERE e.case_id = c.id AND e.kind = 'state' AND e.to_state = 'closed'),
		EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = 'state'
			AND e.from_state = 'awaiting_info' AND e.to_state = 'open')
		FROM cases c WHERE c.created_at >= ? AND c.created_at < ? AND c.merged_into IS NULL`, lo, hi)
	if err != nil {
		return fail("cases", err)
	}
	defer rows.Close()
	var toAck, toStaff, toClose []time.Duration
	respondents := map[string]int{}
	for rows.Next() {
		var (
			id                           int64
			kind, state, resp, created   string
			channel                      string
			openedAs, ack, staff, closed *string
			completed                    bool
		)
		if err := rows.Scan(&id, &kind, &state, &resp, &created, &channel, &openedAs, &ack, &staff, &closed, &completed); err != nil {
			return fail("cases", err)
		}
		f.Opened++
		f.ByKind[kind]++
		f.ByState[state]++
		f.Channels[channel]++
		at, err := parseTime(created)
		if err != nil {
			return fail("cases", err)
		}
		for _, m := range []struct {
			t   *string
			out *[]time.Duration
		}{{ack, &toAck}, {staff, &toStaff}, {closed, &toClose}} {
			if m.t == nil || *m.t == "" {
				continue
			}
			t, err := parseTime(*m.t)
			if err != nil {
				return fail("cases", err)
			}
			*m.out = append(*m.out, max(0, t.Sub(at)))
		}
		if kind != "complaint" {
			continue
		}
		if resp != "" {
			respondents[resp]++
		}
		switch {
		case openedAs != nil && *openedAs == "awaiting_info" && completed:
			f.CompletedAfterRequest++
		case openedAs != nil && *openedAs == "awaiting_info":
			f.StillIncomplete++
		default:
			f.CompleteOnArrival++
		}
	}
	if err := rows.Err(); err != nil {
		return fail("cases", err)
	}
	rows.Close()
	f.ToAck, f.ToFirstStaffReply, f.ToClosure = median(toAck), median(toStaff), median(toClose)
	for name, n := range respondents {
		f.TopRespondents = append(f.TopRespondents, NameCount{name, n})
	}
	sort.Slice(f.TopRespondents, func(i, j int) bool {
		a, b := f.TopRespondents[i], f.TopRespondents[j]
		return a.Count > b.Count || a.Count == b.Count && a.Name < b.Name
	})
	f.TopRespondents = f.TopRespondents[:min(10, len(f.TopRespondents))]

	// Closed in the period, whenever opened.
	crow, err := s.db.QueryContext(ctx, `SELECT c.close_reason, count(*) FROM cases c
		WHERE c.state = 'closed' AND c.merged_into IS NULL AND EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id
			AND e.kind = 'state' AND e.to_state = 'closed' AND e.at >= ? AND e.at < ?)
		GROUP BY c.close_reason`, lo, hi)
	if err != nil {
		return fail("closed cases", err)
	}
	defer crow.Close()
	for crow.Next() {
		var reason string
		var n int
		if err := crow.Scan(&reason, &n); err != nil {
			return fail("closed cases", err)
		}
		f.Closed += n
		f.ClosedByReason[reason] += n
	}
	if err := crow.Err(); err != nil {
		return fail("closed cases", err)
	}
	crow.Close()

	// Money recovered in the period, summed exactly per currency.
	rrow, err := s.db.QueryContext(ctx, `SELECT currency, amount FROM recoveries WHERE at >= ? AND at < ?`, lo, hi)
	if err != nil {
		return fail("recoveries", err)
	}
	defer rrow.Close()
	var rec []Recovery
	for rrow.Next() {
		var r Recovery
		if err := rrow.Scan(&r.Currency, &r.Amount); err != nil {
			return fail("recoveries", err)
		}
		rec = append(rec, r)
	}
	if err := rrow.Err(); err != nil {
		return fail("recoveries", err)
	}
	f.Recovered, _ = SumRecoveries(rec)
	return f, nil
}

// SumRecoveries sums recovered money exactly per currency, sorted by
// currency; amounts that are not numbers are returned apart, as written.
func SumRecoveries(rec []Recovery) (sums []Amount, unsummed []string) {
	by := map[string]*big.Rat{}
	for _, r := range rec {
		v, ok := new(big.Rat).SetString(r.Amount)
		if !ok {
			unsummed = append(unsummed, strings.TrimSpace(r.Amount+" "+r.Currency))
			continue
		}
		if by[r.Currency] == nil {
			by[r.Currency] = new(big.Rat)
		}
		by[r.Currency].Add(by[r.Currency], v)
	}
	for cur, v := range by {
		sums = append(sums, Amount{Currency: cur, Amount: v.FloatString(2)})
	}
	sort.Slice(sums, func(i, j int) bool { return sums[i].Currency < sums[j].Currency })
	return sums, unsummed
}

// median is the median of ds (the mean of the middle two for an even
// count).
func median(ds []time.Duration) MedianTime {
	if len(ds) == 0 {
		return MedianTime{}
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	n := len(ds)
	m := ds[n/2]
	if n%2 == 0 {
		m = (ds[n/2-1] + ds[n/2]) / 2
	}
	return MedianTime{Median: m, N: n}
}
