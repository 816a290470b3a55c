package casefile

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
)

// A backup taken while another goroutine keeps filing mail holds exactly
// the cases committed when it began: some first k of them, each whole
// (its message and its queued acknowledgement with it), equal field for
// field to the original's, and the copy opens as a case file.
func TestBackupWhileFiling(t *testing.T) {
	sqliteOnly(t, "VACUUM INTO copies a database file; PostgreSQL refuses Backup (TestPostgresBackupRefused)")
	s := openTest(t, Options{})
	const before = 20

	var committed atomic.Int64
	ready := make(chan struct{})
	stop := make(chan struct{})
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for i := uint32(1); ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			ingest(t, s, in(i, complaint(fmt.Sprintf("c%d@example.com", i))))
			if committed.Add(1) == before {
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-writerDone:
		t.Fatal("the writer stopped before the backup began")
	}
	low := committed.Load()
	out := filepath.Join(t.TempDir(), "backup.db")
	err := s.Backup(context.Background(), out, false)
	high := committed.Load()
	close(stop)
	<-writerDone
	if err != nil {
		t.Fatalf("Backup: %v", err)
	}
	if st, err := os.Stat(out); err != nil {
		t.Fatal(err)
	} else if st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %v, want 0600 (it holds personal data)", st.Mode().Perm())
	}

	b, err := Open(context.Background(), out, Options{MailDir: fileBlobs(t, s).dir})
	if err != nil {
		t.Fatalf("opening the backup: %v", err)
	}
	defer b.Close()
	got, err := b.Cases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	k := int64(len(got))
	if k < low || k > high {
		t.Fatalf("backup holds %d cases; %d were committed when it began and %d when it returned", k, low, high)
	}
	all, err := s.Cases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, all[:k]) {
		t.Errorf("the backup's cases are not the first %d of the original's", k)
	}
	for _, rows := range []string{"messages WHERE direction = 'in'", "messages WHERE direction = 'out'", "outbox"} {
		if n := countRows(t, b, rows); int64(n) != k {
			t.Errorf("backup has %d rows in %s for %d cases: a transaction was cut", n, rows, k)
		}
	}
	// Its mail can be read through the original's mail directory.
	if _, err := b.RawMessage(context.Background(), 1); err != nil {
		t.Errorf("raw mail of the backup's first message: %v", err)
	}
}

func TestBackupRefusals(t *testing.T) {
	sqliteOnly(t, "the backup is a SQLite file beside the live one")
	s := openTest(t, Options{})
	ingest(t, s, in(1, complaint("a@example.com")))
	ctx := context.Background()
	dir := t.TempDir()
	var live string
	if err := s.db.db.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&live); err != nil {
		t.Fatal(err)
	}

	existing := filepath.Join(dir, "existing.db")
	if err := os.WriteFile(existing, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := s.Backup(ctx, existing, false)
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("Backup over an existing file: %v, want fs.ErrExist", err)
	}
	if data, _ := os.ReadFile(existing); string(data) != "keep me" {
		t.Errorf("the existing file was changed: %q", data)
	}
	if err := s.Backup(ctx, existing, true); err != nil {
		t.Errorf("Backup with replace: %v", err)
	} else if err := CheckIntegrity(ctx, existing); err != nil {
		t.Errorf("replaced backup: %v", err)
	}

	for _, p := range []string{live, live + "-wal"} {
		if err := s.Backup(ctx, p, true); err == nil {
			t.Errorf("Backup onto the live %s was accepted", filepath.Base(p))
		}
	}
	if err := CheckIntegrity(ctx, live); err != nil {
		t.Errorf("live case file after the refusals: %v", err)
	}
	if err := s.Backup(ctx, filepath.Join(dir, "missing", "b.db"), false); err == nil {
		t.Errorf("Backup into a missing directory was accepted")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestCheckIntegrityFindsDamage(t *testing.T) {
	sqliteOnly(t, "PRAGMA integrity_check on a SQLite file")
	s := openTest(t, Options{})
	for i := uint32(1); i <= 50; i++ {
		ingest(t, s, in(i, complaint(fmt.Sprintf("c%d@example.com", i))))
	}
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "b.db")
	if err := s.Backup(ctx, out, false); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite the pages after the first two (the header and the schema)
	// with garbage, as a torn copy would leave them.
	const page = 4096
	if len(data) < 4*page {
		t.Fatalf("backup is %d bytes, too small to damage past its schema", len(data))
	}
	for i := 2 * page; i < len(data)-page; i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(out, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := CheckIntegrity(ctx, out); err == nil {
		t.Errorf("CheckIntegrity passed a damaged file")
	}
}
