package notify

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	netmail "net/mail"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gmmail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"

	"github.com/yweca/redress/notify/notifytest"
)

// expect is what the header section of a sent mail must say.
type expect struct {
	subject   string
	fromName  string
	from      string
	toNames   []string
	to        []string
	messageID string
	inReplyTo string   // "" means absent
	refs      []string // nil means absent
	autoSub   string   // "" means absent
}

// expectFor is the header testMail must produce.
func expectFor() expect {
	return expect{
		subject:   "[YW-2026-00042] 商品质量问题 投诉",
		fromName:  "义乌消费者权益服务站",
		from:      "ts@yw-consumer.example",
		toNames:   []string{""},
		to:        []string{"buyer@example.com"},
		messageID: "abc123@yw-consumer.example",
		inReplyTo: "orig-1@mail.example.com",
		refs:      []string{"root@mail.example.com", "orig-1@mail.example.com"},
		autoSub:   "auto-replied",
	}
}

// rawField is one header field as written: its name and its value
// unfolded (RFC 5322 §2.2.3), still encoded.
type rawField struct{ name, value string }

// readHeaderSection checks the header section of raw byte by byte, without
// a library's leniency: it ends at the first empty line; it holds only
// printable ASCII, SP and HTAB, and CRLF pairs (no bare CR or LF, no NUL,
// no 8-bit byte); no line is longer than 998 octets (RFC 5322 §2.1.1);
// each line starts a field ("name:", name of printable ASCII but ':') or
// continues one (starts with SP or HTAB and is not all white space).
func readHeaderSection(raw []byte) ([]rawField, error) {
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		return nil, errors.New("no empty line ends the header section")
	}
	for i, c := range head {
		switch {
		case c == '\r':
			if i+1 >= len(head) || head[i+1] != '\n' {
				return nil, fmt.Errorf("bare CR at offset %d", i)
			}
		case c == '\n':
			if i == 0 || head[i-1] != '\r' {
				return nil, fmt.Errorf("bare LF at offset %d", i)
			}
		case c == '\t' || c >= ' ' && c <= '~':
		default:
			return nil, fmt.Errorf("byte %#x at offset %d of the header section", c, i)
		}
	}
	var fields []rawField
	for n, line := range strings.Split(string(head), "\r\n") {
		if len(line) > 998 {
			return nil, fmt.Errorf("header line %d is %d octets long", n+1, len(line))
		}
		if line != "" && (line[0] == ' ' || line[0] == '\t') {
			if len(fields) == 0 {
				return nil, errors.New("the header section starts with a continuation line")
			}
			if strings.Trim(line, " \t") == "" {
				return nil, fmt.Errorf("header line %d is only white space", n+1)
			}
			fields[len(fields)-1].value += line
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("header line %d is not a field: %q", n+1, line)
		}
		fields = append(fields, rawField{name: name, value: value})
	}
	for i := range fields {
		fields[i].value = strings.TrimLeft(fields[i].value, " \t")
	}
	return fields, nil
}

