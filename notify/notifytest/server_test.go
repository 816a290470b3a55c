package notifytest

import (
	"net/smtp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func send(t *testing.T, s *Server, from, to, body string) error {
	t.Helper()
	return smtp.SendMail(s.Addr, nil, from, []string{to}, []byte("Subject: t\r\n\r\n"+body+"\r\n"))
}

func TestServerRecords(t *testing.T) {
	s := Start(t)
	if s.Host != "127.0.0.1" || s.Port == 0 || s.Addr != s.Host+":"+strconv.Itoa(s.Port) {
		t.Fatalf("server address %q host %q port %d", s.Addr, s.Host, s.Port)
	}
	done := make(chan error, 1)
	go func() {
		done <- smtp.SendMail(s.Addr, nil, "a@example.org", []string{"b@example.org"}, []byte("Subject: t\r\n\r\nhello\r\n"))
	}()
	got := s.WaitFor(1, time.Minute)
	if err := <-done; err != nil {
		t.Fatalf("SendMail: %v", err)
	}
	if len(got) != 1 || got[0].From != "a@example.org" || len(got[0].To) != 1 || got[0].To[0] != "b@example.org" {
		t.Fatalf("received %+v", got)
	}
	if !strings.Contains(string(got[0].Data), "hello") {
		t.Errorf("data = %q", got[0].Data)
	}
	// Messages returns copies.
	got[0].Data[0] = 'X'
	if s.Messages()[0].Data[0] == 'X' {
		t.Error("Messages shares memory with the server")
	}
}

func TestServerWaitForTimeout(t *testing.T) {
	s := Start(t)
	if got := s.WaitFor(1, 10*time.Millisecond); len(got) != 0 {
		t.Fatalf("WaitFor on an idle server returned %d mails", len(got))
	}
}

func TestServerRejectRcpt(t *testing.T) {
	s := Start(t)
	s.RejectRcpt("B@example.org", 550, "no such user")
	err := send(t, s, "a@example.org", "b@example.org", "x")
	if err == nil || !strings.Contains(err.Error(), "550") || !strings.Contains(err.Error(), "no such user") {
		t.Fatalf("err = %v, want 550 no such user", err)
	}
	s.RejectRcpt("b@example.org", 0, "")
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err != nil {
		t.Fatalf("after lifting the rejection: %v", err)
	}
	if n := len(s.Messages()); n != 1 {
		t.Errorf("received %d mails, want 1", n)
	}
}

func TestServerRejectData(t *testing.T) {
	s := Start(t)
	s.RejectData(451, "queue full")
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err == nil || !strings.Contains(err.Error(), "451") {
		t.Fatalf("err = %v, want 451", err)
	}
	if n := len(s.Messages()); n != 0 {
		t.Errorf("rejected mail recorded: %d", n)
	}
}

func TestServerRequiresAuth(t *testing.T) {
	s := StartWithOptions(t, Options{Username: "u", Password: "p"})
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err == nil {
		t.Fatal("mail accepted without AUTH")
	}
	// net/smtp only sends PLAIN over TLS or to localhost; 127.0.0.1 counts.
	auth := smtp.PlainAuth("", "u", "p", "127.0.0.1")
	if err := smtp.SendMail(s.Addr, auth, "a@example.org", []string{"b@example.org"}, []byte("Subject: t\r\n\r\nx\r\n")); err != nil {
		t.Fatalf("SendMail with AUTH: %v", err)
	}
	if got := s.Messages(); len(got) != 1 || got[0].Username != "u" {
		t.Fatalf("received %+v, want one mail from user u", got)
	}
}

func TestStartServerClose(t *testing.T) {
	s, err := StartServer("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err == nil {
		t.Fatal("closed server accepted mail")
	}
}
