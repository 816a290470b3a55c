package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/parser"
)

// desk is the intake pipeline: IMAP → parser → casefile (+ outbox) → SMTP.
type desk struct {
	cfg       *config.Config
	store     *casefile.Store
	templates *notify.Templates
	imap      mailbox.Config
	sender    notify.MailSender
	log       *slog.Logger
	now       func() time.Time
	parseOpts parseOpts
	batch     int
	// responder decides the mail a filed message causes; d.respond, or a
	// stand-in in tests.
	responder func(*analysis.Mail, casefile.Ingested) ([]casefile.Outgoing, error)
	unlock    func()
}

// handleTimeout bounds the filing of one message once it is in hand: a
// shutdown waits for it rather than abandoning it half-way.
const handleTimeout = time.Minute

func openDesk(ctx context.Context, cfg *config.Config, logger *slog.Logger) (*desk, error) {
	d := &desk{cfg: cfg, log: logger, now: time.Now, batch: 50, parseOpts: parseOptions(cfg)}
	d.responder = d.respond

	imapPass, err := cfg.Password("imap", cfg.IMAP.Secret)
	if err != nil {
		return nil, err
	}
	imapTLS, err := cfg.TLSConfig("imap", cfg.IMAP.Host, cfg.IMAP.CAFile)
	if err != nil {
		return nil, err
	}
	d.imap = mailbox.Config{
		Host: cfg.IMAP.Host, Port: cfg.IMAP.Port, TLS: cfg.IMAP.TLS,
		Username: cfg.IMAP.Username, Password: imapPass, TLSConfig: imapTLS,
		Logger: logger.With("component", "mailbox"),
	}
	smtpConf, err := smtpConfig(cfg)
	if err != nil {
		return nil, err
	}
	d.sender = notify.NewSender(smtpConf, logger.With("component", "notify"))

	d.templates, err = notify.LoadTemplates(cfg.Path(cfg.Templates.Dir))
	if err != nil {
		return nil, fmt.Errorf("loading mail templates: %w", err)
	}
	d.unlock, err = lockDatabase(cfg.DatabasePath())
	if err != nil {
		return nil, err
	}
	d.store, err = openStore(ctx, cfg)
	if err != nil {
		d.unlock()
		return nil, err
	}
	return d, nil
}

func openStore(ctx context.Context, cfg *config.Config) (*casefile.Store, error) {
	st, err := casefile.Open(ctx, cfg.DatabasePath(), casefile.Options{
		CasePrefix: cfg.Station.CasePrefix,
		Location:   cfg.Location(),
		Required:   cfg.Policy.Required,
	})
	if err != nil {
		return nil, fmt.Errorf("opening the case database %s (storage.database): %w", cfg.DatabasePath(), err)
	}
	return st, nil
}

func smtpConfig(cfg *config.Config) (notify.SMTPConfig, error) {
	var pass string
	if cfg.SMTP.Username != "" {
		p, err := cfg.Password("smtp", cfg.SMTP.Secret)
		if err != nil {
			return notify.SMTPConfig{}, err
		}
		pass = p
	}
	tlsConf, err := cfg.TLSConfig("smtp", cfg.SMTP.Host, cfg.SMTP.CAFile)
	if err != nil {
		return notify.SMTPConfig{}, err
	}
	return notify.SMTPConfig{
		Host: cfg.SMTP.Host, Port: cfg.SMTP.Port, TLS: cfg.SMTP.TLS,
		Username: cfg.SMTP.Username, Password: pass, TLSConfig: tlsConf,
	}, nil
}

// parseOpts are the decoding and analysis options of the station.
type parseOpts struct {
	decode   parser.Options
	analysis analysis.Options
}

func parseOptions(cfg *config.Config) parseOpts {
	return parseOpts{
		decode: parser.Options{MaxSize: cfg.Policy.MaxMessageBytes},
		analysis: analysis.Options{
			CasePrefix:     cfg.Station.CasePrefix,
			StationAddress: cfg.Station.Address,
			StaffAddresses: cfg.Staff.Addresses,
			Required:       cfg.Policy.Required,
		},
	}
}

func (d *desk) Close() error {
	err := d.store.Close()
	d.unlock()
	return err
}

// cycleStats is what one cycle did, for the operator.
type cycleStats struct {
	Fetched, NewCases, Appended, Unfiled, Duplicates int
	Delivery                                         notify.DeliveryStats
}

// cycle polls the inbox once and then sends what is due. A failed poll
// does not stop the sending of mail already queued.
func (d *desk) cycle(ctx context.Context) (cycleStats, error) {
	var st cycleStats
	pollErr := d.poll(ctx, &st)
	if pollErr != nil {
		d.log.Error("polling the inbox", "component", "desk", "err", pollErr)
	}
	del := notify.Deliverer{Sender: d.sender, Outbox: outbox{d.store}, Now: d.now, Logger: d.log.With("component", "notify")}
	ds, flushErr := del.Flush(ctx)
	st.Delivery = ds
	if flushErr != nil {
		d.log.Error("sending queued mail", "component", "desk", "err", flushErr)
	}
	return st, errors.Join(pollErr, flushErr)
}

