package calendar_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the DST tests need zones the test machine may not have

	"github.com/yweca/redress/calendar"
)

// shipped is the example calendar at the repository root.
const shipped = "../calendar-cn-2026.txt"

func mustLoad(t *testing.T, path string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	return c
}

func mustParse(t *testing.T, text string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Parse(strings.NewReader(text), "test.txt")
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return c
}

func location(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%s): %v", name, err)
	}
	return loc
}

// at parses "2006-01-02 15:04" in loc.
func at(t *testing.T, loc *time.Location, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatalf("ParseInLocation(%q): %v", s, err)
	}
	return v
}

func entryStrings(c *calendar.Calendar) []string {
	var out []string
	for _, e := range c.Entries() {
		out = append(out, e.String())
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // entries, in date order
	}{
		{"one line", "2026-10-01 holiday\n", []string{"2026-10-01 holiday"}},
		{"no final newline", "2026-10-10 workday", []string{"2026-10-10 workday"}},
		{
			"sorted by date",
			"2026-10-10 workday\n2026-01-01 holiday\n2025-12-31 holiday\n",
			[]string{"2025-12-31 holiday", "2026-01-01 holiday", "2026-10-10 workday"},
		},
		{
			"comments and blank lines",
			"# header\n\n   \n2026-10-01 holiday # 国庆节\n#2026-10-02 holiday\n2026-10-03 holiday#tight\n",
			[]string{"2026-10-01 holiday", "2026-10-03 holiday"},
		},
		{"CRLF", "# c\r\n2026-10-01 holiday\r\n\r\n2026-10-10 workday\r\n", []string{"2026-10-01 holiday", "2026-10-10 workday"}},
		{"tabs and spaces", "\t2026-10-01 \t holiday\t\n", []string{"2026-10-01 holiday"}},
		{"byte order mark", "\ufeff2026-10-01 holiday\n", []string{"2026-10-01 holiday"}},
		{"weekday listed workday, weekend listed holiday", "2026-10-07 workday\n2026-10-03 holiday\n", []string{"2026-10-03 holiday", "2026-10-07 workday"}},
		{"leap day", "2028-02-29 holiday\n", []string{"2028-02-29 holiday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, tt.text)
			if got := entryStrings(c); !slices.Equal(got, tt.want) {
				t.Errorf("entries = %q, want %q", got, tt.want)
			}
			if c.Name() != "test.txt" {
				t.Errorf("Name() = %q, want test.txt", c.Name())
			}
		})
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the problems, in order
	}{
		{"listed twice, same kind", "2026-10-01 holiday\n\n2026-10-01 holiday\n", []string{
			"f.txt:3: 2026-10-01 is listed twice (first on line 1)",
		}},
		{"listed twice, other kind", "2026-10-01 holiday\n2026-10-01 workday\n2026-10-01 holiday\n", []string{
			"f.txt:2: 2026-10-01 is listed twice (first on line 1)",
			"f.txt:3: 2026-10-01 is listed twice (first on line 1)",
		}},
		{"unknown word", "2026-10-01 Holiday\n2026-10-02 off\n", []string{
			`f.txt:1: unknown kind "Holiday" (want holiday or workday)`,
			`f.txt:2: unknown kind "off" (want holiday or workday)`,
		}},
		{"malformed dates", "2026-1-05 holiday\n2026/10/01 holiday\n26-10-01 holiday\n2026-10-01T00:00 holiday\n", []string{
			`f.txt:1: "2026-1-05" is not a date (want YYYY-MM-DD, a day that exists)`,
			`f.txt:2: "2026/10/01" is not a date (want YYYY-MM-DD, a day that exists)`,
			`f.txt:3: "26-10-01" is not a date (want YYYY-MM-DD, a day that exists)`,
			`f.txt:4: "2026-10-01T00:00" is not a date (want YYYY-MM-DD, a day that exists)`,
		}},
		{"impossible dates", "2026-02-29 holiday\n2026-13-01 holiday\n2026-04-31 holiday\n", []string{
			`f.txt:1: "2026-02-29" is not a date (want YYYY-MM-DD, a day that exists)`,
			`f.txt:2: "2026-13-01" is not a date (want YYYY-MM-DD, a day that exists)`,
			`f.txt:3: "2026-04-31" is not a date (want YYYY-MM-DD, a day that exists)`,
		}},
		{"wrong number of fields", "2026-10-01\n2026-10-01 holiday 国庆\nholiday\n", []string{
			`f.txt:1: want a date and holiday or workday (YYYY-MM-DD holiday), got "2026-10-01"`,
			`f.txt:2: want a date and holiday or workday (YYYY-MM-DD holiday), got "2026-10-01 holiday 国庆"`,
			`f.txt:3: want a date and holiday or workday (YYYY-MM-DD holiday), got "holiday"`,
		}},
		{"kind and date both wrong", "holiday 2026-10-01\n", []string{
			`f.txt:1: unknown kind "2026-10-01" (want holiday or workday)`,
			`f.txt:1: "holiday" is not a date (want YYYY-MM-DD, a day that exists)`,
		}},
		{"line numbers count CRLF lines and comments", "# c\r\n\r\n2026-10-01 holiday\r\n2026-10-01 workday # again\r\n", []string{
			"f.txt:4: 2026-10-01 is listed twice (first on line 3)",
		}},
		{"empty", "", []string{"f.txt: lists no dates (for weekends only, name no calendar file)"}},
		{"only comments", "# 2026\n\n", []string{"f.txt: lists no dates (for weekends only, name no calendar file)"}},
		{"line too long", "2026-10-01 holiday\n" + strings.Repeat("x", 70000) + "\n", []string{
			"f.txt:2: line too long (is this a calendar file?)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.Parse(strings.NewReader(tt.text), "f.txt")
			if err == nil {
				t.Fatalf("Parse = %v, nil; want problems %q", entryStrings(c), tt.want)
			}
			if c != nil {
				t.Errorf("Parse returned a calendar with its error")
			}
			if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestParseProblemsFile checks the file with a problem of every kind, as
// Load reports it: every problem, each with its line, in one error.
func TestParseProblemsFile(t *testing.T) {
	path := filepath.Join("testdata", "problems.txt")
	_, err := calendar.Load(path)
	if err == nil {
		t.Fatal("Load(testdata/problems.txt) succeeded")
	}
	want := []string{
		path + `:3: 2026-01-01 is listed twice (first on line 2)`,
		path + `:4: "2026-02-30" is not a date (want YYYY-MM-DD, a day that exists)`,
		path + `:5: "2026-1-5" is not a date (want YYYY-MM-DD, a day that exists)`,
		path + `:6: unknown kind "wrokday" (want holiday or workday)`,
		path + `:7: want a date and holiday or workday (YYYY-MM-DD holiday), got "2026-01-04"`,
		path + `:8: want a date and holiday or workday (YYYY-MM-DD holiday), got "2026-01-10 workday extra"`,
		path + `:9: unknown kind "2026-01-11" (want holiday or workday)`,
		path + `:9: "holiday" is not a date (want YYYY-MM-DD, a day that exists)`,
	}
	if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseManyProblems(t *testing.T) {
	var b strings.Builder
	for i := range 25 {
		fmt.Fprintf(&b, "2026-01-%02d nope\n", i+1)
	}
	_, err := calendar.Parse(strings.NewReader(b.String()), "f.txt")
	if err == nil {
		t.Fatal("Parse succeeded")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 21 {
		t.Fatalf("got %d lines of problems, want 20 and a count:\n%s", len(lines), err)
	}
	if lines[19] != `f.txt:20: unknown kind "nope" (want holiday or workday)` {
		t.Errorf("20th problem = %q", lines[19])
	}
	if lines[20] != "f.txt: and 5 more problems" {
		t.Errorf("last line = %q, want the count of the problems left out", lines[20])
	}
}

func TestLoad(t *testing.T) {
	c := mustLoad(t, filepath.Join("testdata", "lenient.txt"))
	want := []string{"2026-10-01 holiday", "2026-10-02 holiday", "2026-10-10 workday"}
	if got := entryStrings(c); !slices.Equal(got, want) {
		t.Errorf("entries = %q, want %q", got, want)
	}
	if got := c.Name(); got != filepath.Join("testdata", "lenient.txt") {
		t.Errorf("Name() = %q, want the path", got)
	}

	missing := filepath.Join(t.TempDir(), "none.txt")
	_, err := calendar.Load(missing)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Load(missing) error = %v, want one wrapping os.ErrNotExist", err)
	}
	if !strings.Contains(err.Error(), missing) {
		t.Errorf("error %q does not name the path", err)
	}
}

// TestShipped checks the example calendar against the State Council's
// notice for 2026: 33 days off in 7 breaks and 6 make-up working days,
// every make-up day a Saturday or Sunday, and the year's total of working
// days that the 13 statutory holidays leave (365 - 104 weekend days - 13).
func TestShipped(t *testing.T) {
	c := mustLoad(t, shipped)
	var holidays, workdays int
	for _, e := range c.Entries() {
		d := time.Date(e.Year, e.Month, e.Day, 12, 0, 0, 0, time.UTC)
		if e.Year != 2026 {
			t.Errorf("%s: not in 2026", e)
		}
		switch e.Kind {
		case calendar.Holiday:
			holidays++
		case calendar.Workday:
			workdays++
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
				t.Errorf("%s: a make-up working day on a %s", e, wd)
			}
		}
	}
	if holidays != 33 || workdays != 6 {
		t.Errorf("%d holidays and %d workdays, want 33 and 6", holidays, workdays)
	}
	if got := c.Years(); !slices.Equal(got, []int{2026}) {
		t.Errorf("Years() = %v, want [2026]", got)
	}
	shanghai := location(t, "Asia/Shanghai")
	if got := c.WorkdaysBetween(at(t, shanghai, "2025-12-31 12:00"), at(t, shanghai, "2026-12-31 12:00")); got != 248 {
		t.Errorf("working days in 2026 = %d, want 248", got)
	}
}

func TestIsWorkday(t *testing.T) {
	c := mustLoad(t, shipped)
	shanghai := location(t, "Asia/Shanghai")
	tests := []struct {
		name string
		at   string // in Asia/Shanghai
		want bool
	}{
		{"ordinary Monday", "2026-03-02 09:00", true},
		{"ordinary Friday", "2026-03-06 23:59", true},
		{"ordinary Saturday", "2026-03-07 00:00", false},
		{"ordinary Sunday", "2026-03-08 12:00", false},
		{"New Year's Day, a Thursday", "2026-01-01 10:00", false},
		{"New Year break, a Saturday", "2026-01-03 10:00", false},
		{"调休 Sunday after New Year", "2026-01-04 10:00", true},
		{"调休 Saturday before Spring Festival", "2026-02-14 10:00", true},
		{"Spring Festival, a Tuesday", "2026-02-17 10:00", false},
		{"last day of Spring Festival, a Monday", "2026-02-23 10:00", false},
		{"back at work after Spring Festival", "2026-02-24 08:00", true},
		{"调休 Saturday after Spring Festival", "2026-02-28 10:00", true},
		{"Qingming Monday", "2026-04-06 10:00", false},
		{"调休 Sunday before National Day", "2026-09-20 10:00", true},
		{"National Day, a Thursday", "2026-10-01 10:00", false},
		{"National Day break, a Wednesday", "2026-10-07 10:00", false},
		{"调休 Saturday after National Day", "2026-10-10 10:00", true},
		{"a Friday in 2027, no holidays known", "2027-01-01 10:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.IsWorkday(at(t, shanghai, tt.at)); got != tt.want {
				t.Errorf("IsWorkday(%s) = %v, want %v", tt.at, got, tt.want)
			}
		})
	}

	// The date is the one in t's location: 2026-02-13 20:00 UTC is a
	// Friday in UTC and already the 调休 Saturday in Shanghai, and
	// 2026-02-14 20:00 UTC the 调休 Saturday in UTC and already the
	// break's first day (Sunday the 15th) in Shanghai.
	fri := at(t, time.UTC, "2026-02-13 20:00")
	if !c.IsWorkday(fri) || !c.IsWorkday(fri.In(shanghai)) {
		t.Errorf("2026-02-13 20:00 UTC: want a working day in UTC (Friday) and in Shanghai (调休 Saturday)")
	}
	sat := at(t, time.UTC, "2026-02-14 20:00")
	if !c.IsWorkday(sat) || c.IsWorkday(sat.In(shanghai)) {
		t.Errorf("2026-02-14 20:00 UTC: want a working day in UTC (调休 Saturday) and a holiday in Shanghai (Sunday 15th)")
	}
}

func TestAddWorkdays(t *testing.T) {
	cn := mustLoad(t, shipped)
	shanghai := location(t, "Asia/Shanghai")
	newYork := location(t, "America/New_York")
	havana := location(t, "America/Havana")
	apia := location(t, "Pacific/Apia")
	tests := []struct {
		name  string
		cal   *calendar.Calendar
		loc   *time.Location
		start string
		n     int
		want  string // in loc: the first instant of the day after the last one counted
	}{
		// Feb 13 (Fri), 14 (调休 Sat), the break Feb 15-23, then 24, 25, 26, 27, 28 (调休 Sat).
		{"before Spring Festival", cn, shanghai, "2026-02-12 15:00", 7, "2026-03-01 00:00"},
		{"received on the 调休 Saturday", cn, shanghai, "2026-02-14 09:00", 1, "2026-02-25 00:00"},
		{"received during Spring Festival", cn, shanghai, "2026-02-18 09:00", 7, "2026-03-04 00:00"},
		// Oct 8 (Thu), 9, 10 (调休 Sat), 12, 13, 14, 15.
		{"just before National Day", cn, shanghai, "2026-09-30 23:59", 7, "2026-10-16 00:00"},
		{"received on a National Day holiday", cn, shanghai, "2026-10-03 10:00", 7, "2026-10-16 00:00"},
		{"received at midnight", cn, shanghai, "2026-09-30 00:00", 1, "2026-10-09 00:00"},
		// Sep 14-18, 20 (调休 Sun), 21-24, 28-30, Oct 8, 9, 10 (调休 Sat) make
		// 16; five weeks more make 41, and Nov 16-19 the last four.
		{"mediation, 45 days across National Day", cn, shanghai, "2026-09-11 16:00", 45, "2026-11-20 00:00"},
		// Dec 31 (Wed), Jan 1-3 break, Jan 4 (调休 Sun), Jan 5.
		{"into the year", cn, shanghai, "2025-12-30 10:00", 3, "2026-01-06 00:00"},
		// Dec 30, 31, then 2027 (no holidays listed): Jan 1 (Fri), 4, 5, 6, 7.
		{"out of the year", cn, shanghai, "2026-12-29 10:00", 7, "2027-01-08 00:00"},
		{"n=0 on a working day", cn, shanghai, "2026-10-09 10:00", 0, "2026-10-10 00:00"},
		{"n=0 on a holiday", cn, shanghai, "2026-10-03 10:00", 0, "2026-10-04 00:00"},
		{"n=-1", cn, shanghai, "2026-10-08 10:00", -1, "2026-10-01 00:00"},
		{"n=-2 over a 调休 Sunday", cn, shanghai, "2026-09-22 10:00", -2, "2026-09-21 00:00"},
		{"weekends only, Friday to Monday", calendar.Weekends(), shanghai, "2026-02-13 10:00", 1, "2026-02-17 00:00"},
		{"nil calendar counts weekends", nil, shanghai, "2026-10-02 10:00", 3, "2026-10-08 00:00"},
		// Clocks go forward on Sunday 2026-03-08: the Tuesday still ends at midnight.
		{"across a DST change", calendar.Weekends(), newYork, "2026-03-06 18:00", 2, "2026-03-11 00:00"},
		// Cuba skips 2024-03-10 00:00-01:00: Saturday the 9th ends at 01:00 CDT.
		{"day end skipped by DST", calendar.Weekends(), havana, "2024-03-09 12:00", 0, "2024-03-10 01:00"},
		// Samoa skipped 2011-12-30 altogether: the 29th ended when the 31st began.
		{"next day skipped", calendar.Weekends(), apia, "2011-12-29 12:00", 0, "2011-12-31 00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := at(t, tt.loc, tt.start)
			got := tt.cal.AddWorkdays(start, tt.n)
			want := at(t, tt.loc, tt.want)
			if !got.Equal(want) || got.Location() != tt.loc {
				t.Errorf("AddWorkdays(%s, %d) = %s, want %s", tt.start, tt.n, got, want)
			}
			// The instant before the result is still the last day counted.
			last := got.Add(-time.Nanosecond)
			if ld, gd := last.Format(time.DateOnly), got.Format(time.DateOnly); ld == gd {
				t.Errorf("%s is not the start of a day: %s is on the same date", got, last)
			}
		})
	}
}

// TestAddWorkdaysProperties walks every day from December 2025 to January
// 2027 (the whole shipped year and its edges) with 0 to 50 working days, as
// complaints received at 08:00 and at 23:30: the result starts the day after
// a working day, with exactly n working days between the start and it.
func TestAddWorkdaysProperties(t *testing.T) {
	c := mustLoad(t, shipped)
	shanghai := location(t, "Asia/Shanghai")
	for d := time.Date(2025, 12, 1, 8, 0, 0, 0, shanghai); d.Year() < 2027 || d.Month() == time.January; d = d.AddDate(0, 0, 1) {
		for _, start := range []time.Time{d, d.Add(15*time.Hour + 30*time.Minute)} {
			for n := 0; n <= 50; n++ {
				due := c.AddWorkdays(start, n)
				last := due.Add(-time.Nanosecond)
				if got := c.WorkdaysBetween(start, last); got != n {
					t.Fatalf("AddWorkdays(%s, %d) = %s, but WorkdaysBetween(start, %s) = %d", start, n, due, last, got)
				}
				if n > 0 && !c.IsWorkday(last) {
					t.Fatalf("AddWorkdays(%s, %d) = %s ends a day off", start, n, due)
				}
				if h, m, s := due.Clock(); h != 0 || m != 0 || s != 0 || due.Nanosecond() != 0 {
					t.Fatalf("AddWorkdays(%s, %d) = %s, not midnight", start, n, due)
				}
				// Counting back n from the last day lands on the last working
				// day up to the start's day.
				if n > 0 {
					back := c.AddWorkdays(last, -n)
					backLast := back.Add(-time.Nanosecond)
					if !c.IsWorkday(backLast) || c.WorkdaysBetween(backLast, start) != 0 {
						t.Fatalf("AddWorkdays(%s, -%d) = %s, want the end of the last working day up to %s", last, n, back, start)
					}
					if c.IsWorkday(start) && backLast.Format(time.DateOnly) != start.Format(time.DateOnly) {
						t.Fatalf("AddWorkdays(%s, -%d) = %s, want the end of %s", last, n, back, start)
					}
				}
			}
		}
	}
}

func TestWorkdaysBetween(t *testing.T) {
	cn := mustLoad(t, shipped)
	shanghai := location(t, "Asia/Shanghai")
	tests := []struct {
		name string
		cal  *calendar.Calendar
		a, b string // in Asia/Shanghai
		want int
	}{
		{"same instant", cn, "2026-03-02 09:00", "2026-03-02 09:00", 0},
		{"same day", cn, "2026-03-02 09:00", "2026-03-02 18:00", 0},
		{"next day", cn, "2026-03-02 23:59", "2026-03-03 00:00", 1},
		{"ordinary week", cn, "2026-03-02 09:00", "2026-03-09 09:00", 5},
		{"over Spring Festival", cn, "2026-02-13 09:00", "2026-02-24 09:00", 2},
		{"over National Day", cn, "2026-09-30 09:00", "2026-10-10 09:00", 3},
		{"whole of February", cn, "2026-01-31 09:00", "2026-02-28 09:00", 16},
		{"into a year not listed", cn, "2026-12-30 09:00", "2027-01-04 09:00", 3},
		{"weekends only, a week", calendar.Weekends(), "2026-09-30 09:00", "2026-10-07 09:00", 5},
		{"nil calendar", nil, "2026-09-30 09:00", "2026-10-07 09:00", 5},
		{"before 1970", calendar.Weekends(), "1969-12-26 09:00", "1970-01-05 09:00", 6},
		{"long span", calendar.Weekends(), "1900-01-01 00:00", "2100-01-01 00:00", 52179},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := at(t, shanghai, tt.a), at(t, shanghai, tt.b)
			if got := tt.cal.WorkdaysBetween(a, b); got != tt.want {
				t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
			if got := tt.cal.WorkdaysBetween(b, a); got != -tt.want {
				t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tt.b, tt.a, got, -tt.want)
			}
		})
	}
}

