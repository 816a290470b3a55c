package workflow

import (
	"fmt"
	netmail "net/mail"
	"regexp"
	"slices"
	"strings"

	"github.com/yweca/redress/analysis"
)

// Command is one command line at the top of a staff reply ("#close
// resolved refunded in full").
type Command struct {
	Name string // "note", "status", "close", …, without "#"
	Args string // the rest of the line, trimmed
	Line string // the line as written

	// Read from Args by ParseCommands:
	State    string               // status: the state; close: StateClosed
	Reason   string               // close: the reason
	Text     string               // close: the text after the reason
	Amount   string               // recovered: "1280.00"
	Currency string               // recovered: ISO 4217, default CNY
	Kind     string               // kind
	Address  string               // assign: the staff address
	Party    *analysis.Respondent // respondent
	Person   *analysis.Complainant
	Ref      string // merge: the case this one folds into
}

// CommandError says which command line is wrong and why.
type CommandError struct {
	Line, Problem string
}

func (e *CommandError) Error() string { return fmt.Sprintf("%s: %s", e.Line, e.Problem) }

var (
	commandLine = regexp.MustCompile(`^[#＃]([A-Za-z_]+)\b[ \t]*(.*)$`)
	caseRefRe   = regexp.MustCompile(`^\[?([A-Za-z]{1,8}-\d{4}-\d{5})\]?$`)
	amountRe    = regexp.MustCompile(`^\d{1,12}(?:\.\d{1,2})?$`)
	currencyRe  = regexp.MustCompile(`^[A-Z]{3}$`)
)

// staffStates are the states #status may set.
var staffStates = []string{StateOpen, StateInMediation, StateResolved}

// closeReasons are the reasons #close accepts.
var closeReasons = []string{CloseResolved, CloseWithdrawn, CloseUnreachable, CloseDuplicate, CloseRejected, CloseOutOfScope}

// ParseCommands reads the command lines at the top of a staff reply's new
// text: lines starting with "#" (or a full-width "＃") before any other
// text, blank lines between them allowed. It returns them in order and the
// text after them. A line that starts like a command but is not a known
// one, or whose arguments are wrong, is an error: then nothing of the mail
// is applied.
func ParseCommands(text string) ([]Command, string, *CommandError) {
	var cmds []Command
	rest := text
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		trimmed := strings.TrimSpace(strings.TrimRight(line, "\r"))
		if trimmed == "" {
			rest = after
			continue
		}
		if !strings.HasPrefix(trimmed, "#") && !strings.HasPrefix(trimmed, "＃") {
			break
		}
		c, err := parseCommand(trimmed)
		if err != nil {
			return nil, "", err
		}
		cmds = append(cmds, c)
		rest = after
	}
	return cmds, strings.TrimSpace(rest), nil
}

func parseCommand(line string) (Command, *CommandError) {
	m := commandLine.FindStringSubmatch(line)
	if m == nil {
		return Command{}, &CommandError{line, "not a command: a command is # and a word, e.g. #close resolved"}
	}
	c := Command{Name: strings.ToLower(m[1]), Args: strings.TrimSpace(m[2]), Line: line}
	bad := func(format string, a ...any) (Command, *CommandError) {
		return Command{}, &CommandError{line, fmt.Sprintf(format, a...)}
	}
	args := strings.Fields(c.Args)
	switch c.Name {
	case "note":
	case "status":
		if len(args) != 1 || !slices.Contains(staffStates, strings.ToLower(args[0])) {
			return bad("#status takes one of %s (to close a case, use #close)", strings.Join(staffStates, ", "))
		}
		c.State = strings.ToLower(args[0])
	case "close":
		if len(args) == 0 || !slices.Contains(closeReasons, strings.ToLower(args[0])) {
			return bad("#close takes a reason first, one of %s", strings.Join(closeReasons, ", "))
		}
		c.State, c.Reason = StateClosed, strings.ToLower(args[0])
		c.Text = strings.TrimSpace(strings.TrimPrefix(c.Args, args[0]))
	case "recovered":
		if len(args) < 1 || len(args) > 2 {
			return bad("#recovered takes an amount and optionally a currency, e.g. #recovered 128.50 CNY")
		}
		amount := strings.ReplaceAll(strings.TrimLeft(args[0], "¥￥$"), ",", "")
		if !amountRe.MatchString(amount) {
			return bad("%q is not an amount: write digits with at most two decimals, e.g. 128.50", args[0])
		}
		whole, frac, _ := strings.Cut(amount, ".")
		whole = strings.TrimLeft(whole, "0")
		if whole == "" {
			whole = "0"
		}
		c.Amount = whole + "." + (frac + "00")[:2]
		c.Currency = "CNY"
		if len(args) == 2 {
			cur := strings.ToUpper(args[1])
			if cur == "RMB" || cur == "元" {
				cur = "CNY"
			}
			if !currencyRe.MatchString(cur) {
				return bad("%q is not a currency: use a three-letter code such as CNY or USD", args[1])
			}
			c.Currency = cur
		}
	case "kind":
		if len(args) != 1 || (args[0] != string(analysis.KindComplaint) && args[0] != string(analysis.KindInquiry)) {
			return bad("#kind takes complaint or inquiry")
		}
		c.Kind = args[0]
	case "assign":
		a, err := netmail.ParseAddress(c.Args)
		if err != nil {
			return bad("#assign takes one e-mail address")
		}
		c.Address = strings.ToLower(a.Address)
	case "respondent":
		name, contact, _ := strings.Cut(c.Args, ";")
		r := &analysis.Respondent{Name: strings.TrimSpace(name)}
		if r.Name == "" {
			return bad("#respondent takes the merchant's name, then optionally ; and a shop link or phone")
		}
		if contact = strings.TrimSpace(contact); contact != "" {
			switch {
			case strings.Contains(contact, "://") || strings.HasPrefix(strings.ToLower(contact), "www."):
				r.URLs = []string{contact}
			default:
				p, ok := analysis.Phone(contact)
				if !ok {
					return bad("%q is neither a link (https://…) nor a phone number", contact)
				}
				r.Phones = []string{p}
			}
		}
		c.Party = r
	case "complainant":
		name, phone, _ := strings.Cut(c.Args, ";")
		p := &analysis.Complainant{Name: strings.TrimSpace(name)}
		if p.Name == "" {
			return bad("#complainant takes the consumer's name, then optionally ; and a phone number")
		}
		if phone = strings.TrimSpace(phone); phone != "" {
			e164, ok := analysis.Phone(phone)
			if !ok {
				return bad("%q is not a phone number", phone)
			}
			p.Phones = []string{e164}
		}
		c.Person = p
	case "merge":
		m := caseRefRe.FindStringSubmatch(c.Args)
		if m == nil {
			return bad("#merge takes the reference of the case this one folds into, e.g. #merge YW-2026-00042")
		}
		c.Ref = strings.ToUpper(m[1])
	case "new":
		return bad("#new opens a case only in a mail forwarded to the station, not in a reply on a case")
	default:
		return bad("unknown command #%s; the commands are #note, #status, #close, #recovered, #respondent, #complainant, #kind, #assign, #merge (and #new in a forwarded mail)", c.Name)
	}
	return c, nil
}
