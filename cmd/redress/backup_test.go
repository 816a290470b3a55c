package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yweca/redress/casefile"
)

// A backup taken while another connection keeps writing restores, on a
// fresh config, to the same `cases list --json` the station showed when
// it was taken; flags go before or after OUT, an existing OUT is refused
// without -force and replaced with it.
func TestBackupAndRestore(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	ctx := t.Context()

	// The writer: another handle on the database advancing a cursor of a
	// folder the cases list does not show, until the backups are done.
	w, err := openStore(ctx, mustLoad(t, s.config))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	stop, writerDone, wrote := make(chan struct{}), make(chan error, 1), make(chan struct{})
	go func() {
		for uid := uint32(1); ; uid++ {
			err := w.Write(ctx, func(tx *casefile.Tx) error { return tx.AdvanceCursor("Backup-Test", 1, uid) })
			if uid == 1 {
				close(wrote)
			}
			select {
			case <-stop:
				writerDone <- err
				return
			default:
			}
			if err != nil {
				writerDone <- err
				return
			}
		}
	}()
	<-wrote

	listJSON := func(cfg string) string {
		t.Helper()
		out, errOut, err := invoke(t, ctx, "cases", "list", "--json", "-config", cfg)
		if err != nil {
			t.Fatalf("cases list: %v\n%s", err, errOut)
		}
		return out
	}
	want := listJSON(s.config)
	if !strings.Contains(want, `"ref"`) {
		t.Fatalf("the station has no cases to back up:\n%s", want)
	}

	dir := t.TempDir()
	out := filepath.Join(dir, "redress-backup.db")
	stdout, errOut, err := invoke(t, ctx, "backup", "-config", s.config, out)
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, errOut)
	}
	if !strings.Contains(stdout, "integrity_check ok") || !strings.Contains(stdout, "storage.mail_dir") {
		t.Errorf("backup did not report the check and the mail directory:\n%s", stdout)
	}
	// OUT first, flags after; an existing OUT is refused, then replaced.
	_, _, err = invoke(t, ctx, "backup", out, "-config", s.config)
	if err == nil || !strings.Contains(err.Error(), "-force") {
		t.Errorf("backup over an existing file: %v, want a refusal naming -force", err)
	}
	if _, errOut, err := invoke(t, ctx, "backup", out, "-force", "-config", s.config); err != nil {
		t.Errorf("backup -force: %v\n%s", err, errOut)
	}
	if _, _, err := invoke(t, ctx, "backup", "-config", s.config); exitCode(err) != 2 {
		t.Errorf("backup without OUT: exit %d (%v), want 2", exitCode(err), err)
	}
	close(stop)
	if err := <-writerDone; err != nil {
		t.Fatalf("the writer: %v", err)
	}
	if got := listJSON(s.config); got != want {
		t.Fatalf("the cases changed during the test, so it proves nothing:\nbefore: %s\nafter: %s", want, got)
	}

	// Restore as README.md says: the backup becomes the database of a
	// fresh installation, the mail directory is copied beside it.
	fresh := t.TempDir()
	cfg := storageConfig(t, s, fresh, "  database: ./redress.db\n")
	ccCopy(t, out, filepath.Join(fresh, "redress.db"))
	if err := exec.Command("cp", "-a", filepath.Join(s.dir, "mail"), filepath.Join(fresh, "mail")).Run(); err != nil {
		t.Fatalf("copying the mail directory: %v", err)
	}
	if got := listJSON(cfg); got != want {
		t.Errorf("cases list --json of the restored backup differs:\nrestored: %s\noriginal: %s", got, want)
	}
	orig, _, err := invoke(t, ctx, "cases", "raw", "1", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	if raw, errOut, err := invoke(t, ctx, "cases", "raw", "1", "-config", cfg); err != nil || raw != orig {
		t.Errorf("cases raw 1 of the restored backup: %v (%d bytes, want %d)\n%s", err, len(raw), len(orig), errOut)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the backup itself: %v", err)
	}
}

// On the station's machine the commands find the config without -config:
// REDRESS_CONFIG names it ("redress backup FILE", as an operator types it).
func TestConfigFromEnvironment(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ctx := t.Context()
	out := filepath.Join(t.TempDir(), "copy.db")
	t.Setenv("REDRESS_CONFIG", s.config)
	if _, errOut, err := invoke(t, ctx, "backup", out); err != nil {
		t.Fatalf("backup without -config: %v\n%s", err, errOut)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no backup written: %v", err)
	}
	t.Setenv("REDRESS_CONFIG", "")
	if _, err := os.Stat(defaultConfig); err == nil {
		t.Skipf("%s exists on this machine; the missing-config error cannot be seen", defaultConfig)
	}
	_, _, err := invoke(t, ctx, "cases", "list")
	if err == nil || !strings.Contains(err.Error(), "REDRESS_CONFIG") {
		t.Errorf("cases list without any config: %v, want an error naming REDRESS_CONFIG", err)
	}
}
