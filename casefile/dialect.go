package casefile

import (
	"context"
	"database/sql"
	"sync"
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

// sqlDB is a connection pool of the store whose queries are written with
// ? placeholders, bound for the engine on the way. Only the methods the
// store uses are here, so no query can reach the pool unbound.
type sqlDB struct {
	db *sql.DB
	b  *binder
}

// ExecContext is sql.DB's, with query bound for the engine.
func (d *sqlDB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.db.ExecContext(ctx, d.b.bind(query), args...)
}

// QueryContext is sql.DB's, with query bound for the engine.
func (d *sqlDB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.db.QueryContext(ctx, d.b.bind(query), args...)
}

// QueryRowContext is sql.DB's, with query bound for the engine.
func (d *sqlDB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return d.db.QueryRowContext(ctx, d.b.bind(query), args...)
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

// ExecContext is sql.Tx's, with query bound for the engine.
func (t *sqlTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.b.bind(query), args...)
}

// QueryContext is sql.Tx's, with query bound for the engine.
func (t *sqlTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.b.bind(query), args...)
}

// QueryRowContext is sql.Tx's, with query bound for the engine.
func (t *sqlTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.b.bind(query), args...)
}

// Commit commits the transaction.
func (t *sqlTx) Commit() error { return t.tx.Commit() }

// Rollback aborts the transaction.
func (t *sqlTx) Rollback() error { return t.tx.Rollback() }
