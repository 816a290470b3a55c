package monitor

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Health reports whether the daemon works: nil when healthy, else an
// error whose text says why, one sentence per failing side, e.g. "last
// successful poll 41m ago: dial tcp 127.0.0.1:993: connection refused".
// The rules are in the package documentation.
func (m *Monitor) Health() error {
	if m == nil {
		return nil
	}
	now := m.now()
	m.mu.Lock()
	poll, send := m.poll, m.send
	standby, pollFrom := m.standby, m.pollFrom
	m.mu.Unlock()
	since := "since the start"
	if !pollFrom.Equal(m.started) {
		since = "since taking the inbox over"
	}

	var errs []error
	switch {
	case standby:
		// Another instance polls; its own /healthz judges that.
	case !poll.lastOK.IsZero() && now.Sub(poll.lastOK) > m.within && poll.lastErr != nil:
		errs = append(errs, fmt.Errorf("last successful poll %s ago: %s", age(now.Sub(poll.lastOK)), mask(poll.lastErr.Error())))
	case !poll.lastOK.IsZero() && now.Sub(poll.lastOK) > m.within:
		errs = append(errs, fmt.Errorf("last successful poll %s ago, and no poll has finished since: the daemon's loop is stuck", age(now.Sub(poll.lastOK))))
	case poll.lastOK.IsZero() && now.Sub(pollFrom) > m.within && poll.lastErr != nil:
		errs = append(errs, fmt.Errorf("no successful poll %s %s ago: %s", since, age(now.Sub(pollFrom)), mask(poll.lastErr.Error())))
	case poll.lastOK.IsZero() && now.Sub(pollFrom) > m.within:
		errs = append(errs, fmt.Errorf("no poll has finished %s %s ago: the daemon's loop is stuck", since, age(now.Sub(pollFrom))))
	}
	if !send.failing.IsZero() && now.Sub(send.failing) > m.within {
		last := "no successful send since the start"
		if !send.lastOK.IsZero() {
			last = "last successful send " + age(now.Sub(send.lastOK)) + " ago"
		}
		errs = append(errs, fmt.Errorf("sending mail failing for %s (%s): %s", age(now.Sub(send.failing)), last, mask(send.lastErr.Error())))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// age is d as an operator reads it: "41m", "2h5m", "12s".
func age(d time.Duration) string {
	if d < time.Minute {
		return d.Round(time.Second).String()
	}
	s := d.Round(time.Minute).String()
	s = strings.TrimSuffix(s, "0s")
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

var addrLocalPart = regexp.MustCompile(`([A-Za-z0-9])[A-Za-z0-9._%+=-]*@`)

// mask shortens the local part of e-mail addresses in s to its first
// character: a server's reply about a mail may name the consumer, and
// /healthz may be read by anyone who can reach it.
func mask(s string) string {
	return addrLocalPart.ReplaceAllString(s, "$1***@")
}
