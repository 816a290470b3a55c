package main

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
)

func TestUIDValidityChangeCreatesNoDuplicates(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	s.once(t)

	// The server loses its UIDs (a migration, a restored backup): the same
	// mail comes back under a new UIDVALIDITY, plus one new message.
	if err := s.imap.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	s.deliver(t, mkMail(complaintEN))
	s.deliver(t, mkMail(complaintZH))
	third := complaintEN
	third.id, third.from = "c3@mail.example", "Ada <ada@mail.example>"
	s.deliver(t, mkMail(third))
	s.once(t)

	if n := len(s.cases(t)); n != 3 {
		t.Fatalf("got %d cases after the re-scan, want 3", n)
	}
	for _, rcpt := range []string{"wangfang@mail.example", "tom@mail.example", "ada@mail.example"} {
		if n := len(s.sentTo(rcpt)); n != 1 {
			t.Errorf("%s got %d acks, want 1", rcpt, n)
		}
	}
}

func TestPermanentSMTPFailureIsRecordedNotRetried(t *testing.T) {
	s := newStation(t)
	s.smtp.RejectRcpt("tom@mail.example", 550, "5.1.1 mailbox unavailable")
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	s.once(t)

	ref := s.cases(t)[0].Ref
	out, _, err := invoke(t, t.Context(), "cases", "show", ref, "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "failed") || !strings.Contains(out, "mailbox unavailable") {
		t.Errorf("case does not show the failed delivery with the server's reply:\n%s", out)
	}
	// The staff notice still went out; the ack was tried once only.
	if n := len(s.sentTo("cases@yweca.org.example")); n != 1 {
		t.Errorf("staff notices = %d, want 1", n)
	}
}

func TestTemporarySMTPFailureIsRetriedLater(t *testing.T) {
	s := newStation(t)
	s.smtp.RejectRcpt("tom@mail.example", 451, "4.3.0 try again later")
	s.deliver(t, mkMail(complaintEN))
	s.once(t)
	if n := len(s.sentTo("tom@mail.example")); n != 0 {
		t.Fatalf("got %d acks through a rejecting server", n)
	}
	ref := s.cases(t)[0].Ref
	out, _, _ := invoke(t, t.Context(), "cases", "show", ref, "-config", s.config)
	if !strings.Contains(out, "pending") {
		t.Errorf("ack not pending after a temporary failure:\n%s", out)
	}
}

func TestImplicitTLSWithCAFile(t *testing.T) {
	s := newStation(t)
	tlsSrv := mailboxtest.StartTLS(t)
	cfg, err := os.ReadFile(s.config)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(cfg), fmt.Sprintf("port: %d\n  tls: none\n  username", s.imap.Port),
		fmt.Sprintf("port: %d\n  tls: implicit\n  ca_file: %s\n  username", tlsSrv.Port, tlsSrv.CAFile), 1)
	if text == string(cfg) {
		t.Fatal("could not rewrite the imap section")
	}
	os.WriteFile(s.config, []byte(text), 0o600)
	t.Setenv("REDRESS_TEST_IMAP_PASSWORD", tlsSrv.Password)
	tlsSrv.Append(t, "INBOX", mkMail(complaintZH))

	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err != nil {
		t.Fatalf("check-config over implicit TLS with ca_file: %v\n%s", err, out)
	}
	s.once(t)
	if n := len(s.cases(t)); n != 1 {
		t.Errorf("got %d cases over TLS, want 1", n)
	}
}

func TestRunPollsOnScheduleAndStopsOnSignal(t *testing.T) {
	s := newStation(t)
	cfg, _ := os.ReadFile(s.config)
	os.WriteFile(s.config, []byte(strings.Replace(string(cfg), `"@every 1m"`, `"@every 1s"`, 1)), 0o600)

	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	var runErr error
	var stderr strings.Builder
	wg.Go(func() {
		var out strings.Builder
		runErr = run(ctx, []string{"run", "-config", s.config}, &out, &stderr)
	})
	s.deliver(t, mkMail(complaintEN))
	if got := s.smtp.WaitFor(2, 20*time.Second); len(got) < 2 {
		cancel()
		wg.Wait()
		t.Fatalf("the daemon sent %d mails within 20s, want the ack and the staff notice\n%s", len(got), stderr.String())
	}
	cancel() // what SIGINT/SIGTERM does through signal.NotifyContext
	wg.Wait()
	if runErr != nil {
		t.Errorf("run returned %v after a clean stop", runErr)
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("run did not log its stop:\n%s", stderr.String())
	}
	if n := len(s.cases(t)); n != 1 {
		t.Errorf("got %d cases, want 1", n)
	}
}

func TestUnfiledMailIsListedWithReason(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(mailSpec{from: "Ann <ann@mail.example>", subject: "Automatic reply: away", id: "oof@mail.example",
		headers: []string{"Auto-Submitted: auto-replied"}, body: "I am away until Monday.\n"}))
	s.once(t)
	out, _, err := invoke(t, t.Context(), "cases", "unfiled", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ann@mail.example") || !strings.Contains(out, "auto-reply naming no known case") {
		t.Errorf("unfiled list lacks the auto-reply and its reason:\n%s", out)
	}
}

