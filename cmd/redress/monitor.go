package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	dto "github.com/prometheus/client_model/go"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/monitor"
	"github.com/yweca/redress/notify"
)

// startMonitor serves /healthz and /metrics (and the complaint form when
// form.enabled) on http.listen while the daemon runs, and hooks the desk and the delivery into it. It returns
// nil (a Monitor that does nothing) and a no-op stop when http.listen is
// "". stop ends the server and waits for it; it is also ended when ctx
// is. Call it before the delivery worker starts.
func startMonitor(ctx context.Context, s *wiring, worker *notify.Worker, logger *slog.Logger) (*monitor.Monitor, func(), error) {
	addr := s.cfg.HTTPListen()
	if addr == "" {
		return nil, func() {}, nil
	}
	ln, err := listenHTTP(addr)
	if err != nil {
		return nil, nil, err
	}
	form, err := newForm([]*wiring{s}, []func(){worker.Kick}, logger)
	if err != nil {
		ln.Close()
		return nil, nil, err
	}
	mon := hookMonitor(s, worker, logger)
	stop := serveMonitor(ctx, mon, ln, withForm(mon.Handler(), form), logger)
	logger.Info("serving health and metrics", "component", "monitor", "addr", ln.Addr().String(),
		"healthy_within", s.cfg.HealthyWithin())
	if form != nil {
		logger.Info("serving the complaint form", "component", "web", "url", formURL(ln.Addr().String()))
	}
	return mon, stop, nil
}

// startMonitors is startMonitor for every station of cfg: one Monitor
// each (nil each when http.listen is ""), served together on the one
// listener by stationsHandler. With one station it is startMonitor.
func startMonitors(ctx context.Context, cfg *config.Config, ws []*wiring, workers []*notify.Worker, logger *slog.Logger) ([]*monitor.Monitor, func(), error) {
	if len(ws) == 1 {
		mon, stop, err := startMonitor(ctx, ws[0], workers[0], logger)
		return []*monitor.Monitor{mon}, stop, err
	}
	mons := make([]*monitor.Monitor, len(ws))
	addr := cfg.HTTPListen()
	if addr == "" {
		return mons, func() {}, nil
	}
	ln, err := listenHTTP(addr)
	if err != nil {
		return nil, nil, err
	}
	kicks := make([]func(), len(ws))
	for i, w := range ws {
		mons[i] = hookMonitor(w, workers[i], w.log)
		kicks[i] = workers[i].Kick
	}
	form, err := newForm(ws, kicks, logger)
	if err != nil {
		ln.Close()
		return nil, nil, err
	}
	stop := serveMonitor(ctx, mons[0], ln, withForm(stationsHandler(ws, mons), form), logger)
	logger.Info("serving health and metrics", "component", "monitor", "addr", ln.Addr().String(), "stations", len(ws))
	if form != nil {
		logger.Info("serving the complaint form", "component", "web", "url", formURL(ln.Addr().String()))
	}
	return mons, stop, nil
}

// listenHTTP listens on http.listen.
func listenHTTP(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http.listen: cannot serve health and metrics on %s: %w; set http.listen to a free address, or \"\" for no server", addr, err)
	}
	return ln, nil
}

// hookMonitor makes the Monitor of station s and hooks its desk, its
// transport and its delivery worker into it.
func hookMonitor(s *wiring, worker *notify.Worker, logger *slog.Logger) *monitor.Monitor {
	mon := monitor.New(monitor.Options{HealthyWithin: s.cfg.HealthyWithin(), Outbox: outboxDepth(s.store), Logger: logger})
	s.desk.Observer = mon
	s.deliver.Transport = monitoredTransport{s.deliver.Transport, mon}
	worker.OnFlush = func(st notify.DeliveryStats, _ error) {
		mon.Delivered(st.Sent, st.Retried+st.Deferred, st.Failed)
	}
	return mon
}

