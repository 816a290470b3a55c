package desk

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

func TestRedialDelay(t *testing.T) {
	for _, tc := range []struct {
		n         int
		throttled bool
		jitter    float64
		want      time.Duration
	}{
		{1, false, 0, redialBase},
		{2, false, 0, 2 * redialBase},
		{3, false, 0, 4 * redialBase},
		{20, false, 0, redialMax},
		{1, true, 0, throttleBase},
		{2, true, 0, 2 * throttleBase},
		{9, true, 0, redialMax},
		{1, false, 1, redialBase + redialBase/5},
		{1, false, -1, redialBase - redialBase/5},
		{30, true, 0.5, redialMax + redialMax/10},
	} {
		if got := redialDelay(tc.n, tc.throttled, tc.jitter); got != tc.want {
			t.Errorf("redialDelay(%d, %v, %v) = %s, want %s", tc.n, tc.throttled, tc.jitter, got, tc.want)
		}
	}
}

// The connection is kept between polls: one login for many rounds.
func TestPollKeepsTheConnection(t *testing.T) {
	e := newEnv(t, envOptions{})
	for i := range 3 {
		e.append(t, complaintMail(strings.Repeat("k", i+1)+"@mail.example", "li@mail.example", ""))
		if st := e.mustPoll(t); st.NewCases != 1 {
			t.Fatalf("round %d: %d new cases, want 1", i, st.NewCases)
		}
	}
	if n := e.imap.Logins(); n != 1 {
		t.Errorf("%d logins for three polls, want 1", n)
	}
	// After Close the next Poll dials again.
	e.desk.Close()
	e.mustPoll(t)
	if n := e.imap.Logins(); n != 2 {
		t.Errorf("%d logins after Close and a poll, want 2", n)
	}
}

// A provider that refuses for now is not asked again at the poll rate:
// Poll backs off without dialling until RetryAt.
func TestThrottledServerIsLeftAlone(t *testing.T) {
	e := newEnv(t, envOptions{imap: &mailboxtest.Options{Quirks: mailboxtest.Quirks{MinConnInterval: time.Hour}}})
	e.desk.rand = func() float64 { return 0 }
	e.mustPoll(t)
	e.desk.Close() // the next Poll must dial, too soon for this server

	start := time.Now()
	_, err := e.poll(t)
	if !mailbox.IsThrottled(err) {
		t.Fatalf("Poll on a throttling server: %v, want a throttling error", err)
	}
	if retry := e.desk.RetryAt(); retry.Sub(start) < throttleBase || retry.Sub(start) > throttleBase+time.Minute {
		t.Errorf("RetryAt is %s after the refusal, want about %s", retry.Sub(start), throttleBase)
	}
	for range 5 {
		if _, err := e.poll(t); !errors.Is(err, ErrBackingOff) {
			t.Fatalf("Poll during the backoff: %v, want ErrBackingOff", err)
		}
	}
	if acc, ref := e.imap.Connections(); acc != 1 || ref != 1 {
		t.Errorf("the server saw %d accepted and %d refused connections, want 1 and 1: no redial during the backoff", acc, ref)
	}
	if !strings.Contains(e.logs.String(), "throttled") {
		t.Errorf("the refusal is not logged as throttling:\n%s", e.logs)
	}

	// Once the backoff has passed (here: forced), the desk dials again and
	// a success clears it.
	e.desk.redial.until = time.Time{}
	e.imap.Close()
	if _, err := e.poll(t); err == nil || errors.Is(err, ErrBackingOff) {
		t.Fatalf("Poll on a stopped server: %v, want a dial error", err)
	}
	if e.desk.redial.failures != 2 {
		t.Errorf("failures = %d, want 2 in a row", e.desk.redial.failures)
	}
}

