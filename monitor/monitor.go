package monitor

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// DefaultHealthyWithin is Options.HealthyWithin when it is 0.
const DefaultHealthyWithin = 30 * time.Minute

// Outcomes of redress_outgoing_mail_total.
const (
	OutcomeSent       = "sent"       // the server took the mail
	OutcomeDeferred   = "deferred"   // a temporary failure or no server: tried again later (counted per attempt)
	OutcomeFailed     = "failed"     // given up for good: refused, or retried too long
	OutcomeSuppressed = "suppressed" // never queued: the address had its automatic mails for the day
)

// Options configure a Monitor.
type Options struct {
	// HealthyWithin is how long the inbox may go without a successful
	// poll, and sending may keep failing, before /healthz says 503;
	// 0: DefaultHealthyWithin.
	HealthyWithin time.Duration
	// Outbox reads the outbox when the metrics are scraped: how many mails
	// wait to be sent and when the oldest of them was queued (zero when
	// none). nil: the outbox gauges are not exported.
	Outbox func(ctx context.Context) (pending int, oldest time.Time, err error)
	// Now is the clock; nil: time.Now.
	Now func() time.Time
	// Logger receives scrape and server errors; nil discards.
	Logger *slog.Logger
}

// Monitor holds the metrics and the health of one running daemon. Its
// methods are safe for concurrent use, and all of them may be called on a
// nil *Monitor, which does nothing.
type Monitor struct {
	reg     *prometheus.Registry
	within  time.Duration
	now     func() time.Time
	log     *slog.Logger
	started time.Time

	fetched      prometheus.Counter
	opened       *prometheus.CounterVec
	mail         *prometheus.CounterVec
	pollDuration prometheus.Histogram
	lastPoll     prometheus.Gauge
	lastSend     prometheus.Gauge
	idle         prometheus.Gauge
	polling     prometheus.Gauge

	mu         sync.Mutex
	poll, send side
	// standby: another instance polls the inbox (Standby); pollFrom is
	// when this one started or took the inbox over, from which a poll
	// that never comes is counted.
	standby  bool
	pollFrom time.Time
}

// side is the health of the inbox or of sending.
type side struct {
	lastOK  time.Time // the last success; zero: none yet
	failing time.Time // the first failure after the last success; zero: the last attempt succeeded (or none was made)
	lastErr error     // the last failure's error, while failing
	last    time.Time // the last attempt, successful or not
}

// New returns a Monitor with its registry: redress's metrics and the Go
// runtime and process collectors, on a registry of its own (never the
// global default, so two daemons in one test process do not collide).
func New(opts Options) *Monitor {
	m := &Monitor{reg: prometheus.NewRegistry(), within: opts.HealthyWithin, now: opts.Now, log: opts.Logger}
	if m.within <= 0 {
		m.within = DefaultHealthyWithin
	}
	if m.now == nil {
		m.now = time.Now
	}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	m.log = m.log.With("component", "monitor")
	m.started = m.now()
	m.pollFrom = m.started

	m.fetched = prometheus.NewCounter(prometheus.CounterOpts{Name: "redress_messages_fetched_total",
		Help: "Mails downloaded from the inbox (and the Sent folder) and filed."})
	m.opened = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "redress_cases_opened_total",
		Help: "Cases opened, by the kind of mail that opened them."}, []string{"kind"})
	m.mail = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "redress_outgoing_mail_total",
		Help: "Outgoing mail by outcome: sent, deferred (each temporary failure or unreachable server; tried again), failed (given up for good), suppressed (not queued: policy.ack_limit)."},
		[]string{"outcome"})
	m.pollDuration = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "redress_poll_duration_seconds",
		Help:    "Time one poll of the inbox took: connecting, fetching, filing, timers; failed polls too.",
		Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600}})
	m.lastPoll = prometheus.NewGauge(prometheus.GaugeOpts{Name: "redress_last_successful_poll_timestamp_seconds",
		Help: "Unix time of the last poll that succeeded; 0: none since start."})
	m.lastSend = prometheus.NewGauge(prometheus.GaugeOpts{Name: "redress_last_successful_send_timestamp_seconds",
		Help: "Unix time the SMTP server last took a mail; 0: none since start."})
	m.idle = prometheus.NewGauge(prometheus.GaugeOpts{Name: "redress_imap_idle_connected",
		Help: "1 while the daemon holds an inbox connection that waits for mail with IDLE, else 0."})
	m.polling = prometheus.NewGauge(prometheus.GaugeOpts{Name: "redress_station_polling",
		Help: "1 while this instance polls the station's inbox; 0 while another instance sharing the PostgreSQL store does (this one delivers and takes over if that one stops)."})
	for _, o := range []string{OutcomeSent, OutcomeDeferred, OutcomeFailed, OutcomeSuppressed} {
		m.mail.WithLabelValues(o) // present at 0 before the first mail
	}
	m.reg.MustRegister(m.fetched, m.opened, m.mail, m.pollDuration, m.lastPoll, m.lastSend, m.idle, m.polling,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if opts.Outbox != nil {
		m.reg.MustRegister(&outboxCollector{read: opts.Outbox, log: m.log,
			pending: prometheus.NewDesc("redress_outbox_pending", "Mails in the outbox waiting to be sent (not sent, not failed).", nil, nil),
			age:     prometheus.NewDesc("redress_outbox_oldest_pending_age_seconds", "How long the oldest mail waiting in the outbox has waited; 0: none waits.", nil, nil),
			now:     m.now})
	}
	return m
}

