package casefile

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// ErrNotFound is wrapped by every lookup that finds no row.
var ErrNotFound = errors.New("not found")

// Options are the station facts the store needs.
type Options struct {
	CasePrefix string         // "YW"; empty means "YW"
	Location   *time.Location // station timezone, for the year in refs; nil = UTC
	// MailDir is where raw mail and attachment content are kept, one file
	// per SHA-256; "" means the directory "mail" beside the database.
	MailDir string
	Now     func() time.Time // nil = time.Now
	// Schema is, on PostgreSQL only, the schema holding this station's
	// tables, created if missing: several stations share one database, a
	// schema each. Letters, digits and underscores, at most 63 bytes; ""
	// means the connection's default search_path. Open (SQLite) ignores
	// it.
	Schema string
}

// Store is an open case file. Its methods are safe for concurrent use.
type Store struct {
	db *sqlDB
	// marks is a second handle on the same file whose commits are not
	// flushed one by one (synchronous=NORMAL): for recording delivery
	// outcomes, where a mark lost to a power loss only means a mail is
	// sent again with the same Message-ID. Every commit through db flushes
	// the write-ahead log, and with it any mark before it.
	marks   *sqlDB
	dialect dialect
	// writeKey is the PostgreSQL advisory lock that Write takes first,
	// one per schema (station), and writeGate lets one Write of this
	// process at a time wait for it (nil on SQLite, where BEGIN
	// IMMEDIATE serialises writers).
	writeKey  int64
	writeGate chan struct{}
	prefix    string
	loc       *time.Location
	// instance names this open store in the claims it makes on outgoing
	// mail (outbox.claimed_by); on PostgreSQL, instanceLock, taken with
	// pgConnect at the first claim and held until Close, tells other
	// processes it is alive (ReleaseClaims).
	instance        string
	pgConnect       func(ctx context.Context, name string) (*SessionLock, error)
	pgKey           string // the server and user pgConnect reaches, for processLocks
	instanceMu      sync.Mutex
	instanceLock    *SessionLock
	instanceChecked time.Time // when instanceLock was last known held
	bodies          blobStore // raw mail and attachment content: files, or PostgreSQL
	now             func() time.Time
}

// queryer is what the store's handles (sqlDB, sqlTx) and *sql.DB and
// *sql.Tx have in common.
type queryer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Open opens the case file at path, creating it (and its directory) if
// needed, and brings its schema up to date.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("opening case file: path is empty")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("creating directory for case file: %w", err)
		}
	}
	// The case file holds consumers' personal data: readable by the user
	// redress runs as only (SQLite gives the -wal and -shm files the same
	// mode).
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
		f.Close()
	} else if !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("creating case file %s: %w", path, err)
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("opening case file %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening case file %s: %w", path, err)
	}
	if err := migrate(ctx, db, migrationFS); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating case file %s: %w", path, err)
	}
	// Marks wait for the write lock far longer than the store's own
	// writers: a mark given up leaves a sent mail claimed, and it goes
	// again when the claim runs out, while a mark that waits only holds up
	// the delivery worker. A batch of mail filed on a loaded machine can
	// hold the file past 5 s (TestMarkOutlastsALongWrite).
	marks, err := sql.Open("sqlite3", strings.NewReplacer("_synchronous=FULL", "_synchronous=NORMAL",
		"_busy_timeout=5000", "_busy_timeout=60000").Replace(dsn(path)))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening case file %s: %w", path, err)
	}
	mailDir := opts.MailDir
	if mailDir == "" {
		mailDir = filepath.Join(filepath.Dir(path), "mail")
	}
	s, err := newStore(db, marks, dialectSQLite, opts, &blobDir{dir: mailDir})
	if err != nil {
		return nil, err
	}
	if err := s.moveBlobsOut(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("moving mail bodies of %s out to %s: %w", path, mailDir, err)
	}
	return s, nil
}

