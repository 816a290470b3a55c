package notify

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/notify/notifytest"
)

// manyMails returns n mails to distinct recipients, u0@example.com ...
func manyMails(n int) []Mail {
	mails := make([]Mail, n)
	for i := range mails {
		mails[i] = mailTo(fmt.Sprintf("u%d@example.com", i), fmt.Sprintf("m%d@yw.example", i))
	}
	return mails
}

// logTo returns a logger writing text lines at Info and above into buf.
func logTo(buf *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// logLines returns the non-empty lines of buf.
func logLines(buf *bytes.Buffer) []string {
	var out []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// receivedOnce checks that every mail arrived exactly once.
func receivedOnce(t *testing.T, srv *notifytest.Server, mails []Mail) {
	t.Helper()
	count := map[string]int{}
	for _, r := range srv.Messages() {
		count[strings.Join(r.To, ",")]++
	}
	for _, m := range mails {
		if n := count[m.To[0]]; n != 1 {
			t.Errorf("%s received %d times, want once", m.To[0], n)
		}
	}
	if got := len(srv.Messages()); got != len(mails) {
		t.Errorf("server received %d mails, want %d", got, len(mails))
	}
}

func TestFlushOneSession(t *testing.T) {
	const n = 25
	srv := notifytest.Start(t)
	mails := manyMails(n)
	ob := newMemOutbox(mails...)
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now}
	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if want := (DeliveryStats{Sent: n}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	receivedOnce(t, srv, mails)
	if got := srv.Connections(); got != 1 {
		t.Errorf("server saw %d SMTP sessions, want 1", got)
	}
	// One RSET between each two mails, none before the first.
	if got := srv.RSETs(); got != n-1 {
		t.Errorf("server saw %d RSETs, want %d", got, n-1)
	}
	for _, r := range srv.Messages() {
		if r.Conn != 1 {
			t.Errorf("mail to %v came on connection %d, want 1", r.To, r.Conn)
		}
	}
}

// The older field: a *Sender given as Sender is used as the Transport, and
// any other MailSender sends each mail on its own.
func TestFlushSenderField(t *testing.T) {
	const n = 5
	t.Run("*Sender reuses the session", func(t *testing.T) {
		srv := notifytest.Start(t)
		d := &Deliverer{Sender: NewSender(plainConfig(srv), nil), Outbox: newMemOutbox(manyMails(n)...), Now: (&fakeClock{t: t0}).Now}
		if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: n}) {
			t.Fatalf("Flush = %+v, %v", stats, err)
		}
		if got := srv.Connections(); got != 1 {
			t.Errorf("server saw %d sessions, want 1", got)
		}
	})
	t.Run("other MailSender sends one by one", func(t *testing.T) {
		srv := notifytest.Start(t)
		s := mailSenderFunc(NewSender(plainConfig(srv), nil).Send)
		d := &Deliverer{Sender: s, Outbox: newMemOutbox(manyMails(n)...), Now: (&fakeClock{t: t0}).Now}
		if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: n}) {
			t.Fatalf("Flush = %+v, %v", stats, err)
		}
		if got := srv.Connections(); got != n {
			t.Errorf("server saw %d sessions, want %d", got, n)
		}
	})
	t.Run("neither", func(t *testing.T) {
		d := &Deliverer{Outbox: newMemOutbox(manyMails(1)...)}
		if _, err := d.Flush(t.Context()); err == nil || !strings.Contains(err.Error(), "no Transport") {
			t.Fatalf("Flush without a transport: err = %v", err)
		}
	})
}

type mailSenderFunc func(context.Context, Mail) error

func (f mailSenderFunc) Send(ctx context.Context, m Mail) error { return f(ctx, m) }

func TestFlushNothingDueDialsNothing(t *testing.T) {
	srv := notifytest.Start(t)
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: newMemOutbox(), Now: (&fakeClock{t: t0}).Now}
	if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{}) {
		t.Fatalf("Flush of an empty outbox = %+v, %v", stats, err)
	}
	if got := srv.Connections(); got != 0 {
		t.Errorf("server saw %d connections, want none", got)
	}
}

