package analysis

import (
	"bytes"
	"encoding/json"

	"github.com/yweca/redress/parser"
)

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

// Options carries the station facts the analysis needs. The zero value is
// usable but recognises no staff and no case references.
type Options struct {
	CasePrefix     string   // "YW": case references look like YW-2026-00042
	StationAddress string   // "tousu@yweca.org.example"; its domain marks staff mail
	StaffAddresses []string // further addresses whose mail is staff mail
	Required       []string // items reported in Missing; nil means DefaultRequired
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

// Mail is a decoded message and what it says to the desk. Its JSON form
// (see MarshalJSON) is the output contract of `redress parse`.
type Mail struct {
	*parser.Message

	Kind        Kind
	CaseRef     string // "YW-2026-00042", or ""
	Language    string // "zh" or "en"
	Staff       bool   // sent by the station or its staff (IsStation on From)
	Complainant Complainant
	Respondent  Respondent
	Order       Order
	Missing     []string // required items a complaint lacks, in report order

	// Bounce says which mail a delivery failure report is about and for
	// whom; set when Kind is KindBounce, nil otherwise. It is not part of
	// the `redress parse` contract (MarshalJSON leaves it out).
	Bounce *Bounce
}

// mailJSON is the contract of `redress parse`: these fields, in this order.
type mailJSON struct {
	MessageID   string              `json:"message_id"` // without angle brackets
	Subject     string              `json:"subject"`
	From        parser.Address      `json:"from"`
	Kind        Kind                `json:"kind"`
	CaseRef     string              `json:"case_ref"`
	Language    string              `json:"language"`
	Text        string              `json:"text"` // new text: quotes and signature trimmed
	Complainant Complainant         `json:"complainant"`
	Respondent  Respondent          `json:"respondent"`
	Order       Order               `json:"order"`
	Missing     []string            `json:"missing"`
	Attachments []parser.Attachment `json:"attachments"`
}

// MarshalJSON writes the fields of the `redress parse` contract in their
// order, with every list as [] rather than null.
func (m Mail) MarshalJSON() ([]byte, error) {
	var dm parser.Message
	if m.Message != nil {
		dm = *m.Message
	}
	m.normalise() // m is a copy
	atts := dm.Attachments
	if atts == nil {
		atts = []parser.Attachment{}
	}
	v := mailJSON{
		MessageID: dm.MessageID, Subject: dm.Subject, From: dm.From,
		Kind: m.Kind, CaseRef: m.CaseRef, Language: m.Language, Text: dm.Text,
		Complainant: m.Complainant, Respondent: m.Respondent, Order: m.Order,
		Missing: m.Missing, Attachments: atts,
	}
	// The caller's encoder decides on HTML escaping: it escapes what a
	// marshaler returns again when it is asked to.
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Parse decodes raw with parser.Decode and analyses the message. Errors are
// Decode's: parser.ErrNotMail (wrapped) for input that is not mail.
func Parse(raw []byte, popts parser.Options, opts Options) (*Mail, error) {
	m, err := parser.Decode(raw, popts)
	if err != nil {
		return nil, err
	}
	return Analyse(m, opts), nil
}
