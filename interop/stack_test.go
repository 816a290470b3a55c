//go:build interop

package interop

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net"
	"net/mail"
	"net/smtp"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"
)

// stack is the running Dovecot and Postfix described by stack.env.
type stack struct {
	env      map[string]string
	bin      string
	dir      string
	domain   string
	password string
	consumer string // the consumer's address outside the station's domain
	caFile   string
	ports    struct{ imap, imaps, smtp, submission int }
}

// station is the station's account, the address redress reads and sends as.
func (s *stack) station() string { return "station@" + s.domain }

// user is a mailbox login of the stack.
func (s *stack) user(name string) string { return name + "@" + s.domain }

// newStack reads the stack from REDRESS_INTEROP_ENV, skipping the test when
// there is none, and empties every mailbox so that each test starts from
// nothing.
func newStack(t *testing.T) *stack {
	t.Helper()
	path := os.Getenv("REDRESS_INTEROP_ENV")
	if path == "" {
		t.Skip("REDRESS_INTEROP_ENV is not set: run scripts/interop.sh, which starts Dovecot and Postfix and sets it")
	}
	bin := os.Getenv("REDRESS_BIN")
	if bin == "" {
		t.Skip("REDRESS_BIN is not set: run scripts/interop.sh, which builds redress and sets it")
	}
	env, err := readEnv(path)
	if err != nil {
		t.Fatal(err)
	}
	s := &stack{env: env, bin: bin}
	for _, k := range []string{"MS_DIR", "MS_DOMAIN", "MS_PASSWORD", "MS_CONSUMER_ADDRESS", "MS_CA_FILE", "MS_LIB", "MS_POSTFIX_DIR"} {
		if env[k] == "" {
			t.Fatalf("%s: %s is missing", path, k)
		}
	}
	s.dir, s.domain, s.password, s.consumer, s.caFile = env["MS_DIR"], env["MS_DOMAIN"], env["MS_PASSWORD"], env["MS_CONSUMER_ADDRESS"], env["MS_CA_FILE"]
	for _, p := range []struct {
		key string
		to  *int
	}{
		{"MS_IMAP_PORT", &s.ports.imap}, {"MS_IMAPS_PORT", &s.ports.imaps},
		{"MS_SMTP_PORT", &s.ports.smtp}, {"MS_SUBMISSION_PORT", &s.ports.submission},
	} {
		n, err := strconv.Atoi(env[p.key])
		if err != nil || n <= 0 {
			t.Fatalf("%s: %s is %q, want a port", path, p.key, env[p.key])
		}
		*p.to = n
	}
	s.reset(t)
	return s
}

// readEnv reads KEY=value lines; blank lines and # comments are skipped.
func readEnv(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the stack's environment: %w", err)
	}
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s: line %q is not KEY=value", path, line)
		}
		env[k] = strings.Trim(v, `"'`)
	}
	return env, sc.Err()
}

// ctl calls a function of scripts/mailstack.sh on the stack, such as
// ctl(t, "mailstack_postfix", "stop").
func (s *stack) ctl(t *testing.T, fn string, args ...string) {
	t.Helper()
	// Not t.Context(): ctl also runs from t.Cleanup, after it is cancelled.
	cmd := exec.Command("bash", append([]string{"-c", `set -euo pipefail; source "$1"; shift; "$@"`, "ctl", s.env["MS_LIB"], fn, s.dir}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", fn, strings.Join(args, " "), err, out)
	}
}

// reset waits until Postfix has delivered what it holds, then empties the
// INBOX and Sent of every user.
func (s *stack) reset(t *testing.T) {
	t.Helper()
	s.waitQueueEmpty(t)
	for _, u := range strings.Split(s.env["MS_USERS"], ",") {
		c := s.login(t, s.user(u), s.password)
		for _, box := range []string{"INBOX", "Sent"} {
			sel, err := c.Select(box, nil).Wait()
			if err != nil {
				continue // Sent exists only once someone opened it
			}
			if sel.NumMessages == 0 {
				continue
			}
			var all imap.UIDSet
			all.AddRange(1, 0)
			if err := c.Store(all, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				t.Fatalf("emptying %s of %s: %v", box, u, err)
			}
			if err := c.Expunge().Close(); err != nil {
				t.Fatalf("emptying %s of %s: %v", box, u, err)
			}
		}
		c.Logout().Wait()
		c.Close()
	}
}

// waitQueueEmpty waits until Postfix's queue is empty, so that mail of an
// earlier test does not land in this one's mailboxes.
func (s *stack) waitQueueEmpty(t *testing.T) {
	t.Helper()
	var out []byte
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var err error
		out, err = exec.CommandContext(t.Context(), "postqueue", "-c", s.env["MS_POSTFIX_DIR"], "-p").CombinedOutput()
		if err == nil && strings.Contains(string(out), "Mail queue is empty") {
			return
		}
	}
	t.Fatalf("postfix's queue did not empty within 30s:\n%s", out)
}

