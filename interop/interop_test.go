//go:build interop

package interop

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var refRE = regexp.MustCompile(`\[(YW-\d{4}-\d{5})\]`)

// fileComplaint delivers a complaint through Postfix, runs `redress once`
// and returns the case reference and the acknowledgement as it arrived in
// the consumer's Dovecot INBOX.
func fileComplaint(t *testing.T, s *stack, r *redress, id string) (string, *msg) {
	t.Helper()
	s.inject(t, s.consumer, []string{s.station()}, complaint(s.consumer, s.station(), id))
	s.waitMail(t, s.station(), 1, func(m *msg) bool { return m.header.Get("Message-Id") == "<"+id+">" })
	r.once(t)
	acks := s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == "<"+id+">" })
	sm := refRE.FindStringSubmatch(acks[0].subject())
	if sm == nil {
		t.Fatalf("acknowledgement subject %q carries no case reference", acks[0].subject())
	}
	return sm[1], acks[0]
}

// A complaint from the internet, through Postfix and Dovecot: the
// acknowledgement reaches the consumer's INBOX, threaded on the complaint,
// with the case reference in the subject, from the station's address.
func TestComplaintAcknowledged(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{})
	ref, ack := fileComplaint(t, s, r, "c1@example.com")

	if got := ack.header.Get("In-Reply-To"); got != "<c1@example.com>" {
		t.Errorf("ack In-Reply-To = %q, want <c1@example.com>", got)
	}
	if got := ack.header.Get("References"); !strings.Contains(got, "<c1@example.com>") {
		t.Errorf("ack References = %q, want the complaint's Message-ID", got)
	}
	if want := "[" + ref + "] Complaint about a seller"; ack.subject() != want {
		t.Errorf("ack subject = %q, want %q", ack.subject(), want)
	}
	if from := ack.header.Get("From"); !strings.Contains(from, s.station()) {
		t.Errorf("ack From = %q, want the station", from)
	}
	cs := r.cases(t)
	if len(cs) != 1 || cs[0].Ref != ref || cs[0].State != "awaiting_info" {
		t.Fatalf("cases = %+v, want %s awaiting_info", cs, ref)
	}
	// The station's INBOX keeps the complaint: redress reads, never deletes.
	if n := len(s.mailbox(t, s.station())); n != 1 {
		t.Errorf("station INBOX holds %d mails after once, want the complaint still there", n)
	}
}

// The consumer answers the acknowledgement with mutt, giving the missing
// phone number and shop link: the case is open after the next run.
func TestConsumerReplyWithMutt(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{})
	ref, ack := fileComplaint(t, s, r, "c2@example.com")
	if c := r.show(t, ref); c.State != "awaiting_info" || len(c.Missing) == 0 {
		t.Fatalf("case before the reply: state %q missing %v, want awaiting_info with details missing", c.State, c.Missing)
	}

	ackID := ack.header.Get("Message-Id")
	s.mutt(t, s.user("consumer"), fmt.Sprintf(`From: Tom Baker <%s>
To: %s
Subject: Re: %s
In-Reply-To: %s
References: <c2@example.com> %s

Phone: +44 20 7946 0018
Shop link or merchant phone: https://brightlights.example/shop

Tom
`, s.consumer, s.station(), ack.subject(), ackID, ackID))
	s.waitMail(t, s.station(), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == ackID })
	r.once(t)

	c := r.show(t, ref)
	if c.State != "open" || len(c.Missing) != 0 {
		t.Errorf("case after the reply: state %q missing %v, want open with nothing missing", c.State, c.Missing)
	}
	var in int
	for _, m := range c.Messages {
		if m.Direction == "in" {
			in++
		}
	}
	if in != 2 {
		t.Errorf("case holds %d incoming mails, want the complaint and the reply", in)
	}
	if n := len(r.cases(t)); n != 1 {
		t.Errorf("%d cases, want the reply on the one case", n)
	}
}

