package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify/notifytest"
)

// The hosted mailboxes stations actually have, end to end: each quirk
// of NetEase, Tencent, Gmail and Outlook played by the test server, and
// redress run against it as an operator would.

// lockedBuffer is a bytes.Buffer safe for a daemon writing and a test
// reading.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// newStationWith is newStation against a test IMAP server started with
// opts (a provider's quirks).
func newStationWith(t *testing.T, opts mailboxtest.Options) (*station, *mailboxtest.Server) {
	t.Helper()
	srv := mailboxtest.StartWith(t, opts)
	s := newStationOn(t, srv)
	t.Setenv("REDRESS_TEST_IMAP_PASSWORD", srv.Password)
	return s, srv
}

// edit rewrites the station's config file.
func (s *station) edit(t *testing.T, f func(string) string) {
	t.Helper()
	cfg, err := os.ReadFile(s.config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.config, []byte(f(string(cfg))), 0o600); err != nil {
		t.Fatal(err)
	}
}

// startRun runs `redress run` until the test ends; it returns its log.
func (s *station) startRun(t *testing.T) *lockedBuffer {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		var out bytes.Buffer
		done <- run(ctx, []string{"run", "-config", s.config}, &out, logs)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v\n%s", err, logs)
		}
	})
	// Wait for the first poll to be done, so that what the test delivers
	// next arrives while the daemon waits.
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "poll done") {
		if time.Now().After(deadline) {
			t.Fatalf("run did not finish its first poll in 10s:\n%s", logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return logs
}

// With IDLE, a complaint is acknowledged within seconds even when the
// schedule polls hourly, over the one connection kept open.
func TestRunPicksUpNewMailWithIdle(t *testing.T) {
	s := newStation(t)
	s.edit(t, func(c string) string { return strings.Replace(c, `"@every 1m"`, `"@every 1h"`, 1) })
	// The memory server reports only mail appended after its IDLE began
	// (a real server reports what arrived since the last command): the
	// complaint arrives while the daemon idles.
	idling := make(chan struct{}, 1)
	s.imap.SetIdleHook(func() {
		select {
		case idling <- struct{}{}:
		default:
		}
	})
	logs := s.startRun(t)
	select {
	case <-idling:
	case <-time.After(10 * time.Second):
		t.Fatalf("the daemon did not start IDLE within 10s:\n%s", logs)
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	s.deliver(t, mkMail(complaintEN))
	if got := s.smtp.WaitFor(2, 15*time.Second); len(got) < 2 {
		t.Fatalf("with IDLE and an hourly poll, %d mails were sent within 15s, want the ack and the staff notice\n%s", len(got), logs)
	}
	t.Logf("arrival to acknowledgement: %s", time.Since(start).Round(time.Millisecond))
	if n := s.imap.Logins(); n != 1 {
		t.Errorf("the daemon logged in %d times, want once: the connection is kept", n)
	}
}

// Tencent-like: no IDLE, and a client that connects again within the
// hour is refused. The daemon polls on its one kept connection, so
// nothing is refused and every mail is filed.
func TestRunWithoutIdleKeepsOneConnection(t *testing.T) {
	s, srv := newStationWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{NoIdle: true, MinConnInterval: time.Hour}})
	s.edit(t, func(c string) string { return strings.Replace(c, `"@every 1m"`, `"@every 1s"`, 1) })
	logs := s.startRun(t)
	s.deliver(t, mkMail(complaintEN))
	if got := s.smtp.WaitFor(2, 15*time.Second); len(got) < 2 {
		t.Fatalf("first complaint: %d mails sent, want 2\n%s", len(got), logs)
	}
	s.deliver(t, mkMail(complaintZH))
	if got := s.smtp.WaitFor(4, 15*time.Second); len(got) < 4 {
		t.Fatalf("second complaint: %d mails sent, want 4\n%s", len(got), logs)
	}
	if acc, ref := srv.Connections(); acc != 1 || ref != 0 {
		t.Errorf("the server saw %d connections and refused %d; want one kept connection and no refusal\n%s", acc, ref, logs)
	}
	if n := len(s.cases(t)); n != 2 {
		t.Errorf("%d cases, want 2", n)
	}
}

// NetEase refuses SELECT to a client that sent no ID; redress sends it
// and check-config shows the server's answer.
func TestNetEaseMailboxWorks(t *testing.T) {
	s, srv := newStationWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{RequireID: true}})
	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err != nil {
		t.Fatalf("check-config: %v\n%s", err, out)
	}
	for _, want := range []string{`ID: sent; the server answered: name "Coremail Imap", vendor "Mailtech"`, "capabilities: ", " ID", "auth: login", "greeting: * OK"} {
		if !strings.Contains(out, want) {
			t.Errorf("check-config output lacks %q:\n%s", want, out)
		}
	}
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	if n := len(s.cases(t)); n != 1 {
		t.Fatalf("%d cases from a NetEase-like inbox, want 1", n)
	}
	ids := srv.ClientIDs()
	if len(ids) == 0 || !strings.Contains(ids[0], `"support-url" "mailto:tousu@yweca.org.example"`) {
		t.Errorf("ID sent %q, want the station address as support address", ids)
	}
}

