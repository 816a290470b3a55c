package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/yweca/redress/analysis"
)

// The states of a case.
const (
	StateOpen         = "open"          // complete enough for staff to work on
	StateAwaitingInfo = "awaiting_info" // the consumer was asked for Missing
	StateClosed       = "closed"        // done; set by staff (SetCaseState)
)

// Case is one complaint or inquiry, opened by a consumer's mail.
type Case struct {
	ID       int64
	Ref      string // PREFIX-YYYY-NNNNN
	Kind     string // analysis.Kind of the opening mail; an unknown-ref reply opens a "complaint"
	State    string
	Missing  []string // required items still missing, in analysis.DefaultRequired order
	Language string
	Subject  string

	ContactAddress string // the consumer's e-mail: Reply-To or From of the opening message
	ContactName    string

	Complainant analysis.Complainant
	Respondent  analysis.Respondent
	Order       analysis.Order

	CreatedAt, UpdatedAt time.Time
}

func (c *Case) clone() *Case {
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
	order_number, order_amount, order_currency, created_at, updated_at`

type scanner interface{ Scan(dest ...any) error }

func scanCase(row scanner) (*Case, error) {
	var (
		c                                     Case
		missing, cPhones, cEmails, rURLs, rPh string
		created, updated                      string
	)
	err := row.Scan(&c.ID, &c.Ref, &c.Kind, &c.State, &missing, &c.Language, &c.Subject,
		&c.ContactAddress, &c.ContactName,
		&c.Complainant.Name, &cPhones, &cEmails, &c.Complainant.Address,
		&c.Respondent.Name, &rURLs, &rPh, &c.Respondent.Address,
		&c.Order.Number, &c.Order.Amount, &c.Order.Currency, &created, &updated)
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
	return caseByRef(ctx, s.db, ref)
}

func caseByRef(ctx context.Context, q queryer, ref string) (*Case, error) {
	c, err := scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE ref = ? COLLATE NOCASE`, ref))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("case %s: %w", ref, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading case %s: %w", ref, err)
	}
	return c, nil
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

// SetCaseState moves the case ref to state (StateOpen, StateAwaitingInfo or
// StateClosed), for staff decisions such as closing a case.
func (s *Store) SetCaseState(ctx context.Context, ref, state string) error {
	switch state {
	case StateOpen, StateAwaitingInfo, StateClosed:
	default:
		return fmt.Errorf("setting state of case %s: unknown state %q (want open, awaiting_info or closed)", ref, state)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE cases SET state = ?, updated_at = ? WHERE ref = ? COLLATE NOCASE`,
		state, fmtTime(s.now()), ref)
	if err != nil {
		return fmt.Errorf("setting state of case %s: %w", ref, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("setting state of case %s: %w", ref, err)
	} else if n == 0 {
		return fmt.Errorf("setting state of case %s: %w", ref, ErrNotFound)
	}
	return nil
}

// nextRef allocates the next reference of year in the same transaction
// that will insert the case: PREFIX-YYYY-NNNNN.
func (s *Store) nextRef(ctx context.Context, tx *sql.Tx, year int) (string, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `INSERT INTO case_counters (year, last) VALUES (?, 1)
		ON CONFLICT (year) DO UPDATE SET last = last + 1
		RETURNING last`, year).Scan(&n)
	if err != nil {
		return "", fmt.Errorf("allocating a case number for %d: %w", year, err)
	}
	return fmt.Sprintf("%s-%04d-%05d", s.prefix, year, n), nil
}

func insertCase(ctx context.Context, tx *sql.Tx, c *Case) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO cases (ref, kind, state, missing, language, subject,
		contact_address, contact_name,
		complainant_name, complainant_phones, complainant_emails, complainant_address,
		respondent_name, respondent_urls, respondent_phones, respondent_address,
		order_number, order_amount, order_currency, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.Ref, c.Kind, c.State, toJSON(c.Missing), c.Language, c.Subject,
		c.ContactAddress, c.ContactName,
		c.Complainant.Name, toJSON(c.Complainant.Phones), toJSON(c.Complainant.Emails), c.Complainant.Address,
		c.Respondent.Name, toJSON(c.Respondent.URLs), toJSON(c.Respondent.Phones), c.Respondent.Address,
		c.Order.Number, c.Order.Amount, c.Order.Currency, fmtTime(c.CreatedAt), fmtTime(c.UpdatedAt))
	if err != nil {
		return fmt.Errorf("storing case %s: %w", c.Ref, err)
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return fmt.Errorf("storing case %s: %w", c.Ref, err)
	}
	return nil
}

// updateCase writes the fields a message can change.
func updateCase(ctx context.Context, tx *sql.Tx, c *Case) error {
	_, err := tx.ExecContext(ctx, `UPDATE cases SET state = ?, missing = ?, language = ?, contact_name = ?,
		complainant_name = ?, complainant_phones = ?, complainant_emails = ?, complainant_address = ?,
		respondent_name = ?, respondent_urls = ?, respondent_phones = ?, respondent_address = ?,
		order_number = ?, order_amount = ?, order_currency = ?, updated_at = ?
		WHERE id = ?`,
		c.State, toJSON(c.Missing), c.Language, c.ContactName,
		c.Complainant.Name, toJSON(c.Complainant.Phones), toJSON(c.Complainant.Emails), c.Complainant.Address,
		c.Respondent.Name, toJSON(c.Respondent.URLs), toJSON(c.Respondent.Phones), c.Respondent.Address,
		c.Order.Number, c.Order.Amount, c.Order.Currency, fmtTime(c.UpdatedAt), c.ID)
	if err != nil {
		return fmt.Errorf("updating case %s: %w", c.Ref, err)
	}
	return nil
}
