package mailbox_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

// pollAll polls folder from the zero cursor and returns the bodies.
func pollAll(t *testing.T, c *mailbox.Client, folder string) []string {
	t.Helper()
	var got []string
	_, err := c.Poll(context.Background(), folder, mailbox.Cursor{}, mailbox.PollOptions{}, func(_ context.Context, m mailbox.Message) error {
		b, err := io.ReadAll(m.Body)
		got = append(got, string(b))
		return err
	})
	if err != nil {
		t.Fatalf("Poll %q: %v", folder, err)
	}
	return got
}

// NetEase refuses SELECT until the client has sent ID: redress sends ID
// after login whenever the server offers it, and says who it is.
func TestNetEaseRequiresID(t *testing.T) {
	s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{RequireID: true}})
	s.Append(t, "INBOX", []byte("Subject: 投诉\r\n\r\nbody\r\n"))

	// The quirk is real: a client that sends no ID cannot read the inbox.
	raw, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := raw.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	if !raw.Caps().Has(imap.CapID) {
		t.Error("the NetEase-like server does not offer ID")
	}
	_, err = raw.Select("INBOX", nil).Wait()
	if err == nil || !strings.Contains(err.Error(), "Unsafe Login") {
		t.Fatalf("SELECT without ID: err = %v, want NetEase's Unsafe Login refusal", err)
	}
	raw.Close()

	cfg := testConfig(s)
	cfg.ClientID = mailbox.ClientID{Version: "1.2.3", SupportAddress: "tousu@yweca.org.example"}
	c, err := mailbox.Dial(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if got := pollAll(t, c, "INBOX"); len(got) != 1 || !strings.Contains(got[0], "body") {
		t.Fatalf("Poll after ID read %q, want the one message", got)
	}
	info := c.Info()
	if !info.SentID || info.ID.Name != "Coremail Imap" || info.ID.Vendor != "Mailtech" {
		t.Errorf("Info().ID = %+v (sent %v), want the server's answer", info.ID, info.SentID)
	}
	if !slices.Contains(info.Capabilities, "ID") {
		t.Errorf("Info().Capabilities = %v, want ID among them", info.Capabilities)
	}
	if !strings.HasPrefix(info.Greeting, "* OK") {
		t.Errorf("Info().Greeting = %q, want the server's first line", info.Greeting)
	}
	ids := s.ClientIDs()
	if len(ids) != 1 {
		t.Fatalf("server got %d ID commands, want 1", len(ids))
	}
	for _, want := range []string{`"name" "redress"`, `"version" "1.2.3"`, `"support-url" "mailto:tousu@yweca.org.example"`} {
		if !strings.Contains(ids[0], want) {
			t.Errorf("ID sent %s, want it to contain %s", ids[0], want)
		}
	}
}

// A server that does not offer ID gets none.
func TestNoIDWithoutCapability(t *testing.T) {
	s := mailboxtest.Start(t)
	c, err := mailbox.Dial(context.Background(), testConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Info().SentID {
		t.Error("ID was sent to a server that does not offer it")
	}
}

func TestFindSent(t *testing.T) {
	f := func(name string, attrs ...string) mailbox.Folder {
		return mailbox.Folder{Name: name, SpecialUse: attrs}
	}
	for _, tc := range []struct {
		name    string
		folders []mailbox.Folder
		want    string
		wantHow string
	}{
		{"special-use beats names", []mailbox.Folder{f("INBOX"), f("Sent"), f("已发送", `\Sent`)}, "已发送", "SPECIAL-USE"},
		{"QQ name", []mailbox.Folder{f("INBOX"), f("Drafts"), f("Sent Messages")}, "Sent Messages", "name"},
		{"Outlook name", []mailbox.Folder{f("INBOX"), f("Sent Items")}, "Sent Items", "name"},
		{"Chinese name", []mailbox.Folder{f("INBOX"), f("草稿箱"), f("已发送")}, "已发送", "name"},
		{"case folded", []mailbox.Folder{f("INBOX"), f("SENT")}, "SENT", "name"},
		{"below a prefix", []mailbox.Folder{f("INBOX"), f("INBOX.Sent")}, "INBOX.Sent", `below "INBOX."`},
		{"Gmail", []mailbox.Folder{f("INBOX"), f("[Gmail]/Sent Mail", `\Sent`)}, "[Gmail]/Sent Mail", "SPECIAL-USE"},
		{"noselect skipped", []mailbox.Folder{{Name: "Sent", NoSelect: true}, f("已发送邮件")}, "已发送邮件", "name"},
		{"none", []mailbox.Folder{f("INBOX"), f("Archive", `\Archive`)}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, how := mailbox.FindSent(tc.folders)
			if got != tc.want || !strings.Contains(how, tc.wantHow) {
				t.Errorf("FindSent = %q (%s), want %q (%s)", got, how, tc.want, tc.wantHow)
			}
		})
	}
}

