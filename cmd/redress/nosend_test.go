package main

import (
	"strings"
	"testing"
)

// once -no-send (and --no-send) fetches, files and queues but sends
// nothing; the queued mail stays pending and the next once sends it,
// each mail exactly once.
func TestOnceNoSend(t *testing.T) {
	for _, tc := range []struct {
		name string
		flag string
	}{
		{name: "single dash", flag: "-no-send"},
		{name: "double dash", flag: "--no-send"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStation(t)
			s.deliver(t, mkMail(complaintZH))
			s.deliver(t, mkMail(complaintEN))

			out, errOut, err := invoke(t, t.Context(), "once", tc.flag, "-config", s.config)
			if err != nil {
				t.Fatalf("once %s: %v\nstdout: %s\nstderr: %s", tc.flag, err, out, errOut)
			}
			if !strings.Contains(out, "fetched 2, new cases 2") || !strings.Contains(out, "not sent") {
				t.Errorf("once %s printed %q, want 2 fetched, 2 new cases and mail not sent", tc.flag, out)
			}
			if got := s.smtp.Messages(); len(got) != 0 {
				t.Fatalf("once %s: the SMTP server received %d mails, want none", tc.flag, len(got))
			}
			if n := s.smtp.Connections(); n != 0 {
				t.Errorf("once %s opened %d SMTP connections, want none", tc.flag, n)
			}
			if n := len(s.cases(t)); n != 2 {
				t.Fatalf("once %s filed %d cases, want 2", tc.flag, n)
			}
			pending := 0
			for _, r := range s.outbox(t) {
				if r.State != "pending" || r.Attempts != 0 {
					t.Errorf("outbox #%d is %s after %d attempts, want pending and untried", r.ID, r.State, r.Attempts)
				}
				pending++
			}
			for _, rcpt := range []string{"wangfang@mail.example", "tom@mail.example"} {
				if _, ok := rowTo(s.outbox(t), rcpt); !ok {
					t.Errorf("no acknowledgement to %s queued", rcpt)
				}
			}

			// The next once sends what was queued, once; a third sends nothing.
			s.once(t)
			s.once(t)
			if got := s.smtp.Messages(); len(got) != pending {
				t.Errorf("after two rounds the SMTP server received %d mails, want the %d queued", len(got), pending)
			}
			for _, rcpt := range []string{"wangfang@mail.example", "tom@mail.example"} {
				if n := len(s.sentTo(rcpt)); n != 1 {
					t.Errorf("%s got %d acknowledgements, want 1", rcpt, n)
				}
			}
			for _, r := range s.outbox(t) {
				if r.State != "sent" {
					t.Errorf("outbox #%d is %s after the sending round, want sent", r.ID, r.State)
				}
			}
		})
	}
}
