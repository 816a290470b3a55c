//go:build postgres

package main

import (
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

// Run by scripts/pgtest.sh, which starts a PostgreSQL on loopback and sets
// REDRESS_TEST_POSTGRES_URL (with a password in it).

// storeCopyURL is the test server's URL (pgURL) and its password.
func storeCopyURL(t *testing.T) (string, string) {
	t.Helper()
	u := pgURL(t)
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := pu.User.Password()
	if !ok {
		t.Skip("REDRESS_TEST_POSTGRES_URL carries no password")
	}
	return u, p
}

// storeCopySchema is a schema name of the test's own for the command to
// create, dropped when the test ends.
func storeCopySchema(t *testing.T) string {
	t.Helper()
	name, _ := pgTestSchema(t)
	return name
}

func TestStoreCopy(t *testing.T) {
	base, password := storeCopyURL(t)
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{from: "liwei@example.com", subject: "投诉 义乌某店 耳机坏了", id: "c1@example.com",
		body: "我叫李伟，电话 13800138000。在义乌小商品店买的耳机坏了，订单号 A123，金额 128 元。店铺网址 https://shop.example.com"}))
	s.once(t)
	if len(s.cases(t)) != 1 {
		t.Fatal("the station filed no case")
	}
	schema, db := pgTestSchema(t) // the command creates it
	listBefore, _, err := invoke(t, t.Context(), "cases", "list", "--json", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	rawBefore, _, err := invoke(t, t.Context(), "cases", "raw", "1", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}

	out, errOut, err := invoke(t, t.Context(), "store", "copy", "-config", s.config, "--to", base, "--schema", schema)
	if err != nil {
		t.Fatalf("store copy: %v\nstdout: %s\nstderr: %s", err, out, errOut)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`copied .*redress\.db \(schema version \d+\) into schema ` + schema),
		regexp.MustCompile(`(?m)^  cases\s+1\s+1$`),
		regexp.MustCompile(`(?m)^  outbox\s+2\s+2$`),
		regexp.MustCompile(`mail bodies: 1 copied, 0 already there, 0 missing`),
		regexp.MustCompile(`(?m)^  postgres:\n    url: "postgres://redress@[^"]+"\n    schema: ` + schema + `\n\z`),
	} {
		if !want.MatchString(out) {
			t.Errorf("output does not match %s:\n%s", want, out)
		}
	}
	noPassword(t, password, out, errOut)
	copied := out
	if n := countRows(t, db, `SELECT count(*) FROM `+schema+`.cases`); n != 1 {
		t.Errorf("%d cases in schema %s, want 1", n, schema)
	}
	if n := countRows(t, db, `SELECT count(*) FROM `+schema+`.outbox`); n == 0 {
		t.Errorf("no outbox rows in schema %s", schema)
	}

	// Again into the same schema: refused, the password still hidden.
	out, errOut, err = invoke(t, t.Context(), "store", "copy", "-config", s.config, "--to", base, "--schema", schema)
	if exitCode(err) != 1 || !strings.Contains(err.Error(), "already holds 1 cases; copy into an empty one") {
		t.Errorf("second copy: exit %d, %v; want 1 and a refusal", exitCode(err), err)
	}
	noPassword(t, password, out, errOut, err.Error())

	// The block printed, put in place of storage.database, makes a
	// config the real loader takes, on which the station reads the same:
	// the same `cases list --json`, the same raw mail.
	block := copied[strings.LastIndex(copied, "  postgres:\n"):]
	s.edit(t, func(c string) string { return strings.Replace(c, "  database: ./redress.db\n", block, 1) })
	cfg, err := config.Load(s.config)
	if err != nil {
		t.Fatalf("the config with the printed storage.postgres block: %v", err)
	}
	if got := cfg.PostgresSchema(); got != schema {
		t.Errorf("the switched config's schema is %q, want %q", got, schema)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "redress.db")); err != nil {
		t.Errorf("the SQLite case file is gone after the copy: %v", err)
	}
	t.Setenv("PGPASSWORD", password)
	listAfter, errOut, err := invoke(t, t.Context(), "cases", "list", "--json", "-config", s.config)
	if err != nil {
		t.Fatalf("cases list on PostgreSQL: %v\n%s", err, errOut)
	}
	if listAfter != listBefore {
		t.Errorf("cases list --json differs after the copy:\nSQLite:     %s\nPostgreSQL: %s", listBefore, listAfter)
	}
	rawAfter, errOut, err := invoke(t, t.Context(), "cases", "raw", "1", "-config", s.config)
	if err != nil {
		t.Fatalf("cases raw on PostgreSQL: %v\n%s", err, errOut)
	}
	if rawAfter != rawBefore || len(rawAfter) == 0 {
		t.Errorf("cases raw 1 differs after the copy (%d bytes, was %d)", len(rawAfter), len(rawBefore))
	}
}

