package desk

import (
	"strings"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// Overdue says whether case c is past a deadline at now (which one, and
// when it was due), by the station's settings.
func Overdue(s workflow.Settings, c *casefile.Case, now time.Time) (which string, due time.Time, overdue bool) {
	return s.Overdue(toWorkflow(c), now)
}

// SummarizeComplainant is the one-line form of a complainant for staff:
// name; phones; e-mails; address.
func SummarizeComplainant(c casefile.Complainant) string {
	return joinNonEmpty(c.Name, strings.Join(c.Phones, ", "), strings.Join(c.Emails, ", "), c.Address)
}

// SummarizeRespondent is the one-line form of a respondent for staff.
func SummarizeRespondent(r casefile.Respondent) string {
	return joinNonEmpty(r.Name, strings.Join(r.URLs, ", "), strings.Join(r.Phones, ", "), r.Address)
}

// SummarizeOrder is the one-line form of an order: number; amount currency.
func SummarizeOrder(o casefile.Order) string {
	amount := ""
	if o.Amount != "" {
		amount = o.Amount + " " + o.Currency
	}
	return joinNonEmpty(o.Number, amount)
}

func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "; ")
}
