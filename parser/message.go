package parser

import (
	"errors"
	"time"
)

// ErrNotMail is returned by Decode for input that is not an e-mail message
// at all (no header block, binary junk). A damaged mail is still decoded.
var ErrNotMail = errors.New("input is not an e-mail message")

// Options carries what decoding needs. The zero value is usable.
type Options struct {
	MaxSize int64 // messages larger than this keep no attachment content; 0 means 25 MiB
}

// Address is a decoded mailbox: display name and lower-cased address.
type Address struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

// Attachment is one MIME part with a file name.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Data        []byte `json:"-"` // nil when dropped (message over MaxSize)
}

// Message is one decoded e-mail: its header facts, its text and its
// attachments. What the text says is the analysis package's business.
type Message struct {
	MessageID     string  // without angle brackets
	Subject       string  // decoded
	From          Address // From, else Sender
	To            []Address
	Cc            []Address
	ReplyTo       []Address
	Date          time.Time // zero when absent or unreadable
	InReplyTo     []string  // message IDs without brackets
	References    []string  // message IDs without brackets
	AutoSubmitted string    // Auto-Submitted header value, lower case, "" if absent
	Precedence    string    // Precedence header value, lower case
	ListID        string    // List-Id header value
	// AuthResults are the Authentication-Results header values (RFC 8601),
	// top (most recent) first, unfolded; at most 10.
	AuthResults []string
	IsDSN       bool         // multipart/report; report-type=delivery-status
	Text        string       // new text: quoted history and signature trimmed
	FullText    string       // decoded body text before trimming
	Quoted      string       // the trimmed quoted history
	Signature   string       // a reply's "-- " signature, trimmed from Text but still the writer's own
	Returned    string       // a bounce's returned message or headers, as text
	Attachments []Attachment // parts with a file name, in MIME order
	Warnings    []string     // what could not be read, for the record

	// DeliveryStatus holds the per-recipient blocks of the report's
	// message/delivery-status parts, in order; nil when there are none.
	DeliveryStatus []RecipientStatus
	// ReturnedHeaders holds the header facts of each returned message
	// (message/rfc822 in a report or in a daemon's mail) and of each
	// text/rfc822-headers part, in MIME order: the sources of Returned.
	ReturnedHeaders []HeaderFacts
}
