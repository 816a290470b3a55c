package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify/notifytest"
)

// deployment is two stations in one config, North (NO) and South (SO),
// each with an IMAP server of its own, sharing one SMTP server.
type deployment struct {
	north, south *mailboxtest.Server
	smtp         *notifytest.Server
	config       string
}

func newDeployment(t *testing.T) *deployment {
	t.Helper()
	d := &deployment{north: mailboxtest.Start(t), south: mailboxtest.Start(t), smtp: notifytest.Start(t)}
	t.Setenv("REDRESS_TEST_IMAP_PASSWORD", d.north.Password)
	dir := t.TempDir()
	for _, sub := range []string{"north", "south"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	d.config = filepath.Join(dir, "redress.yaml")
	cfg := fmt.Sprintf(`smtp: {host: 127.0.0.1, port: %d, tls: none}
schedule: {poll: "@every 1m"}
http: {listen: ""}
stations:
  - station: {name: North, address: north@yweca.org.example, case_prefix: "NO", timezone: Asia/Shanghai}
    imap: {host: 127.0.0.1, port: %d, tls: none, username: %s, password_env: REDRESS_TEST_IMAP_PASSWORD}
    staff: {addresses: [staff1@yweca.org.example], notify: [north-cases@yweca.org.example]}
    storage: {database: ./north/redress.db}
  - station: {name: South, address: south@yweca.org.example, case_prefix: SO, timezone: Asia/Shanghai}
    imap: {host: 127.0.0.1, port: %d, tls: none, username: %s, password_env: REDRESS_TEST_IMAP_PASSWORD}
    staff: {addresses: [staff1@yweca.org.example], notify: [south-cases@yweca.org.example]}
    storage: {database: ./south/redress.db}
`, d.smtp.Port, d.north.Port, d.north.User, d.south.Port, d.south.User)
	if err := os.WriteFile(d.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return d
}

// redress runs a command against the deployment's config and fails the
// test on an error.
func (d *deployment) redress(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), append(args, "-config", d.config)...)
	if err != nil {
		t.Fatalf("redress %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, errOut)
	}
	return out
}

// stationCase is a case of `cases list --json` over several stations.
type stationCase struct {
	caseOut
	Station string `json:"station"`
}

func (d *deployment) cases(t *testing.T, args ...string) []stationCase {
	t.Helper()
	out := d.redress(t, append([]string{"cases", "list", "--json"}, args...)...)
	var list []stationCase
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("cases list --json is not a JSON array: %v\n%s", err, out)
	}
	return list
}

// sentTo is station.sentTo on the deployment's SMTP server.
func (d *deployment) sentTo(rcpt string) []string {
	var from []string
	for _, e := range (&station{smtp: d.smtp}).sentTo(rcpt) {
		from = append(from, e.Header.Get("From"))
	}
	return from
}

// Each station files the mail of its own inbox into its own cases, with
// its own prefix, and answers from its own address; a staff reply to
// North's notice changes North's case and nothing of South's.
func TestStationsOnceKeepsStationsApart(t *testing.T) {
	keptApart(t, newDeployment(t))
}

