package monitor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// shutdownTimeout is how long Serve lets requests in flight finish once
// its context is done.
const shutdownTimeout = 5 * time.Second

// Handler serves GET /healthz (200 "ok", or 503 with the reason as plain
// text) and GET /metrics (the registry in Prometheus text format).
func (m *Monitor) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", m.healthz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		// An outbox that cannot be read leaves its gauges out; the
		// rest is still served.
		ErrorHandling: promhttp.ContinueOnError,
		ErrorLog:      promLogger{m.log},
		Timeout:       scrapeTimeout + 5*time.Second,
	}))
	return mux
}

func (m *Monitor) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := m.Health(); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, err)
		return
	}
	fmt.Fprintln(w, "ok")
}

// Serve serves Handler on ln until ctx is done, then shuts the server
// down, letting requests in flight finish for a few seconds. It closes
// ln. It returns nil after a shutdown, or the error that stopped serving
// before ctx was done.
func (m *Monitor) Serve(ctx context.Context, ln net.Listener) error {
	return m.ServeHandler(ctx, ln, m.Handler())
}

// ServeHandler is Serve for h, a handler the caller composed around
// Handler (cmd/redress mounts the complaint form beside it).
func (m *Monitor) ServeHandler(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(m.log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving health and metrics on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		m.log.Warn("requests to the health and metrics server still running at shutdown were cut", "err", err)
		srv.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving health and metrics on %s: %w", ln.Addr(), err)
	}
	return nil
}

// promLogger hands promhttp's errors to slog.
type promLogger struct{ log *slog.Logger }

func (l promLogger) Println(v ...any) { l.log.Warn("serving metrics", "err", fmt.Sprint(v...)) }
