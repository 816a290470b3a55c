// Package memstat reads the process's memory figures for benchmarks and
// measurement scripts. It is for tests; the daemon does not use it.
package memstat

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// PeakRSS is the process's peak resident set size (VmHWM in
// /proc/self/status) in bytes, or 0 where /proc is not there. It never
// goes down during a process: a benchmark that reports it should run alone
// (-bench with one name).
func PeakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
