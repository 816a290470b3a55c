package casefile

import (
	"errors"
	"testing"
)

func TestImportCheckpoint(t *testing.T) {
	s := openTest(t, Options{})
	ctx := t.Context()
	if _, err := s.ImportCheckpoint(ctx, "/a.mbox"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown source: err = %v, want ErrNotFound", err)
	}
	for _, cp := range []ImportCheckpoint{
		{Source: "/a.mbox", Offset: 100, Separator: "From x y", Messages: 2},
		{Source: "/a.mbox", Offset: 250, Separator: "", Messages: 5},
	} {
		if err := s.Write(ctx, func(tx *Tx) error { return tx.SetImportCheckpoint(cp) }); err != nil {
			t.Fatal(err)
		}
		got, err := s.ImportCheckpoint(ctx, cp.Source)
		if err != nil {
			t.Fatal(err)
		}
		if got != cp {
			t.Errorf("got %+v, want %+v", got, cp)
		}
	}
}

func TestHasMessageID(t *testing.T) {
	s := openTest(t, Options{})
	ctx := t.Context()
	err := s.Queue(ctx, 0, Outgoing{Purpose: "ack", From: "a@x", To: []string{"b@x"}, MessageID: "out@x", Text: "t"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		mid  string
		want bool
	}{
		{"sent mail", "out@x", true},
		{"unknown", "other@x", false},
		{"none", "", false},
	}
	for _, tt := range tests {
		got, err := s.HasMessageID(ctx, tt.mid)
		if err != nil || got != tt.want {
			t.Errorf("%s: HasMessageID(%q) = %v, %v; want %v", tt.name, tt.mid, got, err, tt.want)
		}
	}
}