// staff1 answers the staff notice with mutt: the answer reaches the
// consumer from the station's address, in the case's thread, with no trace
// of staff1. A forged staff mail (From staff1, sent by the consumer, no
// notice token) relays nothing.
func TestStaffReplyWithMutt(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{})
	ref, ack := fileComplaint(t, s, r, "c3@example.com")
	notices := s.waitMail(t, s.user("staff1"), 1, func(m *msg) bool { return strings.Contains(m.subject(), "["+ref+"]") })
	notice := notices[0]
	noticeID := notice.header.Get("Message-Id")
	if !strings.HasPrefix(noticeID, "<"+ref+".") {
		t.Fatalf("notice Message-ID %q carries no token of %s", noticeID, ref)
	}

	// The forgery first: the consumer logs in to submission and writes as
	// staff1, answering the acknowledgement (no token) with a command.
	s.mutt(t, s.user("consumer"), fmt.Sprintf(`From: Staff One <%s>
To: %s
Subject: Re: %s
In-Reply-To: %s

#close resolved
FORGED: the seller paid everything back.
`, s.user("staff1"), s.station(), ack.subject(), ack.header.Get("Message-Id")))
	s.waitMail(t, s.station(), 1, func(m *msg) bool { return strings.Contains(m.body, "FORGED") })
	r.once(t)
	for _, o := range r.outbox(t) {
		if o.Purpose != "ack" && o.Purpose != "staff_notice" && containsFold(o.To, s.consumer) {
			t.Errorf("the forged staff mail made redress write to the consumer: %+v", o)
		}
	}
	if c := r.show(t, ref); c.State == "closed" || c.State == "resolved" {
		t.Errorf("the forged #close was applied: state %q", c.State)
	}

	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(notice.body), "\n", "\n> ")
	s.mutt(t, s.user("staff1"), fmt.Sprintf(`From: Staff One <%s>
To: %s
Subject: Re: %s
In-Reply-To: %s
References: %s

The seller agreed to refund US$40.00 within three days.

On %s, Interop Station <%s> wrote:
%s

-- 
Staff One, desk 4
`, s.user("staff1"), s.station(), notice.subject(), noticeID, noticeID, time.Now().Format("2006-01-02 15:04"), s.station(), quoted))
	s.waitMail(t, s.station(), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == noticeID })
	r.once(t)

	relayed := s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return strings.Contains(m.body, "refund US$40.00") })
	m := relayed[0]
	if len(relayed) != 1 {
		t.Errorf("consumer got the answer %d times, want once", len(relayed))
	}
	if from := m.header.Get("From"); !strings.Contains(from, s.station()) {
		t.Errorf("relayed From = %q, want the station", from)
	}
	if h := m.headerBlock(); strings.Contains(strings.ToLower(h), "staff1") || strings.Contains(h, "Staff One") {
		t.Errorf("relayed mail's headers name staff1:\n%s", h)
	}
	if strings.Contains(m.body, "Staff One") || strings.Contains(m.body, "> ") {
		t.Errorf("relayed body carries the signature or the quoted notice:\n%s", m.body)
	}
	irt := m.header.Get("In-Reply-To")
	refs := m.header.Get("References")
	if irt == "" || !strings.Contains(refs, "<c3@example.com>") {
		t.Errorf("relayed In-Reply-To %q References %q, want the case's thread (the complaint <c3@example.com>)", irt, refs)
	}
	if !strings.Contains(m.subject(), ref) {
		t.Errorf("relayed subject %q lacks %s", m.subject(), ref)
	}
	for _, cm := range s.mailbox(t, s.user("consumer")) {
		if strings.Contains(cm.body, "FORGED") {
			t.Errorf("the forged staff text reached the consumer: %q", cm.subject())
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// TLS against Dovecot's real certificate chain: IMAPS with the stack's CA
// in imap.ca_file, STARTTLS on the plain port; without the CA the
// certificate is refused in words an operator understands; tls: none is
// refused for a host that is not loopback before any connection.
func TestTLS(t *testing.T) {
	s := newStack(t)
	tests := []struct {
		name    string
		conf    conf
		ok      bool
		outputs []string // all must appear in check-config's output
	}{
		{name: "imaps with ca_file", conf: conf{}, ok: true, outputs: []string{"imap 127.0.0.1:", ": ok (logged in as"}},
		{name: "starttls on the plain port", conf: conf{imapPort: s.ports.imap, imapTLS: "starttls"}, ok: true, outputs: []string{": ok (logged in as"}},
		{name: "imaps without ca_file", conf: conf{imapCA: "-"}, outputs: []string{"imap 127.0.0.1:", "certificate"}},
		{name: "starttls without ca_file", conf: conf{imapPort: s.ports.imap, imapTLS: "starttls", imapCA: "-"}, outputs: []string{"certificate"}},
		{name: "tls none off loopback", conf: conf{imapHost: "imap.example.com", imapPort: s.ports.imap, imapTLS: "none"}, outputs: []string{"invalid", "imap.tls"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.newRedress(t, tt.conf)
			out, errOut, err := r.run(t, "check-config")
			if tt.ok != (err == nil) {
				t.Fatalf("check-config error = %v, want ok=%v\nstdout: %s\nstderr: %s", err, tt.ok, out, errOut)
			}
			all := out + errOut
			for _, want := range tt.outputs {
				if !strings.Contains(all, want) {
					t.Errorf("check-config output lacks %q:\n%s", want, all)
				}
			}
		})
	}
	// STARTTLS carries a whole run, not only the check.
	t.Run("once over starttls", func(t *testing.T) {
		r := s.newRedress(t, conf{imapPort: s.ports.imap, imapTLS: "starttls"})
		fileComplaint(t, s, r, "tls1@example.com")
	})
}

// A wrong password: check-config and once fail with an authentication
// error; the complaint stays in the INBOX and is filed by the next run with
// the right password.
func TestWrongPassword(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{})
	s.inject(t, s.consumer, []string{s.station()}, complaint(s.consumer, s.station(), "pw1@example.com"))
	s.waitMail(t, s.station(), 1, func(m *msg) bool { return true })

	r.setPassword("not-the-password")
	for _, cmd := range []string{"check-config", "once"} {
		out, errOut, err := r.run(t, cmd)
		if err == nil {
			t.Errorf("%s with a wrong password succeeded:\n%s%s", cmd, out, errOut)
		}
		all := strings.ToLower(out + errOut)
		if !strings.Contains(all, "authentication") && !strings.Contains(all, "login") {
			t.Errorf("%s with a wrong password does not say authentication failed:\n%s%s", cmd, out, errOut)
		}
		if strings.Contains(all, "not-the-password") {
			t.Errorf("%s printed the password:\n%s%s", cmd, out, errOut)
		}
	}
	if n := len(s.mailbox(t, s.station())); n != 1 {
		t.Fatalf("station INBOX holds %d mails after the failed run, want 1", n)
	}

	r.setPassword(s.password)
	r.once(t)
	cs := r.cases(t)
	if len(cs) != 1 {
		t.Fatalf("%d cases after the good run, want 1", len(cs))
	}
	s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == "<pw1@example.com>" })
}