func TestEvidenceRetrievable(t *testing.T) {
	s := newStation(t)
	photo := []byte("\x89PNG\r\n\x1a\nnot really a png, but bytes all the same")
	raw := "From: Tom Baker <tom@mail.example>\r\nTo: tousu@yweca.org.example\r\nSubject: Broken lamp, photo attached\r\n" +
		"Message-ID: <att1@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n" +
		"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe lamp from Bright Lights Co. arrived broken, see the photo.\r\n" +
		"--XX\r\nContent-Type: image/png; name=\"lamp.png\"\r\nContent-Disposition: attachment; filename=\"lamp.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(photo) + "\r\n--XX--\r\n"
	s.deliver(t, []byte(raw))
	s.once(t)

	ref := s.cases(t)[0].Ref
	out, _, err := invoke(t, t.Context(), "cases", "show", ref, "--json", "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Messages []struct {
			ID          int64  `json:"id"`
			Direction   string `json:"direction"`
			SHA256      string `json:"sha256"`
			Attachments []struct {
				ID       int64  `json:"id"`
				Filename string `json:"filename"`
				Size     int64  `json:"size"`
			} `json:"attachments"`
		} `json:"messages"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	in := c.Messages[0]
	if in.Direction != "in" || len(in.Attachments) != 1 || in.Attachments[0].Filename != "lamp.png" || in.Attachments[0].Size != int64(len(photo)) {
		t.Fatalf("incoming message = %+v, want lamp.png of %d bytes", in, len(photo))
	}

	got, _, err := invoke(t, t.Context(), "cases", "attachment", strconv.FormatInt(in.Attachments[0].ID, 10), "-config", s.config)
	if err != nil || got != string(photo) {
		t.Errorf("cases attachment gave %q, %v; want the photo's bytes", got, err)
	}
	file := filepath.Join(t.TempDir(), "evidence.eml")
	if _, _, err := invoke(t, t.Context(), "cases", "raw", strconv.FormatInt(in.ID, 10), "-o", file, "-config", s.config); err != nil {
		t.Fatal(err)
	}
	kept, _ := os.ReadFile(file)
	sum := sha256.Sum256(kept)
	if string(kept) != raw || hex.EncodeToString(sum[:]) != in.SHA256 {
		t.Errorf("raw evidence differs from what was delivered, or its SHA-256 (%s) from the one shown (%s)", hex.EncodeToString(sum[:]), in.SHA256)
	}
}

func TestParsePolicyRequired(t *testing.T) {
	s := newStation(t)
	cfg, _ := os.ReadFile(s.config)
	os.WriteFile(s.config, append(cfg, []byte("policy:\n  required: [complainant_phone]\n")...), 0o600)
	f := filepath.Join(t.TempDir(), "m.eml")
	os.WriteFile(f, mkMail(mailSpec{from: "Li Na <lina@mail.example>", subject: "鞋子开胶", id: "p1@mail.example",
		body: "你好，我在网上买的鞋子开胶了，商家不给退。\n"}), 0o600)

	missing := func(args ...string) []string {
		t.Helper()
		out, _, err := invoke(t, t.Context(), append([]string{"parse"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Missing []string `json:"missing"`
		}
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		return m.Missing
	}
	if got := missing(f); strings.Join(got, ",") != "complainant_phone,respondent_name,respondent_contact" {
		t.Errorf("default policy: missing = %v", got)
	}
	if got := missing("-config", s.config, f); strings.Join(got, ",") != "complainant_phone" {
		t.Errorf("policy.required [complainant_phone]: missing = %v", got)
	}
}

// One round's mail goes over one SMTP session; with the server down the
// round says so once, `once` fails, and the mail waits for the next round.
func TestDeliveryOneSessionAndServerDown(t *testing.T) {
	s := newStation(t)
	s.smtp.Refuse(true)
	s.deliver(t, mkMail(complaintZH))
	s.deliver(t, mkMail(complaintEN))
	out, errOut, err := invoke(t, t.Context(), "once", "-config", s.config)
	if err == nil {
		t.Fatalf("once with the mail server down succeeded:\n%s", out)
	}
	if n := strings.Count(errOut, "unreachable"); n != 1 {
		t.Errorf("%d log lines about the unreachable server, want exactly 1:\n%s", n, errOut)
	}
	if !strings.Contains(out, "4 mails left queued") {
		t.Errorf("once does not say what stays queued:\n%s", out)
	}
	if n := s.smtp.Connections(); n != 1 {
		t.Errorf("%d connection attempts, want 1: the round stops at the first failure", n)
	}

	s.smtp.Refuse(false)
	before := s.smtp.Connections()
	s.once(t)
	if got := len(s.smtp.Messages()); got != 4 {
		t.Errorf("%d mails delivered after the server came back, want 4 (two acks, two notices)", got)
	}
	if n := s.smtp.Connections() - before; n != 1 {
		t.Errorf("the round used %d SMTP sessions for 4 mails, want 1", n)
	}
}