func (d *desk) poll(ctx context.Context, st *cycleStats) error {
	folder := d.cfg.IMAP.Inbox
	cur, err := d.store.Cursor(ctx, folder)
	if err != nil {
		return fmt.Errorf("reading the sync state of %s: %w", folder, err)
	}
	c, err := mailbox.Dial(ctx, d.imap)
	if err != nil {
		return err
	}
	defer c.Close()
	ps, err := c.Poll(ctx, folder, mailbox.Cursor(cur), d.batch, func(ctx context.Context, m mailbox.Message) error {
		st.Fetched++
		return d.handle(ctx, folder, m, st)
	})
	if ps.Rescan {
		d.log.Warn("UIDVALIDITY changed: re-scanning the folder; known messages are recognised by Message-ID",
			"component", "desk", "folder", folder, "uidvalidity", ps.UIDValidity, "old_uidvalidity", cur.UIDValidity)
	}
	return err
}

// handle files one fetched message: parse, then one casefile transaction
// that records it, updates its case, queues replies and advances the cursor.
func (d *desk) handle(ctx context.Context, folder string, m mailbox.Message, st *cycleStats) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()

	in := casefile.Incoming{Folder: folder, UIDValidity: m.UIDValidity, UID: m.UID, Raw: m.Raw, ReceivedAt: m.InternalDate}
	if in.ReceivedAt.IsZero() {
		in.ReceivedAt = d.now()
	}
	msg, err := safeParse(m.Raw, d.parseOpts)
	if err != nil {
		in.ParseError = err.Error()
	} else {
		in.Msg = msg
	}
	log := d.log.With("component", "desk", "uid", m.UID, "uidvalidity", m.UIDValidity)
	if msg != nil {
		log = log.With("message_id", msg.MessageID)
	}
	res, err := d.store.Ingest(ctx, in, func(r casefile.Ingested) ([]casefile.Outgoing, error) {
		return d.responder(msg, r)
	})
	if err != nil && in.Msg != nil && ctx.Err() == nil {
		// A message that cannot be filed must neither block the inbox nor
		// be lost: keep it without a case, with the reason, for staff.
		log.Error("filing failed; keeping the message without a case", "err", err)
		in.Msg, in.ParseError = nil, "could not be filed: "+err.Error()
		res, err = d.store.Ingest(ctx, in, nil)
	}
	if err != nil {
		return fmt.Errorf("filing message uid %d: %w", m.UID, err)
	}
	switch {
	case res.Duplicate:
		st.Duplicates++
		log.Info("message already filed; skipped")
	case res.Case == nil:
		st.Unfiled++
		log.Info("message recorded without a case", "reason", in.ParseError, "kind", kindOf(msg))
	case res.NewCase:
		st.NewCases++
		log.Info("new case opened", "case", res.Case.Ref, "kind", res.Case.Kind, "state", res.Case.State, "missing", strings.Join(res.Case.Missing, ","))
	default:
		st.Appended++
		log.Info("message added to case", "case", res.Case.Ref, "kind", kindOf(msg), "state", res.Case.State)
	}
	return nil
}

// safeParse is analysis.Parse with a panic turned into a recorded parse
// error: one bad mail must not stop the desk, nor be lost.
func safeParse(raw []byte, opts parseOpts) (m *analysis.Mail, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("parser failed on this message (a bug; the raw mail is kept): %v", r)
		}
	}()
	return analysis.Parse(raw, opts.decode, opts.analysis)
}

func kindOf(m *analysis.Mail) string {
	if m == nil {
		return ""
	}
	return string(m.Kind)
}

// respond decides what mail a filed message causes. It runs inside the
// casefile transaction, so what it returns is queued atomically with the
// message.
func (d *desk) respond(msg *analysis.Mail, r casefile.Ingested) ([]casefile.Outgoing, error) {
	if msg == nil || r.Case == nil || !r.NewCase {
		return nil, nil
	}
	c := r.Case
	now := d.now()
	var out []casefile.Outgoing
	if ok, why := d.shouldAck(msg, c); ok {
		subject, body, err := d.templates.Ack(notify.AckData{
			StationName: d.cfg.Station.Name, StationAddress: d.cfg.Station.Address,
			Ref: c.Ref, Subject: msg.Subject, Language: analysis.ReplyLanguage(msg.Language, msg.Text), Name: c.Complainant.Name,
			Missing: c.Missing, Kind: c.Kind,
		})
		if err != nil {
			return nil, fmt.Errorf("rendering the acknowledgement for %s: %w", c.Ref, err)
		}
		out = append(out, casefile.Outgoing{
			Purpose: "ack", From: d.cfg.Station.Address, FromName: d.cfg.Station.Name,
			To: []string{c.ContactAddress}, Subject: subject,
			MessageID: notify.NewMessageID(d.cfg.StationDomain()),
			InReplyTo: msg.MessageID, References: threadRefs(msg),
			AutoSubmitted: "auto-replied", Text: body, Date: now,
		})
	} else {
		d.log.Info("no acknowledgement", "component", "desk", "case", c.Ref, "reason", why)
	}
	if len(d.cfg.Staff.Notify) > 0 {
		subject, body, err := d.templates.StaffNotice(notify.StaffNoticeData{
			StationName: d.cfg.Station.Name, Ref: c.Ref, Kind: c.Kind, State: c.State,
			From: formatAddr(msg.From), Subject: msg.Subject, Text: msg.Text, Missing: c.Missing,
			Complainant: summarizeComplainant(c.Complainant), Respondent: summarizeRespondent(c.Respondent), Order: summarizeOrder(c.Order),
		})
		if err != nil {
			return nil, fmt.Errorf("rendering the staff notice for %s: %w", c.Ref, err)
		}
		out = append(out, casefile.Outgoing{
			Purpose: "staff_notice", From: d.cfg.Station.Address, FromName: d.cfg.Station.Name,
			To: slices.Clone(d.cfg.Staff.Notify), Subject: subject,
			MessageID: notify.NewMessageID(d.cfg.StationDomain()),
			InReplyTo: msg.MessageID, References: threadRefs(msg),
			AutoSubmitted: "auto-generated", Text: body, Date: now,
		})
	}
	return out, nil
}

