package parser

// Parse reads one raw RFC 5322 message and returns what the desk needs from
// it. It returns ErrNotMail (wrapped) for input that is not a mail at all; a
// damaged mail yields a Message with what could be read and the problems in
// Warnings. Parse never panics.
func Parse(raw []byte, opts Options) (*Message, error) {
	m, err := decode(raw, opts)
	if err != nil {
		return nil, err
	}
	analyse(m, opts)
	normalise(m)
	return m, nil
}

// normalise makes every list in the contract non-nil so that JSON shows []
// rather than null.
func normalise(m *Message) {
	if m.Complainant.Phones == nil {
		m.Complainant.Phones = []string{}
	}
	if m.Complainant.Emails == nil {
		m.Complainant.Emails = []string{}
	}
	if m.Respondent.URLs == nil {
		m.Respondent.URLs = []string{}
	}
	if m.Respondent.Phones == nil {
		m.Respondent.Phones = []string{}
	}
	if m.Missing == nil {
		m.Missing = []string{}
	}
	if m.Attachments == nil {
		m.Attachments = []Attachment{}
	}
}
