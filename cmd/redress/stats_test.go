package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// stats on a station worked through the command line gives exact
// figures.
func TestStats(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintEN)) // lacks the phone and the merchant's contact
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(mailSpec{from: "Ann Lee <ann@mail.example>", subject: "How do I complain?", id: "q1@mail.example",
		body: "Hello, how do I file a complaint with your station, and what documents do I need?\n"}))
	s.once(t)
	cases := s.cases(t)
	refs := map[string]string{}
	for _, c := range cases {
		refs[c.Kind+"/"+c.State] = c.Ref
	}
	complete, incomplete := refs["complaint/open"], refs["complaint/awaiting_info"]
	if complete == "" || incomplete == "" {
		t.Fatalf("cases %+v, want one complete and one incomplete complaint", cases)
	}
	for _, args := range [][]string{
		{"case", "recovered", complete, "89.5", "CNY"},
		{"case", "recovered", complete, "10", "CNY"},
		{"case", "close", complete, "resolved", "refunded"},
		{"case", "close", incomplete, "unreachable"},
	} {
		if _, errOut, err := invoke(t, t.Context(), append(args, "-config", s.config)...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errOut)
		}
	}
	out, errOut, err := invoke(t, t.Context(), "stats", "-json", "-config", s.config)
	if err != nil {
		t.Fatalf("stats: %v\n%s", err, errOut)
	}
	var st statsJSON
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats -json: %v\n%s", err, out)
	}
	if st.Opened != 3 || st.ByKind["complaint"] != 2 || st.ByKind["inquiry"] != 1 {
		t.Errorf("opened %d by kind %v, want 3: 2 complaints, 1 inquiry", st.Opened, st.ByKind)
	}
	if st.Closed != 2 || st.ClosedByReason["resolved"] != 1 || st.ClosedByReason["unreachable"] != 1 {
		t.Errorf("closed %d by reason %v, want 1 resolved and 1 unreachable", st.Closed, st.ClosedByReason)
	}
	if st.CompleteOnArrival != 1 || st.StillIncomplete != 1 || st.CompletedAfterRequest != 0 {
		t.Errorf("completeness %d/%d/%d, want 1 complete, 0 completed later, 1 incomplete", st.CompleteOnArrival, st.CompletedAfterRequest, st.StillIncomplete)
	}
	if len(st.Recovered) != 1 || st.Recovered[0].Currency != "CNY" || st.Recovered[0].Amount != "99.50" {
		t.Errorf("recovered %+v, want 99.50 CNY", st.Recovered)
	}
	if st.MedianToAck == nil || st.MedianToAck.Cases != 3 {
		t.Errorf("median to ack %+v, want over the 3 acknowledged cases", st.MedianToAck)
	}
	if st.MedianToClosure == nil || st.MedianToClosure.Cases != 2 {
		t.Errorf("median to closure %+v, want over the 2 closed cases", st.MedianToClosure)
	}
	// Both complaints left open and awaiting_info (closed) within their
	// acceptance deadline; none was accepted for mediation.
	if d := st.Deadlines; d["acceptance"] != (metMissedJSON{2, 0}) || d["mediation"] != (metMissedJSON{0, 0}) {
		t.Errorf("deadlines %+v, want acceptance 2 met, 0 missed; mediation none", d)
	}
	if len(st.TopRespondents) != 2 || st.Channels["mail"] != 3 {
		t.Errorf("top respondents %+v, channels %v; want the 2 complaints' merchants and 3 by mail", st.TopRespondents, st.Channels)
	}
	// A period before anything happened is empty; the text form names
	// the figures.
	out, _, err = invoke(t, t.Context(), "stats", "-until", "2020-01-01", "-json", "-config", s.config)
	if err != nil || !strings.Contains(out, `"opened": 0`) {
		t.Errorf("stats for 2019: %v\n%s", err, out)
	}
	out, _, err = invoke(t, t.Context(), "stats", "-config", s.config)
	for _, want := range []string{"Cases opened (all time)", "closed unreachable", "99.50 CNY", "Merchants named by most complaints", "Deadlines of acceptance met / missed", "2 / 0"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("stats text lacks %q (%v):\n%s", want, err, out)
		}
	}
	if _, _, err := invoke(t, t.Context(), "stats", "-since", "yesterday", "-config", s.config); err == nil {
		t.Error("stats accepted -since yesterday")
	}
}

