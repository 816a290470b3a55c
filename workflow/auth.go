package workflow

import (
	"strings"
)

// Authenticated reports whether results (Authentication-Results header
// values, RFC 8601, most recent first) hold a verdict of the station's own
// server authservID saying dkim=pass or spf=pass. Only the station's own
// server is believed: a sender can write any Authentication-Results it
// likes, but not one that the receiving server stamped after its own.
func Authenticated(results []string, authservID string) bool {
	authservID = strings.ToLower(strings.TrimSpace(authservID))
	if authservID == "" {
		return false
	}
	for _, r := range results {
		id, rest, _ := strings.Cut(r, ";")
		if strings.ToLower(strings.TrimSpace(strings.Fields(id + " x")[0])) != authservID {
			continue
		}
		for _, part := range strings.Split(rest, ";") {
			part = strings.ToLower(strings.TrimSpace(part))
			if strings.HasPrefix(part, "dkim=pass") || strings.HasPrefix(part, "spf=pass") {
				return true
			}
		}
		// RFC 8601 §5: only the first field of our own server counts;
		// one further down may be the sender's forgery.
		return false
	}
	return false
}
