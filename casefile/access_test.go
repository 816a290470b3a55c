package casefile_test

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/yweca/redress/casefile"
)

// nobody is the unprivileged user the checks run as when the tests run as
// root, for whom permission bits do not bind.
const nobody = 65534

// accessHelperEnv, when set in a test process's environment, makes
// TestAccessHelperProcess run one check and exit: "database:path" or
// "maildir:path".
const accessHelperEnv = "REDRESS_ACCESS_HELPER"

// accessResult is what one check gave, in or out of process.
type accessResult struct {
	Err        string `json:"err"`
	Permission bool   `json:"permission"` // errors.Is(err, fs.ErrPermission)
	NotExist   bool   `json:"not_exist"`  // errors.Is(err, fs.ErrNotExist)
	UID        int    `json:"uid"`        // who ran the check
}

func resultOf(err error) accessResult {
	r := accessResult{UID: os.Geteuid()}
	if err != nil {
		r.Err = err.Error()
		r.Permission = errors.Is(err, fs.ErrPermission)
		r.NotExist = errors.Is(err, fs.ErrNotExist)
	}
	return r
}

func runCheck(kind, path string) error {
	if kind == "maildir" {
		return casefile.CheckMailDir(path)
	}
	return casefile.CheckDatabase(path)
}

// TestAccessHelperProcess is not a test: it is the body of the
// unprivileged child the other tests start (the os/exec helper-process
// pattern). Without accessHelperEnv it does nothing.
func TestAccessHelperProcess(t *testing.T) {
	arg, ok := os.LookupEnv(accessHelperEnv)
	if !ok {
		return
	}
	kind, path, _ := strings.Cut(arg, ":")
	json.NewEncoder(os.Stdout).Encode(resultOf(runCheck(kind, path)))
	os.Exit(0)
}

// checker runs the access checks as a user the kernel holds to permission
// bits: the test process itself when it is not root, else a copy of the
// test binary started as nobody.
type checker struct {
	base string // a directory tree nobody can traverse; cases live under it
	bin  string // the test binary copy nobody can run; "" when not root
}

func newChecker(t *testing.T) *checker {
	t.Helper()
	base, err := os.MkdirTemp("", "redress-access-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Give back the write bits the cases took away, so that a
		// non-root run can remove the tree.
		filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(base)
	})
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	c := &checker{base: base}
	if os.Geteuid() != 0 {
		return c
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatalf("finding the test binary to run it as uid %d: %v", nobody, err)
	}
	c.bin = filepath.Join(base, "access.test")
	copyFile(t, self, c.bin, 0o755)

	// Prove the switch works and the base is usable by nobody, or say
	// plainly why these tests cannot run here.
	probe := filepath.Join(base, "probe")
	if err := os.Mkdir(probe, 0o755); err != nil {
		t.Fatal(err)
	}
	chownTree(t, probe)
	r, err := c.child(filepath.Join(probe, "x.db"), "database")
	if errors.Is(err, syscall.EPERM) {
		t.Skipf("running as root but cannot switch to uid %d (%v): no user the kernel holds to permission bits", nobody, err)
	}
	if err != nil {
		t.Fatalf("running the check as uid %d: %v (is %s traversable by others?)", nobody, err, os.TempDir())
	}
	if r.UID != nobody || r.Err != "" {
		t.Fatalf("probe as uid %d gave %+v", nobody, r)
	}
	return c
}

func (c *checker) child(path, kind string) (accessResult, error) {
	cmd := exec.Command(c.bin, "-test.run=^TestAccessHelperProcess$")
	cmd.Dir = c.base
	// Under -race a child would sleep a second at exit waiting for
	// reports from other goroutines; it has none.
	race := strings.TrimSpace(os.Getenv("GORACE") + " atexit_sleep_ms=0")
	cmd.Env = append(os.Environ(), accessHelperEnv+"="+kind+":"+path, "GORACE="+race)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return accessResult{}, err
	}
	var r accessResult
	if err := json.Unmarshal(out, &r); err != nil {
		return accessResult{}, errors.Join(err, errors.New("helper said: "+string(out)+stderr.String()))
	}
	return r, nil
}

