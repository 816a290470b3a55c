package casefile

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenOddPath(t *testing.T) {
	sqliteOnly(t, "a SQLite file path read as a URI")
	// '?', '#' and '%' in the path must not be read as URI syntax.
	dir := filepath.Join(t.TempDir(), "we?ird#dir%20x")
	path := filepath.Join(dir, "redress.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ingest(t, s, in(1, complaint("a@x")))
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestOpenEmptyPath(t *testing.T) {
	sqliteOnly(t, "Open takes a file path")
	if _, err := Open(context.Background(), "", Options{}); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestNewCaseFileIsPrivate(t *testing.T) {
	sqliteOnly(t, "the SQLite file's mode")
	path := filepath.Join(t.TempDir(), "redress.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ingest(t, s, in(1, complaint("a@x")))
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			continue // -wal/-shm may be checkpointed away
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v: consumers' data must not be readable by others", p, perm)
		}
	}
}