// tlsConfig trusts the stack's CA.
func (s *stack) tlsConfig(t *testing.T) *tls.Config {
	t.Helper()
	pem, err := os.ReadFile(s.caFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		t.Fatalf("%s holds no certificate", s.caFile)
	}
	return &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}
}

// login opens an IMAPS session as user.
func (s *stack) login(t *testing.T, user, password string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialTLS(net.JoinHostPort("127.0.0.1", strconv.Itoa(s.ports.imaps)), &imapclient.Options{TLSConfig: s.tlsConfig(t)})
	if err != nil {
		t.Fatalf("imaps: %v", err)
	}
	if err := c.Login(user, password).Wait(); err != nil {
		c.Close()
		t.Fatalf("imap login as %s: %v", user, err)
	}
	return c
}

// inject hands raw to Postfix's smtpd as mail from the internet would come.
func (s *stack) inject(t *testing.T, from string, to []string, raw []byte) {
	t.Helper()
	c, err := smtp.Dial(net.JoinHostPort("127.0.0.1", strconv.Itoa(s.ports.smtp)))
	if err != nil {
		t.Fatalf("smtp: %v", err)
	}
	defer c.Close()
	if err := c.Hello("mta.internet.example"); err != nil {
		t.Fatalf("smtp EHLO: %v", err)
	}
	if err := c.Mail(from); err != nil {
		t.Fatalf("smtp MAIL FROM: %v", err)
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			t.Fatalf("smtp RCPT TO %s: %v", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("smtp DATA: %v", err)
	}
	if _, err := w.Write(raw); err != nil {
		t.Fatalf("smtp DATA: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("smtp end of DATA: %v", err)
	}
	if err := c.Quit(); err != nil {
		t.Fatalf("smtp QUIT: %v", err)
	}
}

// appendMail puts raw straight into user's INBOX over IMAP, for many mails
// at once.
func (s *stack) appendMail(t *testing.T, user string, raws [][]byte) {
	t.Helper()
	c := s.login(t, user, s.password)
	defer c.Close()
	for _, raw := range raws {
		cmd := c.Append("INBOX", int64(len(raw)), nil)
		if _, err := cmd.Write(raw); err != nil {
			t.Fatalf("imap APPEND: %v", err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("imap APPEND: %v", err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("imap APPEND: %v", err)
		}
	}
	c.Logout().Wait()
}

// msg is a mail read from a mailbox.
type msg struct {
	uid    imap.UID
	raw    []byte
	header mail.Header
	body   string
}

func (m *msg) subject() string {
	s, err := new(mime.WordDecoder).DecodeHeader(m.header.Get("Subject"))
	if err != nil {
		return m.header.Get("Subject")
	}
	return s
}

// headerBlock is the raw header section.
func (m *msg) headerBlock() string {
	h, _, _ := bytes.Cut(bytes.ReplaceAll(m.raw, []byte("\r\n"), []byte("\n")), []byte("\n\n"))
	return string(h)
}

// textOf is the decoded first text/plain part of raw.
func textOf(t *testing.T, raw []byte) string {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if e == nil {
		t.Logf("reading a mail: %v", err)
		return ""
	}
	var text string
	found := false
	e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil || found {
			return err
		}
		if ct, _, _ := part.Header.ContentType(); ct == "text/plain" || ct == "" {
			b, err := io.ReadAll(part.Body)
			if err != nil {
				return err
			}
			text, found = string(b), true
		}
		return nil
	})
	return text
}

// mailbox reads user's INBOX.
func (s *stack) mailbox(t *testing.T, user string) []*msg {
	t.Helper()
	c := s.login(t, user, s.password)
	defer c.Close()
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("imap SELECT INBOX of %s: %v", user, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	var all imap.UIDSet
	all.AddRange(1, 0)
	bufs, err := c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
	if err != nil {
		t.Fatalf("imap FETCH in %s: %v", user, err)
	}
	var out []*msg
	for _, b := range bufs {
		if len(b.BodySection) == 0 {
			t.Fatalf("imap FETCH in %s: uid %d without a body", user, b.UID)
		}
		raw := b.BodySection[0].Bytes
		m, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			// Broken mail (the poison test puts some there): no header.
			out = append(out, &msg{uid: b.UID, raw: raw, header: mail.Header{}})
			continue
		}
		out = append(out, &msg{uid: b.UID, raw: raw, header: m.Header, body: textOf(t, raw)})
	}
	c.Logout().Wait()
	return out
}

// waitMail waits until user's INBOX holds n mails that match, and returns
// them. Postfix delivers on its own time; the wait is generous and is no
// assertion of speed.
func (s *stack) waitMail(t *testing.T, user string, n int, match func(*msg) bool) []*msg {
	t.Helper()
	var got, all []*msg
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		all = s.mailbox(t, user)
		got = got[:0]
		for _, m := range all {
			if match(m) {
				got = append(got, m)
			}
		}
		if len(got) >= n {
			return got
		}
	}
	var subjects []string
	if len(all) > 10 {
		subjects = append(subjects, fmt.Sprintf("(the first 10 of %d)", len(all)))
		all = all[:10]
	}
	for _, m := range all {
		body := m.body
		if len(body) > 300 {
			body = body[:300] + "…"
		}
		subjects = append(subjects, fmt.Sprintf("\n%q from %s, In-Reply-To %s:\n%s", m.subject(), m.header.Get("From"), m.header.Get("In-Reply-To"), body))
	}
	t.Fatalf("%s's INBOX has %d matching mails after 30s, want %d; it holds: %s", user, len(got), n, strings.Join(subjects, "; "))
	return nil
}

// mutt sends draft (headers, blank line, body) with mutt in batch mode
// through the submission port, logged in as user.
func (s *stack) mutt(t *testing.T, user, draft string) {
	t.Helper()
	dir := t.TempDir()
	muttrc := fmt.Sprintf(`set smtp_url="smtp://%s@127.0.0.1:%d/"
set smtp_pass="%s"
set ssl_starttls=yes
set ssl_force_tls=yes
set ssl_ca_certificates_file="%s"
set use_from=yes
set charset="utf-8"
set send_charset="us-ascii:utf-8"
set record=""
set copy=no
set edit_headers=yes
set hostname="%s"
`, strings.ReplaceAll(user, "@", "%40"), s.ports.submission, s.password, s.caFile, s.domain)
	rc := filepath.Join(dir, "muttrc")
	eml := filepath.Join(dir, "draft.eml")
	if err := os.WriteFile(rc, []byte(muttrc), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(eml, []byte(draft), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "mutt", "-n", "-F", rc, "-H", eml)
	cmd.Stdin = nil // not a terminal: mutt sends in batch mode
	cmd.Env = append(os.Environ(), "HOME="+dir, "MAIL="+filepath.Join(dir, "spool"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("mutt as %s: %v\n%s", user, err, out)
	}
}

// redress is one station's redress: its config and storage.
type redress struct {
	s      *stack
	dir    string
	config string
	env    []string
}

// conf is what a test changes in the station's config.
type conf struct {
	imapHost string // default 127.0.0.1
	imapPort int    // default the IMAPS port
	imapTLS  string // default implicit
	imapCA   string // default the stack's CA; "-" for none
	notify   []string
	database string // default ./redress.db beside the config
	extra    string // YAML appended at the end
}

// newRedress writes a config for the station's account on the stack, as an
// operator would, with storage in a temporary directory.
func (s *stack) newRedress(t *testing.T, c conf) *redress {
	t.Helper()
	r := &redress{s: s, dir: t.TempDir()}
	r.config = filepath.Join(r.dir, "redress.yaml")
	if c.imapHost == "" {
		c.imapHost = "127.0.0.1"
	}
	if c.imapPort == 0 {
		c.imapPort = s.ports.imaps
	}
	if c.imapTLS == "" {
		c.imapTLS = "implicit"
	}
	switch c.imapCA {
	case "":
		c.imapCA = s.caFile
	case "-":
		c.imapCA = ""
	}
	if c.notify == nil {
		c.notify = []string{s.user("staff1")}
	}
	if c.database == "" {
		c.database = "./redress.db"
	}
	cfg := fmt.Sprintf(`station:
  name: "Interop Station"
  address: %[1]s
  case_prefix: YW
  timezone: Asia/Shanghai
imap:
  host: %[2]s
  port: %[3]d
  tls: %[4]s
  username: %[1]s
  password_env: REDRESS_INTEROP_IMAP_PASSWORD
  inbox: INBOX
  ca_file: %[5]q
smtp:
  host: 127.0.0.1
  port: %[6]d
  tls: starttls
  username: %[1]s
  password_env: REDRESS_INTEROP_SMTP_PASSWORD
  ca_file: %[7]q
staff:
  addresses: [%[8]s, %[9]s]
  notify: [%[10]s]
schedule:
  poll: "@every 1m"
storage:
  database: %[11]q
http:
  listen: ""
%[12]s`, s.station(), c.imapHost, c.imapPort, c.imapTLS, c.imapCA, s.ports.submission, s.caFile,
		s.user("staff1"), s.user("staff2"), strings.Join(c.notify, ", "), c.database, c.extra)
	if err := os.WriteFile(r.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	r.setPassword(s.password)
	return r
}

// setPassword sets the station account's password redress is given.
func (r *redress) setPassword(pw string) {
	r.env = []string{"REDRESS_INTEROP_IMAP_PASSWORD=" + pw, "REDRESS_INTEROP_SMTP_PASSWORD=" + pw}
}

// run runs the redress binary with args and -config, and returns its
// output and error.
func (r *redress) run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.s.bin, append(args, "-config", r.config)...)
	cmd.Env = append(os.Environ(), r.env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// must runs the binary and fails the test when it fails.
func (r *redress) must(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := r.run(t, args...)
	if err != nil {
		t.Fatalf("redress %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, errOut)
	}
	return out
}

// once runs `redress once`.
func (r *redress) once(t *testing.T) string {
	t.Helper()
	return r.must(t, "once")
}

// caseJSON is the part of `cases list/show -json` the tests read.
type caseJSON struct {
	Ref      string   `json:"ref"`
	Kind     string   `json:"kind"`
	State    string   `json:"state"`
	Missing  []string `json:"missing"`
	Contact  string   `json:"contact"`
	Messages []struct {
		Direction string `json:"direction"`
		From      string `json:"from"`
		To        string `json:"to"`
		Subject   string `json:"subject"`
		MessageID string `json:"message_id"`
		Size      int64  `json:"size"`
		Text      string `json:"text"`
	} `json:"messages"`
}

func (r *redress) cases(t *testing.T) []caseJSON {
	t.Helper()
	var list []caseJSON
	out := r.must(t, "cases", "list", "-json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("cases list -json: %v\n%s", err, out)
	}
	return list
}

func (r *redress) show(t *testing.T, ref string) caseJSON {
	t.Helper()
	var c caseJSON
	out := r.must(t, "cases", "show", "-json", ref)
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("cases show -json %s: %v\n%s", ref, err, out)
	}
	return c
}

// outboxJSON is one row of `outbox list -json`.
type outboxJSON struct {
	ID        int64    `json:"id"`
	Case      string   `json:"case"`
	Purpose   string   `json:"purpose"`
	To        []string `json:"to"`
	Subject   string   `json:"subject"`
	State     string   `json:"state"`
	Attempts  int      `json:"attempts"`
	LastError string   `json:"last_error"`
}

func (r *redress) outbox(t *testing.T) []outboxJSON {
	t.Helper()
	var list []outboxJSON
	out := r.must(t, "outbox", "list", "-json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("outbox list -json: %v\n%s", err, out)
	}
	return list
}

// complaint is a consumer's complaint mail as it comes from the internet:
// it names the merchant and the order but gives no phone number and no
// merchant contact.
func complaint(from, to, id string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Tom Baker <%s>
To: %s
Subject: Complaint about a seller
Date: %s
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,
I bought a lamp from Bright Lights Co. and it never arrived. The seller does not answer.
Order No. BL-2231, paid US$40.00.

Tom Baker
`, from, to, time.Now().Format(time.RFC1123Z), id), "\n", "\r\n"))
}
