//go:build postgres

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/mail"
	"net/url"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Run by scripts/pgtest.sh, which starts a PostgreSQL on loopback and sets
// REDRESS_TEST_POSTGRES_URL.

func pgURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("REDRESS_TEST_POSTGRES_URL")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("REDRESS_TEST_POSTGRES_URL is not set (CI=true): run scripts/pgtest.sh")
		}
		t.Skip("REDRESS_TEST_POSTGRES_URL is not set: scripts/pgtest.sh runs these tests against a PostgreSQL on loopback")
	}
	return u
}

// pgTestSchema is a schema name of the test's own, dropped when it ends,
// and a handle on the database for looking into it.
func pgTestSchema(t testing.TB) (string, *sql.DB) {
	t.Helper()
	db, err := sql.Open("pgx", pgURL(t))
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), `DROP SCHEMA IF EXISTS `+name+` CASCADE`); err != nil {
			t.Errorf("dropping schema %s: %v", name, err)
		}
		db.Close()
	})
	return name, db
}

// newPGStation is newStation with its cases in schema of the test
// PostgreSQL and the given storage.lock_timeout.
func newPGStation(t *testing.T, schema, lockTimeout string) *station {
	t.Helper()
	s := newStation(t)
	s.edit(t, func(c string) string {
		out := strings.Replace(c, "storage:\n  database: ./redress.db\n", fmt.Sprintf(`storage:
  lock_timeout: %s
  postgres:
    url: %q
    password_env: REDRESS_TEST_PG_PASSWORD
    schema: %s
`, lockTimeout, pgConfigURL(t), schema), 1)
		if out == c {
			t.Fatal("the test station's config has no storage.database to replace")
		}
		return out
	})
	return s
}

