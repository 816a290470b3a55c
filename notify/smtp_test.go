package notify

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"

	"github.com/yweca/redress/notify/notifytest"
)

func plainConfig(s *notifytest.Server) SMTPConfig {
	return SMTPConfig{Host: s.Host, Port: s.Port, TLS: TLSNone, Timeout: 10 * time.Second}
}

func testMail() Mail {
	return Mail{
		From:          "ts@yw-consumer.example",
		FromName:      "义乌消费者权益服务站",
		To:            []string{"buyer@example.com"},
		Subject:       "[YW-2026-00042] 商品质量问题 投诉",
		MessageID:     "abc123@yw-consumer.example",
		InReplyTo:     "orig-1@mail.example.com",
		References:    []string{"root@mail.example.com", "orig-1@mail.example.com"},
		AutoSubmitted: "auto-replied",
		Date:          time.Date(2026, 3, 4, 10, 30, 0, 0, time.FixedZone("CST", 8*3600)),
		Text:          "您好：\n\n我们已收到您的投诉。案件编号：YW-2026-00042\n",
	}
}

// parseReceived parses a received mail and returns it with its decoded body.
func parseReceived(t *testing.T, r notifytest.Received) (*mail.Message, string) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(r.Data))
	if err != nil {
		t.Fatalf("parsing received mail: %v\n%s", err, r.Data)
	}
	var body io.Reader = msg.Body
	switch cte := strings.ToLower(msg.Header.Get("Content-Transfer-Encoding")); cte {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "", "7bit", "8bit":
	default:
		t.Fatalf("unexpected Content-Transfer-Encoding %q", cte)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatalf("decoding body: %v", err)
	}
	return msg, strings.ReplaceAll(string(b), "\r\n", "\n")
}

