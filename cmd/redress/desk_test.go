package main

import (
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

func TestSecondDaemonOnSameDatabaseRefused(t *testing.T) {
	s := newStation(t)
	cfg, err := config.Load(s.config)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	d, err := openStation(t.Context(), cfg, quiet)
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
