package calendar

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// Kind is what the calendar file says a date is.
type Kind int

// The kinds of date a calendar file lists.
const (
	// Holiday is a day off, whatever day of the week it falls on.
	Holiday Kind = iota + 1
	// Workday is a working day, whatever day of the week it falls on: in
	// China a make-up working day (调休) on a Saturday or Sunday.
	Workday
)

// String returns the word the file uses for k: "holiday" or "workday".
func (k Kind) String() string {
	switch k {
	case Holiday:
		return "holiday"
	case Workday:
		return "workday"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Entry is one date a calendar lists.
type Entry struct {
	Year  int
	Month time.Month
	Day   int
	Kind  Kind
}

// String returns e as a line of the file: "2026-10-01 holiday".
func (e Entry) String() string {
	return fmt.Sprintf("%04d-%02d-%02d %s", e.Year, int(e.Month), e.Day, e.Kind)
}

// Calendar says which days are working days. Build one with Parse, Load or
// Weekends; the zero Calendar and a nil *Calendar count weekends only. A
// Calendar is never changed after it is built, so one may be shared by any
// number of goroutines.
type Calendar struct {
	name    string
	entries []entry // sorted by day, one per day
	years   []int   // sorted, distinct
}

type entry struct {
	day  day
	kind Kind
}

// maxProblems is how many problems Parse reports one by one; the rest are
// counted, so that a wrong file named as the calendar does not flood the log.
const maxProblems = 20

// Parse reads a calendar file from r; name (usually the path) prefixes
// every problem it reports.
//
// The file has one date a line, "YYYY-MM-DD holiday" or "YYYY-MM-DD
// workday", separated by spaces or tabs. A "#" starts a comment that runs to
// the end of the line; blank lines are ignored, and so are CRLF line ends
// and a UTF-8 byte order mark. A date listed twice, a word other than
// holiday or workday, a malformed or impossible date, and a file listing no
// date at all are errors; Parse reports every problem at once (errors.Join),
// each as "name:LINE: what is wrong".
func Parse(r io.Reader, name string) (*Calendar, error) {
	var (
		errs    []error
		dropped int
		seen    = map[day]int{} // day → line it was first listed on
		c       = &Calendar{name: name}
	)
	problem := func(line int, format string, args ...any) {
		if len(errs) == maxProblems {
			dropped++
			return
		}
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		text, _, _ = strings.Cut(text, "#")
		fields := strings.Fields(text) // also drops the \r of a CRLF line end
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			problem(line, "want a date and holiday or workday (YYYY-MM-DD holiday), got %q", strings.TrimSpace(text))
			continue
		}
		var kind Kind
		switch fields[1] {
		case "holiday":
			kind = Holiday
		case "workday":
			kind = Workday
		default:
			problem(line, "unknown kind %q (want holiday or workday)", fields[1])
		}
		t, err := time.Parse(time.DateOnly, fields[0])
		if err != nil {
			problem(line, "%q is not a date (want YYYY-MM-DD, a day that exists)", fields[0])
			continue
		}
		d := dayOf(t)
		if first, ok := seen[d]; ok {
			problem(line, "%s is listed twice (first on line %d)", fields[0], first)
			continue
		}
		seen[d] = line
		if kind != 0 {
			c.entries = append(c.entries, entry{d, kind})
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			problem(line+1, "line too long (is this a calendar file?)")
		} else {
			return nil, fmt.Errorf("reading calendar %s: %w", name, err)
		}
	}
	if len(errs) == 0 && len(c.entries) == 0 {
		errs = append(errs, fmt.Errorf("%s: lists no dates (for weekends only, name no calendar file)", name))
	}
	if dropped > 0 {
		errs = append(errs, fmt.Errorf("%s: and %d more problems", name, dropped))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	slices.SortFunc(c.entries, func(a, b entry) int { return cmp.Compare(a.day, b.day) })
	for _, e := range c.entries {
		if y, _, _ := e.day.date(); len(c.years) == 0 || c.years[len(c.years)-1] != y {
			c.years = append(c.years, y)
		}
	}
	return c, nil
}

// Load reads the calendar file at path (see Parse).
func Load(path string) (*Calendar, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening calendar: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Weekends returns a calendar that lists no date: Saturdays and Sundays are
// days off, every other day is a working day. It covers no year.
func Weekends() *Calendar {
	return &Calendar{}
}

// Name returns the name the calendar was parsed under (for Load, its path);
// "" for Weekends.
func (c *Calendar) Name() string {
	if c == nil {
		return ""
	}
	return c.name
}

// Entries returns the dates the calendar lists, in date order (nil for
// none).
func (c *Calendar) Entries() []Entry {
	if c == nil || len(c.entries) == 0 {
		return nil
	}
	out := make([]Entry, len(c.entries))
	for i, e := range c.entries {
		y, m, d := e.day.date()
		out[i] = Entry{Year: y, Month: m, Day: d, Kind: e.kind}
	}
	return out
}

// Years returns the years in which the calendar lists at least one date, in
// order. A year's arrangement is published as a whole, so these are the
// years the file can be taken to cover.
func (c *Calendar) Years() []int {
	if c == nil {
		return nil
	}
	return slices.Clone(c.years)
}

// Covers reports whether the calendar lists a date in the year of t (in t's
// location). Counting in a year it does not cover treats only weekends as
// days off: a caller should warn the operator to add that year's holidays.
func (c *Calendar) Covers(t time.Time) bool {
	if c == nil {
		return false
	}
	_, found := slices.BinarySearch(c.years, t.Year())
	return found
}

// IsWorkday reports whether the date of t, in t's location, is a working
// day.
func (c *Calendar) IsWorkday(t time.Time) bool {
	return c.workday(dayOf(t))
}

// AddWorkdays returns the end of the n-th working day after the date of
// start (in start's location): the first instant of the following day, in
// start's location. The day of start itself is never counted, whatever the
// time of day and whether or not it is a working day (as the PRC Civil Code,
// art. 201, counts periods: 开始的当日不计入). So a complaint received on D,
// to be accepted "within 7 working days", is due by AddWorkdays(received, 7),
// and is late once the clock reads that instant or later:
// !now.Before(due).
//
// n = 0 returns the end of start's own day. A negative n counts back: the
// end of the |n|-th working day before start's day. Two working days before
// a deadline of n days from start is therefore AddWorkdays(start, n-2) —
// computed from start, not from the deadline, whose own date is the day
// after its last working day.
//
// The result is midnight of the next day where that exists; where clocks
// jump over midnight it is the instant the next day begins. AddWorkdays
// steps a day at a time: its cost grows with n, which policies keep small.
func (c *Calendar) AddWorkdays(start time.Time, n int) time.Time {
	d := dayOf(start)
	step := day(1)
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d += step
		if c.workday(d) {
			n--
		}
	}
	return startOf(d+1, start.Location())
}

// WorkdaysBetween returns the number of working days after the date of a up
// to and including the date of b, each date read in its own time's
// location; negative (minus the count from b to a) when b's date is before
// a's, zero when they are the same day. For a due time from AddWorkdays,
// WorkdaysBetween(now, due.Add(-time.Nanosecond)) is the number of working
// days left after today.
func (c *Calendar) WorkdaysBetween(a, b time.Time) int {
	da, db := dayOf(a), dayOf(b)
	if db < da {
		return -c.between(db, da)
	}
	return c.between(da, db)
}

// between counts the working days in (a, b], a <= b.
func (c *Calendar) between(a, b day) int {
	n := weekdaysThrough(b) - weekdaysThrough(a)
	if c == nil {
		return n
	}
	i, _ := slices.BinarySearchFunc(c.entries, a+1, byDay)
	for ; i < len(c.entries) && c.entries[i].day <= b; i++ {
		e := c.entries[i]
		switch weekend := e.day.weekend(); {
		case e.kind == Workday && weekend:
			n++
		case e.kind == Holiday && !weekend:
			n--
		}
	}
	return n
}

func (c *Calendar) workday(d day) bool {
	if c != nil {
		if i, found := slices.BinarySearchFunc(c.entries, d, byDay); found {
			return c.entries[i].kind == Workday
		}
	}
	return !d.weekend()
}

func byDay(e entry, d day) int { return cmp.Compare(e.day, d) }

// day is a civil date as the number of days since 1970-01-01.
type day int64

// dayOf returns the date of t in t's location.
func dayOf(t time.Time) day {
	y, m, d := t.Date()
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) date() (int, time.Month, int) {
	return time.Unix(int64(d)*86400, 0).UTC().Date()
}

// mondayIndex returns the days since Monday 1970-01-05 split into whole
// weeks and the day of the week (0 Monday … 6 Sunday).
func (d day) mondayIndex() (weeks, weekday int64) {
	x := int64(d) - 4
	weeks, weekday = x/7, x%7
	if weekday < 0 {
		weeks, weekday = weeks-1, weekday+7
	}
	return weeks, weekday
}

func (d day) weekend() bool {
	_, wd := d.mondayIndex()
	return wd >= 5
}

// weekdaysThrough returns the number of Mondays to Fridays from 1970-01-05
// through d (negative before it); differences of it count weekdays.
func weekdaysThrough(d day) int {
	weeks, wd := d.mondayIndex()
	return int(5*weeks + min(wd+1, 5))
}

// startOf returns the first instant of day d in loc.
func startOf(d day, loc *time.Location) time.Time {
	y, m, dd := d.date()
	t := time.Date(y, m, dd, 0, 0, 0, 0, loc)
	// Where clocks jump over midnight, time.Date may answer with an instant
	// of an earlier day (2024-03-10 00:00 in America/Havana gives 03-09
	// 23:00 CST; 2011-12-30, which Pacific/Apia skipped, gives 12-29): the
	// day then begins where that zone period ends.
	for i := 0; i < 3 && dayOf(t) < d; i++ {
		_, end := t.ZoneBounds()
		if end.IsZero() {
			break
		}
		t = end
	}
	return t
}
