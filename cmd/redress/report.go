package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/yweca/redress/config"
	stationreport "github.com/yweca/redress/report"
)

const reportUsage = "usage: redress report [-since YYYY-MM-DD] [-until YYYY-MM-DD] [-out FILE.html] [-images DIR] [-station NAME] -config FILE"

// cmdReport writes the monthly report to an HTML file that opens in a
// browser on its own (the charts as data: URIs), for the previous
// calendar month or the period given.
func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("report", stderr)
	cf.register(fs)
	since := fs.String("since", "", "first day of the period (station time), YYYY-MM-DD (default: the previous calendar month)")
	until := fs.String("until", "", "last day of the period, YYYY-MM-DD, included (default with -since: today)")
	out := fs.String("out", "report.html", "the HTML file to write")
	images := fs.String("images", "", "also write the charts as PNG files into this directory")
	cf.registerStation(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return exitError{code: 2, msg: reportUsage}
	}
	stations, err := cf.loadStations()
	if err != nil {
		return err
	}
	if len(stations) == 1 {
		return reportStation(ctx, stations[0], *since, *until, *out, *images, stdout)
	}
	// Several stations: one report each, named by the station's case
	// prefix (report-NO.html), charts in a directory per station.
	ext := filepath.Ext(*out)
	for _, st := range stations {
		p := strings.TrimSuffix(*out, ext) + "-" + st.Station.CasePrefix + ext
		img := *images
		if img != "" {
			img = filepath.Join(img, st.Station.CasePrefix)
			if err := os.MkdirAll(img, 0o755); err != nil {
				return fmt.Errorf("making the chart directory: %w", err)
			}
		}
		if err := reportStation(ctx, st, *since, *until, p, img, stdout); err != nil {
			return fmt.Errorf("station %q: %w", st.Station.Name, err)
		}
	}
	return nil
}

// reportStation writes one station's report to out (charts into images
// when not "").
func reportStation(ctx context.Context, cfg *config.Config, since, until, out, images string, stdout io.Writer) error {
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	loc := cfg.Location()
	from, to, _ := stationreport.MonthBefore(store.Now(), loc)
	if since != "" {
		if from, err = time.ParseInLocation(time.DateOnly, since, loc); err != nil {
			return exitError{code: 2, msg: fmt.Sprintf("report: -since %q is not a date YYYY-MM-DD", since)}
		}
		n := store.Now().In(loc)
		to = time.Date(n.Year(), n.Month(), n.Day()+1, 0, 0, 0, 0, loc)
	}
	if until != "" {
		if to, err = time.ParseInLocation(time.DateOnly, until, loc); err != nil {
			return exitError{code: 2, msg: fmt.Sprintf("report: -until %q is not a date YYYY-MM-DD", until)}
		}
		to = to.AddDate(0, 0, 1) // the last day is included
	}
	if !from.Before(to) {
		return exitError{code: 2, msg: "report: -until is before -since"}
	}
	settings, err := workflowSettings(cfg)
	if err != nil {
		return err
	}
	in, err := stationreport.Gather(ctx, store, cfg.Station.Name, from, to, settings.DeadlineDue)
	if err != nil {
		return err
	}
	r, err := stationreport.Render(in, cfg.StationDomain())
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, r.Standalone(), 0o644); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	fmt.Fprintf(stdout, "report %s: %s\n", r.Subject, out)
	if images != "" {
		for _, img := range r.Images {
			p := filepath.Join(images, img.Filename)
			if err := os.WriteFile(p, img.PNG, 0o644); err != nil {
				return fmt.Errorf("writing a chart: %w", err)
			}
			fmt.Fprintf(stdout, "chart: %s\n", p)
		}
	}
	return nil
}

// reportTicker queues the monthly report mail at schedule.report's ticks
// in `redress run`. A nil *reportTicker (no schedule.report) does nothing.
type reportTicker struct {
	w       *wiring
	sched   cron.Schedule
	next    time.Time
	mailing stationreport.Mailing
	log     *slog.Logger
}

// newReportTicker is the report schedule of cfg (nil when it has none).
func newReportTicker(w *wiring, cfg *config.Config, logger *slog.Logger) (*reportTicker, error) {
	if cfg.Schedule.Report == "" {
		return nil, nil
	}
	sched, err := cron.ParseStandard(cfg.Schedule.Report)
	if err != nil {
		return nil, fmt.Errorf("schedule.report: %w", err)
	}
	settings, err := workflowSettings(cfg)
	if err != nil {
		return nil, err
	}
	r := &reportTicker{w: w, sched: sched, log: logger, mailing: stationreport.Mailing{
		Station: cfg.Station.Name, From: cfg.Station.Address, To: cfg.Report.To,
		Domain: cfg.StationDomain(), Due: settings.DeadlineDue,
	}}
	r.next = sched.Next(w.store.Now().In(cfg.Location()))
	logger.Info("monthly report scheduled", "component", "report", "schedule", cfg.Schedule.Report, "next", r.next)
	return r, nil
}

// tick queues the report of the previous calendar month when a tick has
// come, and calls kick when it queued one. A failure is logged and tried
// again at the next round.
func (r *reportTicker) tick(ctx context.Context, kick func()) {
	if r == nil {
		return
	}
	now := r.w.store.Now()
	if now.Before(r.next) {
		return
	}
	period, queued, err := stationreport.QueueMonthly(ctx, r.w.store, r.mailing, now)
	switch {
	case err != nil:
		r.log.Error("the monthly report could not be queued; it is tried again next round", "component", "report", "period", period, "err", err)
		return
	case queued:
		r.log.Info("monthly report queued", "component", "report", "period", period, "to", len(r.mailing.To))
		if kick != nil {
			kick()
		}
	default:
		r.log.Info("monthly report already sent", "component", "report", "period", period)
	}
	r.next = r.sched.Next(now.In(r.w.cfg.Location()))
}

// wake is the earlier of next and the next report tick.
func (r *reportTicker) wake(next time.Time) time.Time {
	if r != nil && r.next.Before(next) {
		return r.next
	}
	return next
}
