package archive

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ErrNotMaildir is wrapped by OpenMaildir's error for a directory with
// neither cur/ nor new/.
var ErrNotMaildir = errors.New("not a maildir: it has neither cur/ nor new/")

// Maildir reads the messages of a maildir: the files of its cur/ and new/
// directories (tmp/ holds deliveries in progress and is left alone),
// ordered by their unique name (the part before ":2,", which begins with
// the delivery time), so that a file moved from new/ to cur/ between two
// runs keeps its place.
type Maildir struct {
	dir   string
	names []string
	i     int
	f     *os.File
}

// OpenMaildir lists the messages of the maildir dir.
func OpenMaildir(dir string) (*Maildir, error) {
	md := &Maildir{dir: dir}
	found := false
	for _, sub := range []string{"cur", "new"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading maildir %s: %w", dir, err)
		}
		found = true
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") || !e.Type().IsRegular() {
				continue
			}
			md.names = append(md.names, sub+"/"+e.Name())
		}
	}
	if !found {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotMaildir)
	}
	sort.SliceStable(md.names, func(i, j int) bool {
		a, b := uniq(md.names[i]), uniq(md.names[j])
		if a != b {
			return a < b
		}
		return md.names[i] < md.names[j]
	})
	return md, nil
}

// uniq is a maildir file name without its directory and flags.
func uniq(name string) string {
	_, base, _ := strings.Cut(name, "/")
	u, _, _ := strings.Cut(base, ":")
	return u
}

// Len is the number of messages.
func (md *Maildir) Len() int { return len(md.names) }

// Next opens the next message, or returns io.EOF after the last. The file
// of the message returned before is closed. A file that cannot be opened
// is an error of its own: Next may be called again for the one after it.
func (md *Maildir) Next() (*Message, error) {
	md.closeFile()
	if md.i >= len(md.names) {
		return nil, io.EOF
	}
	name := md.names[md.i]
	md.i++
	f, err := os.Open(filepath.Join(md.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, fmt.Errorf("reading maildir message %s: %w", name, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("reading maildir message %s: %w", name, err)
	}
	md.f = f
	return &Message{Body: f, Received: fi.ModTime(), Name: name}, nil
}

// Close closes the file of the last message.
func (md *Maildir) Close() error {
	md.closeFile()
	return nil
}

func (md *Maildir) closeFile() {
	if md.f != nil {
		md.f.Close()
		md.f = nil
	}
}
