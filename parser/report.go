package parser

import (
	"bytes"
	"strings"
)

// maxReportRecipients bounds the per-recipient blocks kept from one
// message, so that a hostile report cannot grow the Message without end.
const maxReportRecipients = 100

// RecipientStatus is one per-recipient block of a message/delivery-status
// part (RFC 3464 §2.3), decoded: address types ("rfc822;") and diagnostic
// types ("smtp;") removed, addresses without angle brackets and in lower
// case, values unfolded onto one line.
type RecipientStatus struct {
	FinalRecipient    string // RFC 3464 §2.3.2, required by the RFC but not always sent
	OriginalRecipient string // RFC 3464 §2.3.1, the address as the sender gave it; "" if absent
	Action            string // RFC 3464 §2.3.3, lower case: failed, delayed, delivered, relayed, expanded
	Status            string // RFC 3464 §2.3.4, an RFC 3463 code such as "5.1.1"
	DiagnosticCode    string // RFC 3464 §2.3.6, the remote server's reply
}

// HeaderFacts are the header fields of an embedded message by which its
// sender can recognise it: a bounce's returned message, its returned
// headers, or a header block quoted in a bounce's text.
type HeaderFacts struct {
	MessageID string // without angle brackets
	Subject   string // decoded
	From      Address
	To        []Address
}

// ReadHeaderFacts reads a header block at the start of b as Decode reads a
// message's header (folded lines, RFC 2047 words, raw 8-bit text) and
// returns its facts. ok is false when b does not start with a header
// field. The block ends at a blank line or at the first line that is
// neither a field nor a continuation.
func ReadHeaderFacts(b []byte) (f HeaderFacts, ok bool) {
	h, _, _ := parseHeader(bytes.TrimLeft(b, "\r\n"))
	if len(h) == 0 {
		return HeaderFacts{}, false
	}
	return headerFacts(h), true
}

// headerFacts picks the facts out of a parsed header block.
func headerFacts(h mailHeader) HeaderFacts {
	var f HeaderFacts
	if ids := parseMsgIDs(h.value("Message-ID")); len(ids) > 0 {
		f.MessageID = ids[0]
	}
	f.Subject = decodeHeaderText(h.value("Subject"))
	if from := parseAddressList(h.value("From")); len(from) > 0 {
		f.From = from[0]
	}
	f.To = parseAddressList(strings.Join(h.values("To"), ","))
	return f
}

// parseDeliveryStatus reads the per-recipient blocks of a
// message/delivery-status body (RFC 3464 §2.1: a per-message block, then
// one block per recipient, separated by blank lines). Blocks without a
// recipient, an action or a status are not recipients and are skipped.
func parseDeliveryStatus(data []byte, max int) []RecipientStatus {
	var out []RecipientStatus
	rest := bytes.TrimLeft(data, "\r\n")
	for len(rest) > 0 && len(out) < max {
		h, next, _ := parseHeader(rest)
		if len(next) >= len(rest) {
			// Not a field line: skip it.
			nl := bytes.IndexByte(rest, '\n')
			if nl < 0 {
				break
			}
			next = rest[nl+1:]
		}
		rest = bytes.TrimLeft(next, "\r\n \t")
		rs := RecipientStatus{
			FinalRecipient:    reportAddress(h.value("Final-Recipient")),
			OriginalRecipient: reportAddress(h.value("Original-Recipient")),
			Action:            strings.ToLower(collapseSpace(h.value("Action"))),
			Status:            reportStatus(h.value("Status")),
			DiagnosticCode:    reportTyped(h.value("Diagnostic-Code")),
		}
		if rs.FinalRecipient == "" && rs.OriginalRecipient == "" && rs.Action == "" && rs.Status == "" {
			continue // the per-message block, or junk
		}
		out = append(out, rs)
	}
	return out
}

// reportTyped removes the type of a typed report value ("smtp; 550 …",
// "rfc822; a@b") and collapses it onto one line. A value without a type
// is kept whole.
func reportTyped(v string) string {
	v = decodeHeaderText(v)
	if i := strings.IndexByte(v, ';'); i >= 0 && isAtomType(v[:i]) {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

// isAtomType reports whether s is an address or diagnostic type: "rfc822",
// "smtp", "x400", "utf-8", "X-Postfix".
func isAtomType(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// reportAddress decodes a Final-Recipient or Original-Recipient value to a
// bare lower-case address.
func reportAddress(v string) string {
	a := reportTyped(v)
	if i := strings.IndexByte(a, '<'); i >= 0 {
		if j := strings.IndexByte(a[i:], '>'); j > 0 {
			a = a[i+1 : i+j]
		}
	}
	a = strings.Trim(a, "<> \t")
	if strings.ContainsAny(a, " \t") {
		a = strings.Fields(a)[0]
	}
	return cleanAddr(a)
}

// reportStatus returns the RFC 3463 code at the start of a Status value
// ("5.1.1 (user unknown)" gives "5.1.1").
func reportStatus(v string) string {
	v, _ = stripComments(v)
	f := strings.Fields(v)
	if len(f) == 0 {
		return ""
	}
	s := f[0]
	if len(s) > 16 {
		return ""
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.') {
			return ""
		}
	}
	return s
}