// imap.sent: auto (the default) finds a Sent folder named 已发送 by its
// \Sent mark, and the station's own mail in it is recorded on its case.
func TestSentAutoFindsChineseSentFolder(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts mailboxtest.Options
		want string
	}{
		{"special-use", mailboxtest.Options{Folders: []string{"草稿箱", "已发送", "Sent Items"}, SpecialUse: map[string]string{"已发送": `\Sent`}}, "已发送"},
		{"QQ name", mailboxtest.Options{IMAP4rev1Only: true, Folders: []string{"Drafts", "Sent Messages"}}, "Sent Messages"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, srv := newStationWith(t, tc.opts)
			out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
			if err != nil {
				t.Fatalf("check-config: %v\n%s", err, out)
			}
			if !strings.Contains(out, `sent folder: "`+tc.want+`", found`) {
				t.Errorf("check-config does not name the Sent folder %q:\n%s", tc.want, out)
			}
			s.deliver(t, mkMail(complaintZH))
			s.once(t)
			ref := s.cases(t)[0].Ref
			sent := "From: 义乌服务站 <tousu@yweca.org.example>\r\nTo: Wang Fang <wangfang@mail.example>\r\nSubject: 关于您的投诉\r\n" +
				"Message-ID: <station-7@yweca.org.example>\r\nIn-Reply-To: <c1@mail.example>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0800\r\n" +
				"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n王女士您好，请问您方便提供订单截图吗？\r\n"
			srv.Append(t, tc.want, []byte(sent))
			s.once(t)
			found := false
			for _, m := range s.show(t, ref).Messages {
				found = found || m.MessageID == "station-7@yweca.org.example"
			}
			if !found {
				t.Errorf("the station's mail in %q is not on case %s", tc.want, ref)
			}
		})
	}
}

// A Sent folder named in imap.sent that the server lacks fails
// check-config, naming the key.
func TestCheckConfigRefusesMissingSentFolder(t *testing.T) {
	s := newStation(t)
	s.edit(t, func(c string) string {
		return strings.Replace(c, "  inbox: INBOX\n", "  inbox: INBOX\n  sent: 已发送\n", 1)
	})
	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err == nil || !strings.Contains(out, `imap.sent: failed: the server has no folder "已发送"`) {
		t.Errorf("check-config with a missing Sent folder: err %v\n%s", err, out)
	}
}

