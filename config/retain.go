package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Retention is how long a closed case (and mail kept without a case) is
// kept before `redress purge` removes it: policy.retain, in calendar
// years and days.
type Retention struct {
	Years, Days int
}

// DefaultRetention is policy.retain when absent: three years.
var DefaultRetention = Retention{Years: 3}

var retainRe = regexp.MustCompile(`^(?:(\d{1,3})y)?(?:(\d{1,5})d)?$`)

// ParseRetention reads a retention period: a number of years, of days,
// or both ("3y", "1095d", "2y180d"). It must be at least a day and at
// most 100 years.
func ParseRetention(s string) (Retention, error) {
	m := retainRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil || (m[1] == "" && m[2] == "") {
		return Retention{}, fmt.Errorf("must be a number of years or days such as 3y or 1095d, got %q", s)
	}
	var r Retention
	r.Years, _ = strconv.Atoi(m[1])
	r.Days, _ = strconv.Atoi(m[2])
	if r.Years*366+r.Days < 1 || r.Years*365+r.Days > 100*365 {
		return Retention{}, fmt.Errorf("must be between 1d and 100y, got %q", s)
	}
	return r, nil
}

// Cutoff is the time before which a closure is past retention at now.
func (r Retention) Cutoff(now time.Time) time.Time {
	return now.AddDate(-r.Years, 0, -r.Days)
}

// String writes r as policy.retain takes it.
func (r Retention) String() string {
	switch {
	case r.Years == 0:
		return fmt.Sprintf("%dd", r.Days)
	case r.Days == 0:
		return fmt.Sprintf("%dy", r.Years)
	}
	return fmt.Sprintf("%dy%dd", r.Years, r.Days)
}

// Retain is policy.retain (DefaultRetention when absent or invalid;
// Validate reports an invalid one).
func (c *Config) Retain() Retention {
	r, err := ParseRetention(c.Policy.Retain)
	if err != nil {
		return DefaultRetention
	}
	return r
}
