package casefile

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// dialect is the SQL engine a store runs on. The queries are written once,
// with SQLite's ? placeholders and constructs both engines accept
// (docs/postgres.md); what still differs is asked of the dialect where
// it is used.
type dialect uint8

const (
	dialectSQLite dialect = iota
	dialectPostgres
)

// String is the engine's name, as Store.Engine reports it.
func (d dialect) String() string {
	if d == dialectPostgres {
		return "postgres"
	}
	return "sqlite"
}

// binder turns a query written with ? placeholders into the engine's
// form: unchanged for SQLite, numbered ($1, $2, …) for PostgreSQL. A
// store's handles share one, whose cache holds each distinct query text
// rewritten once (the statements are constants, but for a few IN (?, …)
// lists: a few dozen keys).
type binder struct {
	dialect dialect
	cache   sync.Map // query → rebound query
}

func (b *binder) bind(query string) string {
	if b.dialect != dialectPostgres {
		return query
	}
	if q, ok := b.cache.Load(query); ok {
		return q.(string)
	}
	q := rebind(query)
	b.cache.Store(query, q)
	return q
}

// args makes the string arguments of a query storable on the engine.
// PostgreSQL's text holds valid UTF-8 without NUL only, and refuses the
// whole statement otherwise, where SQLite stores any bytes: a mail whose
// header carries such bytes would never be filed. There, each invalid
// sequence and each NUL becomes U+FFFD, the replacement the parser uses
// for undecodable text. Lookups by such a string are changed alike, so
// they find what was stored.
func (b *binder) args(args []any) []any {
	if b.dialect != dialectPostgres {
		return args
	}
	var out []any
	for i, a := range args {
		s, ok := a.(string)
		if !ok || utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(args)
		}
		out[i] = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
	}
	if out == nil {
		return args
	}
	return out
}

// sqlDB is a connection pool of the store whose queries are written with
// ? placeholders, bound for the engine on the way. Only the methods the
// store uses are here, so no query can reach the pool unbound.
type sqlDB struct {
	db *sql.DB
	b  *binder
}

// ExecContext is sql.DB's, with query and args bound for the engine.
func (d *sqlDB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.db.ExecContext(ctx, d.b.bind(query), d.b.args(args)...)
}

// QueryContext is sql.DB's, with query and args bound for the engine.
func (d *sqlDB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.db.QueryContext(ctx, d.b.bind(query), d.b.args(args)...)
}

// QueryRowContext is sql.DB's, with query and args bound for the engine.
func (d *sqlDB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return d.db.QueryRowContext(ctx, d.b.bind(query), d.b.args(args)...)
}

// BeginTx starts a transaction whose queries are bound like the pool's.
func (d *sqlDB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sqlTx, error) {
	tx, err := d.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &sqlTx{tx: tx, b: d.b}, nil
}

// Close closes the pool.
func (d *sqlDB) Close() error { return d.db.Close() }

// sqlTx is a transaction of the store whose queries are written with ?
// placeholders, bound for the engine on the way.
type sqlTx struct {
	tx *sql.Tx
	b  *binder
}

// ExecContext is sql.Tx's, with query and args bound for the engine.
func (t *sqlTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.b.bind(query), t.b.args(args)...)
}

// QueryContext is sql.Tx's, with query and args bound for the engine.
func (t *sqlTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.b.bind(query), t.b.args(args)...)
}

// QueryRowContext is sql.Tx's, with query and args bound for the engine.
func (t *sqlTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.b.bind(query), t.b.args(args)...)
}

// Commit commits the transaction.
func (t *sqlTx) Commit() error { return t.tx.Commit() }

// Rollback aborts the transaction.
func (t *sqlTx) Rollback() error { return t.tx.Rollback() }