func TestFlushRejectionMidBatch(t *testing.T) {
	const n, bad = 25, 12 // mail index 12 is row 13
	tests := []struct {
		name      string
		code      int
		wantStats DeliveryStats
		wantFail  bool
		wantRetry bool
	}{
		{name: "permanent", code: 550, wantStats: DeliveryStats{Sent: n - 1, Failed: 1}, wantFail: true},
		{name: "temporary", code: 451, wantStats: DeliveryStats{Sent: n - 1, Retried: 1}, wantRetry: true},
		{name: "server closing", code: 421, wantStats: DeliveryStats{Sent: n - 1, Retried: 1}, wantRetry: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.Start(t)
			mails := manyMails(n)
			srv.RejectRcpt(mails[bad].To[0], tt.code, "not this one")
			ob := newMemOutbox(mails...)
			d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now}
			stats, err := d.Flush(t.Context())
			if err != nil {
				t.Fatalf("Flush: %v", err)
			}
			if stats != tt.wantStats {
				t.Errorf("stats = %+v, want %+v", stats, tt.wantStats)
			}
			receivedOnce(t, srv, append(append([]Mail(nil), mails[:bad]...), mails[bad+1:]...))
			if got := srv.Connections(); got != 1 {
				t.Errorf("server saw %d SMTP sessions, want 1: the session goes on after a refused mail", got)
			}
			r := ob.row(bad + 1)
			if r.failed != tt.wantFail || (r.q.Attempts == 1) != tt.wantRetry || !r.sentAt.IsZero() {
				t.Errorf("refused row = %+v, want failed %v, retried %v", r, tt.wantFail, tt.wantRetry)
			}
			if len(r.reasons) != 1 || !strings.Contains(r.reasons[0], "not this one") {
				t.Errorf("refused row's reason = %q, want the server's reply", r.reasons)
			}
		})
	}
}

func TestFlushServerDown(t *testing.T) {
	const n = 25
	tests := []struct {
		name string
		// down makes the server unreachable.
		down func(srv *notifytest.Server)
		// oneDial is set when the server can count the dial attempts.
		oneDial bool
	}{
		{name: "connection refused", down: func(srv *notifytest.Server) { srv.Close() }},
		{name: "closed before the greeting", down: func(srv *notifytest.Server) { srv.Refuse(true) }, oneDial: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.Start(t)
			cfg := plainConfig(srv)
			tt.down(srv)
			ob := newMemOutbox(manyMails(n)...)
			for id := range ob.rows {
				ob.rows[id].q.Attempts = 3
			}
			var logs bytes.Buffer
			d := &Deliverer{Transport: NewSender(cfg, nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now, Logger: logTo(&logs)}
			stats, err := d.Flush(t.Context())
			if err != nil {
				t.Fatalf("Flush: %v", err)
			}
			if want := (DeliveryStats{Deferred: n}); stats != want {
				t.Errorf("stats = %+v, want %+v", stats, want)
			}
			if tt.oneDial {
				if got := srv.Connections(); got != 1 {
					t.Errorf("Flush dialled %d times, want once", got)
				}
			}
			for id := int64(1); id <= n; id++ {
				r := ob.row(id)
				if r.q.Attempts != 3 || r.failed || !r.sentAt.IsZero() || !r.next.IsZero() || len(r.reasons) != 0 {
					t.Fatalf("row %d changed by a round that could not reach the server: %+v", id, r)
				}
			}
			lines := logLines(&logs)
			if len(lines) != 1 {
				t.Fatalf("the round logged %d lines, want one:\n%s", len(lines), logs.String())
			}
			for _, want := range []string{"level=WARN", "component=notify", "deferred=25", "unreachable"} {
				if !strings.Contains(lines[0], want) {
					t.Errorf("log line %q lacks %q", lines[0], want)
				}
			}
		})
	}
}

