package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
)

const statsUsage = "usage: redress stats [-since YYYY-MM-DD] [-until YYYY-MM-DD] [-json] [-station NAME] -config FILE"

// statsJSON is `redress stats --json`.
type statsJSON struct {
	Since                 string            `json:"since,omitempty"`
	Until                 string            `json:"until,omitempty"`
	Opened                int               `json:"opened"`
	ByKind                map[string]int    `json:"by_kind"`
	ByState               map[string]int    `json:"by_state"`
	Closed                int               `json:"closed"`
	ClosedByReason        map[string]int    `json:"closed_by_reason"`
	CompleteOnArrival     int               `json:"complete_on_arrival"`
	CompletedAfterRequest int               `json:"completed_after_request"`
	StillIncomplete       int               `json:"still_incomplete"`
	MedianToAck           *medianJSON       `json:"median_to_ack,omitempty"`
	MedianToStaffReply    *medianJSON       `json:"median_to_first_staff_reply,omitempty"`
	MedianToClosure       *medianJSON       `json:"median_to_closure,omitempty"`
	Recovered             []casefile.Amount `json:"recovered"`
	TopRespondents        []nameCountJSON   `json:"top_respondents"`
	Channels              map[string]int    `json:"channels"`
	// Deadlines: see casefile.Deadlines for met and missed.
	Deadlines map[string]metMissedJSON `json:"deadlines"`
}

type metMissedJSON struct {
	Met    int `json:"met"`
	Missed int `json:"missed"`
}

type medianJSON struct {
	Seconds int64  `json:"seconds"`
	Text    string `json:"text"`
	Cases   int    `json:"cases"`
}

type nameCountJSON struct {
	Name  string `json:"name"`
	Cases int    `json:"cases"`
}

// cmdStats prints the station's figures for a period: what it took, how
// complete it came, how fast it answered, how it closed and what it
// recovered for consumers. With several stations it prints each
// station's and the deployment's combined (statsMultiJSON).
func cmdStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("stats", stderr)
	cf.register(fs)
	since := fs.String("since", "", "first day of the period (station time), YYYY-MM-DD")
	until := fs.String("until", "", "last day of the period (station time), YYYY-MM-DD, included")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	cf.registerStation(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return exitError{code: 2, msg: statsUsage}
	}
	stations, err := cf.loadStations()
	if err != nil {
		return err
	}
	var multi statsMultiJSON
	for _, st := range stations {
		j, err := stationStats(ctx, st, *since, *until)
		if err != nil {
			return err
		}
		multi.Stations = append(multi.Stations, stationStatsJSON{Station: st.Station.Name, CasePrefix: st.Station.CasePrefix, statsJSON: j})
	}
	if len(stations) == 1 {
		if *asJSON {
			return writeJSON(stdout, multi.Stations[0].statsJSON)
		}
		return printStats(stdout, multi.Stations[0].statsJSON)
	}
	multi.Combined = combineStats(multi.Stations)
	if *asJSON {
		return writeJSON(stdout, multi)
	}
	for _, st := range multi.Stations {
		fmt.Fprintf(stdout, "== station %s (%s) ==\n", st.Station, st.CasePrefix)
		if err := printStats(stdout, st.statsJSON); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprintf(stdout, "== all %d stations ==\n", len(multi.Stations))
	if err := printStats(stdout, multi.Combined); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "(medians and merchants are per station: see each station above)")
	return nil
}

// stationStats are one station's figures for the period since..until
// (days YYYY-MM-DD in the station's time zone; "" is open).
func stationStats(ctx context.Context, cfg *config.Config, since, until string) (statsJSON, error) {
	loc := cfg.Location()
	var from, to time.Time
	var err error
	if since != "" {
		if from, err = time.ParseInLocation(time.DateOnly, since, loc); err != nil {
			return statsJSON{}, exitError{code: 2, msg: fmt.Sprintf("stats: -since %q is not a date YYYY-MM-DD", since)}
		}
	}
	if until != "" {
		if to, err = time.ParseInLocation(time.DateOnly, until, loc); err != nil {
			return statsJSON{}, exitError{code: 2, msg: fmt.Sprintf("stats: -until %q is not a date YYYY-MM-DD", until)}
		}
		to = to.AddDate(0, 0, 1) // the last day is included
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return statsJSON{}, err
	}
	defer store.Close()
	f, err := store.StationFigures(ctx, from, to)
	if err != nil {
		return statsJSON{}, err
	}
	settings, err := workflowSettings(cfg)
	if err != nil {
		return statsJSON{}, err
	}
	if f.Deadlines, err = store.DeadlineFigures(ctx, from, to, settings.DeadlineDue); err != nil {
		return statsJSON{}, err
	}
	j := statsJSON{Opened: f.Opened, ByKind: f.ByKind, ByState: f.ByState, Closed: f.Closed, ClosedByReason: f.ClosedByReason,
		CompleteOnArrival: f.CompleteOnArrival, CompletedAfterRequest: f.CompletedAfterRequest, StillIncomplete: f.StillIncomplete,
		MedianToAck: toMedianJSON(f.ToAck), MedianToStaffReply: toMedianJSON(f.ToFirstStaffReply), MedianToClosure: toMedianJSON(f.ToClosure),
		Recovered: f.Recovered, Channels: f.Channels, TopRespondents: []nameCountJSON{},
		Deadlines: map[string]metMissedJSON{
			casefile.DeadlineAcceptance: {f.Deadlines.AcceptanceMet, f.Deadlines.AcceptanceMissed},
			casefile.DeadlineMediation:  {f.Deadlines.MediationMet, f.Deadlines.MediationMissed}}}
	if j.Recovered == nil {
		j.Recovered = []casefile.Amount{}
	}
	for _, r := range f.TopRespondents {
		j.TopRespondents = append(j.TopRespondents, nameCountJSON{r.Name, r.Count})
	}
	j.Since, j.Until = since, until
	return j, nil
}

