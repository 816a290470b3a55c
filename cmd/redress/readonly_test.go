package main

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/yweca/redress/config"
)

// runHelperEnv, when set, makes TestRunHelperProcess run redress with the
// arguments in its value (separated by \x1f) and exit with its code.
const runHelperEnv = "REDRESS_RUN_HELPER"

// TestRunHelperProcess is not a test: it is the body of the unprivileged
// child that TestReadOnlyDatabaseThenWritable starts. Without runHelperEnv
// it does nothing.
func TestRunHelperProcess(t *testing.T) {
	args, ok := os.LookupEnv(runHelperEnv)
	if !ok {
		return
	}
	err := run(t.Context(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr)
	os.Exit(report(err, os.Stderr))
}

// A database that is read-only for the user redress runs as is a storage
// fault, not the mail's: `once` fails, files nothing, keeps nothing as
// unfiled and leaves the inbox position; made writable again, the next
// `once` files the same mail with nothing unfiled.
//
// Root writes to read-only files, so as root the rounds run in a copy of
// the test binary as nobody; otherwise in-process with plain chmod.
func TestReadOnlyDatabaseThenWritable(t *testing.T) {
	const nobody = 65534
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))

	base, err := os.MkdirTemp("", "redress-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	root := os.Geteuid() == 0
	cfgPath := storageConfig(t, s, base, "  database: ./redress.db\n")

	// The database exists with its schema, as after an earlier run.
	if st, err := openStore(t.Context(), mustLoad(t, cfgPath)); err != nil {
		t.Fatal(err)
	} else {
		st.Close()
	}
	var bin string
	if root {
		filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err == nil {
				os.Chown(p, nobody, nobody)
			}
			return err
		})
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		bin = filepath.Join(base, "redress.test")
		ccCopy(t, self, bin)
	}
	once := func() (string, int) {
		t.Helper()
		if !root {
			out, errOut, err := invoke(t, t.Context(), "once", "-config", cfgPath)
			return out + errOut, exitCode(err)
		}
		cmd := exec.Command(bin, "-test.run=^TestRunHelperProcess$")
		cmd.Dir = base
		race := strings.TrimSpace(os.Getenv("GORACE") + " atexit_sleep_ms=0")
		cmd.Env = append(os.Environ(), runHelperEnv+"=once\x1f-config\x1f"+cfgPath, "GORACE="+race)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}}
		b, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return string(b), 0
		case errors.As(err, &ee):
			return string(b), ee.ExitCode()
		case errors.Is(err, syscall.EPERM):
			t.Skipf("running as root but cannot switch to uid %d (%v): no user the kernel holds to permission bits", nobody, err)
		}
		t.Fatalf("running once as uid %d: %v\n%s", nobody, err, b)
		return "", 0
	}

	db := filepath.Join(base, "redress.db")
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	out, code := once()
	t.Logf("once on a read-only database:\n%s", out)
	if code == 0 {
		t.Fatalf("once on a read-only database exited 0:\n%s", out)
	}
	if !strings.Contains(out, "readonly") && !strings.Contains(out, "read-only") {
		t.Errorf("output does not name the cause:\n%s", out)
	}
	if strings.Contains(out, "keeping the message") || strings.Contains(out, "kept without a case") {
		t.Errorf("a storage fault was reported as keeping mail without a case:\n%s", out)
	}
	cfg := mustLoad(t, cfgPath)
	st, err := openStore(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := st.Cases(t.Context())
	unfiled, _ := st.UnfiledMessages(t.Context())
	cur, _ := st.Cursor(t.Context(), "INBOX")
	st.Close()
	if len(cases) != 0 || len(unfiled) != 0 || cur.LastUID != 0 {
		t.Fatalf("after the failed round: %d cases, %d unfiled, cursor %+v; want nothing filed and the position kept", len(cases), len(unfiled), cur)
	}
	if root {
		// Opening it as root above may have left root's files behind.
		filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err == nil {
				os.Chown(p, nobody, nobody)
			}
			return err
		})
	}

	if err := os.Chmod(db, 0o644); err != nil {
		t.Fatal(err)
	}
	out, code = once()
	if code != 0 {
		t.Fatalf("once after the database was made writable exited %d:\n%s", code, out)
	}
	st, err = openStore(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cases, _ = st.Cases(t.Context())
	unfiled, _ = st.UnfiledMessages(t.Context())
	if len(cases) != 2 || len(unfiled) != 0 {
		t.Errorf("after the fix: %d cases, %d unfiled; want both mails filed and nothing unfiled\n%s", len(cases), len(unfiled), out)
	}
}

func mustLoad(t *testing.T, path string) *config.Config {
	t.Helper()
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
