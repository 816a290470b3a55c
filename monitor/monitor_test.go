package monitor_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/monitor"
	"github.com/yweca/redress/monitor/monitortest"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time            { return c.t }
func (c *clock) advance(d time.Duration)   { c.t = c.t.Add(d) }
func newClock() *clock                     { return &clock{t: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)} }
func refused(s string) error               { return errors.New(s) }
func healthText(m *monitor.Monitor) string { return errText(m.Health()) }

func errText(err error) string {
	if err == nil {
		return "ok"
	}
	return err.Error()
}

func TestHealth(t *testing.T) {
	dial := refused("dial tcp 127.0.0.1:993: connect: connection refused")
	tests := []struct {
		name  string
		steps func(m *monitor.Monitor, c *clock)
		want  string // "ok", or text the reason contains
	}{
		{"fresh start", func(*monitor.Monitor, *clock) {}, "ok"},
		{"no poll for longer than healthy_within after start", func(m *monitor.Monitor, c *clock) { c.advance(31 * time.Minute) },
			"no poll has finished since the start 31m ago: the daemon's loop is stuck"},
		{"first polls fail, still within healthy_within", func(m *monitor.Monitor, c *clock) {
			c.advance(10 * time.Minute)
			m.PollDone(time.Second, 0, dial)
		}, "ok"},
		{"first polls fail beyond healthy_within", func(m *monitor.Monitor, c *clock) {
			c.advance(31 * time.Minute)
			m.PollDone(time.Second, 0, dial)
		}, "no successful poll since the start 31m ago: dial tcp 127.0.0.1:993: connect: connection refused"},
		{"a poll failed after a success a minute ago", func(m *monitor.Monitor, c *clock) {
			m.PollDone(time.Second, 3, nil)
			c.advance(time.Minute)
			m.PollDone(time.Second, 0, dial)
		}, "ok"},
		{"polls failing for 41 minutes", func(m *monitor.Monitor, c *clock) {
			m.PollDone(time.Second, 3, nil)
			for range 41 {
				c.advance(time.Minute)
				m.PollDone(time.Second, 0, dial)
			}
		}, "last successful poll 41m ago: dial tcp 127.0.0.1:993: connect: connection refused"},
		{"the last poll succeeded long ago and none finished since", func(m *monitor.Monitor, c *clock) {
			m.PollDone(time.Second, 0, nil)
			c.advance(2*time.Hour + 5*time.Minute)
		}, "last successful poll 2h5m ago, and no poll has finished since"},
		{"polls recover", func(m *monitor.Monitor, c *clock) {
			c.advance(time.Hour)
			m.PollDone(time.Second, 0, dial)
			m.PollDone(time.Second, 0, nil)
		}, "ok"},
		{"nothing to send for days", func(m *monitor.Monitor, c *clock) {
			for range 72 {
				c.advance(time.Hour)
				m.PollDone(time.Second, 0, nil)
			}
		}, "ok"},
		{"sending fails briefly", func(m *monitor.Monitor, c *clock) {
			m.PollDone(time.Second, 0, nil)
			m.SendFailed(refused("dial tcp 127.0.0.1:465: connection refused"))
			c.advance(10 * time.Minute)
			m.PollDone(time.Second, 0, nil)
		}, "ok"},
		{"sending fails beyond healthy_within", func(m *monitor.Monitor, c *clock) {
			m.SendSucceeded()
			c.advance(time.Hour)
			m.SendFailed(refused("421 4.7.0 try again later"))
			c.advance(35 * time.Minute)
			m.SendFailed(refused("421 4.7.0 try again later"))
			m.PollDone(time.Second, 0, nil)
		}, "sending mail failing for 35m (last successful send 1h35m ago): 421 4.7.0 try again later"},
		{"sending never worked", func(m *monitor.Monitor, c *clock) {
			m.SendFailed(refused("535 5.7.8 authentication failed"))
			c.advance(40 * time.Minute)
			m.PollDone(time.Second, 0, nil)
		}, "sending mail failing for 40m (no successful send since the start): 535"},
		{"a mail refused for good is the server working", func(m *monitor.Monitor, c *clock) {
			m.SendFailed(refused("dial tcp: connection refused"))
			c.advance(40 * time.Minute)
			m.SendRefused()
			m.PollDone(time.Second, 0, nil)
		}, "ok"},
		{"consumer addresses are masked", func(m *monitor.Monitor, c *clock) {
			m.SendFailed(refused("450 4.2.1 <lina.wang@mail.example>: mailbox busy"))
			c.advance(40 * time.Minute)
			m.PollDone(time.Second, 0, nil)
		}, "<l***@mail.example>"},
		{"standby: another instance polls", func(m *monitor.Monitor, c *clock) {
			m.Standby(true)
			c.advance(5 * time.Hour)
		}, "ok"},
		{"taken over from standby, polls failing since", func(m *monitor.Monitor, c *clock) {
			m.Standby(true)
			c.advance(5 * time.Hour)
			m.Standby(false)
			c.advance(10 * time.Minute)
			m.PollDone(time.Second, 0, dial)
			c.advance(25 * time.Minute)
			m.PollDone(time.Second, 0, dial)
		}, "no successful poll since taking the inbox over 35m ago: dial tcp"},
		{"taken over from standby, within healthy_within", func(m *monitor.Monitor, c *clock) {
			m.Standby(true)
			c.advance(5 * time.Hour)
			m.Standby(false)
			c.advance(10 * time.Minute)
		}, "ok"},
		{"both sides failing", func(m *monitor.Monitor, c *clock) {
			m.SendFailed(refused("smtp down"))
			c.advance(40 * time.Minute)
			m.PollDone(time.Second, 0, refused("imap down"))
		}, "no successful poll since the start 40m ago: imap down\nsending mail failing for 40m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			m := monitor.New(monitor.Options{HealthyWithin: 30 * time.Minute, Now: c.now})
			tt.steps(m, c)
			got := healthText(m)
			if tt.want == "ok" && got != "ok" || tt.want != "ok" && !strings.Contains(got, tt.want) {
				t.Errorf("Health() = %q, want %q", got, tt.want)
			}
			if strings.Contains(got, "lina.wang") {
				t.Errorf("Health() shows a consumer's address: %q", got)
			}
		})
	}
}

