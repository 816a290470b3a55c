// Package calendar counts working days: it owns the file of public holidays
// and make-up working days (调休) an operator keeps for the station's
// country, its parsing and validation, and the arithmetic deadlines are
// made of — whether a day is a working day, the end of the n-th working day
// after a day, how many working days lie between two days, and which years
// the file covers.
//
// A day is a civil date in the location of the time.Time it is read from;
// callers pass times in the station's time zone. Sundays and Saturdays are
// days off and other days working days, unless the file lists the date as a
// holiday or a workday. Counting steps from date to date, never by 24 hours,
// so it is right in zones with daylight saving time too.
//
// The package does no I/O besides Parse (from an io.Reader) and Load (from
// a path) and keeps no state. It knows nothing of cases, complaints, mail,
// storage or configuration: which deadline counts how many working days
// from which event is the caller's rule (package workflow), and where the
// file lives is the configuration's (policy.calendar).
package calendar