func TestFlushRedialsDroppedConnection(t *testing.T) {
	const n = 25
	srv := notifytest.Start(t)
	srv.DropAfter(10)
	mails := manyMails(n)
	ob := newMemOutbox(mails...)
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now, Logger: logTo(&logs)}
	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if want := (DeliveryStats{Sent: n}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	receivedOnce(t, srv, mails)
	if got := srv.Connections(); got != 3 {
		t.Errorf("server saw %d sessions, want 3 (dropped after 10 and 20 mails)", got)
	}
	for id := int64(1); id <= n; id++ {
		if r := ob.row(id); r.q.Attempts != 0 || r.sentAt.IsZero() {
			t.Errorf("row %d = %+v, want sent with no failed attempt", id, r)
		}
	}
	if got := strings.Count(logs.String(), "dialling again"); got != 2 {
		t.Errorf("log has %d re-dial lines, want 2:\n%s", got, logs.String())
	}
}

// A connection dropped and then no new one accepted: the round stops with
// what was sent, and leaves the rest due.
func TestFlushRedialFails(t *testing.T) {
	const n = 25
	srv := notifytest.Start(t)
	srv.DropAfter(10)
	mails := manyMails(n)
	ob := newMemOutbox(mails...)
	ob.onSent = func(sent int) {
		if sent == 5 {
			// The open session goes on; only new ones are refused.
			srv.Refuse(true)
		}
	}
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now, Logger: logTo(&logs)}
	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if want := (DeliveryStats{Sent: 10, Deferred: n - 10}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	receivedOnce(t, srv, mails[:10])
	if got := srv.Connections(); got != 2 {
		t.Errorf("server saw %d connections, want 2 (one re-dial)", got)
	}
	for id := int64(11); id <= n; id++ {
		if r := ob.row(id); r.q.Attempts != 0 || r.failed || !r.sentAt.IsZero() {
			t.Errorf("row %d = %+v, want untouched", id, r)
		}
	}
	if got := strings.Count(logs.String(), "deferred=15"); got != 1 {
		t.Errorf("log has %d deferral lines, want 1:\n%s", got, logs.String())
	}
}

// A mail that loses the fresh connection too counts as a failed attempt,
// and the round stops there: the server is not fit to take mail now.
func TestFlushConnectionLostTwice(t *testing.T) {
	const n, bad = 5, 2
	srv := notifytest.Start(t)
	mails := manyMails(n)
	srv.DropRcpt(mails[bad].To[0], true)
	ob := newMemOutbox(mails...)
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now, Logger: logTo(&logs)}
	stats, err := d.Flush(t.Context())
	if err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if want := (DeliveryStats{Sent: bad, Retried: 1, Deferred: n - bad - 1}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	if got := srv.Connections(); got != 2 {
		t.Errorf("server saw %d connections, want 2 (one re-dial)", got)
	}
	if r := ob.row(bad + 1); r.q.Attempts != 1 || !r.next.Equal(t0.Add(time.Minute)) {
		t.Errorf("row of the mail that lost both connections = %+v, want one attempt and a retry in 1m", r)
	}
	for id := int64(bad + 2); id <= n; id++ {
		if r := ob.row(id); r.q.Attempts != 0 || !r.sentAt.IsZero() {
			t.Errorf("row %d = %+v, want untouched", id, r)
		}
	}
	if got := strings.Count(logs.String(), "level=WARN"); got != 1 || !strings.Contains(logs.String(), "deferred=2") {
		t.Errorf("want one warning with deferred=2:\n%s", logs.String())
	}
}

