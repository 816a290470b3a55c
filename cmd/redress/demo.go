package main

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/desk"
	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify/notifytest"
)

// demoMail holds the sample mail `redress demo` delivers to its built-in
// IMAP server: complaints in Chinese and English, one missing details, an
// out-of-office reply and a consumer's follow-up.
//
//go:embed testdata/demo/*.eml
var demoMail embed.FS

const demoConfig = `# written by redress demo
station:
  name: "Yiwu E-commerce Consumer Rights Service Station (demo)"
  address: tousu@yweca.org.example
  case_prefix: YW
  timezone: Asia/Shanghai
imap:
  host: 127.0.0.1
  port: %d
  tls: none
  username: %s
  password_file: imap-password
  inbox: INBOX
smtp:
  host: 127.0.0.1
  port: %d
  tls: none
staff:
  addresses: [staff1@yweca.org.example]
  notify: [cases@yweca.org.example]
schedule:
  poll: "@every 1m"
storage:
  database: ./redress.db
`

// cmdDemo runs the real pipeline against in-process IMAP and SMTP servers
// on loopback with a throw-away database, and shows what it did.
func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := newFlagSet("demo", stderr)
	keep := fset.String("dir", "", "keep the demo's config and database in this directory (default: a temporary one, removed afterwards)")
	verbose := fset.Bool("v", false, "show the pipeline's log")
	serve := fset.Bool("serve", false, "serve the complaint form on loopback while the demo runs, and after it until interrupted, filing what is submitted")
	if _, err := parseFlags(fset, args); err != nil {
		return err
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()

	dir := *keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "redress-demo-")
		if err != nil {
			return fmt.Errorf("making the demo directory: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("making the demo directory: %w", err)
	}

	imapSrv, err := mailboxtest.StartServer("127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("starting the demo IMAP server: %w", err)
	}
	defer imapSrv.Close()
	smtpSrv, err := notifytest.StartServer("127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("starting the demo SMTP server: %w", err)
	}
	defer smtpSrv.Close()

	files, err := fs.Glob(demoMail, "testdata/demo/*.eml")
	if err != nil {
		return err
	}
	for _, f := range files {
		raw, err := demoMail.ReadFile(f)
		if err != nil {
			return err
		}
		if _, err := imapSrv.AppendMessage("INBOX", raw); err != nil {
			return fmt.Errorf("delivering %s to the demo inbox: %w", f, err)
		}
	}

	cfgPath := filepath.Join(dir, "redress.yaml")
	cfgText := fmt.Sprintf(demoConfig, imapSrv.Port, imapSrv.User, smtpSrv.Port)
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o600); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		return err
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return fmt.Errorf("the demo config does not load: %w", err)
	}

	logOut := io.Discard
	if *verbose {
		logOut = stderr
	}
	clock := &demoClock{t: time.Now()}
	d, err := openStationAt(ctx, cfg, newLogger(cfg, "", logOut), clock.Now, false)
	if err != nil {
		return err
	}
	defer d.Close()
	var form *demoForm
	if *serve {
		cfg.Form.Enabled = true
		if form, err = startDemoForm(parent, d, newLogger(cfg, "", logOut)); err != nil {
			return err
		}
		defer form.stop()
		fmt.Fprintf(stdout, "redress demo: the complaint form is at %s (also %s?lang=en)\n", form.url, form.url)
	}

	fmt.Fprintf(stdout, "redress demo: IMAP on %s:%d and SMTP on %s:%d (both in-process, loopback), database %s\n",
		imapSrv.Host, imapSrv.Port, smtpSrv.Host, smtpSrv.Port, cfg.DatabasePath())
	fmt.Fprintf(stdout, "delivered %d sample mails to INBOX; running one poll-file-send cycle\n\n", len(files))
	st, err := d.cycle(ctx)
	if err != nil {
		return fmt.Errorf("demo cycle: %w", err)
	}
	fmt.Fprintf(stdout, "fetched %d: %d new cases, %d added to a case, %d kept without a case; sent %d mails\n\n",
		st.Fetched, st.NewCases, st.Appended, st.Unfiled, st.Delivery.Sent)

	cases, err := d.store.Cases(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "Cases opened:")
	if err := printCaseTable(stdout, cases, cfg.Location()); err != nil {
		return err
	}
	for _, c := range cases {
		fmt.Fprintf(stdout, "  %s  complainant: %s\n", c.Ref, orDash(desk.SummarizeComplainant(c.Complainant)))
		fmt.Fprintf(stdout, "  %s  respondent:  %s\n", strings.Repeat(" ", len(c.Ref)), orDash(desk.SummarizeRespondent(c.Respondent)))
		fmt.Fprintf(stdout, "  %s  order:       %s\n", strings.Repeat(" ", len(c.Ref)), orDash(desk.SummarizeOrder(c.Order)))
	}

	received := smtpSrv.Messages()
	fmt.Fprintf(stdout, "\nMail sent (%d, as received by the SMTP server):\n", len(received))
	for _, r := range received {
		fmt.Fprintf(stdout, "  to %-32s %s\n", strings.Join(r.To, ","), decodedSubject(r.Data))
	}
	if ref := showcaseRef(cases); ref != "" {
		fmt.Fprintf(stdout, "\nThe acknowledgement of %s in full:\n\n%s\n", ref, ackFor(received, ref))
	}
	if ref := showcaseRef(cases); ref != "" {
		if err := demoLife(ctx, stdout, d, imapSrv, smtpSrv, clock, cfg, ref); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "\nTry: redress cases show %s -config FILE (run the demo with -dir DIR to keep its database)\n", firstRef(cases))
	if form != nil {
		return form.keepServing(parent, stdout, d, smtpSrv)
	}
	return nil
}

