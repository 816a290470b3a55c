package desk

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/notify/notifytest"
)

// The sending limits count what the case file recorded sent, so a
// restarted desk (the store closed and opened again, a new Deliverer)
// keeps to them: mail over a limit stays queued with no attempt counted
// until the window has moved.
func TestOutboxSendingLimitsSurviveRestart(t *testing.T) {
	tests := []struct {
		name   string
		limit  func(d *notify.Deliverer)
		window time.Duration
	}{
		{name: "per minute", limit: func(d *notify.Deliverer) { d.MaxPerMinute = 2 }, window: time.Minute},
		{name: "per day", limit: func(d *notify.Deliverer) { d.MaxPerDay = 2 }, window: 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			srv := notifytest.Start(t)
			path := filepath.Join(t.TempDir(), "redress.db")
			queued := time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC)
			open := func() *casefile.Store {
				t.Helper()
				st, err := casefile.Open(ctx, path, casefile.Options{CasePrefix: "YW", Now: func() time.Time { return queued }})
				if err != nil {
					t.Fatalf("opening the case file: %v", err)
				}
				return st
			}
			st := open()
			for i := range 5 {
				if err := st.Queue(ctx, 0, casefile.Outgoing{Purpose: "ack", From: "desk@yw.example",
					To: []string{fmt.Sprintf("u%d@example.com", i)}, Subject: "ack", MessageID: fmt.Sprintf("m%d@yw.example", i),
					Text: "received"}); err != nil {
					t.Fatal(err)
				}
			}
			now := queued.Add(time.Hour)
			deliverer := func(st *casefile.Store) *notify.Deliverer {
				d := &notify.Deliverer{
					Transport: notify.NewSender(notify.SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: notify.TLSNone, Timeout: 10 * time.Second}, nil),
					Outbox:    Outbox(st), Now: func() time.Time { return now },
				}
				tt.limit(d)
				return d
			}
			flush := func(d *notify.Deliverer, wantSent, wantLimited int) {
				t.Helper()
				stats, err := d.Flush(ctx)
				if err != nil {
					t.Fatalf("Flush: %v", err)
				}
				if stats.Sent != wantSent || stats.Limited != wantLimited || stats.Retried+stats.Failed+stats.Deferred != 0 {
					t.Fatalf("at %s: stats = %+v, want %d sent and %d limited", now, stats, wantSent, wantLimited)
				}
			}
			// stillQueued checks that n mails are due at once, none of them
			// with an attempt counted.
			stillQueued := func(st *casefile.Store, n int) {
				t.Helper()
				due, err := st.DueMail(ctx, now, 0)
				if err != nil {
					t.Fatal(err)
				}
				if len(due) != n {
					t.Fatalf("%d mails due, want %d", len(due), n)
				}
				for _, m := range due {
					if m.Attempts != 0 {
						t.Errorf("mail %s has %d attempts counted, want 0", m.Mail.MessageID, m.Attempts)
					}
				}
			}

			first := now
			flush(deliverer(st), 2, 3)
			stillQueued(st, 3)

			// Restart, still inside the window: nothing goes.
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			st = open()
			defer st.Close()
			now = first.Add(tt.window - time.Second)
			flush(deliverer(st), 0, 3)
			stillQueued(st, 3)

			// Once the window has moved past the first two, two more go.
			now = first.Add(tt.window)
			flush(deliverer(st), 2, 1)
			stillQueued(st, 1)
			if n := len(srv.Messages()); n != 4 {
				t.Errorf("server received %d mails, want 4", n)
			}
		})
	}
}

// A token the server refuses leaves the mail queued in the case file:
// due at once, no attempt counted, not failed; the token is in no log.
func TestOutboxRefusedTokenLeavesMailQueued(t *testing.T) {
	ctx := t.Context()
	const good, bad = "ya29.good-token-1234", "ya29.revoked-token-5678"
	srv := notifytest.StartWithOptions(t, notifytest.Options{Mechanisms: []string{"XOAUTH2"}, Token: good})
	st, err := casefile.Open(ctx, filepath.Join(t.TempDir(), "redress.db"), casefile.Options{CasePrefix: "YW"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Queue(ctx, 0, casefile.Outgoing{Purpose: "ack", From: "desk@yw.example", To: []string{"u@example.com"},
		Subject: "ack", MessageID: "m1@yw.example", Text: "received"}); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	cfg := notify.SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: notify.TLSNone, Timeout: 10 * time.Second,
		Username: "desk@yw.example", Auth: notify.AuthXOAuth2,
		Token: func(context.Context) (string, error) { return bad, nil }}
	d := &notify.Deliverer{Transport: notify.NewSender(cfg, logger), Outbox: Outbox(st), Logger: logger}
	stats, err := d.Flush(ctx)
	if err != nil || stats != (notify.DeliveryStats{Deferred: 1}) {
		t.Fatalf("Flush = %+v, %v; want the mail deferred", stats, err)
	}
	due, err := st.DueMail(ctx, time.Now(), 0)
	if err != nil || len(due) != 1 || due[0].Attempts != 0 {
		t.Fatalf("due after a refused token = %+v, %v; want the mail, no attempt counted", due, err)
	}
	if strings.Contains(logs.String(), bad) || !strings.Contains(logs.String(), "535") {
		t.Errorf("log leaks the token or lacks the server's 535:\n%s", logs.String())
	}
}
