package main

import (
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
)

// TestUnfileableMessageIsKeptNotBlocking: a message whose filing fails
// (here: its reply cannot be rendered) is kept without a case with the
// reason, and the mail after it is still filed.
func TestUnfileableMessageIsKeptNotBlocking(t *testing.T) {
	s := newStation(t)
	poison := complaintEN
	poison.subject, poison.id = "POISON", "poison@mail.example"
	s.deliver(t, mkMail(poison))
	s.deliver(t, mkMail(complaintZH))

	cfg, err := config.Load(s.config)
	if err != nil {
		t.Fatal(err)
	}
	d, err := openDesk(t.Context(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.responder = func(m *analysis.Mail, r casefile.Ingested) ([]casefile.Outgoing, error) {
		if m != nil && m.Subject == "POISON" {
			return nil, errors.New("template exploded")
		}
		return d.respond(m, r)
	}
	st, err := d.cycle(t.Context())
	if err != nil {
		t.Fatalf("cycle: %v", err)
	}
	if st.Fetched != 2 || st.NewCases != 1 || st.Unfiled != 1 {
		t.Errorf("stats = %+v, want 2 fetched, 1 new case, 1 unfiled", st)
	}
	unfiled, err := d.store.UnfiledMessages(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(unfiled) != 1 || !strings.Contains(unfiled[0].Note, "could not be filed") || !strings.Contains(unfiled[0].Note, "template exploded") {
		t.Fatalf("unfiled = %+v, want the poison message with its reason", unfiled)
	}
	raw, err := d.store.RawMessage(t.Context(), unfiled[0].ID)
	if err != nil || !strings.Contains(string(raw), "Subject: POISON") {
		t.Errorf("raw bytes of the unfiled message not kept: %v", err)
	}

	// The cursor moved past both: a second cycle fetches nothing.
	st, err = d.cycle(t.Context())
	if err != nil || st.Fetched != 0 {
		t.Errorf("second cycle fetched %d (err %v), want 0", st.Fetched, err)
	}
}

func TestSecondDaemonOnSameDatabaseRefused(t *testing.T) {
	s := newStation(t)
	cfg, err := config.Load(s.config)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	d, err := openDesk(t.Context(), cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = invoke(t, t.Context(), "once", "-config", s.config)
	if err == nil || !strings.Contains(err.Error(), "already working on") {
		t.Errorf("second once while a desk is open: err = %v, want a refusal", err)
	}
	d.Close()
	if _, _, err := invoke(t, t.Context(), "once", "-config", s.config); err != nil {
		t.Errorf("once after the first desk closed: %v", err)
	}
}