// demoForm is the complaint form the demo serves with -serve.
type demoForm struct {
	url  string
	stop func()
}

// startDemoForm serves the station's complaint form on a free loopback
// port until ctx is done or stop is called.
func startDemoForm(ctx context.Context, d *wiring, logger *slog.Logger) (*demoForm, error) {
	form, err := newForm([]*wiring{d}, nil, logger)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("serving the demo's complaint form: %w", err)
	}
	srv := &http.Server{Handler: withForm(http.NotFoundHandler(), form), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	stopped := context.AfterFunc(ctx, func() { srv.Close() })
	return &demoForm{url: formURL(ln.Addr().String()), stop: func() { stopped(); srv.Close() }}, nil
}

// keepServing files what is submitted on the form until ctx is done:
// every few seconds a cycle sends the acknowledgements, and each new
// case is shown.
func (f *demoForm) keepServing(ctx context.Context, stdout io.Writer, d *wiring, smtpSrv *notifytest.Server) error {
	fmt.Fprintf(stdout, "\nServing the complaint form at %s until interrupted (Ctrl-C); submissions become cases here.\n", f.url)
	seen := map[string]bool{}
	if cases, err := d.store.Cases(ctx); err == nil {
		for _, c := range cases {
			seen[c.Ref] = true
		}
	}
	sent := len(smtpSrv.Messages())
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout, "demo ended")
			return nil
		case <-tick.C:
		}
		if _, err := d.cycle(ctx); err != nil && ctx.Err() == nil {
			fmt.Fprintf(stdout, "  cycle: %v\n", err)
		}
		cases, err := d.store.Cases(ctx)
		if err != nil {
			continue
		}
		for _, c := range cases {
			if !seen[c.Ref] {
				seen[c.Ref] = true
				fmt.Fprintf(stdout, "  %s  %-8s %-14s via %s; missing: %s\n", c.Ref, c.Kind, c.State, c.Channel, orDash(strings.Join(c.Missing, ", ")))
			}
		}
		for _, r := range smtpSrv.Messages()[sent:] {
			fmt.Fprintf(stdout, "  mail to %-30s %s\n", strings.Join(r.To, ","), decodedSubject(r.Data))
		}
		sent = len(smtpSrv.Messages())
	}
}