// TestWorkdaysBetweenCounts checks the arithmetic count against counting
// day by day, over every pair of days in a window around the shipped year.
func TestWorkdaysBetweenCounts(t *testing.T) {
	c := mustLoad(t, shipped)
	first := time.Date(2025, 12, 20, 12, 0, 0, 0, time.UTC)
	var days []time.Time
	for d := first; d.Before(time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC)); d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	// counted[i] is the number of working days in days[1..i].
	counted := make([]int, len(days))
	for i := 1; i < len(days); i++ {
		counted[i] = counted[i-1]
		if c.IsWorkday(days[i]) {
			counted[i]++
		}
	}
	for i := range days {
		for j := i; j < len(days); j += 7 {
			if got, want := c.WorkdaysBetween(days[i], days[j]), counted[j]-counted[i]; got != want {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, counted %d", days[i], days[j], got, want)
			}
		}
	}
}

func TestYearsAndCovers(t *testing.T) {
	c := mustParse(t, "2027-01-01 holiday\n2025-12-31 holiday\n2027-02-06 workday\n")
	if got := c.Years(); !slices.Equal(got, []int{2025, 2027}) {
		t.Errorf("Years() = %v, want [2025 2027]", got)
	}
	tests := []struct {
		name string
		cal  *calendar.Calendar
		at   time.Time
		want bool
	}{
		{"listed year", c, time.Date(2027, 7, 1, 0, 0, 0, 0, time.UTC), true},
		{"year between", c, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), false},
		{"year after", c, time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC), false},
		// 2026-01-01 02:00 in Shanghai is still 2025 in UTC.
		{"year in t's location", c, time.Date(2025, 12, 31, 18, 0, 0, 0, time.UTC), true},
		{"weekends only", calendar.Weekends(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"nil", nil, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.Covers(tt.at); got != tt.want {
				t.Errorf("Covers(%s) = %v, want %v", tt.at, got, tt.want)
			}
		})
	}
	years := c.Years()
	years[0] = 1
	if c.Years()[0] != 2025 {
		t.Error("Years() shares its slice with the calendar")
	}
	if calendar.Weekends().Years() != nil || calendar.Weekends().Entries() != nil {
		t.Error("Weekends() lists something")
	}
}

func TestKindString(t *testing.T) {
	for _, tt := range []struct {
		name string
		kind calendar.Kind
		want string
	}{
		{"holiday", calendar.Holiday, "holiday"},
		{"workday", calendar.Workday, "workday"},
		{"other", calendar.Kind(9), "Kind(9)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.kind.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
