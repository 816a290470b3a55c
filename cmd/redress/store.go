package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
)

const storeUsage = "usage: redress store copy [-config FILE] [-station NAME] --to postgres://USER@HOST/DATABASE [--schema NAME] [--allow-missing-bodies]"

// cmdStore is `redress store`: moving a station's case file between
// engines. Only `copy` (SQLite into PostgreSQL) exists.
func cmdStore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "copy" {
		return exitError{code: 2, msg: storeUsage}
	}
	return cmdStoreCopy(ctx, args[1:], stdout, stderr)
}

// cmdStoreCopy copies the station's SQLite case file and its mail bodies
// into an empty schema of a PostgreSQL database (casefile.CopyStore) and
// prints the storage.postgres block that switches the station over. The
// station must be stopped: it takes the daemon's lock, as `once` does.
func cmdStoreCopy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("store copy", stderr)
	cf.register(fs)
	cf.registerStation(fs)
	to := fs.String("to", "", "the PostgreSQL database to copy into: postgres://USER@HOST:PORT/DATABASE?sslmode=… (the password from PGPASSWORD or ~/.pgpass)")
	schema := fs.String("schema", "", "the PostgreSQL schema to copy into, created if missing, and empty (default: storage.postgres.schema's default, redress_ and the case prefix in lower case)")
	allowMissing := fs.Bool("allow-missing-bodies", false, "copy even when mail bodies named by the case file are missing from storage.mail_dir")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *to == "" {
		return exitError{code: 2, msg: storeUsage}
	}
	dest, err := parseCopyURL(*to)
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	cfg, err := cf.loadOne("store copy")
	if err != nil {
		return err
	}
	if usesPostgres(cfg) {
		return exitError{code: 1, msg: fmt.Sprintf("station %s is already in PostgreSQL (storage.postgres): there is no SQLite case file to copy", cfg.Station.Name)}
	}
	if *schema == "" {
		*schema = config.DefaultSchema(cfg.Station.CasePrefix)
	}
	if !config.ValidSchema(*schema) {
		return exitError{code: 2, msg: fmt.Sprintf("--schema must be a lower-case PostgreSQL name (letters, digits and _, not starting with a digit, at most 63), got %q", *schema)}
	}

	// The daemon must not file or send while the case file is copied:
	// what it did after the copy would be lost at the switch.
	unlock, err := lockDatabase(cfg.DatabasePath())
	if err != nil {
		return err
	}
	defer unlock()

	src, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer src.Close()
	err = copyInto(ctx, src, dest, *schema, cfg, *allowMissing, stdout, stderr)
	return dest.mask(err)
}

// copyURL is the --to URL: as given (it may carry a password, used but
// never shown) and as shown.
type copyURL struct {
	raw      string
	u        *url.URL
	password string
}

func parseCopyURL(raw string) (copyURL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || strings.Trim(u.Path, "/") == "" {
		return copyURL{}, errors.New("--to must be a PostgreSQL URL naming the database, as in postgres://redress@db.example:5432/redress?sslmode=verify-full")
	}
	c := copyURL{raw: raw, u: u}
	if p, ok := u.User.Password(); ok {
		c.password = p
	} else if p := u.Query().Get("password"); p != "" {
		c.password = p
	}
	return c, nil
}

// config is the URL for storage.postgres.url: without the password.
func (c copyURL) config() string {
	r := *c.u
	if r.User != nil {
		r.User = url.User(r.User.Username())
	}
	q := r.Query()
	if q.Has("password") || q.Has("search_path") {
		q.Del("password")
		q.Del("search_path") // the schema is storage.postgres.schema
		r.RawQuery = q.Encode()
	}
	return r.String()
}

// mask replaces the password, as given and URL-escaped, in err's text.
// The error's chain is lost: mask is the last thing done with it.
func (c copyURL) mask(err error) error {
	if err == nil || c.password == "" {
		return err
	}
	msg := err.Error()
	for _, p := range []string{c.password, url.QueryEscape(c.password), url.PathEscape(c.password)} {
		msg = strings.ReplaceAll(msg, p, "xxxxx")
	}
	var ee exitError
	if errors.As(err, &ee) {
		return exitError{code: ee.code, msg: msg}
	}
	return errors.New(msg)
}

func copyInto(ctx context.Context, src *casefile.Store, dest copyURL, schema string, cfg *config.Config, allowMissing bool, stdout, stderr io.Writer) error {
	shown := dest.config()
	// The password comes from the URL, else pgx reads PGPASSWORD or
	// ~/.pgpass. OpenPostgres makes the schema when it is missing.
	dst, err := casefile.OpenPostgres(ctx, dest.raw, "", casefile.Options{
		CasePrefix: cfg.Station.CasePrefix,
		Location:   cfg.Location(),
		Schema:     schema,
	})
	if err != nil {
		return fmt.Errorf("opening schema %s in %s: %w", schema, shown, err)
	}
	defer dst.Close()

	fmt.Fprintf(stderr, "store copy: %s into schema %s of %s\n", cfg.DatabasePath(), schema, shown)
	rep, err := casefile.CopyStore(ctx, src, dst, casefile.CopyOptions{
		AllowMissingBodies: allowMissing,
		Progress: func(what string, n int64) {
			if what != "mail bodies" || n%1000 == 0 {
				fmt.Fprintf(stderr, "store copy: %s %d\n", what, n)
			}
		},
	})
	if errors.Is(err, casefile.ErrMissingBodies) {
		return exitError{code: 1, msg: fmt.Sprintf("%v; restore them into storage.mail_dir, or give --allow-missing-bodies to copy without them", err)}
	}
	if err != nil {
		if ctx.Err() != nil {
			return exitError{code: 1, msg: "store copy interrupted; the destination's tables are left empty: run the same command again"}
		}
		return fmt.Errorf("copying %s into schema %s of %s: %w", cfg.DatabasePath(), schema, shown, err)
	}
	printCopyReport(stdout, rep, cfg, shown)
	return nil
}

func printCopyReport(w io.Writer, rep *casefile.CopyReport, cfg *config.Config, shown string) {
	fmt.Fprintf(w, "copied %s (schema version %d) into schema %s of %s in %s\n",
		cfg.DatabasePath(), rep.Version, rep.Schema, shown, rep.Elapsed.Round(1e6))
	width := len("table")
	for _, t := range rep.Tables {
		width = max(width, len(t.Table))
	}
	fmt.Fprintf(w, "  %-*s  %9s  %12s\n", width, "table", "rows read", "rows written")
	for _, t := range rep.Tables {
		fmt.Fprintf(w, "  %-*s  %9d  %12d\n", width, t.Table, t.Read, t.Written)
	}
	b := rep.Bodies
	fmt.Fprintf(w, "mail bodies: %d copied, %d already there, %d missing", b.Copied, b.Present, len(b.Missing))
	if len(b.Missing) > 0 {
		few := b.Missing[:min(5, len(b.Missing))]
		fmt.Fprintf(w, " (%s", strings.Join(few, ", "))
		if len(b.Missing) > len(few) {
			fmt.Fprintf(w, " and %d more", len(b.Missing)-len(few))
		}
		fmt.Fprint(w, ")")
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "to switch station %s: keep redress stopped, and in its storage section replace database and mail_dir with (the password through password_env or password_file):\n", cfg.Station.Name)
	fmt.Fprintf(w, "  postgres:\n    url: %q\n    schema: %s\n", shown, rep.Schema)
}
