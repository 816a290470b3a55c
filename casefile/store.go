package casefile

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"github.com/yweca/redress/analysis"
)

// ErrNotFound is wrapped by every lookup that finds no row.
var ErrNotFound = errors.New("not found")

// Options are the station facts the store needs.
type Options struct {
	CasePrefix string           // "YW"; empty means "YW"
	Location   *time.Location   // station timezone, for the year in refs; nil = UTC
	Required   []string         // items that count as missing (nil = analysis.DefaultRequired)
	Now        func() time.Time // nil = time.Now
}

// Store is an open case file. Its methods are safe for concurrent use.
type Store struct {
	db       *sql.DB
	prefix   string
	loc      *time.Location
	required []string
	now      func() time.Time
}

// queryer is what *sql.DB and *sql.Tx have in common.
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
	s := &Store{
		db:       db,
		prefix:   opts.CasePrefix,
		loc:      opts.Location,
		required: opts.Required,
		now:      opts.Now,
	}
	if s.prefix == "" {
		s.prefix = "YW"
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	if s.required == nil {
		s.required = analysis.DefaultRequired
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

// dsn builds the mattn/go-sqlite3 data source name. '%', '?' and '#' in the
// path are escaped so they cannot be taken for the start of the options.
func dsn(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?_foreign_keys=on&_busy_timeout=5000&_journal_mode=WAL&_txlock=immediate"
}

// Close closes the database.
func (s *Store) Close() error {
	return s.db.Close()
}

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

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