// check runs one check as the unprivileged user.
func (c *checker) check(t *testing.T, kind, path string) accessResult {
	t.Helper()
	if c.bin == "" {
		return resultOf(runCheck(kind, path))
	}
	r, err := c.child(path, kind)
	if err != nil {
		t.Fatalf("running the %s check as uid %d: %v", kind, nobody, err)
	}
	if r.UID != nobody {
		t.Fatalf("the check ran as uid %d, want %d", r.UID, nobody)
	}
	return r
}

// chownTree gives everything under root to nobody, keeping the modes, so
// that nobody owns what the case meant the checking user to own.
func chownTree(t *testing.T, root string) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, nobody, nobody)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string, mode fs.FileMode) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, p string, mode fs.FileMode) {
	t.Helper()
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
}

func touch(t *testing.T, p string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
}

func TestCheckAccess(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name string
		kind string // "database" or "maildir"
		// setup builds the case under root and returns the path to check.
		setup      func(t *testing.T, root string) string
		wantErr    []string // substrings, "$root" replaced; nil means no error
		permission bool     // the error must be fs.ErrPermission
		notExist   bool     // the error must be fs.ErrNotExist
	}{
		{name: "new database in a writable directory", kind: "database",
			setup: func(t *testing.T, root string) string { return filepath.Join(root, "redress.db") }},
		{name: "existing database, wal and shm", kind: "database",
			setup: func(t *testing.T, root string) string {
				for _, f := range []string{"redress.db", "redress.db-wal", "redress.db-shm"} {
					touch(t, filepath.Join(root, f), 0o600)
				}
				return filepath.Join(root, "redress.db")
			}},
		{name: "missing directory", kind: "database",
			setup:   func(t *testing.T, root string) string { return filepath.Join(root, "nodir", "redress.db") },
			wantErr: []string{"database directory $root/nodir does not exist"}, notExist: true},
		{name: "directory not writable", kind: "database",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "ro"), 0o555)
				return filepath.Join(root, "ro", "redress.db")
			},
			wantErr: []string{"database directory $root/ro is not writable by uid", "(permission denied)", "cannot be created there"}, permission: true},
		{name: "directory not writable though the database exists", kind: "database",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "ro"), 0o755)
				touch(t, filepath.Join(root, "ro", "redress.db"), 0o600)
				os.Chmod(filepath.Join(root, "ro"), 0o555)
				return filepath.Join(root, "ro", "redress.db")
			},
			wantErr: []string{"database directory $root/ro is not writable by uid"}, permission: true},
		{name: "database file read-only", kind: "database",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "redress.db"), 0o444)
				return filepath.Join(root, "redress.db")
			},
			wantErr: []string{"database file $root/redress.db is not readable and writable by uid", "(permission denied)"}, permission: true},
		{name: "database file write-only", kind: "database",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "redress.db"), 0o200)
				return filepath.Join(root, "redress.db")
			},
			wantErr: []string{"database file $root/redress.db is not readable and writable"}, permission: true},
		{name: "read-only wal", kind: "database",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "redress.db"), 0o600)
				touch(t, filepath.Join(root, "redress.db-wal"), 0o444)
				return filepath.Join(root, "redress.db")
			},
			wantErr: []string{"database write-ahead log $root/redress.db-wal is not readable and writable", "do not delete it"}, permission: true},
		{name: "read-only shm left behind", kind: "database",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "redress.db"), 0o600)
				touch(t, filepath.Join(root, "redress.db-wal"), 0o600)
				touch(t, filepath.Join(root, "redress.db-shm"), 0o444)
				return filepath.Join(root, "redress.db")
			},
			wantErr: []string{"database shared-memory file $root/redress.db-shm is not readable and writable", "left behind by another user"}, permission: true},
		{name: "directory path is a file", kind: "database",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "file"), 0o600)
				return filepath.Join(root, "file", "redress.db")
			},
			wantErr: []string{"database directory $root/file is not a directory but a regular file"}},
		{name: "database path is a directory", kind: "database",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "redress.db"), 0o755)
				return filepath.Join(root, "redress.db")
			},
			wantErr: []string{"database file $root/redress.db is a directory, not a regular file"}},

		{name: "existing writable mail directory", kind: "maildir",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "mail"), 0o700)
				return filepath.Join(root, "mail")
			}},
		{name: "missing mail directory under a writable one", kind: "maildir",
			setup: func(t *testing.T, root string) string { return filepath.Join(root, "data", "mail") }},
		{name: "mail directory not writable", kind: "maildir",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "mail"), 0o555)
				return filepath.Join(root, "mail")
			},
			wantErr: []string{"mail directory $root/mail is not writable by uid", "(permission denied)"}, permission: true},
		{name: "missing mail directory under a read-only one", kind: "maildir",
			setup: func(t *testing.T, root string) string {
				mkdir(t, filepath.Join(root, "ro"), 0o555)
				return filepath.Join(root, "ro", "mail")
			},
			wantErr: []string{"mail directory $root/ro/mail does not exist and cannot be created: $root/ro is not writable by uid"}, permission: true},
		{name: "mail directory is a file", kind: "maildir",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "mail"), 0o600)
				return filepath.Join(root, "mail")
			},
			wantErr: []string{"mail directory $root/mail is not a directory but a regular file"}},
		{name: "mail directory under a file", kind: "maildir",
			setup: func(t *testing.T, root string) string {
				touch(t, filepath.Join(root, "file"), 0o600)
				return filepath.Join(root, "file", "mail")
			},
			wantErr: []string{"mail directory $root/file/mail cannot be created: $root/file is not a directory but a regular file"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each case has its own tree; a child under -race takes a second to start
			root := filepath.Join(c.base, strconv.Itoa(i))
			mkdir(t, root, 0o755)
			path := tt.setup(t, root)
			if c.bin != "" {
				chownTree(t, root)
			}
			before := tree(t, root)

			r := c.check(t, tt.kind, path)

			if after := tree(t, root); after != before {
				t.Errorf("the check changed the tree:\nbefore:\n%s\nafter:\n%s", before, after)
			}
			if tt.wantErr == nil {
				if r.Err != "" {
					t.Fatalf("unexpected error: %s", r.Err)
				}
				return
			}
			if r.Err == "" {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			for _, w := range tt.wantErr {
				if w = strings.ReplaceAll(w, "$root", root); !strings.Contains(r.Err, w) {
					t.Errorf("error lacks %q:\n%s", w, r.Err)
				}
			}
			if r.Permission != tt.permission || r.NotExist != tt.notExist {
				t.Errorf("errors.Is permission = %v, not exist = %v; want %v, %v (%s)", r.Permission, r.NotExist, tt.permission, tt.notExist, r.Err)
			}
		})
	}
}

// tree lists the names and modes under root, to show a check created or
// left nothing behind.
func tree(t *testing.T, root string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b.WriteString(p + " " + info.Mode().String() + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCheckDatabaseNotSQLite(t *testing.T) {
	if os.Getenv("REDRESS_TEST_ENGINE") == "postgres" {
		t.Skip("SQLite only: the SQLite file header")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "real.db")
	s, err := casefile.Open(t.Context(), db, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	tests := []struct {
		name    string
		content []byte // nil: the database made above
		wantErr string // "" for none
	}{
		{name: "a case file", content: nil},
		{name: "an empty file is a new database", content: []byte{}},
		{name: "a config file", content: []byte("station:\n  name: x\n"), wantErr: "is not a SQLite database"},
		{name: "a short file", content: []byte("SQL"), wantErr: "is not a SQLite database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := db
			if tt.content != nil {
				path = filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-"))
				if err := os.WriteFile(path, tt.content, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := casefile.CheckDatabase(path)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("CheckDatabase(%s) = %v, want nil", tt.name, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("CheckDatabase(%s) = %v, want an error saying %q", tt.name, err, tt.wantErr)
			}
		})
	}
}
