package casefile

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
)

// Incoming is one message fetched from a folder.
type Incoming struct {
	Folder      string // "" for a message from elsewhere (a file): no cursor is kept
	UIDValidity uint32
	UID         uint32
	Raw         []byte
	Msg         *analysis.Mail // nil when parsing failed
	ParseError  string         // why parsing failed
	ReceivedAt  time.Time      // zero: now
}

// Ingested says what Ingest did with a message.
type Ingested struct {
	Case      *Case // the case the message is filed to, as it stands after it; nil when unfiled
	NewCase   bool
	Duplicate bool  // already stored: nothing was written but the cursor, respond was not called
	MessageID int64 // row id of the stored incoming message (for a duplicate: of the stored copy)
	Previous  *Case // for an appended message: the case before the message changed it (nil for new cases)
}

// Ingest files one incoming message in one transaction: it drops
// duplicates, stores the raw bytes, their SHA-256 and the attachments, finds
// or opens the case and updates its fields and state, calls respond (inside
// the transaction; not for duplicates) and queues what it returns in the
// outbox, recorded also as outgoing messages of the case, and advances the
// folder cursor. If respond or anything else fails nothing is written, so
// the message will be fetched and ingested again.
//
// respond may be nil. It runs while the transaction holds the write lock:
// it must be quick and must not write to the store.
func (s *Store) Ingest(ctx context.Context, in Incoming, respond func(Ingested) ([]Outgoing, error)) (Ingested, error) {
	now := s.now()
	received := in.ReceivedAt
	if received.IsZero() {
		received = now
	}
	sum := sha256.Sum256(in.Raw)
	hexSum := hex.EncodeToString(sum[:])
	var mid string
	if in.Msg != nil {
		mid = in.Msg.MessageID
	}
	what := fmt.Sprintf("message UID %d of %q", in.UID, in.Folder)
	if mid != "" {
		what = fmt.Sprintf("message %s (UID %d of %q)", mid, in.UID, in.Folder)
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
	}
	defer tx.Rollback()

	var res Ingested
	var caseID int64
	dupID, dupCase, err := findDuplicate(ctx, tx, mid, hexSum)
	if err != nil {
		return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
	}
	if dupID != 0 {
		res.Duplicate = true
		res.MessageID = dupID
		if dupCase != 0 {
			if res.Case, err = caseByID(ctx, tx, dupCase); err != nil {
				return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
			}
		}
	} else {
		if res, err = s.file(ctx, tx, in, hexSum, received, now); err != nil {
			return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
		}
		if res.Case != nil {
			caseID = res.Case.ID
		}
		if respond != nil {
			outs, err := respond(res)
			if err != nil {
				return Ingested{}, fmt.Errorf("ingesting %s: responding: %w", what, err)
			}
			for _, o := range outs {
				if err := queueMail(ctx, tx, caseID, o, now); err != nil {
					return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
				}
			}
		}
	}
	if in.Folder != "" {
		if err := advanceCursor(ctx, tx, in.Folder, in.UIDValidity, in.UID); err != nil {
			return Ingested{}, fmt.Errorf("ingesting %s: %w", what, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return Ingested{}, fmt.Errorf("ingesting %s: committing: %w", what, err)
	}
	return res, nil
}

// file stores a message that is not a duplicate, opening or updating its case.
func (s *Store) file(ctx context.Context, tx *sql.Tx, in Incoming, hexSum string, received, now time.Time) (Ingested, error) {
	row := incomingRow{
		sha256:   hexSum,
		raw:      in.Raw,
		date:     received,
		folder:   in.Folder,
		uidv:     in.UIDValidity,
		uid:      in.UID,
		received: received,
	}
	var res Ingested
	m := in.Msg
	if m == nil {
		// Rule 2: keep what cannot be read, for staff to look at.
		row.note = "could not be parsed: " + in.ParseError
		id, err := insertIncoming(ctx, tx, row)
		if err != nil {
			return res, err
		}
		res.MessageID = id
		return res, nil
	}

	row.from = m.From.Address
	for _, a := range m.To {
		row.to = append(row.to, a.Address)
	}
	row.subject = m.Subject
	row.messageID = m.MessageID
	row.inReplyTo = m.InReplyTo
	row.references = m.References
	row.autoSub = m.AutoSubmitted
	if !m.Date.IsZero() {
		row.date = m.Date
	}
	row.kind = string(m.Kind)
	row.text = m.Text

	c, err := s.findCase(ctx, tx, m)
	if err != nil {
		return res, err
	}
	var notes []string
	switch {
	case c != nil:
		res.Previous = c.clone()
		if consumerMail(m) {
			s.merge(c, m)
		}
		c.UpdatedAt = now
		if err := updateCase(ctx, tx, c); err != nil {
			return res, err
		}
		res.Case = c
	case m.Kind == analysis.KindBounce || m.Kind == analysis.KindAutoReply || m.Kind == analysis.KindSpam:
		// Rule 3c. RFC 3834 §2: automatic mail gets no automatic answer, and
		// opening a case for it would answer it.
		notes = append(notes, strings.ReplaceAll(string(m.Kind), "_", "-")+" naming no known case")
	case m.Staff:
		notes = append(notes, "staff mail naming no known case")
	default:
		if c, err = s.openCase(ctx, tx, m, received, now); err != nil {
			return res, err
		}
		res.Case = c
		res.NewCase = true
	}
	if res.Case != nil {
		row.caseID = res.Case.ID
	}

	dropped := 0
	for _, a := range m.Attachments {
		if a.Data == nil {
			dropped++
		}
	}
	if dropped > 0 {
		notes = append(notes, fmt.Sprintf("content of %d of %d attachments dropped (message too large)", dropped, len(m.Attachments)))
	}
	notes = append(notes, m.Warnings...)
	row.note = strings.Join(notes, "; ")

	id, err := insertIncoming(ctx, tx, row)
	if err != nil {
		return res, err
	}
	if err := insertAttachments(ctx, tx, id, m.Attachments); err != nil {
		return res, err
	}
	res.MessageID = id
	return res, nil
}

// consumerMail reports whether m may change the fields of its case: written
// by the consumer, not by staff nor by a machine.
func consumerMail(m *analysis.Mail) bool {
	if m.Staff {
		return false
	}
	switch m.Kind {
	case analysis.KindBounce, analysis.KindAutoReply, analysis.KindSpam:
		return false
	}
	return true
}

// findCase returns the existing case m belongs to, or nil: by the reference
// it names, else by the messages it answers.
func (s *Store) findCase(ctx context.Context, tx *sql.Tx, m *analysis.Mail) (*Case, error) {
	if m.CaseRef != "" {
		c, err := caseByRef(ctx, tx, m.CaseRef)
		if err == nil {
			return c, nil
		}
		if !isNotFound(err) {
			return nil, err
		}
	}
	// In-Reply-To first, then References from the most recent (RFC 5322
	// §3.6.4: the last one is the parent).
	ids := slices.Clone(m.InReplyTo)
	for i := len(m.References) - 1; i >= 0; i-- {
		ids = append(ids, m.References[i])
	}
	caseID, err := caseOfThread(ctx, tx, ids)
	if err != nil || caseID == 0 {
		return nil, err
	}
	return caseByID(ctx, tx, caseID)
}

// openCase opens a new case from m, numbered in the year received falls
// in at the station.
func (s *Store) openCase(ctx context.Context, tx *sql.Tx, m *analysis.Mail, received, now time.Time) (*Case, error) {
	ref, err := s.nextRef(ctx, tx, received.In(s.loc).Year())
	if err != nil {
		return nil, err
	}
	c := &Case{
		Ref:         ref,
		Kind:        string(m.Kind),
		State:       StateOpen,
		Language:    m.Language,
		Subject:     m.Subject,
		Complainant: cloneComplainant(m.Complainant),
		Respondent:  cloneRespondent(m.Respondent),
		Order:       m.Order,
		CreatedAt:   now,
		UpdatedAt:   now,
	}
	switch m.Kind {
	case analysis.KindReply, "":
		// A consumer answering a case we cannot find: treat it as a new
		// complaint; the parser did not look for missing items in a reply.
		c.Kind = string(analysis.KindComplaint)
		c.Missing = s.missing(c)
	case analysis.KindComplaint:
		for _, item := range m.Missing {
			if slices.Contains(s.required, item) && !slices.Contains(c.Missing, item) {
				c.Missing = append(c.Missing, item)
			}
		}
	}
	if len(c.Missing) > 0 {
		c.State = StateAwaitingInfo
	}
	c.ContactAddress = m.From.Address
	if len(m.ReplyTo) > 0 && m.ReplyTo[0].Address != "" {
		c.ContactAddress = m.ReplyTo[0].Address
	}
	c.ContactName = m.Complainant.Name
	if c.ContactName == "" {
		c.ContactName = m.From.Name
	}
	if err := insertCase(ctx, tx, c); err != nil {
		return nil, err
	}
	return c, nil
}

// merge adds what a consumer's later mail tells to the case: empty fields
// are filled, new phones, e-mails and URLs appended. Missing is recomputed
// for complaints and can only shrink; a case awaiting information with
// nothing missing any more is open again. A closed case stays closed.
func (s *Store) merge(c *Case, m *analysis.Mail) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	add := func(dst *[]string, src []string) {
		for _, v := range src {
			if v != "" && !slices.Contains(*dst, v) {
				*dst = append(*dst, v)
			}
		}
	}
	fill(&c.Complainant.Name, m.Complainant.Name)
	fill(&c.Complainant.Address, m.Complainant.Address)
	add(&c.Complainant.Phones, m.Complainant.Phones)
	add(&c.Complainant.Emails, m.Complainant.Emails)
	fill(&c.Respondent.Name, m.Respondent.Name)
	fill(&c.Respondent.Address, m.Respondent.Address)
	add(&c.Respondent.URLs, m.Respondent.URLs)
	add(&c.Respondent.Phones, m.Respondent.Phones)
	fill(&c.Order.Number, m.Order.Number)
	if c.Order.Amount == "" && m.Order.Amount != "" {
		// Amount and currency belong together.
		c.Order.Amount, c.Order.Currency = m.Order.Amount, m.Order.Currency
	}
	fill(&c.ContactName, m.Complainant.Name)
	fill(&c.Language, m.Language)

	if c.Kind == string(analysis.KindComplaint) {
		now := s.missing(c)
		var still []string
		for _, item := range c.Missing {
			if slices.Contains(now, item) {
				still = append(still, item)
			}
		}
		c.Missing = still
	}
	if c.State == StateAwaitingInfo && len(c.Missing) == 0 {
		c.State = StateOpen
	}
}

// missing lists the required items the case lacks, in report order.
func (s *Store) missing(c *Case) []string {
	return analysis.Missing(c.Complainant, c.Respondent, s.required)
}

func cloneComplainant(c analysis.Complainant) analysis.Complainant {
	c.Phones = slices.Clone(c.Phones)
	c.Emails = slices.Clone(c.Emails)
	return c
}

func cloneRespondent(r analysis.Respondent) analysis.Respondent {
	r.URLs = slices.Clone(r.URLs)
	r.Phones = slices.Clone(r.Phones)
	return r
}