func TestSendHeaders(t *testing.T) {
	srv := notifytest.Start(t)
	s := NewSender(plainConfig(srv), nil)
	m := testMail()
	if err := s.Send(t.Context(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("server received %d mails, want 1", len(got))
	}
	r := got[0]
	if r.From != m.From {
		t.Errorf("envelope from = %q, want %q", r.From, m.From)
	}
	if len(r.To) != 1 || r.To[0] != "buyer@example.com" {
		t.Errorf("envelope to = %q", r.To)
	}
	// Headers must be ASCII: RFC 2047 encoded words for the Chinese.
	head, _, _ := bytes.Cut(r.Data, []byte("\r\n\r\n"))
	for i, c := range head {
		if c >= 0x80 {
			t.Fatalf("raw header has non-ASCII byte at %d:\n%s", i, head)
		}
	}
	for _, line := range strings.Split(string(head), "\r\n") {
		if len(line) > 998 {
			t.Errorf("header line longer than 998 octets: %q", line)
		}
	}

	msg, body := parseReceived(t, r)
	h := msg.Header
	from, err := mail.ParseAddress(h.Get("From"))
	if err != nil {
		t.Fatalf("parsing From %q: %v", h.Get("From"), err)
	}
	if from.Name != m.FromName || from.Address != m.From {
		t.Errorf("From = %q <%s>, want %q <%s>", from.Name, from.Address, m.FromName, m.From)
	}
	to, err := h.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != "buyer@example.com" {
		t.Errorf("To = %v (%v)", to, err)
	}
	var dec mime.WordDecoder
	subj, err := dec.DecodeHeader(h.Get("Subject"))
	if err != nil {
		t.Fatalf("decoding Subject %q: %v", h.Get("Subject"), err)
	}
	if subj != m.Subject {
		t.Errorf("Subject = %q, want %q", subj, m.Subject)
	}
	wantHeaders := map[string]string{
		"Message-Id":     "<abc123@yw-consumer.example>",
		"In-Reply-To":    "<orig-1@mail.example.com>",
		"References":     "<root@mail.example.com> <orig-1@mail.example.com>",
		"Auto-Submitted": "auto-replied",
		"Mime-Version":   "1.0",
	}
	for k, want := range wantHeaders {
		if got := strings.Join(strings.Fields(h.Get(k)), " "); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	date, err := h.Date()
	if err != nil {
		t.Fatalf("parsing Date: %v", err)
	}
	if !date.Equal(m.Date) {
		t.Errorf("Date = %v, want %v", date, m.Date)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "text/plain" || !strings.EqualFold(params["charset"], "utf-8") {
		t.Errorf("Content-Type = %q, want text/plain; charset=UTF-8", h.Get("Content-Type"))
	}
	if body != m.Text {
		t.Errorf("body = %q, want %q", body, m.Text)
	}
}

func TestSendOptionalHeadersAbsent(t *testing.T) {
	srv := notifytest.Start(t)
	s := NewSender(plainConfig(srv), nil)
	m := testMail()
	m.FromName, m.InReplyTo, m.References, m.AutoSubmitted = "", "", nil, ""
	m.Subject = "plain ascii"
	m.Text = "Hello,\nthis is English.\n"
	if err := s.Send(t.Context(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	msg, body := parseReceived(t, srv.Messages()[0])
	for _, k := range []string{"In-Reply-To", "References", "Auto-Submitted"} {
		if v, ok := msg.Header[k]; ok {
			t.Errorf("header %s present (%q), want absent", k, v)
		}
	}
	if got := msg.Header.Get("Content-Transfer-Encoding"); got != "quoted-printable" {
		t.Errorf("Content-Transfer-Encoding = %q, want quoted-printable for ASCII text", got)
	}
	if body != m.Text {
		t.Errorf("body = %q, want %q", body, m.Text)
	}
}

func TestSendTwiceSameMessageID(t *testing.T) {
	srv := notifytest.Start(t)
	s := NewSender(plainConfig(srv), nil)
	m := testMail()
	for range 2 {
		if err := s.Send(t.Context(), m); err != nil {
			t.Fatalf("Send: %v", err)
		}
	}
	got := srv.Messages()
	if len(got) != 2 {
		t.Fatalf("received %d mails, want 2", len(got))
	}
	a, _ := parseReceived(t, got[0])
	b, _ := parseReceived(t, got[1])
	for _, k := range []string{"Message-Id", "Date", "Subject"} {
		if a.Header.Get(k) != b.Header.Get(k) {
			t.Errorf("%s differs between sends: %q vs %q", k, a.Header.Get(k), b.Header.Get(k))
		}
	}
	if a.Header.Get("Message-Id") != "<"+m.MessageID+">" {
		t.Errorf("Message-Id = %q", a.Header.Get("Message-Id"))
	}
}

func TestSendErrors(t *testing.T) {
	refused := func(t *testing.T) SMTPConfig {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().(*net.TCPAddr)
		ln.Close()
		return SMTPConfig{Host: "127.0.0.1", Port: addr.Port, TLS: TLSNone, Timeout: 5 * time.Second}
	}
	tests := []struct {
		name      string
		setup     func(t *testing.T) SMTPConfig
		mail      func(m *Mail)
		permanent bool
		code      int
		contains  string
	}{
		{
			name: "rcpt 550 is permanent",
			setup: func(t *testing.T) SMTPConfig {
				srv := notifytest.Start(t)
				srv.RejectRcpt("buyer@example.com", 550, "mailbox unavailable")
				return plainConfig(srv)
			},
			permanent: true, code: 550, contains: "mailbox unavailable",
		},
		{
			name: "rcpt 451 is temporary",
			setup: func(t *testing.T) SMTPConfig {
				srv := notifytest.Start(t)
				srv.RejectRcpt("BUYER@example.com", 451, "greylisted, try later")
				return plainConfig(srv)
			},
			permanent: false, code: 451, contains: "greylisted, try later",
		},
		{
			name: "data 554 is permanent",
			setup: func(t *testing.T) SMTPConfig {
				srv := notifytest.Start(t)
				srv.RejectData(554, "content rejected")
				return plainConfig(srv)
			},
			permanent: true, code: 554, contains: "content rejected",
		},
		{
			name:      "connection refused is temporary",
			setup:     refused,
			permanent: false, contains: "refused",
		},
		{
			name: "auth failure is temporary (configuration, not this mail)",
			setup: func(t *testing.T) SMTPConfig {
				srv := notifytest.StartWithOptions(t, notifytest.Options{Username: "u", Password: "right"})
				cfg := plainConfig(srv)
				cfg.Username, cfg.Password = "u", "wrong"
				return cfg
			},
			permanent: false, contains: "535",
		},
		{
			name: "530 authentication required is temporary (configuration, not this mail)",
			setup: func(t *testing.T) SMTPConfig {
				return plainConfig(notifytest.StartWithOptions(t, notifytest.Options{Username: "u", Password: "p"}))
			},
			permanent: false, code: 530, contains: "Authentication required",
		},
		{
			name:      "mail without message-id is permanent",
			setup:     func(t *testing.T) SMTPConfig { return plainConfig(notifytest.Start(t)) },
			mail:      func(m *Mail) { m.MessageID = "" },
			permanent: true, contains: "message-id",
		},
		{
			name:      "bad recipient address is permanent",
			setup:     func(t *testing.T) SMTPConfig { return plainConfig(notifytest.Start(t)) },
			mail:      func(m *Mail) { m.To = []string{"not an address"} },
			permanent: true, contains: "recipient",
		},
		{
			name: "starttls required but not offered",
			setup: func(t *testing.T) SMTPConfig {
				cfg := plainConfig(notifytest.Start(t))
				cfg.TLS = TLSStartTLS
				return cfg
			},
			permanent: false, contains: "STARTTLS",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.setup(t)
			m := testMail()
			if tt.mail != nil {
				tt.mail(&m)
			}
			err := NewSender(cfg, nil).Send(t.Context(), m)
			if err == nil {
				t.Fatal("Send succeeded, want an error")
			}
			if got := IsPermanent(err); got != tt.permanent {
				t.Errorf("IsPermanent = %v, want %v (err: %v)", got, tt.permanent, err)
			}
			if tt.code != 0 && ReplyCode(err) != tt.code {
				t.Errorf("ReplyCode = %d, want %d (err: %v)", ReplyCode(err), tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not contain %q", err, tt.contains)
			}
		})
	}
}

func TestIsPermanentNil(t *testing.T) {
	if IsPermanent(nil) {
		t.Error("IsPermanent(nil) = true")
	}
	if IsPermanent(errors.New("550 looks like a reply but is not one")) {
		t.Error("IsPermanent of a plain error = true")
	}
}

func TestSendTLSModesAndAuth(t *testing.T) {
	tests := []struct {
		name string
		tls  string
	}{
		{name: "none", tls: TLSNone},
		{name: "starttls", tls: TLSStartTLS},
		{name: "implicit", tls: TLSImplicit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srvTLS := tt.tls
			srv := notifytest.StartWithOptions(t, notifytest.Options{TLS: srvTLS, Username: "station", Password: "s3cret"})
			cfg := SMTPConfig{
				Host: srv.Host, Port: srv.Port, TLS: tt.tls, Username: "station", Password: "s3cret",
				TLSConfig: srv.ClientTLSConfig(), Timeout: 10 * time.Second,
			}
			if err := NewSender(cfg, nil).Send(t.Context(), testMail()); err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Messages()
			if len(got) != 1 || got[0].Username != "station" {
				t.Fatalf("received %+v, want one mail authenticated as station", got)
			}
			greeting, err := Check(t.Context(), cfg)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if !strings.Contains(greeting, "ESMTP") {
				t.Errorf("greeting = %q, want the server's 220 text", greeting)
			}
		})
	}
}

func TestSendImplicitTLSUntrusted(t *testing.T) {
	srv := notifytest.StartWithOptions(t, notifytest.Options{TLS: TLSImplicit})
	cfg := SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: TLSImplicit, Timeout: 5 * time.Second}
	err := NewSender(cfg, nil).Send(t.Context(), testMail())
	if err == nil {
		t.Fatal("Send to a server with an untrusted certificate succeeded")
	}
	if IsPermanent(err) {
		t.Errorf("certificate error classified permanent: %v", err)
	}
	if len(srv.Messages()) != 0 {
		t.Error("server received mail over an unverified connection")
	}
}

func TestSendCancelled(t *testing.T) {
	srv := notifytest.Start(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := NewSender(plainConfig(srv), nil).Send(ctx, testMail())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Send with cancelled context: err = %v, want context.Canceled", err)
	}
	if IsPermanent(err) {
		t.Error("cancellation classified permanent")
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("server received %d mails", n)
	}
}

func TestSendInvalidConfig(t *testing.T) {
	err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: 25, TLS: "ssl"}, nil).Send(t.Context(), testMail())
	if err == nil || !strings.Contains(err.Error(), `"ssl"`) {
		t.Fatalf("err = %v, want it to name the bad tls value", err)
	}
}

func TestCheck(t *testing.T) {
	t.Run("ok", func(t *testing.T) {
		srv := notifytest.StartWithOptions(t, notifytest.Options{Domain: "smtp.test.example"})
		greeting, err := Check(t.Context(), plainConfig(srv))
		if err != nil {
			t.Fatalf("Check: %v", err)
		}
		if !strings.HasPrefix(greeting, "smtp.test.example ") {
			t.Errorf("greeting = %q, want it to start with the server's domain", greeting)
		}
		if len(srv.Messages()) != 0 {
			t.Error("Check sent a mail")
		}
	})
	t.Run("connection refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		_, err = Check(t.Context(), SMTPConfig{Host: "127.0.0.1", Port: port, TLS: TLSNone})
		if err == nil || !strings.Contains(err.Error(), "refused") {
			t.Fatalf("err = %v, want connection refused", err)
		}
	})
	t.Run("bad credentials quote the server", func(t *testing.T) {
		srv := notifytest.StartWithOptions(t, notifytest.Options{Username: "u", Password: "p"})
		cfg := plainConfig(srv)
		cfg.Username, cfg.Password = "u", "nope"
		_, err := Check(t.Context(), cfg)
		if err == nil || !strings.Contains(err.Error(), "Authentication credentials invalid") {
			t.Fatalf("err = %v, want the server's 535 text", err)
		}
	})
	t.Run("starttls not offered", func(t *testing.T) {
		cfg := plainConfig(notifytest.Start(t))
		cfg.TLS = TLSStartTLS
		_, err := Check(t.Context(), cfg)
		if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
			t.Fatalf("err = %v, want a STARTTLS error", err)
		}
	})
}