// Postfix is down while acknowledgements are due: they wait in the outbox;
// once Postfix is back, `redress outbox flush` delivers each exactly once.
func TestSMTPOutage(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{notify: []string{}, extra: "policy:\n  ack_limit: 100\n"})
	const n = 5
	for i := range n {
		from := fmt.Sprintf("buyer%d@example.com", i)
		s.inject(t, from, []string{s.station()}, complaint(from, s.station(), fmt.Sprintf("out%d@example.com", i)))
	}
	s.waitMail(t, s.station(), n, func(m *msg) bool { return true })

	s.ctl(t, "mailstack_postfix", "stop")
	t.Cleanup(func() { s.ctl(t, "mailstack_postfix", "start") })
	out, errOut, err := r.run(t, "once")
	t.Logf("once with postfix down: err %v\n%s%s", err, out, errOut)
	if n := len(r.cases(t)); n != 5 {
		t.Fatalf("%d cases filed while SMTP was down, want 5", n)
	}
	for _, o := range r.outbox(t) {
		if o.State == "sent" || o.State == "failed" {
			t.Errorf("outbox row %d is %s while SMTP was down, want it waiting", o.ID, o.State)
		}
	}

	s.ctl(t, "mailstack_postfix", "start")
	r.must(t, "outbox", "flush")
	r.must(t, "outbox", "flush") // a second flush sends nothing again
	r.once(t)
	// Once n have arrived and Postfix holds nothing more, count them all:
	// a duplicate would be there too.
	s.waitMail(t, s.user("consumer"), n, func(m *msg) bool { return strings.HasPrefix(m.header.Get("In-Reply-To"), "<out") })
	s.waitQueueEmpty(t)
	acks := s.waitMail(t, s.user("consumer"), n, func(m *msg) bool { return strings.HasPrefix(m.header.Get("In-Reply-To"), "<out") })
	seen := map[string]int{}
	for _, a := range acks {
		seen[a.header.Get("In-Reply-To")]++
	}
	for i := range n {
		if c := seen[fmt.Sprintf("<out%d@example.com>", i)]; c != 1 {
			t.Errorf("complaint out%d got %d acknowledgements, want exactly 1", i, c)
		}
	}
	for _, o := range r.outbox(t) {
		if o.State != "sent" {
			t.Errorf("outbox row %d is %s after the flush, want sent", o.ID, o.State)
		}
	}
}

