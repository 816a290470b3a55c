package casefile

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The states of a case.
const (
	StateAwaitingInfo = "awaiting_info" // required details missing; the consumer was asked
	StateOpen         = "open"          // complete, waiting for staff
	StateInMediation  = "in_mediation"  // staff have answered the consumer
	StateResolved     = "resolved"      // staff say it is settled; waiting for closure
	StateClosed       = "closed"        // done, with a CloseReason
)

// The reasons a case is closed for.
const (
	CloseResolved    = "resolved"
	CloseWithdrawn   = "withdrawn"
	CloseUnreachable = "unreachable"
	CloseDuplicate   = "duplicate"
	CloseRejected    = "rejected"
	CloseOutOfScope  = "out_of_scope"
)

// How a case came in (Case.Channel).
const (
	ChannelMail   = "mail"   // a consumer's mail (the default)
	ChannelPhone  = "phone"  // taken by telephone
	ChannelVisit  = "visit"  // taken at the counter
	ChannelLetter = "letter" // typed in from a paper letter
	ChannelWeb    = "web"    // submitted on the station's complaint form
)

// Channels lists every channel, mail first.
var Channels = []string{ChannelMail, ChannelPhone, ChannelVisit, ChannelLetter, ChannelWeb}

// States lists every state; CloseReasons every reason.
var (
	States       = []string{StateAwaitingInfo, StateOpen, StateInMediation, StateResolved, StateClosed}
	CloseReasons = []string{CloseResolved, CloseWithdrawn, CloseUnreachable, CloseDuplicate, CloseRejected, CloseOutOfScope}
)

// Case is one complaint or inquiry, opened by a consumer's mail.
type Case struct {
	ID       int64
	Ref      string // PREFIX-YYYY-NNNNN
	Kind     string // the kind of the opening mail ("complaint", "inquiry")
	State    string
	Missing  []string // required items still missing, in report order
	Language string
	Subject  string

	ContactAddress string // the consumer's e-mail: Reply-To or From of the opening message
	ContactName    string

	Complainant Complainant
	Respondent  Respondent
	Order       Order

	CloseReason   string    // set when State is closed
	Reminders     int       // reminders sent while it awaited information
	AssignedTo    string    // a staff address, or ""
	AcceptedAt    time.Time // accepted for mediation; zero: not yet
	MergedInto    int64     // row id of the case it was folded into; 0: none
	Undeliverable string    // why the consumer's address gets no more mail; "": it does
	Channel       string    // how it came in (ChannelMail …); "" is stored as ChannelMail

	CreatedAt, UpdatedAt time.Time
}

// Complainant is the consumer as the case knows them. The JSON names are
// those of `redress parse` and `cases --json`.
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
	Amount   string `json:"amount"`   // "128.00"
	Currency string `json:"currency"` // ISO 4217
}

// Clone returns a deep copy of c.
func (c *Case) Clone() *Case {
	if c == nil {
		return nil
	}
	d := *c
	d.Missing = append([]string(nil), c.Missing...)
	d.Complainant.Phones = append([]string(nil), c.Complainant.Phones...)
	d.Complainant.Emails = append([]string(nil), c.Complainant.Emails...)
	d.Respondent.URLs = append([]string(nil), c.Respondent.URLs...)
	d.Respondent.Phones = append([]string(nil), c.Respondent.Phones...)
	return &d
}

const caseColumns = `id, ref, kind, state, missing, language, subject, contact_address, contact_name,
	complainant_name, complainant_phones, complainant_emails, complainant_address,
	respondent_name, respondent_urls, respondent_phones, respondent_address,
	order_number, order_amount, order_currency, close_reason, reminders, assigned_to, accepted_at,
	COALESCE(merged_into, 0), undeliverable, created_at, updated_at, channel`

type scanner interface{ Scan(dest ...any) error }