// cases list takes filters and a limit, as a year's list is thousands of
// rows.
func TestCasesListFilters(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintEN)) // awaiting the phone
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(mailSpec{from: "Ann Lee <ann@mail.example>", subject: "How do I complain?", id: "q2@mail.example",
		body: "Hello, how do I file a complaint with your station, and what documents do I need?\n"}))
	s.once(t)
	refsOf := func(args ...string) []string {
		t.Helper()
		out, errOut, err := invoke(t, t.Context(), append(append([]string{"cases", "list", "-json"}, args...), "-config", s.config)...)
		if err != nil {
			t.Fatalf("cases list %v: %v\n%s", args, err, errOut)
		}
		var list []caseOut
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatal(err)
		}
		var refs []string
		for _, c := range list {
			refs = append(refs, c.Kind+"/"+c.State)
		}
		return refs
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "complaint/awaiting_info complaint/open inquiry/open"},
		{[]string{"-state", "awaiting_info"}, "complaint/awaiting_info"},
		{[]string{"-state", "open,closed", "-kind", "complaint"}, "complaint/open"},
		{[]string{"-missing", "complainant_phone"}, "complaint/awaiting_info"},
		{[]string{"-kind", "inquiry"}, "inquiry/open"},
		{[]string{"-since", "2099-01-01"}, ""},
		{[]string{"-limit", "1"}, "inquiry/open"},
	} {
		if got := strings.Join(refsOf(tt.args...), " "); got != tt.want {
			t.Errorf("cases list %v = %q, want %q", tt.args, got, tt.want)
		}
	}
	if _, _, err := invoke(t, t.Context(), "cases", "list", "-since", "last week", "-config", s.config); err == nil {
		t.Error("cases list accepted -since 'last week'")
	}
}

// An unknown -log-level is refused, not read as info.
func TestUnknownLogLevelRefused(t *testing.T) {
	s := newStation(t)
	_, errOut, err := invoke(t, t.Context(), "once", "-log-level", "verbose", "-config", s.config)
	if err == nil || !strings.Contains(err.Error()+errOut, "-log-level must be debug, info, warn or error") {
		t.Errorf("once -log-level verbose: %v\n%s", err, errOut)
	}
	if _, _, err := invoke(t, t.Context(), "once", "-log-level", "warn", "-config", s.config); err != nil {
		t.Errorf("once -log-level warn: %v", err)
	}
}

// export writes one row per case; the CSV opens in Excel and WPS (UTF-8
// with a BOM) and reads back with its Chinese text whole.
func TestExportRoundTrip(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	var zhRef string
	for _, c := range s.cases(t) {
		if c.State == "open" { // complaintZH is the complete one
			zhRef = c.Ref
		}
	}
	if _, _, err := invoke(t, t.Context(), "case", "recovered", zhRef, "89.5", "CNY", "-config", s.config); err != nil {
		t.Fatal(err)
	}
	if _, _, err := invoke(t, t.Context(), "case", "recovered", zhRef, "10", "CNY", "-config", s.config); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := invoke(t, t.Context(), "export", "-format", "csv", "-config", s.config)
	if err != nil {
		t.Fatalf("export: %v\n%s", err, errOut)
	}
	if !strings.HasPrefix(out, "\ufeff") {
		t.Error("the CSV has no byte order mark: Excel would read it as ANSI")
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatalf("reading the CSV back: %v", err)
	}
	if len(recs) != 3 || recs[0][0] != "ref" {
		t.Fatalf("CSV has %d rows (header %v), want a header and 2 cases", len(recs), recs[0])
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	var zh []string
	for _, r := range recs[1:] {
		if r[col["ref"]] == zhRef {
			zh = r
		}
	}
	if zh == nil || zh[col["respondent_name"]] != "阳光杂货店" || zh[col["recovered"]] != "99.50 CNY" || !strings.Contains(zh[col["subject"]], "投诉") {
		t.Errorf("the Chinese case's row: %q", zh)
	}
	out, _, err = invoke(t, t.Context(), "export", "-format", "json", "-since", "2099-01-01", "-config", s.config)
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("export json since 2099: %v %q", err, out)
	}
	if _, _, err := invoke(t, t.Context(), "export", "-format", "xlsx", "-config", s.config); err == nil {
		t.Error("export accepted -format xlsx")
	}
}