// Dovecot cuts the station's IMAP session again and again while redress
// fetches a few hundred mails: after the runs that follow, every mail is
// filed exactly once, none is skipped.
func TestIMAPKickMidFetch(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{notify: []string{}, extra: "policy:\n  ack_limit: 100\n"})
	const n = 300
	raws := make([][]byte, n)
	for i := range raws {
		from := fmt.Sprintf("buyer%d@example.com", i)
		raws[i] = complaint(from, s.station(), fmt.Sprintf("kick%d@example.com", i))
	}
	s.appendMail(t, s.station(), raws)

	// Kick the station's sessions every few milliseconds while once runs.
	done := make(chan struct{})
	var wg sync.WaitGroup
	kicks := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if exec.Command("doveadm", "-c", s.env["MS_DOVECOT_CONF"], "kick", s.station()).Run() == nil {
				kicks++
			}
		}
	}()
	out, errOut, err := r.run(t, "once")
	close(done)
	wg.Wait()
	t.Logf("once under kicks (%d sessions cut): err %v\n%s", kicks, err, lastLines(errOut, 5))
	_ = out

	// Then runs without interference until one succeeds and finds nothing new.
	var last string
	for i := 0; i < 5; i++ {
		o, e, err := r.run(t, "once")
		last = o + e
		if err == nil && strings.HasPrefix(o, "fetched 0,") {
			break
		}
	}
	cs := r.cases(t)
	if len(cs) != n {
		t.Fatalf("%d cases after the runs, want %d (last run: %s)", len(cs), n, last)
	}
	// Each complaint comes from its own address: one case per address.
	contacts := map[string]int{}
	for _, c := range cs {
		contacts[c.Contact]++
	}
	for i := range n {
		if c := contacts[fmt.Sprintf("buyer%d@example.com", i)]; c != 1 {
			t.Errorf("buyer%d@example.com has %d cases, want 1", i, c)
		}
	}
	sent := 0
	for _, o := range r.outbox(t) {
		if o.Purpose == "ack" {
			sent++
		}
	}
	if sent != n {
		t.Errorf("%d acknowledgements queued, want %d", sent, n)
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Odd and broken real-world MIME (../shared/testdata/mime-wild) in the
// station's INBOX, then a normal complaint: the run succeeds, every mail is
// accounted for (filed, kept without a case, or a duplicate), and the
// complaint after them is acknowledged.
func TestPoisonMail(t *testing.T) {
	s := newStack(t)
	wild := filepath.Join("..", "..", "shared", "testdata", "mime-wild", "enmime")
	var raws [][]byte
	for _, sub := range []string{"testdata/mail", "testdata/low-quality", "dsn/testdata"} {
		files, _ := filepath.Glob(filepath.Join(wild, sub, "*.raw"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			raws = append(raws, b)
		}
	}
	if len(raws) == 0 {
		t.Skipf("no mail under %s (the shared test data beside the repository)", wild)
	}
	s.appendMail(t, s.station(), raws)
	r := s.newRedress(t, conf{notify: []string{}})
	s.inject(t, s.consumer, []string{s.station()}, complaint(s.consumer, s.station(), "after-poison@example.com"))
	s.waitMail(t, s.station(), len(raws)+1, func(*msg) bool { return true })

	start := time.Now()
	out := r.once(t)
	t.Logf("once over %d wild mails took %v: %s", len(raws)+1, time.Since(start).Round(time.Millisecond), strings.TrimSpace(out))
	var fetched, cases, added, unfiled, dups int
	if _, err := fmt.Sscanf(out, "fetched %d, new cases %d, added to cases %d, without case %d, duplicates %d;", &fetched, &cases, &added, &unfiled, &dups); err != nil {
		t.Fatalf("once said %q: %v", out, err)
	}
	if fetched != len(raws)+1 || cases+added+unfiled+dups != fetched {
		t.Errorf("once: %q; want all %d mails fetched and each filed, kept without a case or a duplicate", strings.TrimSpace(out), len(raws)+1)
	}
	if out := r.once(t); !strings.HasPrefix(out, "fetched 0,") {
		t.Errorf("a second run fetched again: %q", out)
	}
	s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == "<after-poison@example.com>" })
}