// Chinese hosted mailboxes name Sent 已发送 (modified UTF-7 on the wire),
// marked \Sent or not; Tencent names it Sent Messages.
func TestFoldersOfHostedMailboxes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opts      mailboxtest.Options
		want, how string
	}{
		{"special-use", mailboxtest.Options{Folders: []string{"Sent Items", "已发送", "草稿箱"}, SpecialUse: map[string]string{"已发送": `\Sent`}}, "已发送", "SPECIAL-USE"},
		{"special-use IMAP4rev1", mailboxtest.Options{IMAP4rev1Only: true, Folders: []string{"Sent", "已发送"}, SpecialUse: map[string]string{"已发送": `\Sent`}}, "已发送", "SPECIAL-USE"},
		{"Chinese name only", mailboxtest.Options{Folders: []string{"草稿箱", "已发送"}}, "已发送", "name"},
		{"Tencent", mailboxtest.Options{IMAP4rev1Only: true, Folders: []string{"Drafts", "Sent Messages", "Deleted Messages"}}, "Sent Messages", "name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mailboxtest.StartWith(t, tc.opts)
			s.Append(t, tc.want, []byte("Subject: sent by staff\r\n\r\nreply\r\n"))
			c, err := mailbox.Dial(context.Background(), testConfig(s))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			folders, err := c.Folders(context.Background())
			if err != nil {
				t.Fatalf("Folders: %v", err)
			}
			got, how := mailbox.FindSent(folders)
			if got != tc.want || !strings.Contains(how, tc.how) {
				t.Fatalf("FindSent over %+v = %q (%s), want %q (%s)", folders, got, how, tc.want, tc.how)
			}
			// The name works for reading, whatever its script.
			if bodies := pollAll(t, c, got); len(bodies) != 1 || !strings.Contains(bodies[0], "reply") {
				t.Errorf("Poll %q read %q, want the staff's mail", got, bodies)
			}
		})
	}
}

// Gmail and Microsoft 365 take OAuth2 tokens only.
func TestOAuth2Only(t *testing.T) {
	for _, mech := range []string{"XOAUTH2", "OAUTHBEARER"} {
		t.Run(mech, func(t *testing.T) {
			s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{AuthMechanisms: []string{mech}}})
			s.Append(t, "INBOX", []byte("Subject: x\r\n\r\nhello\r\n"))

			// LOGIN is refused, as the provider does.
			if _, err := mailbox.Dial(context.Background(), testConfig(s)); err == nil {
				t.Fatal("LOGIN worked on a server offering only " + mech)
			}

			var logs bytes.Buffer
			cfg := testConfig(s)
			cfg.Password = ""
			cfg.Auth = strings.ToLower(mech)
			cfg.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			calls := 0
			cfg.Token = func(context.Context) (string, error) { calls++; return s.Token + "\n", nil }
			c, err := mailbox.Dial(context.Background(), cfg)
			if err != nil {
				t.Fatalf("Dial with %s: %v", mech, err)
			}
			if got := pollAll(t, c, "INBOX"); len(got) != 1 {
				t.Errorf("Poll read %d messages, want 1", len(got))
			}
			if c.Info().Auth != strings.ToLower(mech) {
				t.Errorf("Info().Auth = %q", c.Info().Auth)
			}
			c.Close()
			if calls != 1 {
				t.Errorf("token source called %d times, want once per Dial", calls)
			}

			// An expired token: a clear error that never quotes the token.
			const stale = "ya29.stale-token-value"
			cfg.Token = func(context.Context) (string, error) { return stale, nil }
			_, err = mailbox.Dial(context.Background(), cfg)
			if err == nil {
				t.Fatal("Dial with a stale token succeeded")
			}
			if !strings.Contains(err.Error(), "auth "+strings.ToLower(mech)) {
				t.Errorf("error %q does not name the mechanism", err)
			}
			if strings.Contains(err.Error(), stale) || strings.Contains(logs.String(), stale) || strings.Contains(logs.String(), s.Token) {
				t.Errorf("the token leaked: error %q, logs %q", err, logs.String())
			}

			// A token command that fails says so.
			cfg.Token = func(context.Context) (string, error) { return "", errors.New("exit status 1") }
			if _, err := mailbox.Dial(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "token") {
				t.Errorf("Dial with a failing token source: err = %v", err)
			}
		})
	}
}