// keptApart is TestStationsOnceKeepsStationsApart on deployment d, whose
// stations may keep their cases in SQLite or PostgreSQL.
func keptApart(t *testing.T, d *deployment) {
	t.Helper()
	d.north.Append(t, "INBOX", mkMail(complaintZH))
	d.south.Append(t, "INBOX", mkMail(complaintEN))
	out := d.redress(t, "once")
	for _, want := range []string{"== station North (NO) ==\nfetched 1, new cases 1", "== station South (SO) ==\nfetched 1, new cases 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("once printed\n%s\nwant it to contain %q", out, want)
		}
	}
	year := time.Now().In(mustLoc(t, "Asia/Shanghai")).Year()
	northRef, southRef := fmt.Sprintf("NO-%d-00001", year), fmt.Sprintf("SO-%d-00001", year)
	cases := d.cases(t)
	if len(cases) != 2 || cases[0].Station != "North" || cases[0].Ref != northRef || cases[1].Station != "South" || cases[1].Ref != southRef {
		t.Fatalf("cases %+v, want %s at North and %s at South", cases, northRef, southRef)
	}
	for _, tt := range []struct {
		name, rcpt, from string
	}{
		{name: "north ack", rcpt: "wangfang@mail.example", from: "north@yweca.org.example"},
		{name: "south ack", rcpt: "tom@mail.example", from: "south@yweca.org.example"},
		{name: "north notice", rcpt: "north-cases@yweca.org.example", from: "north@yweca.org.example"},
		{name: "south notice", rcpt: "south-cases@yweca.org.example", from: "south@yweca.org.example"},
	} {
		if got := d.sentTo(tt.rcpt); len(got) != 1 || !strings.Contains(got[0], tt.from) {
			t.Errorf("%s: mail to %s from %q, want one from %s", tt.name, tt.rcpt, got, tt.from)
		}
	}

	notice := (&station{smtp: d.smtp}).sentTo("north-cases@yweca.org.example")[0]
	d.north.Append(t, "INBOX", staffReply(t, notice, "staff1@yweca.org.example", "s1@yweca.org.example", "#recovered 89\n商家已同意退款。"))
	d.redress(t, "once")
	after := d.cases(t)
	if after[0].State != "in_mediation" || after[1].State != cases[1].State {
		t.Errorf("states after North's staff reply: North %q, South %q (was %q); want in_mediation and South unchanged",
			after[0].State, after[1].State, cases[1].State)
	}
	if got := d.sentTo("tom@mail.example"); len(got) != 1 {
		t.Errorf("South's consumer got %d mails after North's staff reply, want still 1", len(got))
	}
	if got := d.sentTo("wangfang@mail.example"); len(got) != 2 || !strings.Contains(got[1], "north@") {
		t.Errorf("North's consumer got %q, want the ack and the answer from north@", got)
	}

	// A case command finds the station by the reference's prefix.
	d.redress(t, "case", "note", southRef, "-m", "called the seller")
	var shown caseOut
	if err := json.Unmarshal([]byte(d.redress(t, "cases", "show", southRef, "--json")), &shown); err != nil || shown.Ref != southRef {
		t.Errorf("cases show %s: %+v, %v", southRef, shown, err)
	}
	var kinds []string
	for _, e := range shown.Events {
		kinds = append(kinds, e.Kind)
	}
	if !slices.ContainsFunc(kinds, func(k string) bool { return strings.Contains(k, "note") }) {
		t.Errorf("South's timeline %q has no note", kinds)
	}
	if _, _, err := invoke(t, t.Context(), "cases", "show", "EA-2026-00001", "-config", d.config); err == nil || !strings.Contains(err.Error(), "no station has the case prefix") {
		t.Errorf("cases show of an unknown prefix: %v", err)
	}
}

// -station narrows every list to one station, by name or prefix, in the
// single-station shape; ids need it.
func TestStationsFlag(t *testing.T) {
	d := newDeployment(t)
	d.north.Append(t, "INBOX", mkMail(complaintZH))
	d.south.Append(t, "INBOX", mkMail(complaintEN))
	d.redress(t, "once")
	for _, name := range []string{"South", "so"} {
		list := d.cases(t, "-station", name)
		if len(list) != 1 || !strings.HasPrefix(list[0].Ref, "SO-") || list[0].Station != "" {
			t.Errorf("cases list -station %s: %+v, want South's one case without a station field", name, list)
		}
	}
	var outbox []map[string]any
	if err := json.Unmarshal([]byte(d.redress(t, "outbox", "list", "--json")), &outbox); err != nil || len(outbox) != 4 {
		t.Fatalf("outbox list --json over both stations: %d entries, %v; want 4", len(outbox), err)
	}
	if outbox[0]["station"] != "North" || outbox[3]["station"] != "South" {
		t.Errorf("outbox entries name stations %v and %v", outbox[0]["station"], outbox[3]["station"])
	}
	csv := d.redress(t, "export")
	lines := strings.Split(strings.TrimSpace(csv), "\r\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "\ufeffstation,ref,") || !strings.HasPrefix(lines[1], "North,NO-") || !strings.HasPrefix(lines[2], "South,SO-") {
		t.Errorf("export over both stations:\n%s", csv)
	}
	_, _, err := invoke(t, t.Context(), "cases", "raw", "1", "-config", d.config)
	if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), "-station") {
		t.Errorf("cases raw without -station: %v, want exit 2 asking for -station", err)
	}
	if raw := d.redress(t, "cases", "raw", "1", "-station", "NO"); !strings.Contains(raw, "c1@mail.example") {
		t.Errorf("cases raw 1 -station NO is not North's first mail:\n%.200s", raw)
	}
	if _, _, err := invoke(t, t.Context(), "stats", "-station", "East", "-config", d.config); err == nil || !strings.Contains(err.Error(), `"North" (NO)`) {
		t.Errorf("stats -station East: %v, want the stations named", err)
	}
}

