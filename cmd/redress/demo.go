package main

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
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
	if _, err := parseFlags(fset, args); err != nil {
		return err
	}
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
	d, err := openStation(ctx, cfg, slog.New(slog.NewTextHandler(logOut, nil)))
	if err != nil {
		return err
	}
	defer d.Close()

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
	fmt.Fprintf(stdout, "\nTry: redress cases show %s -config FILE (run the demo with -dir DIR to keep its database)\n", firstRef(cases))
	return nil
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