// statsMultiJSON is `redress stats --json` for a config listing several
// stations: each station's figures (the single-station shape with its
// name and case prefix first) and the deployment's.
type statsMultiJSON struct {
	Stations []stationStatsJSON `json:"stations"`
	// Combined adds up the stations' counts and money. Medians and the
	// merchants named most are left out: neither adds up from the
	// stations' own.
	Combined statsJSON `json:"combined"`
}

// stationStatsJSON is one station's figures in statsMultiJSON.
type stationStatsJSON struct {
	Station    string `json:"station"`
	CasePrefix string `json:"case_prefix"`
	statsJSON
}

// combineStats adds up the figures of several stations (see
// statsMultiJSON.Combined).
func combineStats(stations []stationStatsJSON) statsJSON {
	c := statsJSON{ByKind: map[string]int{}, ByState: map[string]int{}, ClosedByReason: map[string]int{},
		Channels: map[string]int{}, Deadlines: map[string]metMissedJSON{}, TopRespondents: []nameCountJSON{}}
	var rec []casefile.Recovery
	for _, st := range stations {
		j := st.statsJSON
		c.Since, c.Until = j.Since, j.Until
		c.Opened += j.Opened
		c.Closed += j.Closed
		c.CompleteOnArrival += j.CompleteOnArrival
		c.CompletedAfterRequest += j.CompletedAfterRequest
		c.StillIncomplete += j.StillIncomplete
		addCounts(c.ByKind, j.ByKind)
		addCounts(c.ByState, j.ByState)
		addCounts(c.ClosedByReason, j.ClosedByReason)
		addCounts(c.Channels, j.Channels)
		for k, v := range j.Deadlines {
			d := c.Deadlines[k]
			c.Deadlines[k] = metMissedJSON{Met: d.Met + v.Met, Missed: d.Missed + v.Missed}
		}
		for _, a := range j.Recovered {
			rec = append(rec, casefile.Recovery{Amount: a.Amount, Currency: a.Currency})
		}
	}
	c.Recovered, _ = casefile.SumRecoveries(rec)
	if c.Recovered == nil {
		c.Recovered = []casefile.Amount{}
	}
	return c
}

// addCounts adds the counts of from to to.
func addCounts(to, from map[string]int) {
	for k, v := range from {
		to[k] += v
	}
}

func toMedianJSON(m casefile.MedianTime) *medianJSON {
	if m.N == 0 {
		return nil
	}
	return &medianJSON{Seconds: int64(m.Median / time.Second), Text: m.Median.Round(time.Minute).String(), Cases: m.N}
}

func printStats(w io.Writer, j statsJSON) error {
	period := "all time"
	switch {
	case j.Since != "" && j.Until != "":
		period = j.Since + " to " + j.Until
	case j.Since != "":
		period = "since " + j.Since
	case j.Until != "":
		period = "until " + j.Until
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Cases opened (%s)\t%d\t%s\n", period, j.Opened, counts(j.ByKind))
	fmt.Fprintf(tw, "  their state now\t\t%s\n", counts(j.ByState))
	fmt.Fprintf(tw, "Complaints complete on arrival\t%d\t\n", j.CompleteOnArrival)
	fmt.Fprintf(tw, "  completed after a request\t%d\t\n", j.CompletedAfterRequest)
	fmt.Fprintf(tw, "  still missing details\t%d\t\n", j.StillIncomplete)
	fmt.Fprintf(tw, "Cases closed in the period\t%d\t%s\n", j.Closed, counts(j.ClosedByReason))
	fmt.Fprintf(tw, "  closed unreachable\t%d\t\n", j.ClosedByReason["unreachable"])
	for _, m := range []struct {
		what string
		m    *medianJSON
	}{{"Median time to acknowledgement", j.MedianToAck}, {"Median time to first staff reply", j.MedianToStaffReply}, {"Median time to closure", j.MedianToClosure}} {
		if m.m == nil {
			fmt.Fprintf(tw, "%s\t-\t\n", m.what)
		} else {
			fmt.Fprintf(tw, "%s\t%s\t(%d cases)\n", m.what, m.m.Text, m.m.Cases)
		}
	}
	var rec []string
	for _, r := range j.Recovered {
		rec = append(rec, r.Amount+" "+r.Currency)
	}
	if len(rec) == 0 {
		rec = []string{"none recorded"}
	}
	fmt.Fprintf(tw, "Money recovered for consumers\t%s\t\n", strings.Join(rec, ", "))
	fmt.Fprintf(tw, "Channels\t\t%s\n", counts(j.Channels))
	for _, k := range []string{casefile.DeadlineAcceptance, casefile.DeadlineMediation} {
		fmt.Fprintf(tw, "Deadlines of %s met / missed\t%d / %d\t\n", k, j.Deadlines[k].Met, j.Deadlines[k].Missed)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(j.TopRespondents) > 0 {
		fmt.Fprintln(w, "\nMerchants named by most complaints:")
		for _, r := range j.TopRespondents {
			fmt.Fprintf(w, "  %3d  %s\n", r.Cases, r.Name)
		}
	}
	return nil
}

// counts writes a map as "a 2, b 1", largest first.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
