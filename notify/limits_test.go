package notify

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/notify/notifytest"
)

func TestAllowance(t *testing.T) {
	minute := func(max, sent int, oldest time.Time) window {
		return window{key: "smtp.max_per_minute", max: max, length: time.Minute, sent: sent, oldest: oldest}
	}
	day := func(max, sent int, oldest time.Time) window {
		return window{key: "smtp.max_per_day", max: max, length: 24 * time.Hour, sent: sent, oldest: oldest}
	}
	tests := []struct {
		name     string
		ws       []window
		want     int
		wantBind string
		wantFree time.Time
	}{
		{name: "no limits", ws: nil, want: -1},
		{name: "nothing sent", ws: []window{minute(2, 0, time.Time{})}, want: 2},
		{name: "room left", ws: []window{minute(5, 3, t0)}, want: 2},
		{name: "minute full", ws: []window{minute(2, 2, t0)}, want: 0, wantBind: "smtp.max_per_minute", wantFree: t0.Add(time.Minute)},
		{name: "over a lowered limit", ws: []window{minute(2, 7, t0)}, want: 0, wantBind: "smtp.max_per_minute", wantFree: t0.Add(time.Minute)},
		{name: "the smaller room wins", ws: []window{minute(10, 1, t0), day(100, 97, t0)}, want: 3},
		{name: "day full, minute not", ws: []window{minute(10, 1, t0), day(3, 3, t0)}, want: 0,
			wantBind: "smtp.max_per_day", wantFree: t0.Add(24 * time.Hour)},
		{name: "both full: the later frees binds", ws: []window{minute(2, 2, t0.Add(23*time.Hour)), day(5, 5, t0)}, want: 0,
			wantBind: "smtp.max_per_day", wantFree: t0.Add(24 * time.Hour)},
		{name: "both full: the minute frees later", ws: []window{minute(2, 2, t0.Add(24*time.Hour)), day(5, 5, t0)}, want: 0,
			wantBind: "smtp.max_per_minute", wantFree: t0.Add(24*time.Hour + time.Minute)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, bind := allowance(tt.ws)
			if n != tt.want || bind.key != tt.wantBind {
				t.Fatalf("allowance = %d, %q; want %d, %q", n, bind.key, tt.want, tt.wantBind)
			}
			if tt.wantBind != "" && !bind.frees().Equal(tt.wantFree) {
				t.Errorf("frees at %s, want %s", bind.frees(), tt.wantFree)
			}
		})
	}
}

// untouched fails the test unless rows from..to are still due as queued:
// not sent, not failed, no attempt counted, not claimed.
func untouched(t *testing.T, ob *memOutbox, from, to int64) {
	t.Helper()
	for id := from; id <= to; id++ {
		if r := ob.row(id); r.q.Attempts != 0 || r.failed || !r.sentAt.IsZero() || !r.next.IsZero() || !r.claimed.IsZero() || len(r.reasons) != 0 {
			t.Errorf("row %d touched by a limited round: %+v", id, r)
		}
	}
}

// limitLines returns the log lines about a reached limit.
func limitLines(buf *bytes.Buffer) []string {
	var out []string
	for _, l := range logLines(buf) {
		if strings.Contains(l, "sending limit reached") {
			out = append(out, l)
		}
	}
	return out
}

func TestFlushPerMinuteLimit(t *testing.T) {
	srv := notifytest.Start(t)
	mails := manyMails(5)
	ob := newMemOutbox(mails...)
	clock := &fakeClock{t: t0}
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: clock.Now, Logger: logTo(&logs), MaxPerMinute: 2}

	flush := func(want DeliveryStats) {
		t.Helper()
		logs.Reset()
		stats, err := d.Flush(t.Context())
		if err != nil {
			t.Fatalf("Flush: %v", err)
		}
		if stats != want {
			t.Fatalf("at %s: stats = %+v, want %+v", clock.Now().Format(time.TimeOnly), stats, want)
		}
		lines := limitLines(&logs)
		if want.Limited == 0 {
			if len(lines) != 0 {
				t.Errorf("an unlimited round logged %q", lines)
			}
			return
		}
		if len(lines) != 1 {
			t.Fatalf("a limited round logged %d limit lines, want one:\n%s", len(lines), logs.String())
		}
		for _, w := range []string{"level=INFO", "component=notify", "limited=" + strconv.Itoa(want.Limited), "limit=smtp.max_per_minute",
			"max=2", "sent_in_window=2", "frees_at=" + want.LimitedUntil.Format("2006-01-02T15:04:05.000Z07:00")} {
			if !strings.Contains(lines[0], w) {
				t.Errorf("limit line %q lacks %q", lines[0], w)
			}
		}
	}

	// Two go out, three stay due as they were.
	flush(DeliveryStats{Sent: 2, Limited: 3, LimitedUntil: t0.Add(time.Minute)})
	if n := len(srv.Messages()); n != 2 {
		t.Fatalf("server received %d mails, want 2", n)
	}
	untouched(t, ob, 3, 5)
	conns := srv.Connections()

	// Within the minute nothing goes, and the server is not even dialled.
	clock.Advance(59 * time.Second)
	flush(DeliveryStats{Limited: 3, LimitedUntil: t0.Add(time.Minute)})
	if srv.Connections() != conns {
		t.Error("a round with no room dialled the server")
	}
	untouched(t, ob, 3, 5)

	// When the window has moved past the first two, two more go.
	clock.Advance(time.Second)
	flush(DeliveryStats{Sent: 2, Limited: 1, LimitedUntil: t0.Add(2 * time.Minute)})
	untouched(t, ob, 5, 5)
	clock.Advance(time.Minute)
	flush(DeliveryStats{Sent: 1})
	receivedOnce(t, srv, mails)
}

