package workflow

import (
	"net/url"
	"slices"
	"strings"
)

// SameDispute reports whether two cases look like the same consumer
// complaining about the same merchant: the complainant shares a phone or
// an e-mail address, and the respondent shares a name, a shop's host or a
// phone.
func SameDispute(a, b *Case) bool {
	if !sameComplainant(a, b) {
		return false
	}
	na, nb := normName(a.Respondent.Name), normName(b.Respondent.Name)
	return (na != "" && na == nb) ||
		overlap(a.Respondent.Phones, b.Respondent.Phones) ||
		overlap(hosts(a.Respondent.URLs), hosts(b.Respondent.URLs))
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if x != "" && slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func overlapFold(a, b []string) bool {
	for _, x := range a {
		if x != "" && slices.ContainsFunc(b, func(y string) bool { return strings.EqualFold(x, y) }) {
			return true
		}
	}
	return false
}

// normName folds case and white space, and the quotes people put around
// shop names.
func normName(s string) string {
	s = strings.Trim(strings.ToLower(strings.Join(strings.Fields(s), " ")), "\"'“”「」《》")
	return s
}

func hosts(urls []string) []string {
	var out []string
	for _, u := range urls {
		if !strings.Contains(u, "://") {
			u = "https://" + u
		}
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			out = append(out, strings.TrimPrefix(strings.ToLower(p.Host), "www."))
		}
	}
	return out
}

// sameComplainant reports whether two cases' consumers share a phone or
// an e-mail address.
func sameComplainant(a, b *Case) bool {
	return overlap(a.Complainant.Phones, b.Complainant.Phones) ||
		overlapFold(append(slices.Clone(a.Complainant.Emails), a.ContactAddress), append(slices.Clone(b.Complainant.Emails), b.ContactAddress))
}