// demoClock is the demo's store clock: days pass in a moment.
type demoClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *demoClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *demoClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// demoLife plays the rest of case ref's life, which came in missing
// details: a reminder three days later, the consumer's answer, a staff
// member's reply from a mail client relayed to the consumer, the case
// closed by a command; then its timeline.
func demoLife(ctx context.Context, stdout io.Writer, d *wiring, imapSrv *mailboxtest.Server, smtpSrv *notifytest.Server, clock *demoClock, cfg *config.Config, ref string) error {
	c, err := d.store.CaseByRef(ctx, ref)
	if err != nil {
		return err
	}
	consumer := c.ContactAddress
	step := func(what string) error {
		st, err := d.cycle(ctx)
		if err != nil {
			return fmt.Errorf("demo: %s: %w", what, err)
		}
		now, _ := d.store.CaseByRef(ctx, ref)
		fmt.Fprintf(stdout, "  %-58s → %s; mail sent %d\n", what, now.State, st.Delivery.Sent)
		return nil
	}
	latest := func(to string) (id, subject string) {
		for _, r := range smtpSrv.Messages() {
			if slices.Contains(r.To, to) {
				if e, err := message.Read(bytes.NewReader(r.Data)); e != nil && err == nil {
					id = e.Header.Get("Message-Id")
					subject, _ = e.Header.Text("Subject")
				}
			}
		}
		return id, subject
	}
	fmt.Fprintf(stdout, "\nThe life of %s, which came in missing details:\n", ref)

	clock.add(cfg.RemindAfter() + time.Minute)
	if err := step("3 days later, no answer: a reminder"); err != nil {
		return err
	}
	reminder, subject := latest(consumer)
	clock.add(time.Hour)
	answer := fmt.Sprintf("From: <%s>\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <demo-answer@qq.com>\r\nIn-Reply-To: %s\r\nDate: "+clock.Now().Format(time.RFC1123Z)+"\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"姓名 / Name: 赵丽\r\n电话 / Phone: 13705791234\r\n商家 / Merchant: 乐乐童装\r\n店铺链接或商家电话 / Shop link or merchant phone: https://lele.yangkeduo.com\r\n",
		consumer, cfg.Station.Address, subject, reminder)
	if _, err := imapSrv.AppendMessage("INBOX", []byte(answer)); err != nil {
		return err
	}
	if err := step("the consumer answers the reminder (In-Reply-To only)"); err != nil {
		return err
	}
	staffReply := func(id, body string) error {
		notice, nsubject := latest(cfg.Staff.Notify[0])
		raw := fmt.Sprintf("From: Wang Qiang <%s>\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%s>\r\nIn-Reply-To: %s\r\nReferences: %s\r\nDate: "+clock.Now().Format(time.RFC1123Z)+"\r\n"+
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n\r\n> (the notice, quoted by the mail client)\r\n\r\n-- \r\n王强\r\n",
			cfg.Staff.Addresses[0], cfg.Station.Address, nsubject, id, notice, notice, body)
		_, err := imapSrv.AppendMessage("INBOX", []byte(raw))
		return err
	}
	clock.add(24 * time.Hour)
	if err := staffReply("demo-staff-1@yweca.org.example", "您好，我们已联系商家，商家同意退货退款，请按商家提供的地址寄回。"); err != nil {
		return err
	}
	if err := step("staff answer the notice in their mail client: relayed"); err != nil {
		return err
	}
	clock.add(72 * time.Hour)
	if err := staffReply("demo-staff-2@yweca.org.example", "#recovered 89\r\n#close resolved 商家已退款"); err != nil {
		return err
	}
	if err := step("staff reply \"#recovered 89\" and \"#close resolved\""); err != nil {
		return err
	}
	relayed, _ := latest(consumer)
	for _, r := range smtpSrv.Messages() {
		if e, err := message.Read(bytes.NewReader(r.Data)); err == nil && e.Header.Get("Message-Id") == relayed {
			fmt.Fprintf(stdout, "\nWhat the consumer received from the station (the staff member's address never shows):\n\n%s\n", indent(strings.TrimSpace(bodyText(e)), "    "))
		}
	}
	msgs, err := d.store.CaseMessages(ctx, c.ID)
	if err != nil {
		return err
	}
	events, err := d.store.Events(ctx, c.ID)
	if err != nil {
		return err
	}
	type row struct {
		at   time.Time
		line string
	}
	var rows []row
	loc := cfg.Location()
	for _, m := range msgs {
		rows = append(rows, row{m.Date, fmt.Sprintf("%-8s %-26s %s", arrow(m.Direction), orDash(m.Purpose+m.Kind), oneLineSubject(m.Subject))})
	}
	for _, e := range events {
		what := e.Kind
		if e.FromState != "" || e.ToState != "" {
			what = strings.TrimPrefix(e.FromState+" → "+e.ToState, " → ")
		}
		rows = append(rows, row{e.At, fmt.Sprintf("%-8s %-26s %s", "·", e.Actor, strings.TrimSpace(what+"  "+e.Detail))})
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.at.Compare(b.at) })
	fmt.Fprintf(stdout, "\nThe timeline of %s (also: redress cases show %s):\n", ref, ref)
	for _, r := range rows {
		fmt.Fprintf(stdout, "  %s  %s\n", r.at.In(loc).Format("01-02 15:04"), r.line)
	}
	return nil
}

func oneLineSubject(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func bodyText(e *message.Entity) string {
	b, err := io.ReadAll(e.Body)
	if err != nil {
		return ""
	}
	return string(b)
}

func decodedSubject(raw []byte) string {
	e, err := message.Read(bytes.NewReader(raw))
	if e == nil {
		return "(unreadable: " + err.Error() + ")"
	}
	s, err := e.Header.Text("Subject")
	if err != nil {
		return e.Header.Get("Subject")
	}
	return s
}

// showcaseRef picks the case whose acknowledgement shows the most: one
// that asks for missing details, else the first.
func showcaseRef(cases []casefile.Case) string {
	for _, c := range cases {
		if c.State == casefile.StateAwaitingInfo {
			return c.Ref
		}
	}
	if len(cases) > 0 {
		return cases[0].Ref
	}
	return ""
}

// ackFor shows the text of the acknowledgement the server received for ref.
func ackFor(received []notifytest.Received, ref string) string {
	for _, r := range received {
		e, err := message.Read(bytes.NewReader(r.Data))
		if err != nil || e.Header.Get("Auto-Submitted") != "auto-replied" || !strings.Contains(decodedSubject(r.Data), "["+ref+"]") {
			continue
		}
		body, err := io.ReadAll(e.Body)
		if err != nil {
			return "(unreadable: " + err.Error() + ")"
		}
		return indent("Subject: "+decodedSubject(r.Data)+"\n\n"+strings.TrimSpace(string(body)), "    ")
	}
	return "(none)"
}

func firstRef(cases []casefile.Case) string {
	if len(cases) == 0 {
		return "YW-2026-00001"
	}
	return cases[0].Ref
}