func scanCase(row scanner) (*Case, error) {
	var (
		c                                     Case
		missing, cPhones, cEmails, rURLs, rPh string
		created, updated, accepted            string
	)
	err := row.Scan(&c.ID, &c.Ref, &c.Kind, &c.State, &missing, &c.Language, &c.Subject,
		&c.ContactAddress, &c.ContactName,
		&c.Complainant.Name, &cPhones, &cEmails, &c.Complainant.Address,
		&c.Respondent.Name, &rURLs, &rPh, &c.Respondent.Address,
		&c.Order.Number, &c.Order.Amount, &c.Order.Currency,
		&c.CloseReason, &c.Reminders, &c.AssignedTo, &accepted, &c.MergedInto, &c.Undeliverable,
		&created, &updated, &c.Channel)
	if err != nil {
		return nil, err
	}
	for _, f := range []struct {
		dst *[]string
		src string
	}{{&c.Missing, missing}, {&c.Complainant.Phones, cPhones}, {&c.Complainant.Emails, cEmails},
		{&c.Respondent.URLs, rURLs}, {&c.Respondent.Phones, rPh}} {
		if *f.dst, err = fromJSON(f.src); err != nil {
			return nil, fmt.Errorf("case %s: %w", c.Ref, err)
		}
	}
	if c.AcceptedAt, err = parseTime(accepted); err != nil {
		return nil, fmt.Errorf("case %s: %w", c.Ref, err)
	}
	if c.CreatedAt, err = parseTime(created); err != nil {
		return nil, fmt.Errorf("case %s: %w", c.Ref, err)
	}
	if c.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, fmt.Errorf("case %s: %w", c.Ref, err)
	}
	return &c, nil
}

// Cases returns every case, oldest first.
func (s *Store) Cases(ctx context.Context) ([]Case, error) {
	return s.listCases(ctx, `SELECT `+caseColumns+` FROM cases ORDER BY created_at, id`)
}

// CasesInState returns the cases in state, oldest first.
func (s *Store) CasesInState(ctx context.Context, state string) ([]Case, error) {
	return s.listCases(ctx, `SELECT `+caseColumns+` FROM cases WHERE state = ? ORDER BY created_at, id`, state)
}

func (s *Store) listCases(ctx context.Context, query string, args ...any) ([]Case, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("listing cases: %w", err)
	}
	defer rows.Close()
	var cs []Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, fmt.Errorf("listing cases: %w", err)
		}
		cs = append(cs, *c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing cases: %w", err)
	}
	return cs, nil
}

// CaseByRef returns the case with reference ref (case-insensitive), or an
// error wrapping ErrNotFound.
func (s *Store) CaseByRef(ctx context.Context, ref string) (*Case, error) {
	return s.caseByRef(ctx, s.db, ref)
}

func (s *Store) caseByRef(ctx context.Context, q queryer, ref string) (*Case, error) {
	c, err := scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE `+refIs(s.dialect), ref))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("case %s: %w", ref, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading case %s: %w", ref, err)
	}
	return c, nil
}

// refIs is the condition "ref is the one parameter, case-insensitively"
// that the unique index cases_ref of each engine answers: SQLite's is on
// ref COLLATE NOCASE (lower(ref) there would read the whole index, and an
// index on it would mean rebuilding every case file), PostgreSQL's on
// lower(ref) (it has no NOCASE). Refs are ASCII, which both fold alike.
func refIs(d dialect) string {
	if d == dialectPostgres {
		return `lower(ref) = lower(?)`
	}
	return `ref = ? COLLATE NOCASE`
}

// CaseByID returns the case with row id, or an error wrapping ErrNotFound.
func (s *Store) CaseByID(ctx context.Context, id int64) (*Case, error) {
	return caseByID(ctx, s.db, id)
}

func caseByID(ctx context.Context, q queryer, id int64) (*Case, error) {
	c, err := scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("case #%d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading case #%d: %w", id, err)
	}
	return c, nil
}

// CaseByRef returns the case with reference ref (case-insensitive), or an
// error wrapping ErrNotFound.
func (tx *Tx) CaseByRef(ref string) (*Case, error) { return tx.s.caseByRef(tx.ctx, tx.tx, ref) }

// CaseByID returns the case with row id, or an error wrapping ErrNotFound.
func (tx *Tx) CaseByID(id int64) (*Case, error) { return caseByID(tx.ctx, tx.tx, id) }

// OpenCase stores a new case: it allocates the next reference of the year
// opened falls in at the station (PREFIX-YYYY-NNNNN, sequential per year)
// and sets c.ID and c.Ref.
func (tx *Tx) OpenCase(c *Case, opened time.Time) error {
	ref, err := tx.s.nextRef(tx.ctx, tx.tx, opened.In(tx.s.loc).Year())
	if err != nil {
		return err
	}
	c.Ref = ref
	return insertCase(tx.ctx, tx.tx, c)
}

// UpdateCase writes the fields a message or a decision can change.
func (tx *Tx) UpdateCase(c *Case) error { return updateCase(tx.ctx, tx.tx, c) }

// SetChannel records how case id came in (one of Channels).
func (tx *Tx) SetChannel(id int64, channel string) error {
	if !slices.Contains(Channels, channel) {
		return fmt.Errorf("case #%d: channel %q is not one of %s", id, channel, strings.Join(Channels, ", "))
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE cases SET channel = ? WHERE id = ?`, channel, id); err != nil {
		return fmt.Errorf("recording the channel of case #%d: %w", id, err)
	}
	return nil
}