func TestNewMessageID(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		id := NewMessageID("yw-consumer.example")
		local, domain, ok := strings.Cut(id, "@")
		if !ok || domain != "yw-consumer.example" || len(local) < 20 || strings.ContainsAny(id, "<> ") {
			t.Fatalf("NewMessageID = %q", id)
		}
		if seen[id] {
			t.Fatalf("NewMessageID repeated %q", id)
		}
		seen[id] = true
	}
	if id := NewMessageID(""); !strings.HasSuffix(id, "@localhost") {
		t.Errorf("NewMessageID(\"\") = %q", id)
	}
}

// A server that accepts and then says nothing: only cancelling ctx can end
// Send or Check before the one-minute timeout.
func TestCancelAbortsStalledSession(t *testing.T) {
	for _, op := range []string{"Send", "Check"} {
		t.Run(op, func(t *testing.T) {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			accepted := make(chan net.Conn, 1)
			go func() {
				c, err := ln.Accept()
				if err == nil {
					accepted <- c
				}
			}()
			cfg := SMTPConfig{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, TLS: TLSNone, Timeout: time.Minute}
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			result := make(chan error, 1)
			go func() {
				if op == "Send" {
					result <- NewSender(cfg, nil).Send(ctx, testMail())
				} else {
					_, err := Check(ctx, cfg)
					result <- err
				}
			}()
			conn := <-accepted
			defer conn.Close()
			cancel()
			err = <-result
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("%s after cancel: err = %v, want context.Canceled", op, err)
			}
			if IsPermanent(err) {
				t.Error("cancellation classified permanent")
			}
		})
	}
}

