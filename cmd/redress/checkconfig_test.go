package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// checkConfigHelperEnv, when set, makes TestCheckConfigHelperProcess run
// `redress check-config -config $value` and exit with its code.
const checkConfigHelperEnv = "REDRESS_CHECKCONFIG_HELPER"

// TestCheckConfigHelperProcess is not a test: it is the body of the
// unprivileged child TestCheckConfigStorageAsUser starts. Without
// checkConfigHelperEnv it does nothing.
func TestCheckConfigHelperProcess(t *testing.T) {
	path, ok := os.LookupEnv(checkConfigHelperEnv)
	if !ok {
		return
	}
	err := run(t.Context(), []string{"check-config", "-config", path}, os.Stdout, os.Stderr)
	os.Exit(exitCode(err))
}

// storageConfig writes s's config into dir with storage replaced by the
// given YAML block, and returns its path.
func storageConfig(t *testing.T, s *station, dir, storage string) string {
	t.Helper()
	data, err := os.ReadFile(s.config)
	if err != nil {
		t.Fatal(err)
	}
	head, _, ok := strings.Cut(string(data), "storage:\n")
	if !ok {
		t.Fatalf("the station's config has no storage section:\n%s", data)
	}
	path := filepath.Join(dir, "redress.yaml")
	if err := os.WriteFile(path, []byte(head+"storage:\n"+storage), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckConfigStorage(t *testing.T) {
	s := newStation(t)
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) // builds what the storage block names
		storage string
		want    []string // lines (or parts) of the output, "$dir" replaced
		wantErr bool
	}{
		{name: "defaults beside the config", storage: "  database: ./redress.db\n",
			want: []string{"storage.database $dir/redress.db: ok", "storage.mail_dir $dir/mail: ok", "imap 127.0.0.1", "smtp 127.0.0.1"}},
		{name: "database directory missing", storage: "  database: ./nodir/redress.db\n",
			want: []string{"storage.database: failed: database directory $dir/nodir does not exist", "storage.mail_dir $dir/nodir/mail: ok"}, wantErr: true},
		{name: "database directory is a file", storage: "  database: ./file/redress.db\n",
			setup: func(t *testing.T, dir string) { os.WriteFile(filepath.Join(dir, "file"), nil, 0o600) },
			want:  []string{"storage.database: failed: database directory $dir/file is not a directory but a regular file", "storage.mail_dir: failed: mail directory $dir/file/mail cannot be created"}, wantErr: true},
		{name: "database is a directory", storage: "  database: ./redress.db\n",
			setup: func(t *testing.T, dir string) { os.Mkdir(filepath.Join(dir, "redress.db"), 0o755) },
			want:  []string{"storage.database: failed: database file $dir/redress.db is a directory, not a regular file", "storage.mail_dir $dir/mail: ok"}, wantErr: true},
		{name: "mail_dir is a file", storage: "  database: ./redress.db\n  mail_dir: blobs\n",
			setup: func(t *testing.T, dir string) { os.WriteFile(filepath.Join(dir, "blobs"), nil, 0o600) },
			want:  []string{"storage.database $dir/redress.db: ok", "storage.mail_dir: failed: mail directory $dir/blobs is not a directory but a regular file"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			path := storageConfig(t, s, dir, tt.storage)
			out, _, err := invoke(t, t.Context(), "check-config", "-config", path)
			if tt.wantErr && exitCode(err) == 0 {
				t.Errorf("check-config exited 0 for a storage problem:\n%s", out)
			}
			if !tt.wantErr && err != nil {
				t.Errorf("check-config: %v\n%s", err, out)
			}
			for _, w := range tt.want {
				if w = strings.ReplaceAll(w, "$dir", dir); !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			// The IMAP and SMTP checks still run and report.
			if !strings.Contains(out, "imap 127.0.0.1") || !strings.Contains(out, "smtp 127.0.0.1") {
				t.Errorf("a storage problem hid the server checks:\n%s", out)
			}
			if _, err := os.Stat(filepath.Join(dir, "mail")); err == nil {
				t.Errorf("check-config created the mail directory")
			}
		})
	}
}

// TestCheckConfigStorageAsUser is the operator's case from the issue: a
// database the daemon's user cannot write (a read-only -shm left behind by
// another user, a directory it does not own). When the test runs as root,
// check-config runs as nobody (uid 65534), for whom the kernel enforces
// the permission bits.
func TestCheckConfigStorageAsUser(t *testing.T) {
	const nobody = 65534
	s := newStation(t)
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) // dir is owned by the checking user
		want  string
	}{
		{name: "read-only shm left behind",
			setup: func(t *testing.T, dir string) {
				for _, f := range []string{"redress.db", "redress.db-wal", "redress.db-shm"} {
					ccWrite(t, filepath.Join(dir, f), 0o600)
				}
				// Left by a root run: root's, not writable by others.
				ccGiveAway(t, filepath.Join(dir, "redress.db-shm"))
			},
			want: "storage.database: failed: database shared-memory file $dir/redress.db-shm is not readable and writable by uid"},
		{name: "database directory not writable",
			setup: func(t *testing.T, dir string) { os.Chmod(dir, 0o555) },
			want:  "storage.database: failed: database directory $dir is not writable by uid"},
		{name: "mail directory not writable",
			setup: func(t *testing.T, dir string) {
				os.Mkdir(filepath.Join(dir, "mail"), 0o755)
				ccGiveAway(t, filepath.Join(dir, "mail"))
			},
			want: "storage.mail_dir: failed: mail directory $dir/mail is not writable by uid"},
	}

	base, err := os.MkdirTemp("", "redress-checkconfig-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
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
	root := os.Geteuid() == 0
	var bin string
	if root {
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		bin = filepath.Join(base, "redress.test")
		ccCopy(t, self, bin)
	}

	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(base, string(rune('a'+i)))
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := storageConfig(t, s, dir, "  database: ./redress.db\n")
			if root {
				// The case's tree belongs to the user the check runs as;
				// the setup then takes away what the case is about.
				for _, p := range []string{dir, path} {
					if err := os.Chown(p, nobody, nobody); err != nil {
						t.Fatal(err)
					}
				}
			}
			tt.setup(t, dir)

			var out string
			var code int
			if root {
				cmd := exec.Command(bin, "-test.run=^TestCheckConfigHelperProcess$")
				cmd.Dir = base
				race := strings.TrimSpace(os.Getenv("GORACE") + " atexit_sleep_ms=0")
				cmd.Env = append(os.Environ(), checkConfigHelperEnv+"="+path, "GORACE="+race)
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}}
				b, err := cmd.Output()
				out = string(b)
				var ee *exec.ExitError
				switch {
				case errors.As(err, &ee):
					code = ee.ExitCode()
				case errors.Is(err, syscall.EPERM):
					t.Skipf("running as root but cannot switch to uid %d (%v): no user the kernel holds to permission bits", nobody, err)
				case err != nil:
					t.Fatalf("running check-config as uid %d: %v", nobody, err)
				}
			} else {
				o, _, err := invoke(t, t.Context(), "check-config", "-config", path)
				out, code = o, exitCode(err)
			}
			if code == 0 {
				t.Errorf("check-config exited 0 for storage the user cannot write:\n%s", out)
			}
			uid := os.Geteuid()
			if root {
				uid = nobody
			}
			// The uid in the line also proves who ran the check.
			if w := strings.ReplaceAll(tt.want, "$dir", dir) + " " + strconv.Itoa(uid) + " (permission denied)"; !strings.Contains(out, w) {
				t.Errorf("output lacks %q:\n%s", w, out)
			}
			if !strings.Contains(out, "imap 127.0.0.1") {
				t.Errorf("the server checks did not run:\n%s", out)
			}
		})
	}
}