// checkSent checks the mail raw against want, as a strict reader
// (readHeaderSection), net/mail and go-message read it. It returns the
// first problem.
func checkSent(raw []byte, want expect) error {
	fields, err := readHeaderSection(raw)
	if err != nil {
		return err
	}
	// Exactly the fields buildMsg writes, each once.
	wantNames := []string{"Content-Transfer-Encoding", "Content-Type", "Date", "From", "MIME-Version", "Message-ID", "Subject", "To"}
	if want.inReplyTo != "" {
		wantNames = append(wantNames, "In-Reply-To")
	}
	if want.refs != nil {
		wantNames = append(wantNames, "References")
	}
	if want.autoSub != "" {
		wantNames = append(wantNames, "Auto-Submitted")
	}
	var gotNames []string
	byName := map[string]string{}
	for _, f := range fields {
		gotNames = append(gotNames, f.name)
		byName[strings.ToLower(f.name)] = f.value
	}
	slices.Sort(wantNames)
	slices.Sort(gotNames)
	if !slices.EqualFunc(gotNames, wantNames, strings.EqualFold) {
		return fmt.Errorf("header fields %q, want %q", gotNames, wantNames)
	}

	// net/mail sees the same fields.
	nm, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("net/mail cannot read the mail: %v", err)
	}
	if len(nm.Header) != len(wantNames) {
		return fmt.Errorf("net/mail reads %d header fields, want %d", len(nm.Header), len(wantNames))
	}
	for k, v := range nm.Header {
		if len(v) != 1 {
			return fmt.Errorf("net/mail reads %d %s fields", len(v), k)
		}
	}
	// go-message sees the same fields.
	th, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		return fmt.Errorf("go-message cannot read the header: %v", err)
	}
	if th.Len() != len(wantNames) {
		return fmt.Errorf("go-message reads %d header fields, want %d", th.Len(), len(wantNames))
	}
	gh := gmmail.Header{Header: message.Header{Header: th}}

	// Subject: non-ASCII and encoded-word look-alikes only as RFC 2047.
	var dec mime.WordDecoder
	subj, err := dec.DecodeHeader(byName["subject"])
	if err != nil {
		return fmt.Errorf("decoding Subject %q: %v", clip(byName["subject"]), err)
	}
	if subj != want.subject {
		return fmt.Errorf("Subject decodes to %q, want %q", clip(subj), clip(want.subject))
	}
	if gs, err := gh.Subject(); err != nil || gs != want.subject {
		return fmt.Errorf("go-message reads Subject %q (%v), want %q", clip(gs), err, clip(want.subject))
	}

	from, err := netmail.ParseAddress(byName["from"])
	if err != nil {
		return fmt.Errorf("parsing From %q: %v", byName["from"], err)
	}
	if from.Name != want.fromName || from.Address != want.from {
		return fmt.Errorf("From is %q <%s>, want %q <%s>", from.Name, from.Address, want.fromName, want.from)
	}
	to, err := netmail.ParseAddressList(byName["to"])
	if err != nil {
		return fmt.Errorf("parsing To %q: %v", byName["to"], err)
	}
	var toNames, toAddrs []string
	for _, a := range to {
		toNames = append(toNames, a.Name)
		toAddrs = append(toAddrs, a.Address)
	}
	if !slices.Equal(toAddrs, want.to) || !slices.Equal(toNames, want.toNames) {
		return fmt.Errorf("To is %q named %q, want %q named %q", toAddrs, toNames, want.to, want.toNames)
	}

	if got := byName["message-id"]; got != "<"+want.messageID+">" {
		return fmt.Errorf("Message-ID is %q, want <%s>", got, want.messageID)
	}
	if want.inReplyTo != "" {
		if got := byName["in-reply-to"]; got != "<"+want.inReplyTo+">" {
			return fmt.Errorf("In-Reply-To is %q, want <%s>", got, want.inReplyTo)
		}
		if ids, err := gh.MsgIDList("In-Reply-To"); err != nil || !slices.Equal(ids, []string{want.inReplyTo}) {
			return fmt.Errorf("go-message reads In-Reply-To as %q (%v)", ids, err)
		}
	}
	if want.refs != nil {
		var wantRefs []string
		for _, r := range want.refs {
			wantRefs = append(wantRefs, "<"+r+">")
		}
		if got := strings.Fields(byName["references"]); !slices.Equal(got, wantRefs) {
			return fmt.Errorf("References is %q, want %q", got, wantRefs)
		}
		if ids, err := gh.MsgIDList("References"); err != nil || !slices.Equal(ids, want.refs) {
			return fmt.Errorf("go-message reads References as %q (%v), want %q", ids, err, want.refs)
		}
	}
	if want.autoSub != "" && byName["auto-submitted"] != want.autoSub {
		return fmt.Errorf("Auto-Submitted is %q, want %q", byName["auto-submitted"], want.autoSub)
	}
	return nil
}