func TestSessionSendsManyAndQuits(t *testing.T) {
	srv := notifytest.Start(t)
	sess, err := NewSender(plainConfig(srv), nil).Open(t.Context())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	bad := testMail()
	bad.MessageID = ""
	if err := sess.Send(t.Context(), bad); !IsPermanent(err) || IsConnection(err) {
		t.Errorf("Send of an unbuildable mail: err = %v, want permanent, not a connection error", err)
	}
	for i := range 3 {
		if err := sess.Send(t.Context(), mailTo("buyer@example.com", fmt.Sprintf("s%d@yw.example", i))); err != nil {
			t.Fatalf("Send %d: %v", i, err)
		}
	}
	if err := sess.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := sess.Send(t.Context(), testMail()); !IsConnection(err) {
		t.Errorf("Send after Close: err = %v, want a connection error", err)
	}
	if got, want := len(srv.Messages()), 3; got != want {
		t.Errorf("server received %d mails, want %d", got, want)
	}
	if got := srv.Connections(); got != 1 {
		t.Errorf("server saw %d connections, want 1", got)
	}
}

func TestIsConnection(t *testing.T) {
	srv := notifytest.Start(t)
	srv.RejectRcpt("gone@example.com", 550, "no such user")
	cfg := plainConfig(srv)
	tests := []struct {
		name       string
		cfg        SMTPConfig
		mail       Mail
		connection bool
	}{
		{name: "rejected recipient is about the mail", cfg: cfg, mail: mailTo("gone@example.com", "x@yw.example")},
		{name: "invalid configuration", cfg: SMTPConfig{Host: "127.0.0.1", Port: 25, TLS: "ssl"}, mail: testMail(), connection: true},
		{name: "server down", cfg: func() SMTPConfig {
			down := notifytest.Start(t)
			c := plainConfig(down)
			down.Close()
			return c
		}(), mail: testMail(), connection: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewSender(tt.cfg, nil).Send(t.Context(), tt.mail)
			if err == nil {
				t.Fatal("Send succeeded, want an error")
			}
			if got := IsConnection(err); got != tt.connection {
				t.Errorf("IsConnection = %v, want %v (err: %v)", got, tt.connection, err)
			}
			if tt.connection && IsPermanent(err) {
				t.Errorf("connection error classified permanent: %v", err)
			}
		})
	}
	if IsConnection(nil) {
		t.Error("IsConnection(nil) = true")
	}
}

// benchServers are the server set-ups the benchmarks run against: plain,
// and implicit TLS with AUTH, where setting a session up costs a TLS
// handshake and an AUTH exchange.
var benchServers = []struct {
	name string
	opts notifytest.Options
}{
	{name: "plain", opts: notifytest.Options{}},
	{name: "tls+auth", opts: notifytest.Options{TLS: TLSImplicit, Username: "station", Password: "s3cret"}},
}

func benchConfig(srv *notifytest.Server, o notifytest.Options) SMTPConfig {
	cfg := plainConfig(srv)
	if o.TLS != "" {
		cfg.TLS, cfg.TLSConfig = o.TLS, srv.ClientTLSConfig()
	}
	cfg.Username, cfg.Password = o.Username, o.Password
	return cfg
}

// BenchmarkFlush sends 1000 due mails through the in-process server, as
// one Flush over one SMTP session.
func BenchmarkFlush(b *testing.B) {
	const n = 1000
	mails := manyMails(n)
	for _, bs := range benchServers {
		b.Run(bs.name, func(b *testing.B) {
			srv := notifytest.StartWithOptions(b, bs.opts)
			tr := NewSender(benchConfig(srv, bs.opts), nil)
			for b.Loop() {
				b.StopTimer()
				ob := newMemOutbox(mails...)
				b.StartTimer()
				d := &Deliverer{Transport: tr, Outbox: ob, Now: (&fakeClock{t: t0}).Now}
				stats, err := d.Flush(b.Context())
				if err != nil || stats.Sent != n {
					b.Fatalf("Flush = %+v, %v", stats, err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "mails/s")
		})
	}
}

// BenchmarkSendOneShot is the old way, for comparison: one SMTP session
// per mail.
func BenchmarkSendOneShot(b *testing.B) {
	for _, bs := range benchServers {
		b.Run(bs.name, func(b *testing.B) {
			srv := notifytest.StartWithOptions(b, bs.opts)
			s := NewSender(benchConfig(srv, bs.opts), nil)
			m := testMail()
			for b.Loop() {
				if err := s.Send(b.Context(), m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mails/s")
		})
	}
}
