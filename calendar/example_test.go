package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/yweca/redress/calendar"
)

// A complaint received on the Thursday before the 2026 Spring Festival
// break must be accepted within 7 working days: the make-up Saturdays on
// either side of the break count, the nine days off do not. Staff are
// warned when two working days are left.
func Example() {
	const file = `# 2026 春节
2026-02-14 workday
2026-02-15 holiday
2026-02-16 holiday
2026-02-17 holiday
2026-02-18 holiday
2026-02-19 holiday
2026-02-20 holiday
2026-02-21 holiday
2026-02-22 holiday
2026-02-23 holiday
2026-02-28 workday
`
	cal, err := calendar.Parse(strings.NewReader(file), "cn-2026.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		fmt.Println(err)
		return
	}
	received := time.Date(2026, 2, 12, 15, 30, 0, 0, shanghai)
	due := cal.AddWorkdays(received, 7)
	warn := cal.AddWorkdays(received, 7-2)
	fmt.Println("due: ", due.Format(time.DateTime))
	fmt.Println("warn:", warn.Format(time.DateTime))

	now := time.Date(2026, 2, 26, 10, 0, 0, 0, shanghai)
	fmt.Println("working days left after today:", cal.WorkdaysBetween(now, due.Add(-time.Nanosecond)))
	fmt.Println("overdue:", !now.Before(due))
	fmt.Println("covers 2027:", cal.Covers(time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai)))
	// Output:
	// due:  2026-03-01 00:00:00
	// warn: 2026-02-27 00:00:00
	// working days left after today: 2
	// overdue: false
	// covers 2027: false
}

func ExampleParse_problems() {
	_, err := calendar.Parse(strings.NewReader("2026-10-01 holiday\n2026-10-01 holiday\n2026-10-32 holiday\n2026-10-10 workdya\n"), "cn.txt")
	fmt.Println(err)
	// Output:
	// cn.txt:2: 2026-10-01 is listed twice (first on line 1)
	// cn.txt:3: "2026-10-32" is not a date (want YYYY-MM-DD, a day that exists)
	// cn.txt:4: unknown kind "workdya" (want holiday or workday)
}