// The refusals: each exits with its status, says why, and never shows the
// password.
func TestStoreCopyRefused(t *testing.T) {
	base, password := storeCopyURL(t)
	wrong := "not-the-Pa55word-" + hex.EncodeToString([]byte(password))
	u, _ := url.Parse(base)
	u.User = url.UserPassword(u.User.Username(), wrong)
	wrongURL := u.String()

	tests := []struct {
		name  string
		setup func(t *testing.T, s *station) (unlock func())
		to    string
		extra []string
		code  int
		want  string
	}{
		{name: "daemon running", code: 1, want: "stop it first", setup: func(t *testing.T, s *station) func() {
			unlock, err := lockDatabase(filepath.Join(s.dir, "redress.db"))
			if err != nil {
				t.Fatal(err)
			}
			return unlock
		}},
		{name: "already in PostgreSQL", code: 1, want: "already in PostgreSQL", setup: func(t *testing.T, s *station) func() {
			s.edit(t, func(c string) string {
				return strings.Replace(c, "  database: ./redress.db\n", "  postgres:\n    url: postgres://redress@127.0.0.1/redress\n", 1)
			})
			return nil
		}},
		{name: "missing body", code: 1, want: "give --allow-missing-bodies", setup: func(t *testing.T, s *station) func() {
			files, err := filepath.Glob(filepath.Join(s.dir, "mail", "??", "*"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no mail files: %v", err)
			}
			for _, f := range files {
				os.Remove(f)
			}
			return nil
		}},
		{name: "wrong password", code: 1, want: "password authentication failed", to: wrongURL},
		{name: "not a PostgreSQL URL", code: 2, want: "--to must be a PostgreSQL URL", to: "mysql://root:" + wrong + "@db/redress"},
		{name: "bad schema", code: 2, want: "--schema must be", extra: []string{"--schema", "Redress-YW"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStation(t)
			s.deliver(t, mkMail(mailSpec{from: "liwei@example.com", subject: "投诉 耳机坏了", id: "c1@example.com", body: "耳机坏了。"}))
			s.once(t)
			if tc.setup != nil {
				if unlock := tc.setup(t, s); unlock != nil {
					defer unlock()
				}
			}
			to := tc.to
			if to == "" {
				to = base
			}
			args := []string{"store", "copy", "-config", s.config, "--to", to}
			if tc.extra == nil {
				args = append(args, "--schema", storeCopySchema(t))
			}
			args = append(args, tc.extra...)
			out, errOut, err := invoke(t, t.Context(), args...)
			if exitCode(err) != tc.code || err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("exit %d, %v; want %d and %q\nstdout: %s\nstderr: %s", exitCode(err), err, tc.code, tc.want, out, errOut)
			}
			noPassword(t, password, out, errOut, err.Error())
			noPassword(t, wrong, out, errOut, err.Error())
		})
	}

	// With --allow-missing-bodies the copy goes ahead and reports them.
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{from: "liwei@example.com", subject: "投诉 耳机坏了", id: "c1@example.com", body: "耳机坏了。"}))
	s.once(t)
	files, _ := filepath.Glob(filepath.Join(s.dir, "mail", "??", "*"))
	for _, f := range files {
		os.Remove(f)
	}
	out, errOut, err := invoke(t, t.Context(), "store", "copy", "-config", s.config, "--to", base,
		"--schema", storeCopySchema(t), "--allow-missing-bodies")
	if err != nil || !strings.Contains(out, "mail bodies: 0 copied, 0 already there, 1 missing (") {
		t.Errorf("copy with --allow-missing-bodies: %v\nstdout: %s\nstderr: %s", err, out, errOut)
	}
	noPassword(t, password, out, errOut)
}

// noPassword fails the test when any of texts shows password.
func noPassword(t *testing.T, password string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		for _, p := range []string{password, url.QueryEscape(password)} {
			if strings.Contains(s, ":"+p+"@") || strings.Contains(s, "password="+p) || (len(p) > 8 && strings.Contains(s, p)) {
				t.Errorf("the output shows the password:\n%s", s)
			}
		}
	}
}