// TestSendHostileHeaders sends mail whose subject, names, addresses and
// threading ids carry what an attacker would put in a complaint, through a
// real Sender to an in-process SMTP server. Each mail is either refused
// before any connection, with a permanent error saying what is wrong, or
// arrives with exactly the header fields buildMsg writes, every line
// within 998 octets, the Subject and names decoding to the input cleaned
// by the rule of headerText (every control, CR, LF, NUL, U+0085, U+2028,
// U+2029 and every run of them and spaces becomes one space; the ends are
// trimmed; invalid UTF-8 becomes U+FFFD), and RCPT TO exactly the
// intended recipients. Invalid threading ids are left out, not the mail.
func TestSendHostileHeaders(t *testing.T) {
	long := strings.Repeat("x", 2000)
	longCJK := strings.Repeat("投诉", 1000)
	tests := []struct {
		name   string
		mail   func(m *Mail)
		want   func(w *expect)
		refuse string // when set, the mail is refused with an error containing it
	}{
		{name: "subject CRLF Bcc",
			mail: func(m *Mail) { m.Subject = "Hello\r\nBcc: victim@evil.example" },
			want: func(w *expect) { w.subject = "Hello Bcc: victim@evil.example" }},
		{name: "subject LF Content-Type",
			mail: func(m *Mail) { m.Subject = "Hi\nContent-Type: text/html" },
			want: func(w *expect) { w.subject = "Hi Content-Type: text/html" }},
		{name: "subject bare CR",
			mail: func(m *Mail) { m.Subject = "a\rb" },
			want: func(w *expect) { w.subject = "a b" }},
		{name: "subject CRLF CRLF starts a body",
			mail: func(m *Mail) { m.Subject = "a\r\n\r\n<html>body" },
			want: func(w *expect) { w.subject = "a <html>body" }},
		{name: "subject fold look-alike",
			mail: func(m *Mail) { m.Subject = "a\r\n b\r\n\tc" },
			want: func(w *expect) { w.subject = "a b c" }},
		{name: "subject NUL and other controls",
			mail: func(m *Mail) { m.Subject = "a\x00b\x1bc\x7fd\x0be" },
			want: func(w *expect) { w.subject = "a b c d e" }},
		{name: "subject unicode line and paragraph separators, NEL",
			mail: func(m *Mail) { m.Subject = "a\u2028Bcc: x@y\u2029c\u0085d" },
			want: func(w *expect) { w.subject = "a Bcc: x@y c d" }},
		{name: "subject runs of white space and ends",
			mail: func(m *Mail) { m.Subject = "  a \t\t b  \r\n" },
			want: func(w *expect) { w.subject = "a b" }},
		{name: "subject other unicode spaces are kept",
			mail: func(m *Mail) { m.Subject = "投诉\u3000商家\u00a0x" },
			want: func(w *expect) { w.subject = "投诉\u3000商家\u00a0x" }},
		{name: "subject 2000 characters without a space",
			mail: func(m *Mail) { m.Subject = long },
			want: func(w *expect) { w.subject = long }},
		{name: "subject 2000 CJK characters",
			mail: func(m *Mail) { m.Subject = longCJK },
			want: func(w *expect) { w.subject = longCJK }},
		{name: "subject long words and CRLF mixed",
			mail: func(m *Mail) { m.Subject = long + "\r\nBcc: v@x " + longCJK },
			want: func(w *expect) { w.subject = long + " Bcc: v@x " + longCJK }},
		{name: "subject RFC 2047 look-alike stays literal",
			mail: func(m *Mail) { m.Subject = "=?utf-8?b?QmNjOiB2aWN0aW1AZXZpbC5leGFtcGxl?=" },
			want: func(w *expect) { w.subject = "=?utf-8?b?QmNjOiB2aWN0aW1AZXZpbC5leGFtcGxl?=" }},
		{name: "subject encoded CRLF look-alike stays literal",
			mail: func(m *Mail) { m.Subject = "Re: =?utf-8?q?x=0D=0ABcc:_v@x?= ok" },
			want: func(w *expect) { w.subject = "Re: =?utf-8?q?x=0D=0ABcc:_v@x?= ok" }},
		{name: "subject not UTF-8",
			mail: func(m *Mail) { m.Subject = "caf\xe9 \xff\xfe ok" },
			want: func(w *expect) { w.subject = "caf\ufffd \ufffd ok" }},
		{name: "subject only line breaks",
			mail: func(m *Mail) { m.Subject = "\r\n\r\n" },
			want: func(w *expect) { w.subject = "" }},
		{name: "subject plain ASCII stays readable",
			mail: func(m *Mail) { m.Subject = "Re: [YW-2026-00042] Leaking cup" },
			want: func(w *expect) { w.subject = "Re: [YW-2026-00042] Leaking cup" }},

		{name: "from name CRLF Bcc",
			mail: func(m *Mail) { m.FromName = "Station\r\nBcc: victim@evil.example" },
			want: func(w *expect) { w.fromName = "Station Bcc: victim@evil.example" }},
		{name: "from name quotes, angle brackets and a look-alike",
			mail: func(m *Mail) { m.FromName = `Sta"tion <x@y> =?utf-8?q?Admin?=` },
			want: func(w *expect) { w.fromName = `Sta"tion <x@y> =?utf-8?q?Admin?=` }},
		{name: "from name 2000 characters is cut at 200",
			mail: func(m *Mail) { m.FromName = long },
			want: func(w *expect) { w.fromName = long[:200] }},
		{name: "from name 2000 CJK characters is cut at 200 bytes",
			mail: func(m *Mail) { m.FromName = longCJK },
			want: func(w *expect) { w.fromName = string([]rune(longCJK)[:66]) }},
		{name: "from name NEL and NUL",
			mail: func(m *Mail) { m.FromName = "a\u0085b\x00c" },
			want: func(w *expect) { w.fromName = "a b c" }},

		{name: "to with CRLF Bcc after the address is refused",
			mail: func(m *Mail) { m.To = []string{"a@example.com>\r\nBcc: c@evil.example"} }, refuse: "line break"},
		{name: "to with LF Bcc is refused",
			mail: func(m *Mail) { m.To = []string{"<a@example.com>\nBcc: c@evil.example"} }, refuse: "line break"},
		{name: "to with U+2028 is refused",
			mail: func(m *Mail) { m.To = []string{"a@example.com\u2028Bcc: c@evil.example"} }, refuse: "line break"},
		{name: "to with NUL is refused",
			mail: func(m *Mail) { m.To = []string{"a\x00@example.com"} }, refuse: "control"},
		{name: "to list in one entry is refused",
			mail: func(m *Mail) { m.To = []string{"a@example.com, c@evil.example"} }, refuse: "not exactly one address"},
		{name: "to group is refused",
			mail: func(m *Mail) { m.To = []string{"list: a@example.com, c@evil.example;"} }, refuse: "not exactly one address"},
		{name: "to with trailing text is refused",
			mail: func(m *Mail) { m.To = []string{"<a@example.com> Bcc: c@evil.example"} }, refuse: "not exactly one address"},
		{name: "to not UTF-8 is refused",
			mail: func(m *Mail) { m.To = []string{"a\xff@example.com"} }, refuse: "UTF-8"},
		{name: "to non-ASCII address is refused",
			mail: func(m *Mail) { m.To = []string{"用户@example.com"} }, refuse: "not ASCII"},
		{name: "to quoted local part with a space is refused",
			mail: func(m *Mail) { m.To = []string{`"a b"@example.com`} }, refuse: "white space"},
		{name: "to longer than 254 octets is refused",
			mail: func(m *Mail) { m.To = []string{strings.Repeat("a", 250) + "@example.com"} }, refuse: "longer than 254"},
		{name: "second recipient bad refuses the mail",
			mail: func(m *Mail) { m.To = []string{"buyer@example.com", "b@x\r\nBcc: c@d"} }, refuse: "recipient 2 of 2"},
		{name: "to display name encoding CRLF Bcc",
			mail: func(m *Mail) { m.To = []string{"=?utf-8?q?Bcc=3A_c=40evil.example=0D=0AX=3A?= <buyer@example.com>"} },
			want: func(w *expect) { w.toNames = []string{"Bcc: c@evil.example X:"} }},
		{name: "to with a display name and a tab",
			mail: func(m *Mail) { m.To = []string{"Buyer\t<buyer@example.com>"} },
			want: func(w *expect) { w.toNames = []string{"Buyer"} }},
		{name: "two recipients in two entries",
			mail: func(m *Mail) { m.To = []string{"a@example.com", "b@example.com"} },
			want: func(w *expect) { w.to = []string{"a@example.com", "b@example.com"}; w.toNames = []string{"", ""} }},

		{name: "in-reply-to with CRLF Bcc is dropped",
			mail: func(m *Mail) { m.InReplyTo = "x@y>\r\nBcc: victim@evil.example" },
			want: func(w *expect) { w.inReplyTo = "" }},
		{name: "in-reply-to in angle brackets is kept",
			mail: func(m *Mail) { m.InReplyTo = " <ok.1@mail.example> " },
			want: func(w *expect) { w.inReplyTo = "ok.1@mail.example" }},
		{name: "in-reply-to without @ is dropped",
			mail: func(m *Mail) { m.InReplyTo = "no-at-sign" },
			want: func(w *expect) { w.inReplyTo = "" }},
		{name: "in-reply-to with U+2028 is dropped",
			mail: func(m *Mail) { m.InReplyTo = "a@b\u2028c" },
			want: func(w *expect) { w.inReplyTo = "" }},
		{name: "in-reply-to of 2000 characters is dropped",
			mail: func(m *Mail) { m.InReplyTo = long + "@x" },
			want: func(w *expect) { w.inReplyTo = "" }},
		{name: "references keep only valid ids",
			mail: func(m *Mail) {
				m.References = []string{"good@x", "bad id@x", "<a@b>c@d>", strings.Repeat("r", 300) + "@x",
					"nul@y\x00", "=?utf-8?b?QmNj?=", "\r\n", "<also.good@example>", "cr@x\rBcc: v@x"}
			},
			want: func(w *expect) { w.refs = []string{"good@x", "also.good@example"} }},
		{name: "references all invalid leave the field out",
			mail: func(m *Mail) { m.References = []string{"a b", "<>", "x\ny@z"} },
			want: func(w *expect) { w.refs = nil }},
		{name: "own message-id with CRLF is refused",
			mail: func(m *Mail) { m.MessageID = "abc@x\r\nBcc: victim@evil.example" }, refuse: "message-id"},
		{name: "own message-id without @ is refused",
			mail: func(m *Mail) { m.MessageID = "abc" }, refuse: "message-id"},
		{name: "auto-submitted with CRLF is refused",
			mail: func(m *Mail) { m.AutoSubmitted = "auto-replied\r\nBcc: v@x" }, refuse: "auto-submitted"},

		{name: "everything hostile at once",
			mail: func(m *Mail) {
				m.Subject = "=?utf-8?q?x?=\r\nBcc: v@x\nContent-Type: text/html\u2028" + longCJK + "\x00"
				m.FromName = "S\r\nReply-To: evil@x"
				m.To = []string{"=?utf-8?b?QmNjOiB2QHgNCg==?= <buyer@example.com>"}
				m.InReplyTo = "i@x\r\nBcc: v@x"
				m.References = []string{"r@x\nBcc: v@x", "fine@x"}
			},
			want: func(w *expect) {
				w.subject = "=?utf-8?q?x?= Bcc: v@x Content-Type: text/html " + longCJK
				w.fromName = "S Reply-To: evil@x"
				w.toNames = []string{"Bcc: v@x"}
				w.inReplyTo = ""
				w.refs = []string{"fine@x"}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := notifytest.Start(t)
			m := testMail()
			tt.mail(&m)
			err := NewSender(plainConfig(srv), nil).Send(t.Context(), m)
			if tt.refuse != "" {
				if err == nil {
					t.Fatalf("Send succeeded, want it refused (%s)", tt.refuse)
				}
				if !IsPermanent(err) {
					t.Errorf("IsPermanent = false for %v", err)
				}
				if !strings.Contains(err.Error(), tt.refuse) {
					t.Errorf("error %q does not say %q", err, tt.refuse)
				}
				if strings.ContainsAny(err.Error(), "\r\n") {
					t.Errorf("error text has a line break: %q", err)
				}
				if n := srv.Connections(); n != 0 {
					t.Errorf("server saw %d connections for a mail refused before sending", n)
				}
				return
			}
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Messages()
			if len(got) != 1 {
				t.Fatalf("server received %d mails, want 1", len(got))
			}
			want := expectFor()
			tt.want(&want)
			if !slices.Equal(got[0].To, want.to) {
				t.Errorf("RCPT TO %q, want %q", got[0].To, want.to)
			}
			if got[0].From != want.from {
				t.Errorf("MAIL FROM %q, want %q", got[0].From, want.from)
			}
			if err := checkSent(got[0].Data, want); err != nil {
				t.Errorf("%v\n%s", err, head(got[0].Data))
			}
		})
	}
}

