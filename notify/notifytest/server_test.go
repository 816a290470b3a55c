package notifytest

import (
	"net/smtp"
	"slices"
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

// dialClient opens an SMTP session with net/smtp.
func dialClient(t *testing.T, s *Server) *smtp.Client {
	t.Helper()
	c, err := smtp.Dial(s.Addr)
	if err != nil {
		t.Fatalf("dialling %s: %v", s.Addr, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// mailOn sends one mail on an open session.
func mailOn(c *smtp.Client, to string) error {
	if err := c.Mail("a@example.org"); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write([]byte("Subject: t\r\n\r\nRSET\r\nx\r\n")); err != nil {
		return err
	}
	return w.Close()
}

func TestServerCountsConnectionsAndRSETs(t *testing.T) {
	s := Start(t)
	c := dialClient(t, s)
	for i, to := range []string{"b@example.org", "c@example.org", "d@example.org"} {
		if i > 0 {
			if err := c.Reset(); err != nil {
				t.Fatalf("RSET: %v", err)
			}
		}
		if err := mailOn(c, to); err != nil {
			t.Fatalf("mail %d: %v", i, err)
		}
	}
	if err := c.Quit(); err != nil {
		t.Fatalf("QUIT: %v", err)
	}
	if err := send(t, s, "a@example.org", "e@example.org", "x"); err != nil {
		t.Fatalf("second connection: %v", err)
	}
	if got := s.Connections(); got != 2 {
		t.Errorf("Connections() = %d, want 2", got)
	}
	// The resets go-smtp does after each DATA, and a body line "RSET",
	// are not RSET commands.
	if got := s.RSETs(); got != 2 {
		t.Errorf("RSETs() = %d, want 2", got)
	}
	var conns []int
	for _, m := range s.Messages() {
		conns = append(conns, m.Conn)
	}
	if want := []int{1, 1, 1, 2}; !slices.Equal(conns, want) {
		t.Errorf("connections of the mails = %v, want %v", conns, want)
	}
}

func TestServerRefuse(t *testing.T) {
	s := Start(t)
	s.Refuse(true)
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err == nil {
		t.Fatal("refusing server accepted mail")
	}
	if got := s.Connections(); got != 1 {
		t.Errorf("Connections() = %d, want 1 (refused connections count)", got)
	}
	s.Refuse(false)
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err != nil {
		t.Fatalf("after Refuse(false): %v", err)
	}
	if got := s.Messages(); len(got) != 1 || got[0].Conn != 2 {
		t.Errorf("received %+v, want one mail on connection 2", got)
	}
}

func TestServerDropAfter(t *testing.T) {
	s := Start(t)
	s.DropAfter(2)
	c := dialClient(t, s)
	for i := range 2 {
		if i > 0 {
			if err := c.Reset(); err != nil {
				t.Fatalf("RSET: %v", err)
			}
		}
		if err := mailOn(c, "b@example.org"); err != nil {
			t.Fatalf("mail %d: %v", i, err)
		}
	}
	if err := c.Reset(); err != nil {
		t.Fatalf("RSET before the dropped mail: %v", err)
	}
	if err := mailOn(c, "b@example.org"); err == nil {
		t.Fatal("third mail on the connection was accepted, want the connection dropped")
	}
	if n := len(s.Messages()); n != 2 {
		t.Errorf("received %d mails, want 2", n)
	}
	// A new connection starts counting again.
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err != nil {
		t.Fatalf("new connection after the drop: %v", err)
	}
}

func TestServerDropRcpt(t *testing.T) {
	s := Start(t)
	s.DropRcpt("B@example.org", true)
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err == nil {
		t.Fatal("mail to a dropped recipient was accepted")
	}
	s.DropRcpt("b@example.org", false)
	if err := send(t, s, "a@example.org", "b@example.org", "x"); err != nil {
		t.Fatalf("after DropRcpt(false): %v", err)
	}
	if got := s.Connections(); got != 2 {
		t.Errorf("Connections() = %d, want 2", got)
	}
}

func TestServerUnknownMechanism(t *testing.T) {
	if s, err := NewServer("127.0.0.1:0", Options{Mechanisms: []string{"CRAM-MD5"}}); err == nil {
		s.Close()
		t.Fatal("a server offering a mechanism it cannot run started")
	}
}