// A 50 MB complaint (a video attached) through Postfix, whose
// message_size_limit the stack raises to 64 MB: it is filed, kept whole,
// and acknowledged.
func TestLargeMail(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{notify: []string{}})
	const size = 50 << 20 // of the attachment's base64 text, near all the mail
	var b strings.Builder
	b.Grow(size + 4096)
	fmt.Fprintf(&b, "From: Tom Baker <%s>\r\nTo: %s\r\nSubject: Complaint about a seller, with the video\r\nDate: %s\r\nMessage-ID: <large@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n",
		s.consumer, s.station(), time.Now().Format(time.RFC1123Z))
	b.WriteString("I bought a lamp from Bright Lights Co. and it never arrived. The seller does not answer.\r\nOrder No. BL-2231, paid US$40.00.\r\n\r\nTom Baker\r\n")
	b.WriteString("--b1\r\nContent-Type: video/mp4\r\nContent-Disposition: attachment; filename=unboxing.mp4\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2", 2)[:76] + "\r\n"
	for n := 0; n < size; n += len(line) {
		b.WriteString(line)
	}
	b.WriteString("--b1--\r\n")
	raw := []byte(b.String())
	s.inject(t, s.consumer, []string{s.station()}, raw)
	s.waitMail(t, s.station(), 1, func(*msg) bool { return true })

	r.once(t)
	cs := r.cases(t)
	if len(cs) != 1 {
		t.Fatalf("%d cases, want 1 for the large complaint", len(cs))
	}
	c := r.show(t, cs[0].Ref)
	if len(c.Messages) == 0 || c.Messages[0].Direction != "in" || c.Messages[0].Size < int64(len(raw)) {
		t.Errorf("the large mail is not kept whole: %+v (sent %d bytes)", c.Messages, len(raw))
	}
	s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == "<large@example.com>" })
}

