package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// Moving a station's case file from SQLite into PostgreSQL (`redress store
// copy`, docs/postgres.md step 9). The copy is generic: it lists the
// tables of the SQLite file and copies every column by name, so a new
// migration needs no change here as long as both engines' trees make the
// same columns.

// ErrMissingBodies is wrapped when rows name mail bodies (raw mail or
// attachment content) that the source's mail directory does not hold and
// CopyOptions.AllowMissingBodies is not set.
var ErrMissingBodies = errors.New("missing mail bodies")

// CopyOptions tune CopyStore.
type CopyOptions struct {
	// AllowMissingBodies copies even when bodies named by rows are missing
	// from the source's mail directory; the copied rows still name them.
	AllowMissingBodies bool
	// Progress, when not nil, is told how far the copy is: what is a
	// table's name, or "mail bodies"; n counts what is done of it so far.
	// Calls come one at a time, not all from the goroutine running
	// CopyStore (pgx reads a COPY's rows in a goroutine of its own).
	Progress func(what string, n int64)
}

// CopyReport says what CopyStore did.
type CopyReport struct {
	// Schema is the PostgreSQL schema the tables were copied into, and
	// Version the schema version of both ends.
	Schema  string
	Version int
	// Tables are the tables copied, in the order they were (parents
	// before the tables referring to them).
	Tables []TableCopy
	// Bodies are the mail bodies named by messages and attachments.
	Bodies BodyCopy
	// Elapsed is how long the whole copy took.
	Elapsed time.Duration
}

// TableCopy is one table of a copy: rows read from SQLite, rows written to
// PostgreSQL (equal when the copy succeeded).
type TableCopy struct {
	Table         string
	Read, Written int64
}

// BodyCopy counts the mail bodies of a copy: stored by it, found already
// stored at the destination (by an earlier copy that did not finish), and
// missing from the source's mail directory (their SHA-256s, sorted).
type BodyCopy struct {
	Copied, Present int
	Missing         []string
}

// pgOnlyTables are tables of the PostgreSQL schema that have no SQLite
// counterpart (the schema version, and raw mail and attachment content,
// which SQLite keeps in the mail directory: migration 0014): they are not
// copied (bodies go through PutBlob).
var pgOnlyTables = map[string]bool{"schema_version": true, "blobs": true, "blob_chunks": true, "blob_sweep": true}