// nextRef allocates the next reference of year in the same transaction
// that will insert the case: PREFIX-YYYY-NNNNN.
func (s *Store) nextRef(ctx context.Context, tx *sqlTx, year int) (string, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `INSERT INTO case_counters (year, last) VALUES (?, 1)
		ON CONFLICT (year) DO UPDATE SET last = case_counters.last + 1
		RETURNING last`, year).Scan(&n)
	if err != nil {
		return "", fmt.Errorf("allocating a case number for %d: %w", year, err)
	}
	return fmt.Sprintf("%s-%04d-%05d", s.prefix, year, n), nil
}

func insertCase(ctx context.Context, tx *sqlTx, c *Case) error {
	err := tx.QueryRowContext(ctx, `INSERT INTO cases (ref, kind, state, missing, language, subject,
		contact_address, contact_name,
		complainant_name, complainant_phones, complainant_emails, complainant_address,
		respondent_name, respondent_urls, respondent_phones, respondent_address,
		order_number, order_amount, order_currency, close_reason, reminders, assigned_to, accepted_at,
		merged_into, undeliverable, created_at, updated_at, channel)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		c.Ref, c.Kind, c.State, toJSON(c.Missing), c.Language, c.Subject,
		c.ContactAddress, c.ContactName,
		c.Complainant.Name, toJSON(c.Complainant.Phones), toJSON(c.Complainant.Emails), c.Complainant.Address,
		c.Respondent.Name, toJSON(c.Respondent.URLs), toJSON(c.Respondent.Phones), c.Respondent.Address,
		c.Order.Number, c.Order.Amount, c.Order.Currency, c.CloseReason, c.Reminders, c.AssignedTo,
		fmtTime(c.AcceptedAt), nullID(c.MergedInto), c.Undeliverable, fmtTime(c.CreatedAt), fmtTime(c.UpdatedAt),
		cmp.Or(c.Channel, ChannelMail)).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("storing case %s: %w", c.Ref, err)
	}
	return writeKeys(ctx, tx, c)
}

// updateCase writes every field but the reference and the creation time.
func updateCase(ctx context.Context, tx *sqlTx, c *Case) error {
	_, err := tx.ExecContext(ctx, `UPDATE cases SET kind = ?, state = ?, missing = ?, language = ?, subject = ?,
		contact_address = ?, contact_name = ?,
		complainant_name = ?, complainant_phones = ?, complainant_emails = ?, complainant_address = ?,
		respondent_name = ?, respondent_urls = ?, respondent_phones = ?, respondent_address = ?,
		order_number = ?, order_amount = ?, order_currency = ?, close_reason = ?, reminders = ?,
		assigned_to = ?, accepted_at = ?, merged_into = ?, undeliverable = ?, updated_at = ?
		WHERE id = ?`,
		c.Kind, c.State, toJSON(c.Missing), c.Language, c.Subject, c.ContactAddress, c.ContactName,
		c.Complainant.Name, toJSON(c.Complainant.Phones), toJSON(c.Complainant.Emails), c.Complainant.Address,
		c.Respondent.Name, toJSON(c.Respondent.URLs), toJSON(c.Respondent.Phones), c.Respondent.Address,
		c.Order.Number, c.Order.Amount, c.Order.Currency, c.CloseReason, c.Reminders,
		c.AssignedTo, fmtTime(c.AcceptedAt), nullID(c.MergedInto), c.Undeliverable, fmtTime(c.UpdatedAt), c.ID)
	if err != nil {
		return fmt.Errorf("updating case %s: %w", c.Ref, err)
	}
	return writeKeys(ctx, tx, c)
}

// OpenCasesOf returns the latest cases (at most 10) not closed, other than
// case except, whose complainant has one of phones or emails: candidates
// for a repeat complaint.
func (tx *Tx) OpenCasesOf(phones, emails []string, except int64) ([]*Case, error) {
	var keys []any
	for _, p := range phones {
		keys = append(keys, "phone:"+p)
	}
	for _, e := range emails {
		if e != "" {
			keys = append(keys, "email:"+strings.ToLower(e))
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	// The index first, then the few cases it names: a query that mixes
	// the two lets SQLite walk every case in id order.
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT DISTINCT case_id FROM case_keys
		WHERE key IN (?`+strings.Repeat(", ?", len(keys)-1)+`) ORDER BY case_id DESC LIMIT 10`, keys...)
	if err != nil {
		return nil, fmt.Errorf("looking for earlier cases of the complainant: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("looking for earlier cases of the complainant: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("looking for earlier cases of the complainant: %w", err)
	}
	slices.Sort(ids)
	var out []*Case
	for _, id := range ids {
		if id == except {
			continue
		}
		c, err := tx.CaseByID(id)
		if err != nil {
			return nil, err
		}
		if c.State != StateClosed {
			out = append(out, c)
		}
	}
	return out, nil
}

// writeKeys replaces the lookup keys of case c (its complainant's phones
// and e-mail addresses).
func writeKeys(ctx context.Context, tx *sqlTx, c *Case) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM case_keys WHERE case_id = ?`, c.ID); err != nil {
		return fmt.Errorf("indexing case %s: %w", c.Ref, err)
	}
	seen := map[string]bool{}
	add := func(k string) error {
		if seen[k] {
			return nil
		}
		seen[k] = true
		_, err := tx.ExecContext(ctx, `INSERT INTO case_keys (case_id, key) VALUES (?, ?)`, c.ID, k)
		if err != nil {
			return fmt.Errorf("indexing case %s: %w", c.Ref, err)
		}
		return nil
	}
	for _, p := range c.Complainant.Phones {
		if err := add("phone:" + p); err != nil {
			return err
		}
	}
	for _, e := range append(slices.Clone(c.Complainant.Emails), c.ContactAddress) {
		if e != "" {
			if err := add("email:" + strings.ToLower(e)); err != nil {
				return err
			}
		}
	}
	return nil
}

// MoveCase moves what case from holds — its messages, timeline and
// recoveries — to case to (a merge), and drops from's timers.
func (tx *Tx) MoveCase(from, to int64) error {
	for _, q := range []string{
		`UPDATE messages SET case_id = ? WHERE case_id = ?`,
		`UPDATE events SET case_id = ? WHERE case_id = ?`,
		`UPDATE recoveries SET case_id = ? WHERE case_id = ?`,
	} {
		if _, err := tx.tx.ExecContext(tx.ctx, q, to, from); err != nil {
			return fmt.Errorf("merging case #%d into #%d: %w", from, to, err)
		}
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM timers WHERE case_id = ?`, from); err != nil {
		return fmt.Errorf("merging case #%d into #%d: %w", from, to, err)
	}
	return nil
}
