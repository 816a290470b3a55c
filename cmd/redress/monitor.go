package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/yweca/redress/casefile"
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
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("http.listen: cannot serve health and metrics on %s: %w; set http.listen to a free address, or \"\" for no server", addr, err)
	}
	form, err := newForm(s, worker.Kick, logger)
	if err != nil {
		ln.Close()
		return nil, nil, err
	}
	mon := monitor.New(monitor.Options{HealthyWithin: s.cfg.HealthyWithin(), Outbox: outboxDepth(s.store), Logger: logger})
	s.desk.Observer = mon
	s.deliver.Transport = monitoredTransport{s.deliver.Transport, mon}
	worker.OnFlush = func(st notify.DeliveryStats, _ error) {
		mon.Delivered(st.Sent, st.Retried+st.Deferred, st.Failed)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := mon.ServeHandler(ctx, ln, withForm(mon.Handler(), form)); err != nil {
			logger.Error("the health and metrics server stopped; the daemon goes on without it", "component", "monitor", "err", err)
		}
	}()
	logger.Info("serving health and metrics", "component", "monitor", "addr", ln.Addr().String(),
		"healthy_within", s.cfg.HealthyWithin())
	if form != nil {
		logger.Info("serving the complaint form", "component", "web", "url", formURL(ln.Addr().String()))
	}
	return mon, func() { cancel(); <-done }, nil
}

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
