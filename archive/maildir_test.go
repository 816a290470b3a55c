package archive

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestMaildirOrder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"cur/1700000002.M2P1.host:2,S": "second",
		"new/1700000001.M1P1.host":     "first",
		"new/1700000003.M3P1.host":     "third",
		"cur/.hidden":                  "no",
		"tmp/1700000000.M0P1.host":     "in delivery",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	md, err := OpenMaildir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer md.Close()
	if md.Len() != 3 {
		t.Errorf("Len = %d, want 3", md.Len())
	}
	var got []string
	for {
		m, err := md.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(m.Body)
		if err != nil {
			t.Fatal(err)
		}
		if m.Received.IsZero() || m.Name == "" {
			t.Errorf("%s: no received time or name", m.Name)
		}
		got = append(got, string(b))
	}
	if want := []string{"first", "second", "third"}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMaildirNotMaildir(t *testing.T) {
	if _, err := OpenMaildir(t.TempDir()); !errors.Is(err, ErrNotMaildir) {
		t.Fatalf("err = %v, want ErrNotMaildir", err)
	}
}