// Wait returns at once when mail arrives during IDLE, and at the deadline
// otherwise.
func TestWaitWakesOnNewMail(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.mustPoll(t)
	start := time.Now()
	if e.desk.Wait(t.Context(), start.Add(200*time.Millisecond)) {
		t.Error("Wait reported mail on a quiet inbox")
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("Wait returned after %s, before its deadline", d)
	}
	// The memory server reports only mail appended after its IDLE began.
	idling := make(chan struct{}, 1)
	e.imap.SetIdleHook(func() {
		select {
		case idling <- struct{}{}:
		default:
		}
	})
	go func() {
		<-idling
		time.Sleep(200 * time.Millisecond)
		e.imap.AppendMessage("INBOX", complaintMail("w1@mail.example", "li@mail.example", ""))
	}()
	start = time.Now()
	if !e.desk.Wait(t.Context(), start.Add(time.Minute)) {
		t.Fatal("Wait did not report the new mail")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Wait took %s to report new mail", d)
	}
	if st := e.mustPoll(t); st.NewCases != 1 {
		t.Errorf("the poll after the wake-up filed %d new cases, want 1", st.NewCases)
	}
}

// A backlog round sends staff NoticeBatch notices and one digest of the
// other cases, not a notice per case; nothing is told twice.
func TestBacklogNoticesDigested(t *testing.T) {
	e := newEnv(t, envOptions{cfg: func(c *Config) { c.NoticeBatch = 2 }})
	for i := range 5 {
		e.append(t, complaintMail(fmt.Sprintf("bl%d@mail.example", i), fmt.Sprintf("li%d@mail.example", i), ""))
	}
	st := e.mustPoll(t)
	if st.NewCases != 5 {
		t.Fatalf("%d new cases, want 5", st.NewCases)
	}
	mails, err := e.store.DueMail(t.Context(), time.Now().Add(time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	notices, digests := 0, []string{}
	for _, m := range mails {
		switch m.Mail.Purpose {
		case "staff_notice":
			notices++
		case "staff_digest":
			digests = append(digests, m.Mail.Text)
		}
	}
	if notices != 2 || len(digests) != 1 {
		t.Fatalf("%d staff notices and %d digests queued, want 2 and 1", notices, len(digests))
	}
	refs := 0
	for _, c := range e.cases(t) {
		if strings.Contains(digests[0], c.Ref) {
			refs++
		}
	}
	if refs != 3 {
		t.Errorf("the digest names %d cases, want the 3 without a notice:\n%s", refs, digests[0])
	}
	// The next round has nothing to digest.
	e.mustPoll(t)
	again, _ := e.store.DueMail(t.Context(), time.Now().Add(time.Hour), 0)
	n := 0
	for _, m := range again {
		if m.Mail.Purpose == "staff_digest" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d digests after a quiet round, want still 1", n)
	}
}

// The Sent folder is read from when the desk first sees it: what staff
// sent before redress is no case's and is not downloaded.
func TestSentFolderReadFromFirstSight(t *testing.T) {
	e := newEnv(t, envOptions{imap: &mailboxtest.Options{Folders: []string{"Sent"}}, cfg: func(c *Config) { c.Sent = "Sent" }})
	old := "From: 义乌服务站 <tousu@yweca.org.example>\r\nTo: someone@mail.example\r\nSubject: old\r\nMessage-ID: <old-1@yweca.org.example>\r\n\r\nold\r\n"
	for range 3 {
		e.imap.Append(t, "Sent", []byte(old))
	}
	if st := e.mustPoll(t); st.Fetched != 0 {
		t.Fatalf("first poll fetched %d mails, want the Sent folder's history left alone", st.Fetched)
	}
	sent := "From: 义乌服务站 <tousu@yweca.org.example>\r\nTo: someone@mail.example\r\nSubject: new\r\nMessage-ID: <new-1@yweca.org.example>\r\n\r\nnew\r\n"
	e.imap.Append(t, "Sent", []byte(sent))
	if st := e.mustPoll(t); st.Fetched != 1 {
		t.Errorf("second poll fetched %d mails, want the one sent since", st.Fetched)
	}
}