// stats gives each station's figures and the deployment's, in text and
// JSON; with -station the single-station shape.
func TestStationsStats(t *testing.T) {
	d := newDeployment(t)
	d.north.Append(t, "INBOX", mkMail(complaintZH))
	d.north.Append(t, "INBOX", mkMail(mailSpec{from: "Li Lei <lilei@mail.example>", subject: "投诉：快递丢了", id: "c3@mail.example",
		body: "你好，我叫李雷，电话 13912345678。\n我在“顺达商城”（https://shunda.example.com）买的耳机没有收到，订单号：987654321098，金额 199元。\n"}))
	d.south.Append(t, "INBOX", mkMail(complaintEN))
	d.redress(t, "once")
	ref := d.cases(t)[0].Ref
	d.redress(t, "case", "recovered", ref, "89")

	var multi struct {
		Stations []struct {
			Station    string `json:"station"`
			CasePrefix string `json:"case_prefix"`
			Opened     int    `json:"opened"`
			Recovered  []struct{ Currency, Amount string }
		} `json:"stations"`
		Combined struct {
			Opened            int            `json:"opened"`
			CompleteOnArrival int            `json:"complete_on_arrival"`
			StillIncomplete   int            `json:"still_incomplete"`
			ByKind            map[string]int `json:"by_kind"`
			Channels          map[string]int `json:"channels"`
			Recovered         []struct{ Currency, Amount string }
		} `json:"combined"`
	}
	out := d.redress(t, "stats", "--json")
	if err := json.Unmarshal([]byte(out), &multi); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, out)
	}
	s, c := multi.Stations, multi.Combined
	if len(s) != 2 || s[0].Station != "North" || s[0].CasePrefix != "NO" || s[0].Opened != 2 || s[1].Station != "South" || s[1].Opened != 1 {
		t.Errorf("stations %+v, want North 2 opened, South 1", s)
	}
	if c.Opened != 3 || c.Channels["mail"] != 3 || c.ByKind["complaint"] != 3 || c.CompleteOnArrival != 2 || c.StillIncomplete != 1 {
		t.Errorf("combined %+v; want 3 opened by mail, all complaints, 2 complete on arrival, 1 still incomplete", c)
	}
	if len(c.Recovered) != 1 || c.Recovered[0].Amount != "89.00" || c.Recovered[0].Currency != "CNY" || len(s[1].Recovered) != 0 {
		t.Errorf("recovered combined %+v, South %+v; want 89.00 CNY from North only", c.Recovered, s[1].Recovered)
	}

	text := d.redress(t, "stats")
	_, combined, ok := strings.Cut(text, "== all 2 stations ==\n")
	if !ok || !strings.Contains(text, "== station North (NO) ==") || !strings.Contains(text, "== station South (SO) ==") {
		t.Fatalf("stats text does not show each station and all:\n%s", text)
	}
	for _, want := range [][]string{{"Cases", "opened", "(all", "time)", "3", "complaint", "3"}, {"Money", "recovered", "for", "consumers", "89.00", "CNY"}} {
		if !slices.ContainsFunc(strings.Split(combined, "\n"), func(l string) bool { return slices.Equal(strings.Fields(l), want) }) {
			t.Errorf("the combined figures have no line %q:\n%s", strings.Join(want, " "), combined)
		}
	}
	var one map[string]any
	if err := json.Unmarshal([]byte(d.redress(t, "stats", "--json", "-station", "South")), &one); err != nil || one["opened"] != float64(1) || one["stations"] != nil {
		t.Errorf("stats -station South --json: %v, %v; want the single-station shape with opened 1", one, err)
	}
}

// check-config checks every station.
func TestStationsCheckConfig(t *testing.T) {
	d := newDeployment(t)
	out := d.redress(t, "check-config")
	for _, want := range []string{"== station North (NO) ==", "== station South (SO) ==", fmt.Sprintf("imap 127.0.0.1:%d: ok", d.south.Port)} {
		if !strings.Contains(out, want) {
			t.Errorf("check-config does not print %q:\n%s", want, out)
		}
	}
}