func TestFlushPerDayLimitWarns(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(manyMails(5)...)
	clock := &fakeClock{t: t0}
	var logs bytes.Buffer
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: clock.Now, Logger: logTo(&logs),
		MaxPerMinute: 2, MaxPerDay: 3}
	if stats, err := d.Flush(t.Context()); err != nil || stats.Sent != 2 || stats.Limited != 3 {
		t.Fatalf("first Flush = %+v, %v; want 2 sent, 3 limited by the minute", stats, err)
	}
	clock.Advance(time.Minute)
	logs.Reset()
	stats, err := d.Flush(t.Context())
	if want := (DeliveryStats{Sent: 1, Limited: 2, LimitedUntil: t0.Add(24 * time.Hour)}); err != nil || stats != want {
		t.Fatalf("second Flush = %+v, %v; want %+v", stats, err, want)
	}
	lines := limitLines(&logs)
	if len(lines) != 1 || !strings.Contains(lines[0], "level=WARN") || !strings.Contains(lines[0], "limit=smtp.max_per_day") ||
		!strings.Contains(lines[0], "max=3") {
		t.Errorf("want one warning naming smtp.max_per_day, got:\n%s", logs.String())
	}
	untouched(t, ob, 4, 5)
	// The first two leave the day's window at t0+24h.
	clock.Advance(24*time.Hour - time.Minute - time.Nanosecond)
	if stats, err := d.Flush(t.Context()); err != nil || stats.Sent != 0 || stats.Limited != 2 {
		t.Fatalf("Flush just before the day is over = %+v, %v; want nothing sent", stats, err)
	}
	clock.Advance(time.Nanosecond)
	if stats, err := d.Flush(t.Context()); err != nil || stats.Sent != 2 || stats.Limited != 0 {
		t.Fatalf("Flush a day after the first mail = %+v, %v; want the last 2 sent (the first two left the window)", stats, err)
	}
}

// A round that takes longer than a window counts again when its
// allowance is spent, and goes on as the window moves.
func TestFlushLongRoundRecounts(t *testing.T) {
	srv := notifytest.Start(t)
	mails := manyMails(5)
	ob := newMemOutbox(mails...)
	clock := &fakeClock{t: t0}
	ob.onSent = func(int) { clock.Advance(40 * time.Second) } // a slow server
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: clock.Now, MaxPerMinute: 2}
	if stats, err := d.Flush(t.Context()); err != nil || stats != (DeliveryStats{Sent: 5}) {
		t.Fatalf("Flush = %+v, %v; want all 5 sent, never more than 2 in a minute", stats, err)
	}
	receivedOnce(t, srv, mails)
}

func TestFlushLimitCountError(t *testing.T) {
	srv := notifytest.Start(t)
	ob := newMemOutbox(manyMails(2)...)
	ob.sentSinceErr = errors.New("database is locked")
	d := &Deliverer{Transport: NewSender(plainConfig(srv), nil), Outbox: ob, Now: (&fakeClock{t: t0}).Now, MaxPerDay: 100}
	_, err := d.Flush(t.Context())
	if err == nil || !strings.Contains(err.Error(), "smtp.max_per_day") || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("Flush = %v, want the store error naming the limit", err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("mail sent although the limit could not be counted: %d", n)
	}
	untouched(t, ob, 1, 2)
}

func TestNextFlush(t *testing.T) {
	const interval = time.Minute
	tests := []struct {
		name  string
		stats DeliveryStats
		err   error
		want  time.Duration
	}{
		{name: "not limited", stats: DeliveryStats{Sent: 3}, want: interval},
		{name: "minute frees sooner", stats: DeliveryStats{Limited: 3, LimitedUntil: t0.Add(20 * time.Second)}, want: 20 * time.Second},
		{name: "day frees later", stats: DeliveryStats{Limited: 3, LimitedUntil: t0.Add(10 * time.Hour)}, want: 10 * time.Hour},
		{name: "already free", stats: DeliveryStats{Limited: 3, LimitedUntil: t0.Add(-time.Second)}, want: time.Second},
		{name: "failed flush", stats: DeliveryStats{Limited: 3, LimitedUntil: t0.Add(time.Hour)}, err: errors.New("x"), want: interval},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextFlush(tt.stats, tt.err, interval, t0); got != tt.want {
				t.Errorf("nextFlush = %s, want %s", got, tt.want)
			}
		})
	}
}