func TestNilMonitorDoesNothing(t *testing.T) {
	var m *monitor.Monitor
	m.PollDone(time.Second, 1, nil)
	m.CaseOpened("complaint")
	m.MailSuppressed(1)
	m.Delivered(1, 1, 1)
	m.SendSucceeded()
	m.SendRefused()
	m.SendFailed(errors.New("x"))
	m.IdleConnected(true)
	if err := m.Health(); err != nil {
		t.Errorf("nil Monitor Health() = %v", err)
	}
}

// serve runs m's server on a free loopback port until the test ends and
// returns its base URL and a stop function that waits for Serve.
func serve(t *testing.T, m *monitor.Monitor) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, ln) }()
	stopped := false
	stop := func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		return <-done
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

func TestServeMetricsAndHealth(t *testing.T) {
	c := newClock()
	m := monitor.New(monitor.Options{HealthyWithin: 30 * time.Minute, Now: c.now,
		Outbox: func(context.Context) (int, time.Time, error) { return 3, c.now().Add(-90 * time.Second), nil }})
	m.PollDone(1500*time.Millisecond, 4, nil)
	m.PollDone(200*time.Millisecond, 2, errors.New("connection reset"))
	m.CaseOpened("complaint")
	m.CaseOpened("complaint")
	m.CaseOpened("inquiry")
	m.Delivered(5, 2, 1)
	m.MailSuppressed(2)
	m.SendSucceeded()
	m.IdleConnected(true)
	base, stop := serve(t, m)

	got := monitortest.Scrape(t, base+"/metrics")
	for _, w := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"redress_messages_fetched_total", nil, 6},
		{"redress_cases_opened_total", []string{"kind", "complaint"}, 2},
		{"redress_cases_opened_total", []string{"kind", "inquiry"}, 1},
		{"redress_outgoing_mail_total", []string{"outcome", "sent"}, 5},
		{"redress_outgoing_mail_total", []string{"outcome", "deferred"}, 2},
		{"redress_outgoing_mail_total", []string{"outcome", "failed"}, 1},
		{"redress_outgoing_mail_total", []string{"outcome", "suppressed"}, 2},
		{"redress_outbox_pending", nil, 3},
		{"redress_outbox_oldest_pending_age_seconds", nil, 90},
		{"redress_last_successful_poll_timestamp_seconds", nil, float64(c.now().Unix())},
		{"redress_last_successful_send_timestamp_seconds", nil, float64(c.now().Unix())},
		{"redress_imap_idle_connected", nil, 1},
	} {
		if v, ok := got.Value(w.name, w.labels...); !ok || v != w.want {
			t.Errorf("%s%v = %v (present %v), want %v", w.name, w.labels, v, ok, w.want)
		}
	}
	if h := got["redress_poll_duration_seconds"].GetMetric(); len(h) != 1 || h[0].GetHistogram().GetSampleCount() != 2 ||
		h[0].GetHistogram().GetSampleSum() != 1.7 {
		t.Errorf("poll duration histogram = %v, want 2 polls summing 1.7 s", h)
	}
	collected := []string{"go_goroutines"}
	if runtime.GOOS == "linux" { // the process collector reads /proc
		collected = append(collected, "process_start_time_seconds")
	}
	for _, name := range collected {
		if _, ok := got[name]; !ok {
			t.Errorf("%s missing: the Go and process collectors are not registered", name)
		}
	}

	if code, body := monitortest.Health(t, base+"/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", code, body)
	}
	c.advance(45 * time.Minute)
	m.PollDone(time.Second, 0, errors.New("dial tcp 127.0.0.1:993: connection refused"))
	code, body := monitortest.Health(t, base+"/healthz")
	if code != http.StatusServiceUnavailable || body != "last successful poll 45m ago: dial tcp 127.0.0.1:993: connection refused\n" {
		t.Errorf("/healthz = %d %q, want 503 with the reason", code, body)
	}

	if err := stop(); err != nil {
		t.Errorf("Serve after cancel = %v, want nil", err)
	}
	if _, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), time.Second); err == nil {
		t.Errorf("the server still listens after its context ended")
	}
}