// A provider that refuses a client connecting too often answers with
// BYE [UNAVAILABLE]: the error says it is throttling, so the caller backs
// off instead of redialling at its poll rate.
func TestThrottledConnection(t *testing.T) {
	s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{MinConnInterval: time.Hour}})
	c, err := mailbox.Dial(context.Background(), testConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	_, err = mailbox.Dial(context.Background(), testConfig(s))
	if !mailbox.IsThrottled(err) {
		t.Fatalf("second Dial: err = %v, want a throttling error", err)
	}
	if !strings.Contains(err.Error(), "UNAVAILABLE") && !strings.Contains(err.Error(), "Too many") {
		t.Errorf("error %q does not quote the server", err)
	}
	if acc, ref := s.Connections(); acc != 1 || ref != 1 {
		t.Errorf("server saw %d accepted, %d refused connections; want 1 and 1", acc, ref)
	}
}

// Without IDLE, Idle waits on its timer and sends no IDLE.
func TestIdleWithoutIdleCapability(t *testing.T) {
	s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{NoIdle: true}})
	c, err := mailbox.Dial(context.Background(), testConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if slices.Contains(c.Info().Capabilities, "IDLE") {
		t.Fatalf("capabilities %v offer IDLE", c.Info().Capabilities)
	}
	pollAll(t, c, "INBOX")
	woke, err := c.Idle(context.Background(), "INBOX", 200*time.Millisecond)
	if err != nil || woke {
		t.Fatalf("Idle = %v, %v; want a quiet timeout", woke, err)
	}
	// The connection is still good (the server refused no IDLE).
	if got := pollAll(t, c, "INBOX"); len(got) != 0 {
		t.Errorf("Poll after Idle read %d messages", len(got))
	}
}

// Without IDLE the connection is kept with NOOP, which also brings news
// of mail that arrived.
func TestNoopKeepAliveReportsNewMail(t *testing.T) {
	s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{NoIdle: true}})
	cfg := testConfig(s)
	cfg.KeepAlive = 50 * time.Millisecond
	c, err := mailbox.Dial(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	pollAll(t, c, "INBOX")
	go func() {
		time.Sleep(150 * time.Millisecond)
		s.AppendMessage("INBOX", []byte("Subject: new\r\n\r\nnew\r\n"))
	}()
	start := time.Now()
	woke, err := c.Idle(context.Background(), "INBOX", time.Minute)
	if err != nil || !woke {
		t.Fatalf("Idle without IDLE = %v, %v; want a wake-up from NOOP", woke, err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the wake-up took %s", d)
	}
	if acc, _ := s.Connections(); acc != 1 {
		t.Errorf("%d connections, want the one kept", acc)
	}
}

// A server that hangs up after login gets an error that says so, not a
// bare "use of closed network connection".
func TestServerClosesAfterLogin(t *testing.T) {
	s := mailboxtest.StartWith(t, mailboxtest.Options{Quirks: mailboxtest.Quirks{DropOnSelect: true}})
	err := mailbox.Check(context.Background(), testConfig(s), "INBOX")
	if err == nil || !strings.Contains(err.Error(), "the server closed the connection") {
		t.Errorf("Check against a server that hangs up: %v", err)
	}
}
