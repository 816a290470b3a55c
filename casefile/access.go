package casefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// probePattern names the temporary files the checks create and remove to
// prove a directory takes new files.
const probePattern = ".redress-access-*"

// CheckDatabase reports whether the running user can use the SQLite
// database at path, without creating it: the database's directory exists,
// is a directory and takes new files (SQLite creates path-wal and path-shm
// there), and path, path-wal and path-shm, those that exist, are regular
// files the user can open for reading and writing. A file left behind by
// another user, a read-only file system and a missing directory are each
// named with the path and the cause; the os error is wrapped.
//
// Writability is proven by creating and removing a temporary file and by
// opening the files, not read from permission bits, which do not bind root
// and say nothing of read-only mounts.
func CheckDatabase(path string) error {
	if path == "" {
		return errors.New("the database path is empty")
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("database directory %s %s: %w", dir, reason(err, "reachable"), err)
	}
	if !st.IsDir() {
		return fmt.Errorf("database directory %s is not a directory but a %s", dir, modeName(st.Mode()))
	}
	if err := probeDir(dir); err != nil {
		return fmt.Errorf("database directory %s %s, so the database and its -wal and -shm files cannot be created there: %w", dir, reason(err, "writable"), err)
	}
	files := []struct{ path, what, hint string }{
		{path, "database file", ""},
		// The -wal file holds committed transactions not yet copied into
		// the database: it must never be deleted to get past this.
		{path + "-wal", "database write-ahead log", "; give it to the user redress runs as (do not delete it: it may hold committed cases)"},
		// The -shm file is only an index of the -wal; SQLite rebuilds it.
		{path + "-shm", "database shared-memory file", "; it was probably left behind by another user: give it to the user redress runs as, or delete it while no redress is running"},
	}
	var notDB error
	for _, f := range files {
		st, err := os.Stat(f.path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // created on first use
		}
		if err != nil {
			return fmt.Errorf("%s %s %s: %w", f.what, f.path, reason(err, "reachable"), err)
		}
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s %s is a %s, not a regular file", f.what, f.path, modeName(st.Mode()))
		}
		fh, err := os.OpenFile(f.path, os.O_RDWR, 0)
		if err != nil {
			return fmt.Errorf("%s %s %s%s: %w", f.what, f.path, reason(err, "readable and writable"), f.hint, err)
		}
		if f.path == path {
			// Said after the permission problems, which come first.
			if err := checkSQLiteHeader(fh); err != nil {
				notDB = fmt.Errorf("%s %s %w: point storage.database at the case file, or move this file away", f.what, f.path, err)
			}
		}
		fh.Close()
	}
	return notDB
}

// sqliteHeader begins every SQLite database file (an empty file is a new
// database too).
const sqliteHeader = "SQLite format 3\x00"

// checkSQLiteHeader says whether the file f is a SQLite database: empty,
// or beginning with sqliteHeader.
func checkSQLiteHeader(f *os.File) error {
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("cannot be read: %w", err)
	case string(head[:n]) != sqliteHeader:
		// Its bytes are not quoted: the file may be a secret put there
		// by mistake.
		return errors.New("is not a SQLite database (it does not begin with the SQLite header)")
	}
	return nil
}

// CheckMailDir reports whether the running user can store files in dir,
// without creating it: dir is an existing directory that takes new files,
// or it does not exist yet and its nearest existing parent is a directory
// that takes new ones (so dir can be created on first use).
func CheckMailDir(dir string) error {
	if dir == "" {
		return errors.New("the mail directory path is empty")
	}
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return fmt.Errorf("mail directory %s is not a directory but a %s", dir, modeName(st.Mode()))
	case err == nil:
		if err := probeDir(dir); err != nil {
			return fmt.Errorf("mail directory %s %s: %w", dir, reason(err, "writable"), err)
		}
		return nil
	case !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("mail directory %s %s: %w", dir, reason(err, "reachable"), err)
	}

	// dir is missing: it is created on first use under its nearest
	// existing ancestor, which must then take new entries.
	parent := dir
	for {
		up := filepath.Dir(parent)
		if up == parent {
			return fmt.Errorf("mail directory %s does not exist and no part of its path does: %w", dir, err)
		}
		parent = up
		st, perr := os.Stat(parent)
		if perr != nil {
			if errors.Is(perr, fs.ErrNotExist) || errors.Is(perr, syscall.ENOTDIR) {
				continue
			}
			return fmt.Errorf("mail directory %s does not exist and %s %s: %w", dir, parent, reason(perr, "reachable"), perr)
		}
		if !st.IsDir() {
			return fmt.Errorf("mail directory %s cannot be created: %s is not a directory but a %s", dir, parent, modeName(st.Mode()))
		}
		if err := probeDir(parent); err != nil {
			return fmt.Errorf("mail directory %s does not exist and cannot be created: %s %s: %w", dir, parent, reason(err, "writable"), err)
		}
		return nil
	}
}

// probeDir creates and removes a temporary file in dir.
func probeDir(dir string) error {
	f, err := os.CreateTemp(dir, probePattern)
	if err != nil {
		return err
	}
	name := f.Name()
	cerr := f.Close()
	if err := os.Remove(name); err != nil {
		return err
	}
	return cerr
}

// reason says in words why err stops a path from being what: "is not
// writable by uid 1000 (permission denied)", "does not exist", ….
func reason(err error, what string) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case errors.Is(err, syscall.EROFS):
		return "is on a read-only file system"
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("is not %s by uid %d (permission denied)", what, os.Geteuid())
	case errors.Is(err, syscall.ENOTDIR):
		return "cannot be reached: a part of its path is not a directory"
	case errors.Is(err, syscall.EISDIR):
		return "is a directory"
	case errors.Is(err, syscall.ENOSPC):
		return "is on a full file system"
	}
	return "is not " + what
}

// modeName names a file type for an operator: "regular file", "directory"….
func modeName(m fs.FileMode) string {
	switch t := m.Type(); {
	case t == 0:
		return "regular file"
	case t&fs.ModeDir != 0:
		return "directory"
	case t&fs.ModeNamedPipe != 0:
		return "named pipe"
	case t&fs.ModeSocket != 0:
		return "socket"
	case t&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}
