package mailboxtest_test

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/yweca/redress/mailbox/mailboxtest"
)

func TestAppendAndRecreate(t *testing.T) {
	s := mailboxtest.Start(t)
	if s.Host != "127.0.0.1" || s.Port == 0 || s.Addr == "" {
		t.Fatalf("server address = %q (host %q, port %d)", s.Addr, s.Host, s.Port)
	}
	first := s.Append(t, "INBOX", []byte("Subject: a\r\n\r\na\r\n"))
	second := s.Append(t, "INBOX", []byte("Subject: b\r\n\r\nb\r\n"))
	if second <= first {
		t.Errorf("uids %d then %d, want ascending", first, second)
	}
	before, err := s.UIDValidity("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	after, err := s.UIDValidity("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Errorf("uidvalidity stayed %d after RecreateMailbox", after)
	}
	n, err := s.Unseen("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("recreated folder has %d unseen messages, want 0", n)
	}
	if _, err := s.AppendMessage("Missing", []byte("Subject: c\r\n\r\n")); err == nil {
		t.Error("AppendMessage to a missing folder succeeded")
	}
}

func TestFlags(t *testing.T) {
	s := mailboxtest.Start(t)
	unseen := s.Append(t, "INBOX", []byte("Subject: a\r\n\r\na\r\n"))
	seen, err := s.AppendSeenMessage("INBOX", []byte("Subject: b\r\n\r\nb\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	flags, err := s.Flags("INBOX", unseen)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(flags, `\Seen`) {
		t.Errorf("unseen message has flags %v", flags)
	}
	flags, err = s.Flags("INBOX", seen)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(flags, `\Seen`) {
		t.Errorf("seen message has flags %v", flags)
	}
	if s.Logins() != 2 {
		t.Errorf("Logins() = %d after two Flags calls, want 2", s.Logins())
	}
}

func TestStartServerAndClose(t *testing.T) {
	s, err := mailboxtest.StartServer("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AppendMessage("INBOX", []byte("Subject: a\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestStartTLS(t *testing.T) {
	s := mailboxtest.StartTLS(t)
	if s.CAFile == "" || len(s.CertPEM) == 0 || s.CertPool == nil || s.StartTLSPort == 0 {
		t.Fatalf("TLS server lacks its certificate or starttls port: %+v", s)
	}
}

func TestLargeMessageIsReproducible(t *testing.T) {
	open := mailboxtest.LargeMessage("big@example.com", 1<<20+7, 1)
	a, err := io.ReadAll(open())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(open())
	if len(a) != 1<<20+7 || !bytes.Equal(a, b) {
		t.Errorf("LargeMessage gave %d then %d bytes (equal %v), want %d twice the same", len(a), len(b), bytes.Equal(a, b), 1<<20+7)
	}
	if !bytes.Contains(a[:400], []byte("Message-ID: <big@example.com>\r\n")) {
		t.Errorf("header lacks the Message-ID: %q", a[:400])
	}
}

func TestAppendStreamKeepsUIDOrder(t *testing.T) {
	s := mailboxtest.Start(t)
	first := s.Append(t, "INBOX", []byte("Subject: a\r\n\r\na\r\n"))
	streamed, err := s.AppendStream("INBOX", 1000, mailboxtest.LargeMessage("s@example.com", 1000, 2))
	if err != nil {
		t.Fatal(err)
	}
	last := s.Append(t, "INBOX", []byte("Subject: b\r\n\r\nb\r\n"))
	if !(first < streamed && streamed < last) {
		t.Errorf("uids %d, %d, %d, want ascending", first, streamed, last)
	}
	// FLAGS of a streamed message are served (empty), next to plain ones.
	for _, uid := range []uint32{first, streamed, last} {
		if _, err := s.Flags("INBOX", uid); err != nil {
			t.Errorf("Flags of uid %d: %v", uid, err)
		}
	}
}