// ccGiveAway makes p unwritable for the checking user: given to root when
// the test is root (the check runs as nobody), else made read-only.
func ccGiveAway(t *testing.T, p string) {
	t.Helper()
	if os.Geteuid() == 0 {
		if err := os.Chown(p, 0, 0); err != nil {
			t.Fatal(err)
		}
		return
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, st.Mode().Perm()&^0o222); err != nil {
		t.Fatal(err)
	}
}

func ccWrite(t *testing.T, p string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(p, []byte("x"), mode); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		if err := os.Chown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
}

func ccCopy(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o755)
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

// A PostgreSQL that does not answer stops the command with the key to look
// at and the server it tried, and check-config says the same.
func TestPostgresUnreachable(t *testing.T) {
	s := newStation(t)
	raw, err := os.ReadFile(s.config)
	if err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(string(raw), "storage:\n  database: ./redress.db\n",
		fmt.Sprintf("storage:\n  postgres: {url: \"postgres://redress@127.0.0.1:%d/redress?connect_timeout=5\", password_env: REDRESS_TEST_PG}\n", closedPort(t)), 1)
	if cfg == string(raw) {
		t.Fatal("the test station's config has no storage.database line to replace")
	}
	t.Setenv("REDRESS_TEST_PG", "secret")
	if err := os.WriteFile(s.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err = invoke(t, t.Context(), "once", "-config", s.config)
	if err == nil || !strings.Contains(err.Error(), "storage.postgres: connecting to PostgreSQL at 127.0.0.1") {
		t.Errorf("once with an unreachable storage.postgres: %v, want an error naming storage.postgres and the server", err)
	}
	if err != nil && strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err == nil || !strings.Contains(out, "storage.postgres: failed: connecting to PostgreSQL at 127.0.0.1") {
		t.Errorf("check-config with an unreachable storage.postgres: %v\n%s", err, out)
	}
}

// closedPort is a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return port
}