// Registry is the Monitor's registry, for gathering in tests or adding
// collectors.
func (m *Monitor) Registry() *prometheus.Registry { return m.reg }

// PollDone records one poll of the inbox: how long it took, how many mails
// it filed (also when it failed part way), and its error (nil: success).
func (m *Monitor) PollDone(took time.Duration, fetched int, err error) {
	if m == nil {
		return
	}
	m.pollDuration.Observe(took.Seconds())
	m.fetched.Add(float64(max(fetched, 0)))
	now := m.now()
	m.mu.Lock()
	m.poll.record(now, err)
	m.mu.Unlock()
	if err == nil {
		m.lastPoll.Set(unix(now))
	}
}

// Standby records whether another instance polls the inbox (with
// storage.postgres it holds the station's lock). While it does, /healthz
// does not judge this instance's polling, which it does not do; when this
// instance takes the inbox over, polling is judged from then on.
func (m *Monitor) Standby(on bool) {
	if m == nil {
		return
	}
	m.mu.Lock()
	if m.standby != on {
		m.standby = on
		if !on {
			m.pollFrom = m.now()
			m.poll = side{}
		}
	}
	m.mu.Unlock()
	m.polling.Set(gauge(!on))
}

// CaseOpened counts a case opened by a mail of kind.
func (m *Monitor) CaseOpened(kind string) {
	if m == nil {
		return
	}
	if kind == "" {
		kind = "unknown"
	}
	m.opened.WithLabelValues(kind).Inc()
}

// MailSuppressed counts n automatic mails that were not queued because
// their address already had its share for the day.
func (m *Monitor) MailSuppressed(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.mail.WithLabelValues(OutcomeSuppressed).Add(float64(n))
}

// Delivered counts what one round of delivery did: mails sent, deferred
// (temporary failures and mails left because the server could not be
// reached) and failed for good.
func (m *Monitor) Delivered(sent, deferred, failed int) {
	if m == nil {
		return
	}
	for _, c := range []struct {
		outcome string
		n       int
	}{{OutcomeSent, sent}, {OutcomeDeferred, deferred}, {OutcomeFailed, failed}} {
		if c.n > 0 {
			m.mail.WithLabelValues(c.outcome).Add(float64(c.n))
		}
	}
}

// SendSucceeded records that the SMTP server took a mail.
func (m *Monitor) SendSucceeded() {
	if m == nil {
		return
	}
	m.lastSend.Set(unix(m.recordSend(nil)))
}

// SendRefused records that the SMTP server was reached and refused one
// mail for good: the mail's fault, not the server's, so sending counts
// as working.
func (m *Monitor) SendRefused() {
	if m == nil {
		return
	}
	m.recordSend(nil)
}

// SendFailed records an SMTP attempt that failed for want of the server:
// it could not be reached, the session could not be set up, the
// connection broke, or it answered with a temporary failure.
func (m *Monitor) SendFailed(err error) {
	if m == nil || err == nil {
		return
	}
	m.recordSend(err)
}

// recordSend records an SMTP attempt's outcome (nil: the server worked)
// and returns its time.
func (m *Monitor) recordSend(err error) time.Time {
	now := m.now()
	m.mu.Lock()
	m.send.record(now, err)
	m.mu.Unlock()
	return now
}

// IdleConnected records whether the daemon holds an inbox connection that
// waits with IDLE.
func (m *Monitor) IdleConnected(on bool) {
	if m == nil {
		return
	}
	m.idle.Set(gauge(on))
}

// gauge is a yes/no gauge's value.
func gauge(on bool) float64 {
	if on {
		return 1
	}
	return 0
}

func (s *side) record(now time.Time, err error) {
	s.last = now
	if err == nil {
		s.lastOK, s.failing, s.lastErr = now, time.Time{}, nil
		return
	}
	if s.failing.IsZero() {
		s.failing = now
	}
	s.lastErr = err
}

func unix(t time.Time) float64 { return float64(t.UnixNano()) / 1e9 }

// outboxCollector reads the outbox gauges from the store at scrape time.
type outboxCollector struct {
	read         func(ctx context.Context) (int, time.Time, error)
	pending, age *prometheus.Desc
	now          func() time.Time
	log          *slog.Logger
}

// scrapeTimeout bounds reading the outbox for one scrape.
const scrapeTimeout = 5 * time.Second

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.pending
	ch <- c.age
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	n, oldest, err := c.read(ctx)
	if err != nil {
		c.log.Warn("reading the outbox for the metrics; the outbox gauges are left out of this scrape", "err", err)
		ch <- prometheus.NewInvalidMetric(c.pending, err)
		ch <- prometheus.NewInvalidMetric(c.age, err)
		return
	}
	age := 0.0
	if n > 0 && !oldest.IsZero() {
		age = max(c.now().Sub(oldest).Seconds(), 0)
	}
	ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, float64(n))
	ch <- prometheus.MustNewConstMetric(c.age, prometheus.GaugeValue, age)
}