func TestGreetingParse(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{name: "one line", raw: "220 mx.example ESMTP ready\r\n", want: "mx.example ESMTP ready"},
		{name: "multi line", raw: "220-mx.example ESMTP\r\n220-no UCE\r\n220 ready\r\n", want: "mx.example ESMTP no UCE ready"},
		{name: "bare code", raw: "220\r\n", want: ""},
		{name: "not a greeting", raw: "554 go away\r\n", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gc := &greetingConn{}
			gc.buf.WriteString(tt.raw)
			if got := gc.greeting(); got != tt.want {
				t.Errorf("greeting() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReplyTo(t *testing.T) {
	tests := []struct {
		name, replyTo, want string
		refused             bool
	}{
		{"none", "", "", false},
		{"station", "tousu@yw-consumer.example", "<tousu@yw-consumer.example>", false},
		{"injection", "tousu@yw-consumer.example\r\nBcc: victim@example.com", "", true},
		{"two addresses", "a@example.com, b@example.com", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.Start(t)
			m := testMail()
			m.ReplyTo = tt.replyTo
			err := NewSender(plainConfig(srv), nil).Send(t.Context(), m)
			if tt.refused {
				if err == nil || !IsPermanent(err) || len(srv.Messages()) != 0 {
					t.Fatalf("Send = %v (%d received), want a permanent refusal", err, len(srv.Messages()))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			msg, _ := parseReceived(t, srv.WaitFor(1, 5*time.Second)[0])
			if got := msg.Header.Get("Reply-To"); got != tt.want {
				t.Errorf("Reply-To %q, want %q", got, tt.want)
			}
		})
	}
}

type readSeekNopCloser struct{ *strings.Reader }

func (readSeekNopCloser) Close() error { return nil }

func TestSendAttachments(t *testing.T) {
	srv := notifytest.Start(t)
	m := testMail()
	m.Attachments = []Attachment{
		{Filename: "截图\r\nBcc: x@evil.example.png", ContentType: "image/png", Open: func() (io.ReadSeekCloser, error) {
			return readSeekNopCloser{strings.NewReader("\x89PNG fake")}, nil
		}},
		{Filename: "", ContentType: "not a type", Open: func() (io.ReadSeekCloser, error) {
			return readSeekNopCloser{strings.NewReader("plain bytes")}, nil
		}},
	}
	if err := NewSender(plainConfig(srv), nil).Send(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	raw := string(srv.WaitFor(1, 5*time.Second)[0].Data)
	e, err := message.Read(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	mr := e.MultipartReader()
	if mr == nil {
		t.Fatalf("not multipart:\n%s", raw)
	}
	var names, types, bodies []string
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		if disp, params, _ := p.Header.ContentDisposition(); disp == "attachment" {
			names = append(names, params["filename"])
			ct, _, _ := p.Header.ContentType()
			types = append(types, ct)
			b, _ := io.ReadAll(p.Body)
			bodies = append(bodies, string(b))
		}
	}
	if len(names) != 2 || !strings.HasPrefix(names[0], "截图 Bcc") || strings.ContainsAny(names[0], "\r\n") || names[1] != "attachment-2" {
		t.Errorf("attachment names %q", names)
	}
	if len(types) != 2 || types[0] != "image/png" || types[1] != "application/octet-stream" {
		t.Errorf("attachment types %q", types)
	}
	if len(bodies) != 2 || bodies[0] != "\x89PNG fake" || bodies[1] != "plain bytes" {
		t.Errorf("attachment contents %q", bodies)
	}
	if strings.Contains(raw, "\r\nBcc:") {
		t.Errorf("a file name added a header:\n%s", raw)
	}
	missing := testMail()
	missing.Attachments = []Attachment{{Filename: "gone.jpg", Open: func() (io.ReadSeekCloser, error) { return nil, errors.New("file is missing") }}}
	if err := NewSender(plainConfig(srv), nil).Send(t.Context(), missing); err == nil || !IsPermanent(err) {
		t.Errorf("Send with an attachment that cannot be opened = %v, want a permanent error", err)
	}
}
