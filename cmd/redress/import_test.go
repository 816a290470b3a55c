package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yweca/redress/desk"
)

// archiveMails are the test archive's mail: four of the shared examples
// (two Chinese complaints, spam, an English complaint) and made ones.
func archiveMails(t *testing.T) [][]byte {
	t.Helper()
	var out [][]byte
	for _, f := range []string{"example-01.eml", "example-02.eml", "example-03.eml", "example-05.eml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "import", f))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	for i := range 4 {
		out = append(out, mkMail(mailSpec{from: fmt.Sprintf("Buyer %d <buyer%d@mail.example>", i, i),
			subject: fmt.Sprintf("Complaint %d about a shop", i), id: fmt.Sprintf("old%d@mail.example", i),
			body: fmt.Sprintf("Hello,\nI am Buyer %d, phone 1380013800%d. I bought shoes from Happy Feet Co. (0579-8555000%d) and they broke.\nFrom the shop I heard nothing.\nOrder No. HF-%d, paid US$20.00.\n", i, i, i, i)}))
	}
	return out
}

// writeMbox writes mails as an mboxrd file with LF line ends, as mail
// clients export them.
func writeMbox(t *testing.T, path string, mails [][]byte) {
	t.Helper()
	quote := regexp.MustCompile(`(?m)^(>*From )`)
	var b strings.Builder
	for _, m := range mails {
		s := strings.ReplaceAll(string(m), "\r\n", "\n")
		b.WriteString("From someone@mail.example Mon Nov 23 02:00:00 2026\n")
		b.WriteString(quote.ReplaceAllString(s, ">$1"))
		if !strings.HasSuffix(s, "\n") {
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

func (s *station) importArchive(t *testing.T, args ...string) (string, string) {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), append([]string{"import", "-config", s.config}, args...)...)
	if err != nil {
		t.Fatalf("redress import %v: %v\nstdout: %s\nstderr: %s", args, err, out, errOut)
	}
	return out, errOut
}

// pending is the number of mails waiting in the outbox.
func (s *station) pending(t *testing.T) int {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), "outbox", "list", "-json", "-config", s.config)
	if err != nil {
		t.Fatalf("outbox list: %v\n%s", err, errOut)
	}
	return strings.Count(out, `"state": "pending"`)
}