func TestScrapeWithUnreadableOutbox(t *testing.T) {
	m := monitor.New(monitor.Options{
		Outbox: func(context.Context) (int, time.Time, error) { return 0, time.Time{}, errors.New("database is locked") }})
	m.CaseOpened("complaint")
	base, _ := serve(t, m)
	got := monitortest.Scrape(t, base+"/metrics")
	if _, ok := got.Value("redress_outbox_pending"); ok {
		t.Errorf("redress_outbox_pending exported although the outbox could not be read")
	}
	if v, ok := got.Value("redress_cases_opened_total", "kind", "complaint"); !ok || v != 1 {
		t.Errorf("the other metrics are not served when the outbox cannot be read: cases_opened = %v %v", v, ok)
	}
}

func TestOutboxEmptyAgeZero(t *testing.T) {
	m := monitor.New(monitor.Options{
		Outbox: func(context.Context) (int, time.Time, error) { return 0, time.Time{}, nil }})
	base, _ := serve(t, m)
	got := monitortest.Scrape(t, base+"/metrics")
	for _, name := range []string{"redress_outbox_pending", "redress_outbox_oldest_pending_age_seconds", "redress_imap_idle_connected"} {
		if v, ok := got.Value(name); !ok || v != 0 {
			t.Errorf("%s = %v (present %v), want 0", name, v, ok)
		}
	}
}

func TestServeReportsAClosedListener(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if err := monitor.New(monitor.Options{}).Serve(t.Context(), ln); err == nil || !strings.Contains(err.Error(), "serving health and metrics on 127.0.0.1:") {
		t.Errorf("Serve on a closed listener = %v, want an error naming the address", err)
	}
}
