package casefile

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestBinderArgs(t *testing.T) {
	tests := []struct {
		name    string
		dialect dialect
		in      []any
		want    []any
	}{
		{name: "sqlite keeps any bytes", dialect: dialectSQLite,
			in: []any{"a\x00b", "\xff"}, want: []any{"a\x00b", "\xff"}},
		{name: "valid text unchanged", dialect: dialectPostgres,
			in: []any{"投诉 YW-2026-00001", int64(7), nil, []byte{0, 0xff}}, want: []any{"投诉 YW-2026-00001", int64(7), nil, []byte{0, 0xff}}},
		{name: "NUL replaced", dialect: dialectPostgres,
			in: []any{"odd\x00id@x"}, want: []any{"odd\uFFFDid@x"}},
		{name: "invalid UTF-8 replaced, a run as one", dialect: dialectPostgres,
			in: []any{"bad \xff\xfe subject", "ok"}, want: []any{"bad \uFFFD subject", "ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := slices.Clone(tt.in)
			b := &binder{dialect: tt.dialect}
			got := b.args(tt.in)
			if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", tt.want) {
				t.Errorf("args(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
			if fmt.Sprintf("%#v", tt.in) != fmt.Sprintf("%#v", orig) {
				t.Errorf("args changed its argument: %#v, was %#v", tt.in, orig)
			}
		})
	}
}

// A mail whose Message-ID holds a NUL and whose subject is not UTF-8 is
// filed on either engine (PostgreSQL's text takes neither: U+FFFD stands
// in), and found again by its Message-ID.
func TestOddBytesFiled(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	m := complaint("odd\x00id@x")
	m.Subject = "投诉 \xff\xfe broken"
	m.Text = "text with a \x00 in it"
	f := ingest(t, s, in(1, m))
	wantSubject, wantMID := m.Subject, m.MessageID
	if s.Engine() == "postgres" {
		wantSubject, wantMID = "投诉 \uFFFD broken", "odd\uFFFDid@x"
	}
	if c := mustCase(t, s, f.Case.Ref); c.Subject != wantSubject {
		t.Errorf("stored subject %q, want %q", c.Subject, wantSubject)
	}
	msg, err := s.MessageByID(ctx, f.MessageID)
	if err != nil {
		t.Fatal(err)
	}
	if msg.MessageID != wantMID {
		t.Errorf("stored Message-ID %q, want %q", msg.MessageID, wantMID)
	}
	if ok, err := s.HasMessageID(ctx, m.MessageID); err != nil || !ok {
		t.Errorf("HasMessageID(%q) = %v, %v; want true", m.MessageID, ok, err)
	}
	// Other bytes with the same Message-ID: another mail, colliding with
	// the one stored.
	var dup Duplicate
	err = s.Write(ctx, func(tx *Tx) error {
		dup, err = tx.FindDuplicate(m.MessageID, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
		return err
	})
	if err != nil || dup.ID != 0 || dup.CollidesWith != f.MessageID {
		t.Errorf("FindDuplicate of the same Message-ID on other bytes = %+v, %v; want a collision with #%d", dup, err, f.MessageID)
	}
}

// Two Stores on one case file — two processes — filing the same mails
// at once: each mail is filed once, the other Store seeing it as a
// duplicate, and case numbers run without gaps. On PostgreSQL this is
// the write lock's doing (without it both would look, find nothing and
// insert: a unique violation); on SQLite BEGIN IMMEDIATE's.
func TestTwoStoresFileOnce(t *testing.T) {
	ctx := context.Background()
	a, reopen := openTestReopen(t, Options{CasePrefix: "YW"})
	b := reopen(Options{CasePrefix: "YW", Now: newClock("2026-03-01T08:00:00Z").Now})
	const mails = 20
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []*Store{a, b} {
		wg.Go(func() {
			for uid := uint32(1); uid <= mails; uid++ {
				if _, err := fileMail(ctx, s, in(uid, complaint(fmt.Sprintf("m%d@x", uid)))); err != nil {
					errs[i] = errors.Join(errs[i], err)
				}
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("store %d: %v", i+1, err)
		}
	}
	cases, err := a.Cases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, c := range cases {
		refs = append(refs, c.Ref)
	}
	slices.Sort(refs)
	var want []string
	for i := range mails {
		want = append(want, fmt.Sprintf("YW-2026-%05d", i+1))
	}
	if !slices.Equal(refs, want) {
		t.Errorf("cases %v, want %v (one per mail, numbered without gaps)", refs, want)
	}
	if n := countRows(t, a, "messages WHERE direction = 'in'"); n != mails {
		t.Errorf("%d mails filed, want %d", n, mails)
	}
}

func TestValidSchema(t *testing.T) {
	tests := []struct {
		name, schema string
		ok           bool
	}{
		{name: "none", schema: "", ok: true},
		{name: "the config's default", schema: "redress_yw", ok: true},
		{name: "capitals and digits", schema: "Station_2", ok: true},
		{name: "63 bytes", schema: strings.Repeat("s", 63), ok: true},
		{name: "64 bytes", schema: strings.Repeat("s", 64)},
		{name: "a quote", schema: `yw"; DROP SCHEMA public; --`},
		{name: "a dot", schema: "public.yw"},
		{name: "a space", schema: "yw station"},
		{name: "not ASCII", schema: "义乌"},
		{name: "the system's prefix", schema: "pg_yw"},
		{name: "the system's prefix in capitals", schema: "PG_yw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validSchema(tt.schema)
			if (err == nil) != tt.ok {
				t.Errorf("validSchema(%q) = %v, want ok = %v", tt.schema, err, tt.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "storage.postgres.schema") {
				t.Errorf("validSchema(%q) = %v: the error does not name the setting", tt.schema, err)
			}
		})
	}
}

// A statement that fails inside a savepoint costs only what the savepoint
// wrote: the transaction goes on and commits the rest. (PostgreSQL
// refuses every statement after a failed one until the rollback to the
// savepoint.)
func TestSavepointAfterFailedStatement(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	first := ingest(t, s, in(1, complaint("first@x")))
	sum := func(id int64) string {
		t.Helper()
		m, err := s.MessageByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return m.SHA256
	}(first.MessageID)
	err := s.Write(ctx, func(tx *Tx) error {
		err := tx.Savepoint(func() error {
			if err := tx.AdvanceCursor("INBOX", 7, 100); err != nil {
				return err
			}
			// The same bytes again: the unique index refuses the row.
			_, err := tx.AddIncoming(&Incoming{MessageID: "again@x", SHA256: sum, Folder: "INBOX", UIDValidity: 7, UID: 2})
			return err
		})
		if err == nil {
			t.Error("storing the same bytes twice succeeded")
		}
		return tx.AdvanceCursor("INBOX", 7, 3)
	})
	if err != nil {
		t.Fatalf("the transaction after the failed savepoint: %v", err)
	}
	if c, err := s.Cursor(ctx, "INBOX"); err != nil || c.LastUID != 3 {
		t.Errorf("cursor = %+v, %v; want UID 3 (the savepoint's 100 undone, the write after it kept)", c, err)
	}
}