// head returns the header section of raw, for failure messages, cut at
// 4 KiB.
func head(raw []byte) []byte {
	h, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	return []byte(clip(string(h)))
}

// clip cuts s for a failure message.
func clip(s string) string {
	const limit = 4 << 10
	if len(s) <= limit {
		return s
	}
	return s[:limit] + "…"
}

func TestHeaderText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "plain", in: "Leaking cup", want: "Leaking cup"},
		{name: "CRLF", in: "a\r\nb", want: "a b"},
		{name: "every C0 control", in: "a\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1fb", want: "a b"},
		{name: "DEL and C1", in: "a\x7fb\u0080c\u0085d\u009fe", want: "a b c d e"},
		{name: "line and paragraph separators", in: "a\u2028b\u2029c", want: "a b c"},
		{name: "runs and ends", in: " \t a  \r\n  b \t ", want: "a b"},
		{name: "invalid UTF-8 runs become one U+FFFD", in: "a\xff\xfeb\xc3", want: "a\ufffdb\ufffd"},
		{name: "other spaces kept", in: "a\u00a0b\u3000c", want: "a\u00a0b\u3000c"},
		{name: "format characters kept", in: "a\u200bb", want: "a\u200bb"},
		{name: "empty", in: "", want: ""},
		{name: "only controls", in: "\r\n\x00", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerText(tt.in); got != tt.want {
				t.Errorf("headerText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMsgID(t *testing.T) {
	tests := []struct {
		name, in, want string
		bad            string // substring of the refusal
	}{
		{name: "bare", in: "a.b@c.example", want: "a.b@c.example"},
		{name: "brackets and spaces", in: " <a@b> ", want: "a@b"},
		{name: "lax left part", in: "<x/y+z=1$@[10.0.0.1]>", want: "x/y+z=1$@[10.0.0.1]"},
		{name: "two @", in: "a@b@c", want: "a@b@c"},
		{name: "empty", in: "", bad: "empty"},
		{name: "empty brackets", in: "<>", bad: "empty"},
		{name: "space inside", in: "a b@c", bad: "white space"},
		{name: "CRLF inside", in: "a@b\r\nBcc: c@d", bad: "white space"},
		{name: "NUL", in: "a@b\x00", bad: "control"},
		{name: "non-ASCII", in: "投诉@b", bad: "non-ASCII"},
		{name: "U+2028", in: "a@b\u2028", bad: "non-ASCII"},
		{name: "angle bracket inside", in: "<a@b>c@d>", bad: "angle bracket"},
		{name: "double brackets", in: "<<a@b>>", bad: "angle bracket"},
		{name: "no @", in: "abc", bad: "'@'"},
		{name: "nothing left of @", in: "@b", bad: "'@'"},
		{name: "nothing right of @", in: "a@", bad: "'@'"},
		{name: "250 octets", in: strings.Repeat("a", 248) + "@b", want: strings.Repeat("a", 248) + "@b"},
		{name: "251 octets", in: strings.Repeat("a", 249) + "@b", bad: "longer than 250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := msgID(tt.in)
			if tt.bad != "" {
				if err == nil || !strings.Contains(err.Error(), tt.bad) {
					t.Errorf("msgID(%q) = %q, %v; want an error saying %q", tt.in, got, err, tt.bad)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("msgID(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseMailbox(t *testing.T) {
	tests := []struct {
		name, in, wantName, wantAddr string
		bad                          string
	}{
		{name: "bare", in: "a@example.com", wantAddr: "a@example.com"},
		{name: "named", in: "张三 <a@example.com>", wantName: "张三", wantAddr: "a@example.com"},
		{name: "encoded name with CRLF", in: "=?utf-8?q?a=0D=0Ab?= <a@example.com>", wantName: "a b", wantAddr: "a@example.com"},
		{name: "254 octets", in: strings.Repeat("a", 242) + "@example.com", wantAddr: strings.Repeat("a", 242) + "@example.com"},
		{name: "255 octets", in: strings.Repeat("a", 243) + "@example.com", bad: "longer than 254"},
		{name: "CR", in: "a@example.com\r", bad: "line break"},
		{name: "NEL", in: "a@example.com\u0085", bad: "line break"},
		{name: "list", in: "a@example.com, b@example.com", bad: "not exactly one"},
		{name: "empty", in: "", bad: "not exactly one"},
		{name: "no domain", in: "a", bad: "not exactly one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseMailbox(tt.in)
			if tt.bad != "" {
				if err == nil || !strings.Contains(err.Error(), tt.bad) {
					t.Errorf("parseMailbox(%q) = %v, %v; want an error saying %q", tt.in, a, err, tt.bad)
				}
				return
			}
			if err != nil || a.Name != tt.wantName || a.Address != tt.wantAddr {
				t.Errorf("parseMailbox(%q) = %v, %v; want %q <%s>", tt.in, a, err, tt.wantName, tt.wantAddr)
			}
		})
	}
}

// cleanRef is the rule of headerText written out again, rune by rune, as
// the fuzz target's reference.
func cleanRef(s string) string {
	var out []rune
	space := false
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			// A run of invalid bytes is one U+FFFD.
			for len(s) > 0 {
				r2, n2 := utf8.DecodeRuneInString(s)
				if r2 != utf8.RuneError || n2 > 1 {
					break
				}
				s = s[n2:]
			}
			r, n = utf8.RuneError, 0
		}
		s = s[n:]
		if r == ' ' || r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return string(out)
}

// FuzzBuildMsg builds a mail from hostile subject, from name, recipient
// and threading ids with buildMsg and go-mail's WriteTo, and checks the
// bytes as TestSendHostileHeaders checks what a server received: only
// the recipient can make the mail unusable; otherwise exactly the
// expected fields, each once, no bare CR or LF, no 8-bit byte, no line
// over 998 octets, the Subject decoding to the input cleaned by
// headerText's rule, and threading ids present exactly when valid.
func FuzzBuildMsg(f *testing.F) {
	f.Add("Hello\r\nBcc: victim@x", "Station\nX: y", "a@b>\r\nBcc: c@d", "x@y\r\nBcc: v@x", "r@x")
	f.Add("=?utf-8?b?QmNjOiB2aWN0aW1AeA==?=", "=?utf-8?q?x?=", "a@b, c@d", "<a@b>", "no-at")
	f.Add(strings.Repeat("x", 2000), strings.Repeat("站", 300), "buyer@example.com", "a@b\u2028", "<ok@x>")
	f.Add(strings.Repeat("投诉", 700), "a\x00b", "Buyer <buyer@example.com>", "", "a b@c")
	f.Add("caf\xe9\u0085\u2029 x", "\xff", "=?utf-8?q?a=0D=0Ab?= <buyer@example.com>", "i@x", "\r\n")
	f.Add("a\rb\nc\r\n\td", "", "用户@example.com", strings.Repeat("r", 260)+"@x", "<<a@b>>")
	f.Fuzz(func(t *testing.T, subject, fromName, to, inReplyTo, reference string) {
		m := testMail()
		m.Subject, m.FromName, m.To, m.InReplyTo, m.References = subject, fromName, []string{to}, inReplyTo, []string{reference}
		b, err := buildMsg(m)
		if err != nil {
			if !strings.Contains(err.Error(), "recipient") {
				t.Fatalf("mail refused for something other than its recipient: %v", err)
			}
			return
		}
		rcpt, err := b.msg.GetRecipients()
		if err != nil || len(rcpt) != 1 || !strings.HasPrefix(rcpt[0], "<") || !strings.HasSuffix(rcpt[0], ">") {
			t.Fatalf("recipients %q (%v), want one <address>", rcpt, err)
		}
		rcpt[0] = rcpt[0][1 : len(rcpt[0])-1]
		var buf bytes.Buffer
		if _, err := b.msg.WriteTo(&buf); err != nil {
			t.Fatalf("WriteTo: %v", err)
		}
		want := expectFor()
		want.subject = cleanRef(subject)
		if fromName != "" {
			want.fromName = cleanRef(fromName)
			if len(want.fromName) > maxDisplayName {
				want.fromName = displayName(want.fromName)
			}
		}
		// The recipient as it went to RCPT TO, and its name as buildMsg
		// must have cleaned it.
		parsed, perr := netmail.ParseAddress(to)
		if perr != nil || parsed.Address != rcpt[0] {
			t.Fatalf("RCPT TO %q, but %q parses as %v (%v)", rcpt[0], to, parsed, perr)
		}
		want.to = rcpt
		want.toNames = []string{cleanRef(parsed.Name)}
		if len(want.toNames[0]) > maxDisplayName {
			want.toNames[0] = displayName(want.toNames[0])
		}
		want.inReplyTo, want.refs = "", nil
		if id, err := msgID(inReplyTo); err == nil {
			want.inReplyTo = id
		}
		if id, err := msgID(reference); err == nil {
			want.refs = []string{id}
		}
		if err := checkSent(buf.Bytes(), want); err != nil {
			t.Fatalf("%v\n%s", err, head(buf.Bytes()))
		}
	})
}

// An invalid threading id is left out and the sender logs which one, without
// the id's text (it is the consumer's).
func TestSendLogsDroppedIDs(t *testing.T) {
	srv := notifytest.Start(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	m := testMail()
	m.InReplyTo = "x@y\r\nBcc: victim@evil.example"
	m.References = []string{"root@mail.example.com", "bad id@x"}
	if err := NewSender(plainConfig(srv), logger).Send(t.Context(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if len(srv.Messages()) != 1 {
		t.Fatalf("server received %d mails, want 1", len(srv.Messages()))
	}
	got := logs.String()
	for _, want := range []string{"level=WARN", "message_id=abc123@yw-consumer.example", `dropped="In-Reply-To References[1]"`} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "victim") || strings.Contains(got, "bad id") {
		t.Errorf("log repeats the consumer's ids:\n%s", got)
	}
}
