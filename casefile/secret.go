package casefile

import (
	"context"
	"crypto/rand"
	"fmt"
)

// secretSize is the length of the station's token secret in bytes.
const secretSize = 32

// Secrets returns the station's token secrets: the current one (made on
// first use) and the one it replaced (nil if none). They sign the case
// references in staff notices' Message-IDs, so that a staff member's reply
// proves it answers a notice redress sent.
func (tx *Tx) Secrets() (current, previous []byte, err error) {
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT name, value FROM secrets`)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the token secret: %w", err)
	}
	for rows.Next() {
		var name string
		var v []byte
		if err := rows.Scan(&name, &v); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("reading the token secret: %w", err)
		}
		if name == "current" {
			current = v
		} else {
			previous = v
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading the token secret: %w", err)
	}
	if current != nil {
		return current, previous, nil
	}
	current = make([]byte, secretSize)
	rand.Read(current)
	if _, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO secrets (name, value, created_at) VALUES ('current', ?, ?)`,
		current, fmtTime(tx.s.now())); err != nil {
		return nil, nil, fmt.Errorf("storing a new token secret: %w", err)
	}
	return current, previous, nil
}

// RotateSecret replaces the current token secret with a new one; the old
// one is kept as the previous secret (replies to notices sent before still
// verify) and the one before it is forgotten.
func (s *Store) RotateSecret(ctx context.Context) error {
	return s.Write(ctx, func(tx *Tx) error {
		if _, _, err := tx.Secrets(); err != nil {
			return err
		}
		if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM secrets WHERE name = 'previous'`); err != nil {
			return fmt.Errorf("rotating the token secret: %w", err)
		}
		if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE secrets SET name = 'previous' WHERE name = 'current'`); err != nil {
			return fmt.Errorf("rotating the token secret: %w", err)
		}
		v := make([]byte, secretSize)
		rand.Read(v)
		_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO secrets (name, value, created_at) VALUES ('current', ?, ?)`, v, fmtTime(tx.s.now()))
		if err != nil {
			return fmt.Errorf("rotating the token secret: %w", err)
		}
		return nil
	})
}
