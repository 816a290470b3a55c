package calendar_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/calendar"
)

// FuzzParse feeds Parse arbitrary files: it must not panic, and a file it
// accepts must read back as listed — every listed date reports its kind,
// the entries are in date order, each in a year the calendar covers, and
// written out again they parse to the same entries.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, path := range append(seeds, shipped) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("0000-01-01 workday\n9999-12-31 holiday\n"))
	f.Add([]byte("2026-10-01 holiday # a\r\n2026-10-10 workday\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := calendar.Parse(bytes.NewReader(data), "fuzz")
		if err != nil {
			if c != nil {
				t.Fatal("Parse returned a calendar with its error")
			}
			return
		}
		entries := c.Entries()
		if len(entries) == 0 {
			t.Fatal("Parse accepted a file that lists no date")
		}
		var text strings.Builder
		prev := ""
		for _, e := range entries {
			d := time.Date(e.Year, e.Month, e.Day, 12, 0, 0, 0, time.UTC)
			if got := c.IsWorkday(d); got != (e.Kind == calendar.Workday) {
				t.Fatalf("%s: IsWorkday = %v", e, got)
			}
			if !c.Covers(d) {
				t.Fatalf("%s: Covers = false", e)
			}
			key := d.Format(time.DateOnly)
			if key <= prev {
				t.Fatalf("entries out of order: %s after %s", key, prev)
			}
			prev = key
			text.WriteString(e.String() + "\n")
		}
		again, err := calendar.Parse(strings.NewReader(text.String()), "again")
		if err != nil {
			t.Fatalf("entries written out do not parse: %v\n%s", err, text.String())
		}
		if !slices.Equal(again.Entries(), entries) {
			t.Fatalf("entries written out parse to %v, want %v", again.Entries(), entries)
		}
	})
}
