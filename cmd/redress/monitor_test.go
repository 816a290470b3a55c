package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/monitor/monitortest"
)

// freeAddr is a loopback address no one listens on just now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// daemon is `redress run` running in the background until the test ends.
type daemon struct {
	cancel context.CancelFunc
	done   chan error
	logs   *syncBuilder
}

func startDaemon(t *testing.T, s *station) *daemon {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	d := &daemon{cancel: cancel, done: make(chan error, 1), logs: &syncBuilder{}}
	go func() { d.done <- run(ctx, []string{"run", "-config", s.config}, io.Discard, d.logs) }()
	t.Cleanup(func() { d.stop() })
	return d
}

// stop cancels the daemon as SIGTERM does and returns what run returned.
func (d *daemon) stop() error {
	d.cancel()
	err, ok := <-d.done
	if ok {
		close(d.done)
	}
	return err
}

// syncBuilder is a strings.Builder safe for the daemon's logger and the
// test to share.
type syncBuilder struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuilder) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuilder) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// eventually polls cond until it holds or timeout passes; state says
// what was seen last, for the failure.
func eventually(t *testing.T, what string, timeout time.Duration, logs *syncBuilder, cond func() (ok bool, state string)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, state := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s; last seen: %s\ndaemon log:\n%s", what, timeout, state, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// health gets /healthz, tolerating a server not up yet.
func health(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// monitoredStation is a station whose daemon polls every second and
// serves health and metrics on a free port.
func monitoredStation(t *testing.T) (s *station, base string) {
	t.Helper()
	s = newStation(t)
	addr := freeAddr(t)
	s.edit(t, func(c string) string {
		c = strings.Replace(c, `poll: "@every 1m"`, `poll: "@every 1s"`, 1)
		return strings.Replace(c, "http:\n  listen: \"\"", fmt.Sprintf("http:\n  listen: %s\n  healthy_within: 3s", addr), 1)
	})
	return s, "http://" + addr
}

// TestHealthAndMetrics runs the daemon with its health and metrics server
// against the test IMAP and SMTP servers: the counters follow a mail
// through filing and sending, the outbox gauges follow mail held by an
// unreachable SMTP server, and /healthz turns 503 when the IMAP server
// goes away and 200 again when it is back.
func TestHealthAndMetrics(t *testing.T) {
	s, base := monitoredStation(t)
	d := startDaemon(t, s)
	eventually(t, "/healthz answers 200", 20*time.Second, d.logs, func() (bool, string) {
		code, body := health(base + "/healthz")
		return code == http.StatusOK && body == "ok\n", fmt.Sprintf("%d %q", code, body)
	})
	scrape := func() monitortest.Metrics { return monitortest.Scrape(t, base+"/metrics") }
	value := func(m monitortest.Metrics, name string, labels ...string) float64 {
		v, _ := m.Value(name, labels...)
		return v
	}

	// The SMTP server refuses connections: the complaint is filed, its
	// two mails wait in the outbox.
	s.smtp.Refuse(true)
	s.deliver(t, mkMail(complaintEN))
	eventually(t, "the complaint filed and its mail held in the outbox", 20*time.Second, d.logs, func() (bool, string) {
		m := scrape()
		pending, fetched, deferred := value(m, "redress_outbox_pending"), value(m, "redress_messages_fetched_total"),
			value(m, "redress_outgoing_mail_total", "outcome", "deferred")
		return pending == 2 && fetched == 1 && deferred >= 2, fmt.Sprintf("pending %v, fetched %v, deferred %v", pending, fetched, deferred)
	})
	cases := s.cases(t)
	if len(cases) != 1 {
		t.Fatalf("got %d cases, want 1", len(cases))
	}
	kind := cases[0].Kind
	m := scrape()
	if v, ok := m.Value("redress_cases_opened_total", "kind", kind); !ok || v != 1 {
		t.Errorf("redress_cases_opened_total{kind=%q} = %v (present %v), want 1", kind, v, ok)
	}
	if v := value(m, "redress_outbox_oldest_pending_age_seconds"); v <= 0 {
		t.Errorf("redress_outbox_oldest_pending_age_seconds = %v with two mails waiting, want more than 0", v)
	}
	if v := value(m, "redress_outgoing_mail_total", "outcome", "sent"); v != 0 {
		t.Errorf("redress_outgoing_mail_total{outcome=sent} = %v while the server refuses, want 0", v)
	}
	if v := value(m, "redress_last_successful_send_timestamp_seconds"); v != 0 {
		t.Errorf("redress_last_successful_send_timestamp_seconds = %v before any send, want 0", v)
	}
	// Sending has failed for longer than healthy_within: 503, saying so.
	eventually(t, "/healthz reports sending failing", 20*time.Second, d.logs, func() (bool, string) {
		code, body := health(base + "/healthz")
		return code == http.StatusServiceUnavailable && strings.HasPrefix(body, "sending mail failing for "), fmt.Sprintf("%d %q", code, body)
	})

	// The SMTP server is back; the next complaint's commit kicks the
	// delivery, which sends all four mails.
	s.smtp.Refuse(false)
	second := complaintEN
	second.from, second.id = "Ann Lee <ann@mail.example>", "c3@mail.example"
	s.deliver(t, mkMail(second))
	eventually(t, "all mail sent and the outbox empty", 30*time.Second, d.logs, func() (bool, string) {
		m := scrape()
		sent, pending, age := value(m, "redress_outgoing_mail_total", "outcome", "sent"), value(m, "redress_outbox_pending"),
			value(m, "redress_outbox_oldest_pending_age_seconds")
		return sent == 4 && pending == 0 && age == 0, fmt.Sprintf("sent %v, pending %v, oldest age %v", sent, pending, age)
	})
	if got := len(s.smtp.Messages()); got != 4 {
		t.Errorf("the SMTP server got %d mails, want 4", got)
	}
	m = scrape()
	if v := value(m, "redress_messages_fetched_total"); v != 2 {
		t.Errorf("redress_messages_fetched_total = %v, want 2", v)
	}
	if v := value(m, "redress_cases_opened_total", "kind", kind); v != 2 {
		t.Errorf("redress_cases_opened_total{kind=%q} = %v, want 2", kind, v)
	}
	if v := value(m, "redress_last_successful_send_timestamp_seconds"); v < float64(time.Now().Add(-time.Minute).Unix()) {
		t.Errorf("redress_last_successful_send_timestamp_seconds = %v, want the last minute", v)
	}
	if h := m["redress_poll_duration_seconds"].GetMetric(); len(h) != 1 || h[0].GetHistogram().GetSampleCount() < 2 {
		t.Errorf("redress_poll_duration_seconds = %v, want a histogram of the polls so far", h)
	}
	eventually(t, "/healthz ok with both servers up", 20*time.Second, d.logs, func() (bool, string) {
		code, body := health(base + "/healthz")
		return code == http.StatusOK, fmt.Sprintf("%d %q", code, body)
	})
	eventually(t, "the inbox connection waits with IDLE", 20*time.Second, d.logs, func() (bool, string) {
		v := value(scrape(), "redress_imap_idle_connected")
		return v == 1, fmt.Sprint(v)
	})

	// The IMAP server goes away: no successful poll for longer than
	// healthy_within turns /healthz to 503 with the reason.
	addr := s.imap.Addr
	s.imap.Close()
	eventually(t, "/healthz reports the failing polls", 30*time.Second, d.logs, func() (bool, string) {
		code, body := health(base + "/healthz")
		return code == http.StatusServiceUnavailable && strings.HasPrefix(body, "last successful poll ") &&
			strings.Contains(body, "connection refused"), fmt.Sprintf("%d %q", code, body)
	})
	if v := value(scrape(), "redress_imap_idle_connected"); v != 0 {
		t.Errorf("redress_imap_idle_connected = %v with the IMAP server gone, want 0", v)
	}
	// It comes back (empty, on the same port): after the desk's backoff
	// a poll succeeds and /healthz is 200 again.
	back, err := mailboxtest.StartServer(addr)
	if err != nil {
		t.Fatalf("restarting the IMAP server on %s: %v", addr, err)
	}
	t.Cleanup(func() { back.Close() })
	eventually(t, "/healthz ok again once the IMAP server is back", time.Minute, d.logs, func() (bool, string) {
		code, body := health(base + "/healthz")
		return code == http.StatusOK && body == "ok\n", fmt.Sprintf("%d %q", code, body)
	})

	// SIGTERM stops the server with the daemon.
	if err := d.stop(); err != nil {
		t.Errorf("run returned %v after a clean stop", err)
	}
	if conn, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), time.Second); err == nil {
		conn.Close()
		t.Errorf("the health and metrics server still listens after the daemon stopped")
	}
}

// TestHTTPListenInUse: a port already taken stops the daemon at start
// with an error naming http.listen.
func TestHTTPListenInUse(t *testing.T) {
	s := newStation(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s.edit(t, func(c string) string {
		return strings.Replace(c, "http:\n  listen: \"\"", "http:\n  listen: "+ln.Addr().String(), 1)
	})
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	_, _, err = invoke(t, ctx, "run", "-config", s.config)
	if err == nil || !strings.Contains(err.Error(), "http.listen: cannot serve health and metrics on "+ln.Addr().String()) ||
		!strings.Contains(err.Error(), "address already in use") {
		t.Fatalf("run with http.listen taken = %v, want an error naming http.listen and the address in use", err)
	}
	if len(s.smtp.Messages()) != 0 || len(s.cases(t)) != 0 {
		t.Errorf("the daemon worked although it refused to start")
	}
}
