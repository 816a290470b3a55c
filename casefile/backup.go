package casefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Backup writes a consistent copy of the case file to path while the
// store stays in use: VACUUM INTO reads one snapshot in a read
// transaction, so writers (in WAL mode) go on and the copy holds exactly
// the transactions committed when it began. The copy is written beside
// path under a temporary name, flushed to disk, checked with PRAGMA
// integrity_check and only then given its name; a failed backup leaves
// nothing at path.
//
// An existing path is refused (the error wraps fs.ErrExist) unless
// replace is true. path must not be the case file itself or one of its
// -wal and -shm files.
//
// Backup is SQLite's: a store in PostgreSQL (OpenPostgres) refuses it
// with ErrPostgresBackup; pg_dump copies that one.
//
// The copy holds metadata only: raw mail and attachment content are files
// in the mail directory (Options.MailDir), to be copied after Backup
// returns; every file a row of the copy names was written before that row
// committed, so a later copy of the directory has it.
func (s *Store) Backup(ctx context.Context, path string, replace bool) error {
	if s.dialect != dialectSQLite {
		return fmt.Errorf("backing up the case file: %w", ErrPostgresBackup)
	}
	if strings.TrimSpace(path) == "" {
		return errors.New("backing up the case file: the backup path is empty")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("backing up the case file: resolving %s: %w", path, err)
	}
	if err := s.notLive(ctx, abs); err != nil {
		return err
	}
	if _, err := os.Lstat(abs); err == nil && !replace {
		return fmt.Errorf("backup %s already exists; remove it or give -force to replace it: %w", path, fs.ErrExist)
	}
	dir := filepath.Dir(abs)

	// The temporary file is created empty and private (the copy holds
	// consumers' personal data); VACUUM INTO accepts an empty file and
	// keeps its mode.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(abs)+".tmp-*")
	if err != nil {
		return fmt.Errorf("creating the backup in %s: %w", dir, err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	done := false
	defer func() {
		if !done {
			os.Remove(tmpName)
		}
	}()

	// The name is bound, not quoted into the SQL; it is absolute, so
	// SQLite cannot take it for a "file:" URI.
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmpName); err != nil {
		return fmt.Errorf("copying the case file to %s: %w", tmpName, err)
	}
	if err := syncEach([]string{tmpName}); err != nil {
		return fmt.Errorf("flushing the backup %s to disk: %w", tmpName, err)
	}
	if err := CheckIntegrity(ctx, tmpName); err != nil {
		return fmt.Errorf("checking the backup before naming it %s: %w", path, err)
	}

	if replace {
		err = os.Rename(tmpName, abs)
	} else {
		// link(2) refuses an existing name, so a file that appeared since
		// the check above is not replaced either.
		if err = os.Link(tmpName, abs); err == nil {
			os.Remove(tmpName)
		}
	}
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("backup %s already exists; remove it or give -force to replace it: %w", path, err)
	}
	if err != nil {
		return fmt.Errorf("naming the backup %s: %w", path, err)
	}
	done = true
	return syncDir(dir)
}

// notLive refuses a backup path that is the open case file or one of its
// companion files.
func (s *Store) notLive(ctx context.Context, abs string) error {
	var live string
	if err := s.db.QueryRowContext(ctx, `SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&live); err != nil {
		return fmt.Errorf("finding the case file's path: %w", err)
	}
	target, err := os.Stat(abs)
	if err != nil {
		return nil // does not exist, so it is not the case file
	}
	for _, p := range []string{live, live + "-wal", live + "-shm"} {
		if st, err := os.Stat(p); err == nil && os.SameFile(st, target) {
			return fmt.Errorf("backup path %s is the live case file %s: give another path", abs, p)
		}
	}
	return nil
}

// ErrPostgresBackup is wrapped by Backup and CheckIntegrity when the case
// file is in PostgreSQL, which copies and checks its databases itself.
var ErrPostgresBackup = errors.New("use pg_dump: the case file is in PostgreSQL")

// CheckIntegrity opens the SQLite database at path read-only and runs
// PRAGMA integrity_check on it. It is meant for a file nothing else has
// open, such as a backup: the file is opened as immutable, without
// locking. A PostgreSQL connection URL given for path is refused with
// ErrPostgresBackup.
func CheckIntegrity(ctx context.Context, path string) error {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return fmt.Errorf("checking the case file: %w", ErrPostgresBackup)
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("checking database %s: %w", path, err)
	}
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	db, err := sql.Open("sqlite3", "file:"+esc+"?mode=ro&immutable=1")
	if err != nil {
		return fmt.Errorf("opening database %s: %w", path, err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("checking database %s: %w", path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("checking database %s: %w", path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("checking database %s: %w", path, err)
	}
	if len(problems) > 0 {
		if len(problems) > 5 {
			problems = append(problems[:5], fmt.Sprintf("and %d more", len(problems)-5))
		}
		return fmt.Errorf("database %s is damaged (integrity_check: %s)", path, strings.Join(problems, "; "))
	}
	return nil
}