// newStore is the Store on the open handles db and marks of engine d,
// keeping big bytes in bodies, with opts' defaults filled and its blob
// store ready (the mail directory made); on an error it closes both
// handles.
func newStore(db, marks *sql.DB, d dialect, opts Options, bodies blobStore) (*Store, error) {
	b := &binder{dialect: d}
	s := &Store{
		db:      &sqlDB{db: db, b: b},
		marks:   &sqlDB{db: marks, b: b},
		dialect: d,
		prefix:  opts.CasePrefix,
		loc:     opts.Location,
		bodies:  bodies,
		now:     opts.Now,
	}
	var id [8]byte
	rand.Read(id[:])
	s.instance = hex.EncodeToString(id[:])
	if s.prefix == "" {
		s.prefix = "YW"
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.bodies.init(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds the mattn/go-sqlite3 data source name. '%', '?' and '#' in the
// path are escaped so they cannot be taken for the start of the options.
//
// synchronous=FULL: in WAL mode the driver's default (NORMAL) lets the
// last commits vanish in a power loss, and mail leaves right after a
// commit: an acknowledgement already sent for a case that is then rolled
// back would see its case number issued again to someone else. With FULL
// every commit is on disk before Write returns; batching several messages
// per transaction pays for the extra fsync.
//
// _stmt_cache_size: the driver keeps each connection's prepared statements,
// so the few statements filing runs for every mail are not parsed again
// each time (desk's BenchmarkStore: 785 → 515 µs a mail).
func dsn(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?_foreign_keys=on&_busy_timeout=5000&_journal_mode=WAL&_txlock=immediate&_synchronous=FULL&_stmt_cache_size=128"
}

// Write runs fn in one transaction (BEGIN IMMEDIATE: the write lock is
// taken at once) and commits it when fn returns nil. Everything fn does
// through tx — filing mail, changing cases, queueing mail, recording events
// and timers, advancing a cursor — happens together or not at all. When
// Write returns nil the commit is durable (synchronous=FULL).
//
// On PostgreSQL the transaction first takes the station's advisory lock
// (pg_advisory_xact_lock, one key per schema), released by its commit or
// rollback: writers of one station run one at a time, in every process,
// exactly as SQLite's BEGIN IMMEDIATE makes them (the look-then-insert
// of FindDuplicate and AddIncoming relies on it). Writers of one process
// wait for their turn without holding a connection, so the pool's few
// connections stay free for readers.
//
// Files that rows written in fn name (PutBlob) must be written before
// Write is called; a crash between the two leaves an orphan file that
// SweepBlobs removes, never a row without its file.
func (s *Store) Write(ctx context.Context, fn func(tx *Tx) error) error {
	if s.writeGate != nil {
		select {
		case s.writeGate <- struct{}{}:
			defer func() { <-s.writeGate }()
		case <-ctx.Done():
			return fmt.Errorf("waiting for the case file's write lock: %w", ctx.Err())
		}
	}
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting a transaction on the case file: %w", err)
	}
	defer sqlTx.Rollback()
	if s.dialect == dialectPostgres {
		if _, err := sqlTx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, s.writeKey); err != nil {
			return fmt.Errorf("waiting for the case file's write lock (another process may hold it in a transaction that does not end; given up after its lock_timeout, %s unless the URL sets one): %w", pgLockWait, err)
		}
	}
	tx := &Tx{s: s, tx: sqlTx, ctx: ctx}
	if err := fn(tx); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("committing to the case file: %w", err)
	}
	return nil
}

// Tx is one write transaction of the case file, handed to the function
// given to Store.Write. It must not be used after that function returns.
type Tx struct {
	s   *Store
	tx  *sqlTx
	ctx context.Context
}

// Engine names the SQL engine the store runs on: "sqlite" (Open) or
// "postgres" (OpenPostgres).
func (s *Store) Engine() string { return s.dialect.String() }

// Now is the store's clock.
func (s *Store) Now() time.Time { return s.now() }

// Location is the station's time zone.
func (s *Store) Location() *time.Location { return s.loc }

// Close closes the database.
func (s *Store) Close() error {
	lerr := s.dropInstance()
	return errors.Join(s.marks.Close(), s.db.Close(), lerr)
}

// noLimit is a LIMIT that limits nothing on both engines: SQLite's -1
// is an error on PostgreSQL, and PostgreSQL's LIMIT ALL one on SQLite.
const noLimit = math.MaxInt32

// timeFormat is fixed width so stored times sort as strings.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading stored time %q: %w", s, err)
	}
	return t, nil
}

func toJSON(v []string) string {
	if v == nil {
		v = []string{}
	}
	b, _ := json.Marshal(v) // a []string always marshals
	return string(b)
}

func fromJSON(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var v []string
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, fmt.Errorf("reading stored list %q: %w", s, err)
	}
	if len(v) == 0 {
		return nil, nil
	}
	return v, nil
}

// Savepoint runs fn inside a savepoint of the transaction: when fn fails,
// what it wrote is undone and the rest of the transaction stands (one
// mail of a batch that cannot be filed does not cost the others).
func (tx *Tx) Savepoint(fn func() error) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `SAVEPOINT one`); err != nil {
		return fmt.Errorf("starting a savepoint: %w", err)
	}
	if err := fn(); err != nil {
		if _, rerr := tx.tx.ExecContext(tx.ctx, `ROLLBACK TO one`); rerr != nil {
			return errors.Join(err, fmt.Errorf("rolling back to the savepoint: %w", rerr))
		}
		if _, rerr := tx.tx.ExecContext(tx.ctx, `RELEASE one`); rerr != nil {
			return errors.Join(err, fmt.Errorf("releasing the savepoint: %w", rerr))
		}
		return err
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `RELEASE one`); err != nil {
		return fmt.Errorf("releasing a savepoint: %w", err)
	}
	return nil
}