// pgConfigURL is the test server's URL as storage.postgres takes it:
// without the password, which it sets in REDRESS_TEST_PG_PASSWORD for
// password_env (the children inherit it).
func pgConfigURL(t testing.TB) string {
	t.Helper()
	u, err := url.Parse(pgURL(t))
	if err != nil {
		t.Fatal(err)
	}
	if pw, ok := u.User.Password(); ok {
		os.Setenv("REDRESS_TEST_PG_PASSWORD", pw)
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

func countRows(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRowContext(t.Context(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// Two instances share one PostgreSQL; the one polling the station is
// killed with SIGKILL in the middle of the inbox; the other takes over
// within storage.lock_timeout and the inbox drains: every mail in exactly
// one case, every acknowledgement sent, none twice except a mail the
// killed one may have handed to the SMTP server just before it died.
func TestFailoverPostgres(t *testing.T) {
	const (
		mails       = 600
		lockTimeout = 6 * time.Second
	)
	schema, db := pgTestSchema(t)
	st := newPGStation(t, schema, lockTimeout.String())
	imap, smtp, config := st.imap, st.smtp, st.config
	for i := range mails {
		imap.Append(t, "INBOX", mkMail(mailSpec{
			from:    fmt.Sprintf("consumer%03d@example.com", i),
			subject: fmt.Sprintf("投诉 义乌某店 订单 %03d", i),
			id:      fmt.Sprintf("failover-%03d@example.com", i),
			body:    fmt.Sprintf("我叫王%03d，电话13800138%03d。商家：义乌小商品店，电话0579-85551234。订单号 2026%03d，金额 120 元，货物破损。", i, i, i),
		}))
	}

	// B serves /healthz and /metrics: a standby is healthy, and says it
	// does not poll.
	httpB := fmt.Sprintf("127.0.0.1:%d", closedPort(t))
	configB := strings.TrimSuffix(config, ".yaml") + "-b.yaml"
	rawConfig, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(configB, []byte(strings.Replace(string(rawConfig), "http:\n  listen: \"\"", "http:\n  listen: "+httpB, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	a := startChild(t, "A", "run", "-config", config)
	a.waitLog(t, "polling this station (took its lock)", 30*time.Second)
	b := startChild(t, "B", "run", "-config", configB)
	b.waitLog(t, "another instance polls this station", 30*time.Second)
	if code, body := httpGet(t, "http://"+httpB+"/healthz"); code != 200 {
		t.Errorf("B's /healthz while standing by: %d %s, want 200", code, body)
	}
	if _, body := httpGet(t, "http://"+httpB+"/metrics"); !regexp.MustCompile(`(?m)^redress_station_polling(\{[^}]*\})? 0$`).MatchString(body) {
		t.Errorf("B's /metrics while standing by: no redress_station_polling 0 in\n%s", grepLines(body, "redress_station_polling"))
	}

	// Kill A in the middle of the inbox.
	deadline := time.Now().Add(60 * time.Second)
	for {
		n := 0
		if err := db.QueryRowContext(t.Context(), `SELECT count(*) FROM `+schema+`.cases`).Scan(&n); err != nil && !strings.Contains(err.Error(), "does not exist") {
			t.Fatal(err)
		}
		if n >= mails/10 {
			if n == mails {
				t.Fatalf("A filed all %d mails before it could be killed: raise mails", mails)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("A filed %d of %d mails in a minute", n, mails)
		}
		time.Sleep(5 * time.Millisecond)
	}
	killed := time.Now()
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	atKill := countRows(t, db, `SELECT count(*) FROM `+schema+`.cases`)
	t.Logf("A killed with %d of %d mails filed", atKill, mails)

	took := b.waitLog(t, "polling this station (took its lock)", 2*lockTimeout).Sub(killed)
	if took > lockTimeout {
		t.Errorf("B took the station over %s after A died, want within storage.lock_timeout %s", took, lockTimeout)
	}
	t.Logf("B took over %s after the kill", took.Round(time.Millisecond))
	if _, body := httpGet(t, "http://"+httpB+"/metrics"); !regexp.MustCompile(`(?m)^redress_station_polling(\{[^}]*\})? 1$`).MatchString(body) {
		t.Errorf("B's /metrics after taking over: no redress_station_polling 1 in\n%s", grepLines(body, "redress_station_polling"))
	}

	// The inbox drains and every queued mail goes.
	deadline = time.Now().Add(2 * time.Minute)
	for {
		cases := countRows(t, db, `SELECT count(*) FROM `+schema+`.cases`)
		pending := countRows(t, db, `SELECT count(*) FROM `+schema+`.outbox WHERE state = 'pending'`)
		if cases == mails && pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after two minutes: %d of %d cases, %d mails pending", cases, mails, pending)
		}
		time.Sleep(50 * time.Millisecond)
	}

	if n := countRows(t, db, `SELECT count(*) FROM `+schema+`.messages WHERE direction = 'in'`); n != mails {
		t.Errorf("%d incoming messages filed, want %d (each mail once)", n, mails)
	}
	if n := countRows(t, db, `SELECT count(DISTINCT case_id) FROM `+schema+`.messages WHERE direction = 'in'`); n != mails {
		t.Errorf("the %d mails are in %d cases, want one case each", mails, n)
	}
	if n := countRows(t, db, `SELECT count(*) FROM `+schema+`.outbox WHERE state <> 'sent'`); n != 0 {
		t.Errorf("%d outbox mails not sent", n)
	}
	queued := countRows(t, db, `SELECT count(*) FROM `+schema+`.outbox`)

	// What the SMTP server received: each queued mail at least once; a
	// second copy only of what A may have been sending when it died.
	got := map[string]int{}
	for _, m := range smtp.Messages() {
		got[messageID(m.Data)]++
	}
	twice := 0
	for id, n := range got {
		switch {
		case id == "":
			t.Errorf("%d mails without a Message-ID", n)
		case n > 2:
			t.Errorf("mail %s sent %d times", id, n)
		case n == 2:
			twice++
		}
	}
	if len(got) != queued {
		t.Errorf("the SMTP server received %d distinct mails, the outbox holds %d", len(got), queued)
	}
	// A sends one mail at a time: at most the one in flight goes twice.
	if twice > 1 {
		t.Errorf("%d mails were sent twice, want at most the one A was sending when killed", twice)
	}
	t.Logf("%d mails queued and sent; %d sent twice", queued, twice)

	// B stops cleanly on SIGTERM.
	if err := b.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-b.done:
		if code := b.cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("B exited %d after SIGTERM", code)
		}
	case <-time.After(30 * time.Second):
		t.Error("B did not stop within 30s of SIGTERM")
	}
}

// messageID is the Message-ID header of raw mail, without brackets.
func messageID(raw []byte) string {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	return strings.Trim(strings.TrimSpace(m.Header.Get("Message-Id")), "<>")
}

// The ten stations of benchStations share one PostgreSQL database, each
// in a schema of its own:
//
//	scripts/pgtest.sh -run '^$' -bench StationsPostgres -benchtime 1x
func BenchmarkStationsPostgres(b *testing.B) {
	b.Run("even", func(b *testing.B) { benchStationsPostgres(b, false) })
	b.Run("uneven", func(b *testing.B) { benchStationsPostgres(b, true) })
}

func benchStationsPostgres(b *testing.B, uneven bool) {
	u := pgConfigURL(b)
	admin, err := sql.Open("pgx", pgURL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	var schemas []string
	b.Cleanup(func() {
		for _, s := range schemas {
			admin.Exec(`DROP SCHEMA IF EXISTS ` + s + ` CASCADE`)
		}
	})
	run := make([]byte, 4)
	rand.Read(run)
	iter := 0 // each round of b.N in schemas of its own
	schema := func(i int) string { return fmt.Sprintf("b_%s_%d_%d", hex.EncodeToString(run), iter, i) }
	benchStations(b, benchEngine{
		storage: func(i int) string {
			if i == 0 {
				iter++
			}
			schemas = append(schemas, schema(i))
			return fmt.Sprintf("{postgres: {url: %q, password_env: REDRESS_TEST_PG_PASSWORD, schema: %s}}", u, schema(i))
		},
		open: func(b *testing.B, dir string, i int) (*sql.DB, string) {
			return admin, schema(i) + "."
		},
	}, uneven)
}

// Two stations share one PostgreSQL database, a schema each: each files
// its own inbox into its own cases and answers from its own address, and
// neither's rows reach the other's schema.
func TestStationsPostgresKeptApart(t *testing.T) {
	d := newDeployment(t)
	north, db := pgTestSchema(t)
	south, _ := pgTestSchema(t)
	raw, err := os.ReadFile(d.config)
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(raw)
	for dir, schema := range map[string]string{"north": north, "south": south} {
		old := "storage: {database: ./" + dir + "/redress.db}"
		if !strings.Contains(cfg, old) {
			t.Fatalf("the deployment's config has no %q", old)
		}
		cfg = strings.Replace(cfg, old, fmt.Sprintf("storage: {postgres: {url: %q, password_env: REDRESS_TEST_PG_PASSWORD, schema: %s}}", pgConfigURL(t), schema), 1)
	}
	if err := os.WriteFile(d.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	keptApart(t, d)
	for _, schema := range []string{north, south} {
		if n := countRows(t, db, `SELECT count(DISTINCT substr(ref, 1, 2)) FROM `+schema+`.cases`); n != 1 {
			t.Errorf("schema %s holds cases of %d stations, want 1", schema, n)
		}
	}
	if out := d.redress(t, "check-config"); !strings.Contains(out, "storage.postgres PostgreSQL schema "+north) {
		t.Errorf("check-config:\n%s\nwant it to check North's PostgreSQL", out)
	}
}

// waitLog waits until the child's log contains s and returns when it
// did; the test fails after limit.
func (c *child) waitLog(t testing.TB, s string, limit time.Duration) time.Time {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if strings.Contains(c.logText(), s) {
			return time.Now()
		}
		select {
		case <-c.done:
			t.Fatalf("%s ended before logging %q", c.name, s)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("%s did not log %q within %s", c.name, s, limit)
	return time.Time{}
}

// httpGet fetches u and returns the status and body; the test fails on a
// transport error.
func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// grepLines is the lines of s containing sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