// serveMonitor serves h on ln until ctx is done or stop is called; stop
// waits for the server to end.
func serveMonitor(ctx context.Context, mon *monitor.Monitor, ln net.Listener, h http.Handler, logger *slog.Logger) func() {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := mon.ServeHandler(ctx, ln, h); err != nil {
			logger.Error("the health and metrics server stopped; the daemon goes on without it", "component", "monitor", "err", err)
		}
	}()
	return func() { cancel(); <-done }
}

// stationsHandler serves the health and metrics of several stations:
// /healthz is 200 "ok" only when every station is healthy, else 503 with
// a line for each station that is not; /metrics is every station's
// redress_ metrics with a label station (its case prefix), and the
// process's Go and process metrics once.
func stationsHandler(ws []*wiring, mons []*monitor.Monitor) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		var bad []string
		for i, m := range mons {
			if err := m.Health(); err != nil {
				bad = append(bad, fmt.Sprintf("station %s (%s): %s", ws[i].cfg.Station.Name, ws[i].cfg.Station.CasePrefix,
					strings.ReplaceAll(err.Error(), "\n", "; ")))
			}
		}
		if len(bad) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, strings.Join(bad, "\n"))
			return
		}
		fmt.Fprintln(w, "ok")
	})
	g := stationGatherer{}
	for i, m := range mons {
		g.prefixes = append(g.prefixes, ws[i].cfg.Station.CasePrefix)
		g.regs = append(g.regs, m.Registry())
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}))
	return mux
}

// stationGatherer gathers the registries of several stations' Monitors
// as one: redress_ metrics labelled with their station, the rest (Go
// runtime, process: one process) from the first station only.
type stationGatherer struct {
	prefixes []string
	regs     []*prometheus.Registry
}

// Gather implements prometheus.Gatherer.
func (g stationGatherer) Gather() ([]*dto.MetricFamily, error) {
	byName := map[string]*dto.MetricFamily{}
	var errs []error
	for i, reg := range g.regs {
		fams, err := reg.Gather()
		errs = append(errs, err)
		for _, f := range fams {
			perStation := strings.HasPrefix(f.GetName(), "redress_")
			if !perStation && i > 0 {
				continue
			}
			if perStation {
				for _, m := range f.Metric {
					m.Label = append(m.Label, &dto.LabelPair{Name: ptr("station"), Value: ptr(g.prefixes[i])})
					slices.SortFunc(m.Label, func(a, b *dto.LabelPair) int { return strings.Compare(a.GetName(), b.GetName()) })
				}
			}
			if have := byName[f.GetName()]; have != nil {
				have.Metric = append(have.Metric, f.Metric...)
				continue
			}
			byName[f.GetName()] = f
		}
	}
	out := make([]*dto.MetricFamily, 0, len(byName))
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		out = append(out, byName[name])
	}
	return out, errors.Join(errs...)
}

func ptr[T any](v T) *T { return &v }

// outboxDepth reads how many mails wait in the outbox and when the oldest
// was queued, for the metrics.
func outboxDepth(store *casefile.Store) func(ctx context.Context) (int, time.Time, error) {
	return store.PendingOutbox
}

// monitoredTransport tells the monitor how SMTP attempts went: the
// server took a mail, refused it for good (reached all the same), or
// could not be reached, set up or relied on.
type monitoredTransport struct {
	notify.Transport
	mon *monitor.Monitor
}

func (t monitoredTransport) Open(ctx context.Context) (notify.Session, error) {
	s, err := t.Transport.Open(ctx)
	if err != nil {
		if ctx.Err() == nil {
			t.mon.SendFailed(err)
		}
		return nil, err
	}
	return monitoredSession{s, t.mon}, nil
}

type monitoredSession struct {
	notify.Session
	mon *monitor.Monitor
}

func (s monitoredSession) Send(ctx context.Context, m notify.Mail) error {
	err := s.Session.Send(ctx, m)
	switch {
	case err == nil:
		s.mon.SendSucceeded()
	case ctx.Err() != nil:
		// Cut short by shutdown: says nothing of the server.
	case notify.IsPermanent(err):
		s.mon.SendRefused()
	default:
		s.mon.SendFailed(err)
	}
	return err
}
