package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/config"
	"github.com/yweca/redress/monitor"
)

// With several stations /healthz is healthy only when every station is,
// and /metrics labels each station's metrics with its case prefix.
func TestStationsHandler(t *testing.T) {
	start := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	now := start
	clock := func() time.Time { return now }
	var ws []*wiring
	var mons []*monitor.Monitor
	for _, p := range []string{"NO", "SO"} {
		ws = append(ws, &wiring{cfg: &config.Config{Station: config.Station{Name: p + " station", CasePrefix: p}}})
		mons = append(mons, monitor.New(monitor.Options{HealthyWithin: time.Hour, Now: clock}))
	}
	h := stationsHandler(ws, mons)
	get := func(path string) (int, string) {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}

	mons[0].PollDone(time.Second, 3, nil)
	if code, body := get("/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("healthz of two fresh stations = %d %q, want 200 ok", code, body)
	}
	now = start.Add(2 * time.Hour)
	mons[0].PollDone(time.Second, 0, nil) // North polls; South has not for two hours
	code, body := get("/healthz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "station SO station (SO): no poll has finished") || strings.Contains(body, "(NO)") {
		t.Errorf("healthz with South stuck = %d %q, want 503 naming South only", code, body)
	}

	_, metrics := get("/metrics")
	for _, want := range []string{`redress_messages_fetched_total{station="NO"} 3`, `redress_messages_fetched_total{station="SO"} 0`,
		`redress_outgoing_mail_total{outcome="sent",station="SO"} 0`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if n := strings.Count(metrics, "\ngo_goroutines "); n != 1 {
		t.Errorf("go_goroutines appears %d times, want once for the one process", n)
	}
}