// Gmail and Microsoft 365 without basic auth: the server offers only
// XOAUTH2 (or OAUTHBEARER); the token comes from token_command or
// token_file, and never shows in the output.
func TestOAuth2Mailbox(t *testing.T) {
	for _, tc := range []struct {
		name, mech, source string
	}{
		{"xoauth2 token_command", "XOAUTH2", "command"},
		{"oauthbearer token_file", "OAUTHBEARER", "file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{AuthMechanisms: []string{tc.mech}}})
			srv.SetToken("ya29.secret-" + tc.source)
			s := newStationOn(t, srv)
			tokenFile := filepath.Join(s.dir, "token")
			if err := os.WriteFile(tokenFile, []byte(srv.Token+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			auth := "  auth: " + strings.ToLower(tc.mech) + "\n"
			if tc.source == "command" {
				auth += "  token_command: [cat, " + tokenFile + "]\n"
			} else {
				auth += "  token_file: token\n"
			}
			s.edit(t, func(c string) string {
				return strings.Replace(c, "  password_env: REDRESS_TEST_IMAP_PASSWORD\n", auth, 1)
			})
			out, errOut, err := invoke(t, t.Context(), "check-config", "-config", s.config)
			if err != nil {
				t.Fatalf("check-config: %v\n%s%s", err, out, errOut)
			}
			if !strings.Contains(out, "auth: "+strings.ToLower(tc.mech)) {
				t.Errorf("check-config does not say the mechanism:\n%s", out)
			}
			s.deliver(t, mkMail(complaintEN))
			once := s.once(t)
			if n := len(s.cases(t)); n != 1 {
				t.Fatalf("%d cases, want 1", n)
			}
			if strings.Contains(out+once, srv.Token) {
				t.Error("the access token appears in the output")
			}

			// An expired token: the round fails clearly, nothing is lost.
			srv.SetToken("ya29.renewed")
			s.deliver(t, mkMail(complaintZH))
			out, errOut, err = invoke(t, t.Context(), "once", "-config", s.config)
			if err == nil || !strings.Contains(err.Error()+errOut, "auth "+strings.ToLower(tc.mech)) {
				t.Errorf("once with an expired token: err %v\n%s", err, errOut)
			}
			if strings.Contains(out+errOut+err.Error(), "ya29.secret") {
				t.Error("the stale token appears in the output")
			}
			if err := os.WriteFile(tokenFile, []byte("ya29.renewed\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			s.once(t)
			if n := len(s.cases(t)); n != 2 {
				t.Errorf("%d cases after the token was renewed, want 2", n)
			}
		})
	}
}

// check-config against a server without IDLE says how the connection is
// kept instead.
func TestCheckConfigWithoutIdle(t *testing.T) {
	s, _ := newStationWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{NoIdle: true}})
	out, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err != nil {
		t.Fatalf("check-config: %v\n%s", err, out)
	}
	for _, want := range []string{"idle: no IDLE: the connection is kept with NOOP", "ID: not offered by the server, not sent", `folders: "INBOX"`, "sent folder: none found"} {
		if !strings.Contains(out, want) {
			t.Errorf("check-config output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, " IDLE ") {
		t.Errorf("capabilities list IDLE:\n%s", out)
	}
}

// Gmail-like sending: XOAUTH2 with a token from token_file, and a sending
// limit that holds mail back in the outbox instead of failing it.
func TestSMTPOAuth2AndSendingLimit(t *testing.T) {
	s := newStation(t)
	const token = "ya29.smtp-secret"
	s.smtp = notifytest.StartWithOptions(t, notifytest.Options{Username: "tousu@yweca.org.example", Mechanisms: []string{"XOAUTH2"}, Token: token})
	if err := os.WriteFile(filepath.Join(s.dir, "smtp-token"), []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.edit(t, func(c string) string {
		return strings.Replace(c, "smtp:\n  host: 127.0.0.1\n  port: "+strconv.Itoa(mustPort(t, c))+"\n  tls: none\n",
			"smtp:\n  host: 127.0.0.1\n  port: "+strconv.Itoa(s.smtp.Port)+"\n  tls: none\n  username: tousu@yweca.org.example\n  auth: xoauth2\n  token_file: smtp-token\n  max_per_minute: 1\n", 1)
	})
	cc, _, err := invoke(t, t.Context(), "check-config", "-config", s.config)
	if err != nil || !strings.Contains(cc, "logged in as tousu@yweca.org.example, auth xoauth2") {
		t.Errorf("check-config over XOAUTH2: %v\n%s", err, cc)
	}
	s.deliver(t, mkMail(complaintEN))
	out := s.once(t)
	if !strings.Contains(out, "sending limit reached") || !strings.Contains(out, "1 mails wait in the outbox") {
		t.Errorf("once does not report the held-back mail:\n%s", out)
	}
	got := s.smtp.Messages()
	if len(got) != 1 || got[0].Mechanism != "XOAUTH2" {
		t.Fatalf("sent %d mails (%+v), want 1 over XOAUTH2 within the limit", len(got), got)
	}
	if strings.Contains(out, token) {
		t.Error("the token appears in the output")
	}
	// The held-back mail is not failed: it is still queued.
	out, _, err = invoke(t, t.Context(), "cases", "show", s.cases(t)[0].Ref, "-config", s.config)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "Delivery:   sent") != 1 || strings.Count(out, "Delivery:   pending") != 1 || strings.Contains(out, "Delivery:   failed") {
		t.Errorf("want one mail sent and the held-back one pending, not failed:\n%s", out)
	}
}

// mustPort reads the smtp port out of a test config.
func mustPort(t *testing.T, cfg string) int {
	t.Helper()
	_, rest, _ := strings.Cut(cfg, "smtp:\n  host: 127.0.0.1\n  port: ")
	line, _, _ := strings.Cut(rest, "\n")
	n, err := strconv.Atoi(line)
	if err != nil {
		t.Fatalf("no smtp port in the config: %v", err)
	}
	return n
}