// `redress run` is killed with SIGKILL 20 times while it files 1,000
// complaints and sends their acknowledgements, and restarted each time;
// then clean runs. Every complaint is filed exactly once. Every
// acknowledgement is sent, except those a kill caught between claiming and
// recording them: those wait out notify.ClaimLease (15 min, too long for
// this test) and may go twice then; that is at most one per kill, and none
// is lost meanwhile (it is pending, not failed or dropped).
func TestCrashSafety(t *testing.T) {
	s := newStack(t)
	r := s.newRedress(t, conf{notify: []string{}})
	const n, kills = 1000, 20
	raws := make([][]byte, n)
	for i := range raws {
		from := fmt.Sprintf("buyer%d@example.com", i)
		raws[i] = complaint(from, s.station(), fmt.Sprintf("crash%d@example.com", i))
	}
	s.appendMail(t, s.station(), raws)

	logf, err := os.Create(filepath.Join(r.dir, "run.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	rng := rand.New(rand.NewPCG(1, 2)) // the same kill times every run
	for k := range kills {
		cmd := exec.Command(s.bin, "run", "-config", r.config)
		cmd.Env = append(os.Environ(), r.env...)
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Early kills land while filing, later ones while sending.
		time.Sleep(time.Duration(40+k*10+rng.IntN(300)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		cmd.Wait()
		if k == 0 {
			t.Logf("after the first kill: %d of %d complaints filed", len(r.cases(t)), n)
		}
	}
	t.Logf("after %d kills: %d of %d complaints filed", kills, len(r.cases(t)), n)

	// Then clean runs until one fetches nothing and sends nothing.
	for i := 0; i < 10; i++ {
		if out := r.once(t); strings.HasPrefix(out, "fetched 0,") && strings.Contains(out, "mail sent 0,") {
			break
		}
	}

	cs := r.cases(t)
	if len(cs) != n {
		t.Errorf("%d cases, want %d", len(cs), n)
	}
	refOf := map[string]int{} // case reference → complaint number
	contacts := map[string]int{}
	for _, c := range cs {
		contacts[c.Contact]++
		var i int
		if _, err := fmt.Sscanf(c.Contact, "buyer%d@example.com", &i); err == nil {
			refOf[c.Ref] = i
		}
	}
	for i := range n {
		if c := contacts[fmt.Sprintf("buyer%d@example.com", i)]; c != 1 {
			t.Errorf("buyer%d@example.com has %d cases, want 1", i, c)
		}
	}
	acks, sent := 0, 0
	leased := map[int]bool{} // complaints whose ack is still pending
	for _, o := range r.outbox(t) {
		if o.Purpose != "ack" {
			continue
		}
		acks++
		switch o.State {
		case "sent":
			sent++
		case "pending":
			leased[refOf[o.Case]] = true
		default:
			t.Errorf("outbox row %d (%s) is %s: %s", o.ID, o.Case, o.State, o.LastError)
		}
	}
	if acks != n {
		t.Errorf("%d acknowledgements queued, want %d", acks, n)
	}
	t.Logf("acknowledgements: %d sent, %d still pending", sent, len(leased))
	if len(leased) > 0 {
		// The next holder of the station lock releases the claims a
		// killed process left (casefile.ReleaseClaims): none waits out
		// its lease once the inbox is drained.
		t.Errorf("%d acknowledgements still pending after the last run: claims of a killed process were not released", len(leased))
	}

	isAck := func(m *msg) bool { return strings.HasPrefix(m.header.Get("In-Reply-To"), "<crash") }
	s.waitMail(t, s.user("consumer"), sent, isAck)
	s.waitQueueEmpty(t)
	got := map[int]int{}
	for _, m := range s.waitMail(t, s.user("consumer"), sent, isAck) {
		var i int
		if _, err := fmt.Sscanf(m.header.Get("In-Reply-To"), "<crash%d@example.com>", &i); err == nil {
			got[i]++
		}
	}
	twice := 0
	for i := range n {
		switch c := got[i]; {
		case c == 0 && !leased[i]:
			t.Errorf("crash%d@example.com got no acknowledgement and none is pending", i)
		case c > 1:
			twice += c - 1
		}
	}
	t.Logf("acknowledgements that arrived twice: %d", twice)
	if twice > kills {
		t.Errorf("%d acknowledgements arrived more than once, more than one per kill (%d)", twice, kills)
	}
}

// The disk holding the database and the mail files is full when a
// complaint comes: the run fails saying so and files nothing; the complaint
// stays in the INBOX and is filed and acknowledged by the first run after
// space is freed. Needs root (it mounts a small tmpfs).
func TestDiskFull(t *testing.T) {
	s := newStack(t)
	store := filepath.Join(t.TempDir(), "store")
	if err := os.Mkdir(store, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", store).CombinedOutput(); err != nil {
		t.Skipf("mounting a small tmpfs (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", store).Run() })
	r := s.newRedress(t, conf{notify: []string{}, database: filepath.Join(store, "redress.db")})
	r.once(t) // the database exists, empty

	filler := filepath.Join(store, "filler")
	if out, err := exec.Command("dd", "if=/dev/zero", "of="+filler, "bs=64k").CombinedOutput(); err == nil {
		t.Fatalf("dd filled a 4 MiB tmpfs without running out of space: %s", out)
	}
	s.inject(t, s.consumer, []string{s.station()}, complaint(s.consumer, s.station(), "full@example.com"))
	s.waitMail(t, s.station(), 1, func(*msg) bool { return true })
	out, errOut, err := r.run(t, "once")
	if err == nil {
		t.Fatalf("once on a full disk succeeded:\n%s%s", out, errOut)
	}
	t.Logf("once on a full disk: %v\n%s", err, lastLines(errOut, 2))
	if all := strings.ToLower(out + errOut); !strings.Contains(all, "full") && !strings.Contains(all, "space") {
		t.Errorf("once on a full disk does not say the disk is full:\n%s", lastLines(errOut, 5))
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	r.once(t)
	cs := r.cases(t)
	if len(cs) != 1 {
		t.Fatalf("%d cases after space was freed, want the complaint's", len(cs))
	}
	s.waitMail(t, s.user("consumer"), 1, func(m *msg) bool { return m.header.Get("In-Reply-To") == "<full@example.com>" })
}
