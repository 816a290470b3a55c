package parser

import (
	"errors"
	"time"
)

// ErrNotMail is returned by Parse for input that is not an e-mail message at
// all (no header block, binary junk). A damaged mail is still parsed.
var ErrNotMail = errors.New("input is not an e-mail message")

// Kind says what a message is to the desk. See the constants.
type Kind string

// The kinds of message, in the order of precedence used to pick one.
const (
	KindBounce    Kind = "bounce"     // delivery failure report
	KindAutoReply Kind = "auto_reply" // out-of-office, "we received your mail"
	KindSpam      Kind = "spam"       // advertising, unsolicited bulk mail
	KindReply     Kind = "reply"      // about an existing case, or written by staff
	KindComplaint Kind = "complaint"  // a consumer's grievance against a merchant
	KindInquiry   Kind = "inquiry"    // a question with no specific dispute
)

// The items that can be reported missing from a complaint, in report order.
const (
	MissingComplainantName   = "complainant_name"
	MissingComplainantPhone  = "complainant_phone"
	MissingRespondentName    = "respondent_name"
	MissingRespondentContact = "respondent_contact"
)

// DefaultRequired is the default policy.required set.
var DefaultRequired = []string{MissingComplainantName, MissingComplainantPhone, MissingRespondentName, MissingRespondentContact}

// Options carries the station facts the parser needs. The zero value is
// usable but recognises no staff and no case references.
type Options struct {
	CasePrefix     string   // "YW": case references look like YW-2026-00042
	StationAddress string   // "tousu@yweca.org.example"; its domain marks staff mail
	StaffAddresses []string // further addresses whose mail is staff mail
	Required       []string // items reported in Missing; nil means DefaultRequired
	MaxSize        int64    // messages larger than this keep no attachment content; 0 means 25 MiB
}

// Address is a decoded mailbox: display name and lower-cased address.
type Address struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

// Complainant is the consumer as the new text describes them.
type Complainant struct {
	Name    string   `json:"name"`
	Phones  []string `json:"phones"` // E.164
	Emails  []string `json:"emails"`
	Address string   `json:"address"`
}

// Respondent is the merchant complained about.
type Respondent struct {
	Name    string   `json:"name"`
	URLs    []string `json:"urls"`
	Phones  []string `json:"phones"` // E.164
	Address string   `json:"address"`
}

// Order is the purchase in dispute.
type Order struct {
	Number   string `json:"number"`
	Amount   string `json:"amount"`   // "128.00": two decimals, no separators
	Currency string `json:"currency"` // ISO 4217: CNY, USD, HKD, EUR
}

// Attachment is one MIME part with a file name.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Data        []byte `json:"-"` // nil when dropped (message over MaxSize)
}

// Message is one parsed e-mail. Its JSON form (the exported fields with
// JSON names) is the output contract of `redress parse`.
type Message struct {
	MessageID   string       `json:"message_id"` // without angle brackets
	Subject     string       `json:"subject"`
	From        Address      `json:"from"`
	Kind        Kind         `json:"kind"`
	CaseRef     string       `json:"case_ref"`
	Language    string       `json:"language"` // "zh" or "en"
	Text        string       `json:"text"`     // new text: quotes and signature trimmed
	Complainant Complainant  `json:"complainant"`
	Respondent  Respondent   `json:"respondent"`
	Order       Order        `json:"order"`
	Missing     []string     `json:"missing"`
	Attachments []Attachment `json:"attachments"`

	// Header facts the pipeline needs; not part of the parse contract.
	To            []Address `json:"-"`
	Cc            []Address `json:"-"`
	ReplyTo       []Address `json:"-"`
	Date          time.Time `json:"-"` // zero when absent or unreadable
	InReplyTo     []string  `json:"-"` // message IDs without brackets
	References    []string  `json:"-"` // message IDs without brackets
	AutoSubmitted string    `json:"-"` // Auto-Submitted header value, lower case, "" if absent
	Precedence    string    `json:"-"` // Precedence header value, lower case
	ListID        string    `json:"-"` // List-Id header value
	IsDSN         bool      `json:"-"` // multipart/report; report-type=delivery-status
	Staff         bool      `json:"-"` // sent by the station or its staff
	FullText      string    `json:"-"` // decoded body text before trimming
	Quoted        string    `json:"-"` // the trimmed quoted history
	Signature     string    `json:"-"` // a reply's "-- " signature, trimmed from Text but still the writer's own
	Returned      string    `json:"-"` // a bounce's returned message or headers, as text
	Warnings      []string  `json:"-"` // what could not be read, for the record
}