// run serves both stations at once and stops both on the signal.
func TestStationsRun(t *testing.T) {
	d := newDeployment(t)
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	var runErr error
	var stderr strings.Builder
	wg.Go(func() {
		var out strings.Builder
		runErr = run(ctx, []string{"run", "-config", d.config}, &out, &stderr)
	})
	d.north.Append(t, "INBOX", mkMail(complaintZH))
	d.south.Append(t, "INBOX", mkMail(complaintEN))
	if got := d.smtp.WaitFor(4, 20*time.Second); len(got) < 4 {
		cancel()
		wg.Wait()
		t.Fatalf("the daemon sent %d mails within 20s, want an ack and a notice at each station\n%s", len(got), stderr.String())
	}
	cancel()
	wg.Wait()
	if runErr != nil {
		t.Errorf("run returned %v after a clean stop", runErr)
	}
	if n := strings.Count(stderr.String(), "msg=stopped"); n != 2 {
		t.Errorf("run logged %d stops, want one per station:\n%s", n, stderr.String())
	}
	cases := d.cases(t)
	if len(cases) != 2 || !strings.HasPrefix(cases[0].Ref, "NO-") || !strings.HasPrefix(cases[1].Ref, "SO-") {
		t.Errorf("cases %+v, want one at each station", cases)
	}
}

// once -station works one station's inbox and leaves the others' mail
// where it is.
func TestStationsOnceOneStation(t *testing.T) {
	d := newDeployment(t)
	d.north.Append(t, "INBOX", mkMail(complaintZH))
	d.south.Append(t, "INBOX", mkMail(complaintEN))
	out := d.redress(t, "once", "-station", "SO")
	if strings.Contains(out, "North") || !strings.Contains(out, "fetched 1, new cases 1") {
		t.Errorf("once -station SO printed\n%s\nwant South's round only", out)
	}
	if cases := d.cases(t); len(cases) != 1 || cases[0].Station != "South" {
		t.Fatalf("cases after once -station SO: %+v, want South's one", cases)
	}
	if got := d.sentTo("wangfang@mail.example"); len(got) != 0 {
		t.Errorf("North's consumer got %d mails from a round of South only", len(got))
	}
	d.redress(t, "once")
	if cases := d.cases(t); len(cases) != 2 {
		t.Errorf("after a round of every station: %d cases, want 2", len(cases))
	}
}

// With several stations the one form serves each at /complaint/<prefix>,
// and a submission is filed at the station whose page took it.
func TestStationsForm(t *testing.T) {
	d := newDeployment(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	raw, _ := os.ReadFile(d.config)
	cfg := strings.Replace(string(raw), `http: {listen: ""}`, fmt.Sprintf("http: {listen: %q}\nform: {enabled: true}", addr), 1)
	if err := os.WriteFile(d.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	var stderr strings.Builder
	wg.Go(func() {
		var out strings.Builder
		run(ctx, []string{"run", "-config", d.config}, &out, &stderr)
	})
	defer func() { cancel(); wg.Wait() }()
	base := "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		if code, _ := health(base + "/complaint/so"); code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the form was not served within 10s\n%s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, tt := range []struct{ slug, prefix, story string }{
		{"so", "SO-", "The kettle I ordered from Happy Home broke on the first day and the seller does not answer."},
		{"no", "NO-", "买的童装有质量问题，商家乐乐童装不给退款。"},
	} {
		code, page := postFormAt(t, base+"/complaint/"+tt.slug, url.Values{"name": {"Tom Baker"}, "email": {"tom@mail.example"},
			"phone": {"137 0579 1234"}, "merchant_name": {"Happy Home"}, "anyway": {"1"}, "story": {tt.story}}, nil)
		m := caseRefRE.FindStringSubmatch(page)
		if code != 200 || m == nil || !strings.HasPrefix(m[2], tt.prefix) {
			t.Fatalf("/complaint/%s: status %d, want a case %s…; page:\n%s", tt.slug, code, tt.prefix, page)
		}
	}
	cases := d.cases(t)
	if len(cases) != 2 || cases[0].Station != "North" || cases[1].Station != "South" {
		t.Errorf("cases %+v, want one web case at each station", cases)
	}
}
