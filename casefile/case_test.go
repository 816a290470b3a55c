package casefile

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Case numbers run per year as the station's clock has it.
func TestRefsByStationYear(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skipf("no time zone data for Asia/Shanghai: %v", err)
	}
	s := openTest(t, Options{CasePrefix: "YW", Location: shanghai})
	tests := []struct {
		name     string
		received string
		want     string
	}{
		{"first of 2026", "2026-06-01T02:00:00Z", "YW-2026-00001"},
		{"second of 2026", "2026-07-01T02:00:00Z", "YW-2026-00002"},
		{"new year's eve in Yiwu", "2026-12-31T15:59:59Z", "YW-2026-00003"},
		{"still 2026 in UTC, 2027 in Yiwu", "2026-12-31T17:00:00Z", "YW-2027-00001"},
		{"second of 2027", "2027-01-02T00:00:00Z", "YW-2027-00002"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			received, _ := time.Parse(time.RFC3339, tc.received)
			inc := in(uint32(i+1), complaint(fmt.Sprintf("m%d@example.com", i)))
			inc.ReceivedAt = received
			res := ingest(t, s, inc)
			if !res.NewCase || res.Case.Ref != tc.want {
				t.Fatalf("filed %+v, want new case %s", res, tc.want)
			}
			if got := mustCase(t, s, tc.want); got.ID != res.Case.ID {
				t.Errorf("CaseByRef(%s) = case #%d, want #%d", tc.want, got.ID, res.Case.ID)
			}
		})
	}
	cases, err := s.Cases(context.Background())
	if err != nil || len(cases) != len(tests) {
		t.Fatalf("Cases() = %d cases, %v; want %d", len(cases), err, len(tests))
	}
	for i, c := range cases {
		if c.Ref != tests[i].want {
			t.Errorf("Cases()[%d] = %s, want %s (oldest first)", i, c.Ref, tests[i].want)
		}
	}
}

func TestCaseByRefNotFound(t *testing.T) {
	s := openTest(t, Options{})
	_, err := s.CaseByRef(context.Background(), "YW-2026-00001")
	wantNotFound(t, err)
	_, err = s.CaseByID(context.Background(), 1)
	wantNotFound(t, err)
	_, err = s.MessageByID(context.Background(), 1)
	wantNotFound(t, err)
	_, err = s.RawMessage(context.Background(), 1)
	wantNotFound(t, err)
}

// Writers that overlap get case numbers without gaps or repeats: the
// number is taken in the transaction that opens the case.
func TestConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{CasePrefix: "YW"})
	const perWorker = 10
	errs := make(chan error, 2)
	for w := range 2 {
		go func() {
			defer func() { errs <- nil }()
			for i := range perWorker {
				uid := uint32(w*perWorker + i + 1)
				ingest(t, s, in(uid, complaint(fmt.Sprintf("w%d-%d@x", w, i))))
			}
		}()
	}
	for range 2 {
		<-errs
	}
	cases, err := s.Cases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.Ref] = true
	}
	if len(cases) != 2*perWorker || len(seen) != 2*perWorker {
		t.Fatalf("%d cases with %d distinct refs, want %d", len(cases), len(seen), 2*perWorker)
	}
	for i := 1; i <= 2*perWorker; i++ {
		if ref := fmt.Sprintf("YW-2026-%05d", i); !seen[ref] {
			t.Errorf("ref %s missing: numbers must run without gaps", ref)
		}
	}
	if cur, _ := s.Cursor(ctx, "INBOX"); cur.LastUID != 2*perWorker {
		t.Errorf("LastUID = %d, want %d", cur.LastUID, 2*perWorker)
	}
}

// A case is looked up by reference through the index cases_ref, whatever
// the case of the letters, on each engine's own terms (refIs).
func TestCaseByRefUsesIndex(t *testing.T) {
	s := openTest(t, Options{})
	ref := ingest(t, s, in(1, complaint("a@x"))).Case.Ref
	if c, err := s.CaseByRef(context.Background(), strings.ToLower(ref)); err != nil || c.Ref != ref {
		t.Errorf("CaseByRef(%s) = %v, %v; want case %s", strings.ToLower(ref), c, err, ref)
	}
	plan := queryPlan(t, s, `SELECT id FROM cases WHERE `+refIs(s.dialect), strings.ToLower(ref))
	want := "SEARCH cases USING COVERING INDEX cases_ref"
	if s.Engine() == "postgres" {
		want = "Index Scan using cases_ref"
	}
	if !strings.Contains(plan, want) {
		t.Errorf("looking a case up by reference: plan\n%s\nwant %q", plan, want)
	}
}