// threadRefs is the References of a reply to msg: its references plus its
// own Message-ID (RFC 5322 §3.6.4).
func threadRefs(msg *analysis.Mail) []string {
	refs := slices.Clone(msg.References)
	if msg.MessageID != "" && !slices.Contains(refs, msg.MessageID) {
		refs = append(refs, msg.MessageID)
	}
	return refs
}

// shouldAck says whether a new case's sender gets an acknowledgement, and
// if not, why. RFC 3834 §2: never respond to automatic mail; and never to
// ourselves or our own staff.
func (d *desk) shouldAck(msg *analysis.Mail, c *casefile.Case) (bool, string) {
	to := strings.ToLower(c.ContactAddress)
	switch {
	case to == "":
		return false, "no sender address to reply to"
	case msg.Staff: // the analysis's verdict on From: the station's domain or staff.addresses
		return false, "sent by the station or its staff"
	case analysis.IsStation(to, d.parseOpts.analysis):
		// The reply would go to ourselves (a Reply-To at the station).
		return false, "the reply address is the station's or a staff member's"
	case msg.AutoSubmitted != "" && msg.AutoSubmitted != "no":
		return false, "Auto-Submitted: " + msg.AutoSubmitted
	case msg.Precedence == "bulk" || msg.Precedence == "junk" || msg.Precedence == "list":
		return false, "Precedence: " + msg.Precedence
	case msg.ListID != "":
		return false, "mailing-list mail (List-Id)"
	case msg.IsDSN:
		return false, "a delivery status notification"
	case msg.Kind == analysis.KindBounce || msg.Kind == analysis.KindAutoReply || msg.Kind == analysis.KindSpam:
		return false, "kind " + string(msg.Kind)
	}
	for _, addr := range []string{to, msg.From.Address} {
		if machine, why := analysis.MachineSender(addr); machine {
			return false, why
		}
	}
	return true, ""
}

func formatAddr(a parser.Address) string {
	if a.Name == "" {
		return a.Address
	}
	return fmt.Sprintf("%s <%s>", a.Name, a.Address)
}

func summarizeComplainant(c analysis.Complainant) string {
	return joinNonEmpty(c.Name, strings.Join(c.Phones, ", "), strings.Join(c.Emails, ", "), c.Address)
}

func summarizeRespondent(r analysis.Respondent) string {
	return joinNonEmpty(r.Name, strings.Join(r.URLs, ", "), strings.Join(r.Phones, ", "), r.Address)
}

func summarizeOrder(o analysis.Order) string {
	amount := ""
	if o.Amount != "" {
		amount = o.Amount + " " + o.Currency
	}
	return joinNonEmpty(o.Number, amount)
}

func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "; ")
}

// outbox lets notify's delivery policy work on casefile's outbox table.
type outbox struct{ s *casefile.Store }

func (o outbox) Due(ctx context.Context, now time.Time, limit int) ([]notify.Queued, error) {
	rows, err := o.s.DueMail(ctx, now, limit)
	if err != nil {
		return nil, err
	}
	q := make([]notify.Queued, len(rows))
	for i, r := range rows {
		m := r.Mail
		q[i] = notify.Queued{ID: r.ID, Attempts: r.Attempts, Mail: notify.Mail{
			From: m.From, FromName: m.FromName, To: m.To, Subject: m.Subject, MessageID: m.MessageID,
			InReplyTo: m.InReplyTo, References: m.References, AutoSubmitted: m.AutoSubmitted, Date: m.Date, Text: m.Text,
		}}
	}
	return q, nil
}

func (o outbox) Sent(ctx context.Context, id int64, at time.Time) error {
	return o.s.MarkSent(ctx, id, at)
}
func (o outbox) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	return o.s.MarkRetry(ctx, id, next, reason)
}
func (o outbox) Failed(ctx context.Context, id int64, reason string) error {
	return o.s.MarkFailed(ctx, id, reason)
}