func TestImportMboxFilesEachOnceAndMailsNoOne(t *testing.T) {
	s := newStation(t)
	mails := archiveMails(t)
	// One complaint is filed from the inbox first: its ack and notice go.
	s.deliver(t, mails[4])
	s.once(t)
	sent := len(s.smtp.Messages())
	if sent == 0 {
		t.Fatal("the inbox mail was not acknowledged: the test cannot tell mail sent by the import")
	}

	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	// The inbox's mail again, and one mail twice.
	writeMbox(t, mbox, append(mails, mails[0]))
	out, _ := s.importArchive(t, "--mbox", mbox)
	want := "imported 6 (new cases 6, added to cases 0), duplicates skipped 2, unfiled 1 (spam naming no known case: 1), errors 0; mails not sent 12"
	if strings.TrimSpace(out) != want {
		t.Errorf("summary:\n%s\nwant\n%s", out, want)
	}
	if n := len(s.cases(t)); n != 7 {
		t.Errorf("got %d cases, want 7 (one from the inbox, six imported)", n)
	}
	if n := len(s.smtp.Messages()); n != sent {
		t.Errorf("the SMTP server got %d mails after the import, %d before: an import mails no one", n, sent)
	}
	if n := s.pending(t); n != 0 {
		t.Errorf("%d mails wait in the outbox after the import: they would go out later", n)
	}
	// The daemon's next round sends nothing for them either.
	s.once(t)
	if n := len(s.smtp.Messages()); n != sent {
		t.Errorf("the next round sent %d mails for imported cases", n-sent)
	}

	// Again: the checkpoint is at the end; and a copy elsewhere is all
	// duplicates.
	out, _ = s.importArchive(t, "--mbox", mbox)
	if !strings.HasPrefix(out, "imported 0 ") {
		t.Errorf("second import: %s", out)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.mbox")
	writeMbox(t, copyPath, mails)
	out, _ = s.importArchive(t, "--mbox", copyPath)
	if !strings.HasPrefix(out, "imported 0 (new cases 0, added to cases 0), duplicates skipped 8,") {
		t.Errorf("import of a copy: %s", out)
	}
}

func TestImportMaildir(t *testing.T) {
	s := newStation(t)
	dir := filepath.Join(t.TempDir(), "Maildir")
	for i, m := range archiveMails(t) {
		sub := "cur"
		if i%2 == 1 {
			sub = "new"
		}
		p := filepath.Join(dir, sub, fmt.Sprintf("17000000%02d.M%dP1.host:2,S", i, i))
		if sub == "new" {
			p = strings.TrimSuffix(p, ":2,S")
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, m, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, _ := s.importArchive(t, "--maildir", dir)
	if want := "imported 7 (new cases 7, added to cases 0), duplicates skipped 0, unfiled 1 (spam naming no known case: 1), errors 0; mails not sent 14"; strings.TrimSpace(out) != want {
		t.Errorf("summary:\n%s\nwant\n%s", out, want)
	}
	if n := len(s.smtp.Messages()); n != 0 {
		t.Errorf("the SMTP server got %d mails", n)
	}
	out, _ = s.importArchive(t, "--maildir", dir)
	if !strings.HasPrefix(out, "imported 0 (new cases 0, added to cases 0), duplicates skipped 8,") {
		t.Errorf("second import: %s", out)
	}
}

func TestImportSendAcks(t *testing.T) {
	s := newStation(t)
	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	writeMbox(t, mbox, archiveMails(t)[4:6])
	out, _ := s.importArchive(t, "--mbox", mbox, "--send-acks")
	if !strings.Contains(out, "acknowledgements queued 2; mail sent 2,") {
		t.Errorf("output:\n%s", out)
	}
	for _, rcpt := range []string{"buyer0@mail.example", "buyer1@mail.example"} {
		if n := len(s.sentTo(rcpt)); n != 1 {
			t.Errorf("%s got %d mails, want the acknowledgement", rcpt, n)
		}
	}
	if n := len(s.sentTo("cases@yweca.org.example")); n != 0 {
		t.Errorf("staff got %d notices of imported mail, want none", n)
	}
}

// TestImportBesideDaemon: with the daemon's lock held, an import files
// (it sends nothing); with --send-acks it queues the acknowledgements for
// the daemon instead of sending them itself.
func TestImportBesideDaemon(t *testing.T) {
	s := newStation(t)
	unlock, err := lockDatabase(filepath.Join(s.dir, "redress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	writeMbox(t, mbox, archiveMails(t)[4:5])
	out, _ := s.importArchive(t, "--mbox", mbox, "--send-acks")
	if !strings.Contains(out, "acknowledgements queued 1; the running daemon sends them") {
		t.Errorf("output:\n%s", out)
	}
	if n := len(s.smtp.Messages()); n != 0 {
		t.Errorf("the import sent %d mails while the daemon holds the lock", n)
	}
	if n := s.pending(t); n != 1 {
		t.Errorf("%d mails pending, want the acknowledgement", n)
	}
}

type importedCase struct{ subject, kind, state string }

func importedCases(t *testing.T, s *station) []importedCase {
	t.Helper()
	var out []importedCase
	for _, c := range s.cases(t) {
		sh := s.show(t, c.Ref)
		subj := ""
		if len(sh.Messages) > 0 {
			subj = sh.Messages[0].MessageID
		}
		out = append(out, importedCase{subj, c.Kind, c.State})
	}
	return out
}

func TestImportInterruptedThenResumed(t *testing.T) {
	mails := archiveMails(t)
	mails = append(mails, mails[5]) // a duplicate too
	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	writeMbox(t, mbox, mails)

	whole := newStation(t)
	whole.importArchive(t, "--mbox", mbox)
	want := fmt.Sprint(importedCases(t, whole))

	for _, k := range []int{2, 5} {
		t.Run(fmt.Sprint("after ", k), func(t *testing.T) {
			s := newStation(t)
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			cmd := importCommand{batch: 2, progress: func(st desk.ImportStats) {
				if st.Read >= k {
					cancel()
				}
			}}
			var out, errOut strings.Builder
			err := cmd.run(ctx, []string{"-config", s.config, "--mbox", mbox}, &out, &errOut)
			var ee exitError
			if !errors.As(err, &ee) || !strings.Contains(ee.msg, "run the same command again") {
				t.Fatalf("interrupted import: err = %v, want the interruption reported\n%s%s", err, out.String(), errOut.String())
			}
			_, errText := s.importArchive(t, "--mbox", mbox)
			if !strings.Contains(errText, "import: resuming archive.mbox at byte ") {
				t.Errorf("the second run did not resume from the checkpoint:\n%s", errText)
			}
			if got := fmt.Sprint(importedCases(t, s)); got != want {
				t.Errorf("resumed import made\n%s\nuninterrupted made\n%s", got, want)
			}
		})
	}
}

func TestImportArchiveChangedStartsOver(t *testing.T) {
	s := newStation(t)
	mails := archiveMails(t)
	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	writeMbox(t, mbox, mails[4:6])
	s.importArchive(t, "--mbox", mbox)
	// Rewritten shorter with other mail: the checkpoint no longer holds.
	writeMbox(t, mbox, mails[6:7])
	out, errText := s.importArchive(t, "--mbox", mbox)
	if !strings.Contains(errText, "changed since the import") || !strings.HasPrefix(out, "imported 1 ") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out, errText)
	}
}

func TestImportUsage(t *testing.T) {
	s := newStation(t)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"neither", []string{}, 2},
		{"both", []string{"--mbox", "a", "--maildir", "b"}, 2},
		{"stray argument", []string{"--mbox", "a", "extra"}, 2},
		{"no such file", []string{"--mbox", filepath.Join(t.TempDir(), "none.mbox")}, 1},
		{"not an mbox", []string{"--mbox", filepath.Join("testdata", "import", "example-01.eml")}, 1},
		{"not a maildir", []string{"--maildir", t.TempDir()}, 1},
	}
	for _, tt := range tests {
		_, _, err := invoke(t, t.Context(), append([]string{"import", "-config", s.config}, tt.args...)...)
		if code := exitCode(err); err == nil || code != tt.code {
			t.Errorf("%s: err %v (exit %d), want exit %d", tt.name, err, code, tt.code)
		}
	}
}

func TestImportProgressLines(t *testing.T) {
	s := newStation(t)
	mbox := filepath.Join(t.TempDir(), "archive.mbox")
	writeMbox(t, mbox, archiveMails(t))
	var out, errOut strings.Builder
	err := importCommand{batch: 2, lineEvery: 4}.run(t.Context(), []string{"-config", s.config, "--mbox", mbox}, &out, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	lines := regexp.MustCompile(`(?m)^import: \d+ read \(\d+% of archive.mbox\): new cases`).FindAllString(errOut.String(), -1)
	if len(lines) != 2 {
		t.Errorf("got %d progress lines for 8 mails every 4, want 2:\n%s", len(lines), errOut.String())
	}
}