// CopyStore copies the case file src (a SQLite Store, from Open) into dst
// (a PostgreSQL Store, from OpenPostgres, whose schema must hold no rows
// yet): every table with every row, ids kept, and every mail body the rows
// name.
//
// It refuses, before writing anything, when the two ends are not at the
// same schema version, when their tables or columns differ, when the
// destination already holds rows, when a value cannot be stored in
// PostgreSQL (text that is not UTF-8 or holds NUL) and, unless
// opts.AllowMissingBodies, when bodies are missing (ErrMissingBodies).
//
// Bodies are stored at the destination first (PutBlob, each verified by
// reading it back), then every table in ONE PostgreSQL transaction: a copy
// cut short leaves the destination's tables empty and can be run again
// (bodies it stored are then found present; SweepBlobs removes them if
// it is not). src is read inside one transaction, so the copy is a
// consistent snapshot; BEGIN IMMEDIATE also keeps writers of src out
// while it runs.
func CopyStore(ctx context.Context, src, dst *Store, opts CopyOptions) (*CopyReport, error) {
	start := time.Now()
	if e := src.Engine(); e != "sqlite" {
		return nil, fmt.Errorf("copying a case file: the source must be a SQLite case file, not %s", e)
	}
	if e := dst.Engine(); e != "postgres" {
		return nil, fmt.Errorf("copying a case file: the destination must be PostgreSQL, not %s", e)
	}
	rep := &CopyReport{}
	if err := dst.db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&rep.Schema); err != nil {
		return nil, fmt.Errorf("reading the destination's schema: %w", err)
	}
	srcTx, err := src.db.db.BeginTx(ctx, nil) // the raw handle: its queries are written for SQLite
	if err != nil {
		return nil, fmt.Errorf("starting to read the SQLite case file: %w", err)
	}
	defer srcTx.Rollback()

	srcVersion, err := schemaVersion(ctx, srcTx)
	if err != nil {
		return nil, err
	}
	dstVersion, err := pgSchemaVersion(ctx, dst.db)
	if err != nil {
		return nil, err
	}
	if srcVersion != dstVersion {
		behind := "the SQLite case file"
		if dstVersion < srcVersion {
			behind = "the PostgreSQL schema " + rep.Schema
		}
		return nil, fmt.Errorf("the SQLite case file is at schema version %d and the PostgreSQL schema %s at %d: %s is behind; open it with this version of redress (which migrates it) and copy again",
			srcVersion, rep.Schema, dstVersion, behind)
	}
	rep.Version = srcVersion

	tables, err := copyPlan(ctx, srcTx, dst.db)
	if err != nil {
		return nil, err
	}
	count := func(query string) (n int64, err error) {
		return n, dst.db.QueryRowContext(ctx, query).Scan(&n)
	}
	if err := destinationEmpty(rep.Schema, tables, count); err != nil {
		return nil, err
	}
	if err := copyBodies(ctx, srcTx, src, dst, opts, &rep.Bodies); err != nil {
		return nil, err
	}
	if err := copyTables(ctx, srcTx, dst, rep.Schema, tables, opts, rep); err != nil {
		return nil, err
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// copyTable is one table to copy: its columns (names as in both schemas),
// the PostgreSQL type of each, how SQLite orders its rows, and which
// columns are identities whose sequence is set past the copied ids.
type copyTable struct {
	name       string
	cols       []string
	types      []string // PostgreSQL data_type of each of cols
	pk         []string // SQLite primary key columns, in key order; nil: rowid
	identities []string
}

// copyPlan lists the SQLite tables in foreign-key order with their
// columns, and checks that the PostgreSQL schema has the same tables and
// columns.
func copyPlan(ctx context.Context, src queryer, dst queryer) ([]copyTable, error) {
	names, err := scanStrings(ctx, src, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("listing the SQLite tables: %w", err)
	}
	pgCols := map[string]map[string]string{}
	pgIdent := map[string][]string{}
	rows, err := dst.QueryContext(ctx, `SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns
		WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`)
	if err != nil {
		return nil, fmt.Errorf("listing the PostgreSQL columns: %w", err)
	}
	for rows.Next() {
		var t, c, typ, ident string
		if err := rows.Scan(&t, &c, &typ, &ident); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing the PostgreSQL columns: %w", err)
		}
		if pgCols[t] == nil {
			pgCols[t] = map[string]string{}
		}
		pgCols[t][c] = typ
		if ident == "YES" {
			pgIdent[t] = append(pgIdent[t], c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing the PostgreSQL columns: %w", err)
	}

	byName := map[string]*copyTable{}
	deps := map[string][]string{}
	var problems []string
	for _, name := range names {
		t := &copyTable{name: name, identities: pgIdent[name]}
		byName[name] = t
		type col struct {
			name string
			pk   int
		}
		var cols []col
		crows, err := src.QueryContext(ctx, `SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`, name)
		if err != nil {
			return nil, fmt.Errorf("listing the columns of %s: %w", name, err)
		}
		for crows.Next() {
			var c col
			if err := crows.Scan(&c.name, &c.pk); err != nil {
				crows.Close()
				return nil, fmt.Errorf("listing the columns of %s: %w", name, err)
			}
			cols = append(cols, c)
		}
		crows.Close()
		if err := crows.Err(); err != nil {
			return nil, fmt.Errorf("listing the columns of %s: %w", name, err)
		}
		pkCols := slices.DeleteFunc(slices.Clone(cols), func(c col) bool { return c.pk == 0 })
		slices.SortFunc(pkCols, func(a, b col) int { return a.pk - b.pk })
		for _, c := range pkCols {
			t.pk = append(t.pk, c.name)
		}
		dstCols, ok := pgCols[name]
		if !ok {
			problems = append(problems, fmt.Sprintf("table %s is missing from PostgreSQL", name))
			continue
		}
		var onlySQLite []string
		for _, c := range cols {
			typ, ok := dstCols[c.name]
			if !ok {
				onlySQLite = append(onlySQLite, c.name)
				continue
			}
			t.cols = append(t.cols, c.name)
			t.types = append(t.types, typ)
		}
		var onlyPG []string
		for _, c := range slices.Sorted(maps.Keys(dstCols)) {
			if !slices.ContainsFunc(cols, func(sc col) bool { return sc.name == c }) {
				onlyPG = append(onlyPG, c)
			}
		}
		if len(onlySQLite) > 0 || len(onlyPG) > 0 {
			problems = append(problems, fmt.Sprintf("table %s: columns only in SQLite: [%s]; only in PostgreSQL: [%s]",
				name, strings.Join(onlySQLite, ", "), strings.Join(onlyPG, ", ")))
		}
		refs, err := scanStrings(ctx, src, `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`, name)
		if err != nil {
			return nil, fmt.Errorf("listing the foreign keys of %s: %w", name, err)
		}
		deps[name] = refs
	}
	for _, t := range slices.Sorted(maps.Keys(pgCols)) {
		if _, ok := byName[t]; !ok && !pgOnlyTables[t] {
			problems = append(problems, fmt.Sprintf("table %s is in PostgreSQL only", t))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("the SQLite and PostgreSQL schemas differ although their versions are equal: %s", strings.Join(problems, "; "))
	}

	// Parents first: each round takes, in name order, every table whose
	// referenced tables (other than itself) are placed.
	var order []copyTable
	placed := map[string]bool{}
	for len(order) < len(names) {
		progress := false
		for _, name := range names {
			if placed[name] {
				continue
			}
			ready := true
			for _, d := range deps[name] {
				if d != name && !placed[d] {
					if _, known := byName[d]; !known {
						return nil, fmt.Errorf("table %s refers to %s, which the SQLite case file does not have", name, d)
					}
					ready = false
				}
			}
			if ready {
				placed[name] = true
				order = append(order, *byName[name])
				progress = true
			}
		}
		if !progress {
			return nil, errors.New("the SQLite tables' foreign keys form a cycle: no order to copy them in")
		}
	}
	return order, nil
}

// destinationEmpty refuses a destination holding rows in any table to be
// copied; count runs a count(*) query on it.
func destinationEmpty(schema string, tables []copyTable, count func(query string) (int64, error)) error {
	// Cases and messages first: those are what an operator recognises.
	first := []string{"cases", "messages"}
	names := slices.Clone(first)
	for _, t := range tables {
		if !slices.Contains(first, t.name) {
			names = append(names, t.name)
		}
	}
	for _, name := range names {
		if !slices.ContainsFunc(tables, func(t copyTable) bool { return t.name == name }) {
			continue
		}
		n, err := count(`SELECT count(*) FROM ` + pgx.Identifier{name}.Sanitize())
		if err != nil {
			return fmt.Errorf("counting the rows of %s in the destination: %w", name, err)
		}
		if n > 0 {
			what := name
			if name != "cases" && name != "messages" {
				what = "rows in " + name
			}
			return fmt.Errorf("the destination schema %s already holds %d %s; copy into an empty one", schema, n, what)
		}
	}
	return nil
}

// copyBodies stores at dst every body that messages and attachments of
// src name, and reads each back (ReadBlob checks its hash).
func copyBodies(ctx context.Context, srcTx *sql.Tx, src, dst *Store, opts CopyOptions, out *BodyCopy) error {
	sums, err := scanStrings(ctx, srcTx, `SELECT sha256 FROM messages WHERE sha256 IS NOT NULL AND sha256 <> ''
		UNION SELECT sha256 FROM attachments WHERE sha256 IS NOT NULL AND sha256 <> '' ORDER BY 1`)
	if err != nil {
		return fmt.Errorf("listing the mail bodies of the SQLite case file: %w", err)
	}
	// Every body is looked for before any is written: a refused copy
	// writes nothing.
	var present []string
	for _, sum := range sums {
		f, err := src.OpenBlob(sum)
		switch {
		case errors.Is(err, ErrNotFound):
			out.Missing = append(out.Missing, sum)
			continue
		case err != nil:
			return err
		}
		f.Close()
		present = append(present, sum)
	}
	if len(out.Missing) > 0 && !opts.AllowMissingBodies {
		return fmt.Errorf("%d of %d mail bodies named by messages and attachments are not in the mail directory %s (%s): %w",
			len(out.Missing), len(sums), mailDirOf(src), firstSums(out.Missing), ErrMissingBodies)
	}
	for i, sum := range present {
		if err := ctx.Err(); err != nil {
			return err
		}
		if f, err := dst.OpenBlob(sum); err == nil {
			f.Close()
			out.Present++
		} else if errors.Is(err, ErrNotFound) {
			if err := copyBody(ctx, src, dst, sum); err != nil {
				return err
			}
			out.Copied++
		} else {
			return fmt.Errorf("looking for mail body %s at the destination: %w", sum, err)
		}
		if _, err := dst.ReadBlob(sum); err != nil {
			return fmt.Errorf("checking mail body %s at the destination: %w", sum, err)
		}
		if opts.Progress != nil {
			opts.Progress("mail bodies", int64(i+1))
		}
	}
	return nil
}

func copyBody(ctx context.Context, src, dst *Store, sum string) error {
	f, err := src.OpenBlob(sum)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := dst.PutBlob(ctx, f)
	if err != nil {
		return fmt.Errorf("storing mail body %s at the destination: %w", sum, err)
	}
	if b.SHA256 != sum {
		return fmt.Errorf("mail body %s in the mail directory %s hashes to %s: %w (the file was changed or damaged on disk)",
			sum, mailDirOf(src), b.SHA256, ErrBlobCorrupt)
	}
	return nil
}

// firstSums is the first few of sums, for a message.
func firstSums(sums []string) string {
	const few = 5
	if len(sums) <= few {
		return strings.Join(sums, ", ")
	}
	return strings.Join(sums[:few], ", ") + fmt.Sprintf(" and %d more", len(sums)-few)
}

// copyTables writes every table in one PostgreSQL transaction, through
// pgx's own connection, and sets the identity sequences.
//
// COPY, one statement per table: BenchmarkCopyStore (20000 rows) measured
// 18.7 µs a row against 42.6 with multi-row INSERTs of 500 rows. One
// statement per table also lets a row refer to a later row of its own
// table (cases.merged_into): PostgreSQL checks foreign keys at the end of
// each statement.
func copyTables(ctx context.Context, srcTx *sql.Tx, dst *Store, schema string, tables []copyTable, opts CopyOptions, rep *CopyReport) error {
	conn, err := dst.db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	defer conn.Close()
	return conn.Raw(func(driverConn any) error {
		pc, ok := driverConn.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("copying into PostgreSQL: the connection is a %T, not pgx's", driverConn)
		}
		tx, err := pc.Conn().Begin(ctx)
		if err != nil {
			return fmt.Errorf("starting the PostgreSQL transaction: %w", err)
		}
		defer tx.Rollback(ctx)
		// Again inside the transaction: another copy may have run since.
		count := func(query string) (n int64, err error) {
			return n, tx.QueryRow(ctx, query).Scan(&n)
		}
		if err := destinationEmpty(schema, tables, count); err != nil {
			return err
		}
		for _, t := range tables {
			tc := TableCopy{Table: t.name}
			src := &tableSource{ctx: ctx, t: t, progress: opts.Progress}
			src.rows, err = srcTx.QueryContext(ctx, t.selectSQL())
			if err != nil {
				return fmt.Errorf("reading table %s of the SQLite case file: %w", t.name, err)
			}
			tc.Written, err = tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, src)
			src.rows.Close()
			if err == nil {
				err = src.Err()
			}
			tc.Read = src.n
			if err != nil {
				if src.err != nil {
					return src.err // says table, row and column
				}
				return fmt.Errorf("writing table %s to PostgreSQL: %w", t.name, err)
			}
			if tc.Written != tc.Read {
				return fmt.Errorf("writing table %s to PostgreSQL: %d rows read, %d written", t.name, tc.Read, tc.Written)
			}
			for _, col := range t.identities {
				// New rows get ids past the copied ones. is_called = true:
				// the next value is max + 1.
				if _, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence($1, $2), max_id)
					FROM (SELECT max(`+pgx.Identifier{col}.Sanitize()+`) AS max_id FROM `+pgx.Identifier{t.name}.Sanitize()+`) m
					WHERE max_id IS NOT NULL`, pgx.Identifier{t.name}.Sanitize(), col); err != nil {
					return fmt.Errorf("setting the sequence of %s.%s past the copied ids: %w", t.name, col, err)
				}
			}
			if opts.Progress != nil {
				opts.Progress(t.name, tc.Written)
			}
			rep.Tables = append(rep.Tables, tc)
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("committing the copy to PostgreSQL: %w", err)
		}
		return nil
	})
}

// selectSQL reads the table's rows in primary key order (rowid without
// one), its columns in the order of t.cols.
func (t copyTable) selectSQL() string {
	quoted := make([]string, len(t.cols))
	for i, c := range t.cols {
		quoted[i] = sqliteIdent(c)
	}
	order := "rowid"
	if len(t.pk) > 0 {
		keys := make([]string, len(t.pk))
		for i, c := range t.pk {
			keys[i] = sqliteIdent(c)
		}
		order = strings.Join(keys, ", ")
	}
	return "SELECT " + strings.Join(quoted, ", ") + " FROM " + sqliteIdent(t.name) + " ORDER BY " + order
}

func sqliteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// tableSource feeds one SQLite table's rows, converted for PostgreSQL, to
// CopyFrom (pgx.CopyFromSource).
type tableSource struct {
	ctx      context.Context
	t        copyTable
	rows     *sql.Rows
	progress func(string, int64)
	vals     []any
	n        int64 // rows read
	err      error
}

// progressEvery is how many rows pass between two Progress calls.
const progressEvery = 10000

func (s *tableSource) Next() bool {
	if s.err != nil || !s.rows.Next() {
		return false
	}
	raw := make([]any, len(s.t.cols))
	ptrs := make([]any, len(raw))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	if err := s.rows.Scan(ptrs...); err != nil {
		s.err = fmt.Errorf("reading table %s of the SQLite case file: %w", s.t.name, err)
		return false
	}
	s.n++
	for i, v := range raw {
		c, err := pgValue(v, s.t.types[i])
		if err != nil {
			s.err = fmt.Errorf("table %s, row %s, column %s: %w; fix the value in the SQLite case file and copy again",
				s.t.name, s.rowName(raw), s.t.cols[i], err)
			return false
		}
		raw[i] = c
	}
	s.vals = raw
	if s.progress != nil && s.n%progressEvery == 0 {
		s.progress(s.t.name, s.n)
	}
	return true
}

// rowName names a row for an error: its primary key, else its place.
func (s *tableSource) rowName(raw []any) string {
	if len(s.t.pk) == 0 {
		return fmt.Sprintf("#%d", s.n)
	}
	var parts []string
	for _, k := range s.t.pk {
		i := slices.Index(s.t.cols, k)
		if i >= 0 {
			parts = append(parts, fmt.Sprintf("%s=%v", k, raw[i]))
		}
	}
	return strings.Join(parts, " ")
}

func (s *tableSource) Values() ([]any, error) { return s.vals, nil }

func (s *tableSource) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.rows.Err()
}

// pgValue converts v, as mattn/go-sqlite3 reads it (int64, float64,
// string, []byte or nil), for a PostgreSQL column of type typ.
func pgValue(v any, typ string) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch typ {
	case "bigint", "integer", "smallint":
		switch v := v.(type) {
		case int64:
			return v, nil
		case float64:
			if v == float64(int64(v)) {
				return int64(v), nil
			}
		}
	case "text":
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case []byte:
			s = string(v)
		case int64:
			return strconv.FormatInt(v, 10), nil // as SQLite's CAST shows it
		default:
			return nil, fmt.Errorf("a %T cannot be stored in a text column", v)
		}
		if !utf8.ValidString(s) {
			return nil, errors.New("the text is not valid UTF-8, which PostgreSQL refuses")
		}
		if strings.IndexByte(s, 0) >= 0 {
			return nil, errors.New("the text holds a NUL byte, which PostgreSQL refuses")
		}
		return s, nil
	case "bytea":
		switch v := v.(type) {
		case []byte:
			return v, nil
		case string:
			return []byte(v), nil
		}
	default:
		return nil, fmt.Errorf("the PostgreSQL column type %s is not one the copy knows", typ)
	}
	return nil, fmt.Errorf("the value %v (%T) cannot be stored in a %s column", v, v, typ)
}

// scanStrings runs query and returns its one text column.
func scanStrings(ctx context.Context, q queryer, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// mailDirOf is the mail directory of a store keeping bodies in files, for
// messages; "" for one keeping them in PostgreSQL.
func mailDirOf(s *Store) string {
	if d, ok := s.bodies.(*blobDir); ok {
		return d.dir
	}
	return ""
}
