package desk

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/parser"
	"github.com/yweca/redress/workflow"
)

// parsed is what the parse stage made of a stored mail.
type parsed struct {
	mail        *analysis.Mail // nil: it could not be read (reason says why)
	reason      string
	notes       []string
	attachments []casefile.NewAttachment
	storageErr  error // reading the mail or writing its attachments failed
}

// parseMail decodes and analyses raw; a panic becomes an error: one bad
// mail must not stop the desk, nor be lost.
func parseMail(raw []byte, popts parser.Options, aopts analysis.Options) (m *analysis.Mail, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("the parser failed on this mail (a bug; the raw mail is kept): %v", r)
		}
	}()
	return analysis.Parse(raw, popts, aopts)
}

// parseStored reads a stored mail back and parses it. Mail above
// MaxMessageBytes is kept whole but only its first boundedParse bytes
// (headers and first text part) are read: memory does not grow with a
// mail's size.
func (d *Desk) parseStored(b casefile.Blob) *parsed {
	p := &parsed{}
	f, err := d.store.OpenBlob(b.SHA256)
	if err != nil {
		p.storageErr = err
		return p
	}
	defer f.Close()
	bounded := b.Size > d.cfg.MaxMessageBytes
	var raw []byte
	if bounded {
		raw, err = io.ReadAll(io.LimitReader(f, boundedParse))
		p.notes = append(p.notes, fmt.Sprintf("the mail is %d bytes, above policy.max_message_bytes (%d): only its headers and first text part were read; the whole mail is kept (redress cases raw)", b.Size, d.cfg.MaxMessageBytes))
	} else {
		raw, err = io.ReadAll(f)
	}
	if err != nil {
		p.storageErr = fmt.Errorf("reading stored mail %s: %w", b.SHA256, err)
		return p
	}
	m, err := d.parse(raw, d.cfg.Parser, d.cfg.Analysis)
	if err != nil {
		p.reason = err.Error()
		return p
	}
	p.mail = m
	dropped := 0
	for i := range m.Attachments {
		a := &m.Attachments[i]
		na := casefile.NewAttachment{Filename: a.Filename, ContentType: a.ContentType, Size: a.Size}
		if a.Data != nil && !bounded {
			ab, err := d.store.PutBlobBytesLazy(context.Background(), a.Data)
			if err != nil {
				p.storageErr = fmt.Errorf("keeping attachment %q: %w", a.Filename, err)
				return p
			}
			na.SHA256 = ab.SHA256
		} else {
			dropped++
		}
		a.Data = nil // on disk now; free the memory
		p.attachments = append(p.attachments, na)
	}
	if dropped > 0 && !bounded {
		p.notes = append(p.notes, fmt.Sprintf("content of %d of %d attachments dropped (message too large)", dropped, len(m.Attachments)))
	}
	p.notes = append(p.notes, m.Warnings...)
	return p
}

// item is one mail to file: a fetched one, or a stored one to refile.
type item struct {
	blob             casefile.Blob
	parsed           *parsed
	folder           string
	uidValidity, uid uint32
	received         time.Time
	refile           int64 // row id of the stored mail to file again; 0: new mail
	sent             bool  // from the station's Sent folder

	archive *importPolicy // imported from an archive: what it may send (import.go)
}

// commitBatch files a batch of fetched mail in one transaction.
func (d *Desk) commitBatch(ctx context.Context, batch []*job) (Stats, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	for _, j := range batch {
		if j.parsed != nil && j.parsed.storageErr != nil {
			return Stats{}, storageFault(fmt.Errorf("filing mail UID %d: %w", j.uid, j.parsed.storageErr))
		}
	}
	// The files the batch names are on disk before the rows naming them
	// commit: one flush for the whole batch.
	if err := d.store.SyncBlobs(); err != nil {
		return Stats{}, storageFault(err)
	}
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		for _, j := range batch {
			if j.known {
				st.Known++
				if err := tx.AdvanceCursor(j.folder, j.uidv, j.uid); err != nil {
					return err
				}
				continue
			}
			st.Fetched++
			it := item{blob: j.blob, parsed: j.parsed, folder: j.folder, uidValidity: j.uidv, uid: j.uid, received: j.received, sent: j.sent}
			if err := d.file(tx, it, st, logs); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Stats{}, storageFault(fmt.Errorf("filing %d mails (UIDs %d to %d of %s): %w",
			len(batch), batch[0].uid, batch[len(batch)-1].uid, batch[0].folder, err))
	}
	return st, nil
}

// rejected marks a mail the filing refused (not a storage fault): it is
// kept without a case, with the reason.
type rejected struct{ err error }

func (r *rejected) Error() string { return r.err.Error() }
func (r *rejected) Unwrap() error { return r.err }

// file files one mail inside tx: duplicate check, case lookup, the
// workflow's decision, the mail it sends, the events, the cursor. A mail
// whose filing is refused is kept without a case instead, in a savepoint
// so the rest of the batch stands.
func (d *Desk) file(tx *casefile.Tx, it item, st *Stats, logs *[]func()) error {
	log := d.log.With("folder", it.folder, "uid", it.uid, "uidvalidity", it.uidValidity)
	m := it.parsed.mail
	var notes []string
	if it.refile == 0 {
		mid := ""
		if m != nil {
			mid = m.MessageID
		}
		dup, err := tx.FindDuplicate(mid, it.blob.SHA256)
		if err != nil {
			return err
		}
		if it.sent && dup.ID != 0 {
			// Our own mail (the server keeps a copy of what redress
			// sends) or mail already filed: nothing to record.
			return d.advance(tx, it)
		}
		if dup.Why == casefile.DuplicateOwn {
			// A copy of our own mail coming back (a Bcc, a list, a
			// forger reusing its Message-ID): kept on its case as it is,
			// never acted on — answering it could start a loop.
			st.Duplicates++
			inc := d.incoming(it, m, dup.CaseID, append([]string{fmt.Sprintf("a copy of our own mail #%d (same Message-ID): kept, not acted on", dup.ID)}, it.parsed.notes...))
			if _, err := d.record(tx, it, inc); err != nil {
				return err
			}
			*logs = append(*logs, func() { log.Info("copy of our own mail kept, not acted on", "message_id", mid, "ours", dup.ID) })
			return d.advance(tx, it)
		}
		if dup.ID != 0 {
			st.Duplicates++
			*logs = append(*logs, func() {
				log.Info("mail already filed; skipped", "message_id", mid, "stored_as", dup.ID, "why", dup.Why)
			})
			return d.advance(tx, it)
		}
		if dup.CollidesWith != 0 {
			notes = append(notes, fmt.Sprintf("its Message-ID <%s> is also that of a different mail (#%d): both are kept, and this one is threaded by its other headers", mid, dup.CollidesWith))
		}
	}
	notes = append(notes, it.parsed.notes...)
	if m == nil {
		return d.keepUnfiled(tx, it, nil, append([]string{"could not be parsed: " + it.parsed.reason}, notes...), st, logs, log)
	}
	log = log.With("message_id", m.MessageID)
	suppressed := d.suppressed
	err := tx.Savepoint(func() error { return d.fileMail(tx, it, m, notes, st, logs, log) })
	var rej *rejected
	if errors.As(err, &rej) {
		d.suppressed = suppressed // rolled back with the savepoint
		*logs = append(*logs, func() { log.Error("filing refused; the mail is kept without a case", "err", rej.err) })
		return d.keepUnfiled(tx, it, m, append([]string{"could not be filed: " + rej.err.Error()}, notes...), st, logs, log)
	}
	return err
}

func (d *Desk) advance(tx *casefile.Tx, it item) error {
	if it.folder == "" || it.refile != 0 {
		return nil
	}
	return tx.AdvanceCursor(it.folder, it.uidValidity, it.uid)
}

// fileMail is file for a mail that was read.
func (d *Desk) fileMail(tx *casefile.Tx, it item, m *analysis.Mail, notes []string, st *Stats, logs *[]func(), log *slog.Logger) error {
	now := d.now()
	tokenRef := ""
	if m.Staff {
		cur, prev, err := tx.Secrets()
		if err != nil {
			return err
		}
		tokenRef = workflow.TokenRef(append(slices.Clone(m.InReplyTo), m.References...), cur, prev)
	}
	stored, err := d.findCase(tx, m, tokenRef)
	if err != nil {
		return err
	}
	if tokenRef != "" && stored != nil && !strings.EqualFold(tokenRef, stored.Ref) {
		// A reply to a notice of a case since merged: the token vouches
		// for the case it was folded into.
		if tc, err := tx.CaseByRef(tokenRef); err == nil {
			if end, err := followMerges(tx, tc); err == nil && end.ID == stored.ID {
				tokenRef = stored.Ref
			}
		} else if !errors.Is(err, casefile.ErrNotFound) {
			return err
		}
	}
	var wc, target *workflow.Case
	var earlier []*workflow.Case
	if stored != nil {
		wc = toWorkflow(stored)
		if ref := workflow.MergeRef(m.Text); tokenRef != "" && ref != "" {
			t, err := tx.CaseByRef(ref)
			if err == nil {
				target = toWorkflow(t)
			} else if !errors.Is(err, casefile.ErrNotFound) {
				return err
			}
		}
	} else if !m.Staff && !it.sent {
		emails := append(slices.Clone(m.Complainant.Emails), m.From.Address)
		for _, a := range m.ReplyTo {
			emails = append(emails, a.Address)
		}
		cands, err := tx.OpenCasesOf(m.Complainant.Phones, emails, 0)
		if err != nil {
			return err
		}
		for _, c := range cands {
			earlier = append(earlier, toWorkflow(c))
		}
	}
	ev := workflow.MailFiled{Mail: m, Case: wc, Now: now, TokenRef: tokenRef, Earlier: earlier, FromSent: it.sent, MergeTarget: target}
	if stored == nil && m.Staff && !it.sent {
		// A staff member forwarding a complaint with #new opens a case
		// for the consumer it names.
		n, ok, problem := workflow.ParseNew(m.Text)
		s := d.cfg.Workflow
		switch {
		case ok && problem != "":
			notes = append([]string{"not acted on: " + problem}, notes...)
		case ok && s.RequireAuthentication && !workflow.Authenticated(m.AuthResults, s.AuthservID):
			notes = append([]string{"#new not acted on: the mail is not authenticated by the station's server (staff.require_authentication)"}, notes...)
		case ok:
			ev.Mail, ev.OpenedBy = d.forwarded(m, n), m.From.Address
		}
	}
	dec := workflow.FileMail(d.cfg.Workflow, ev)
	if it.archive != nil {
		dec = it.archive.decide(dec)
	}
	if dec.Unfiled != "" && it.sent {
		// The station's own mail about something else: not the desk's.
		return d.advance(tx, it)
	}
	if dec.Unfiled != "" {
		return d.keepUnfiled(tx, it, m, append([]string{dec.Unfiled}, notes...), st, logs, log)
	}
	if dec.Note != "" {
		notes = append([]string{dec.Note}, notes...)
	}
	inc := d.incoming(it, m, 0, notes)
	c, queued, err := d.apply(tx, stored, dec, m, inc, it, now)
	if err != nil {
		return err
	}
	if err := d.advance(tx, it); err != nil {
		return err
	}
	st.Queued += queued
	ref, kind, state := c.Ref, string(m.Kind), c.State
	if dec.NewCase {
		st.NewCases++
		missing := strings.Join(c.Missing, ",")
		noAck := dec.NoAck
		*logs = append(*logs, func() {
			if d.Observer != nil {
				d.Observer.CaseOpened(c.Kind)
			}
			log.Info("new case opened", "case", ref, "kind", c.Kind, "state", state, "missing", missing)
			if noAck != "" {
				log.Info("no acknowledgement", "case", ref, "reason", noAck)
			}
		})
	} else {
		st.Appended++
		*logs = append(*logs, func() { log.Info("mail added to case", "case", ref, "kind", kind, "state", state) })
	}
	return nil
}

// apply carries out a decision inside tx: the case opened or changed, the
// mail that caused it (inc; nil for a timer) recorded on it, the timeline,
// the timers, and the mail it sends rendered and queued. stored is the
// case as it was (nil for a new one).
func (d *Desk) apply(tx *casefile.Tx, stored *casefile.Case, dec workflow.Decision, m *analysis.Mail, inc *casefile.Incoming, it item, now time.Time) (*casefile.Case, int, error) {
	c := toCasefile(dec.Case, stored)
	c.UpdatedAt = now
	if dec.NewCase {
		c.CreatedAt = now
		received := it.received
		if received.IsZero() {
			received = now
		}
		if err := tx.OpenCase(c, received); err != nil {
			return nil, 0, err
		}
	} else if err := tx.UpdateCase(c); err != nil {
		return nil, 0, err
	}
	var msgID int64
	if inc != nil {
		inc.CaseID = c.ID
		var err error
		if msgID, err = d.record(tx, it, inc); err != nil {
			return nil, 0, err
		}
	}
	for _, e := range dec.Events {
		if err := tx.AddEvent(casefile.Event{CaseID: c.ID, At: now, Actor: e.Actor, Kind: e.Kind,
			FromState: e.From, ToState: e.To, Detail: e.Detail, MessageID: msgID}); err != nil {
			return nil, 0, err
		}
	}
	for _, t := range dec.Timers {
		var err error
		if t.Clear {
			err = tx.ClearTimer(c.ID, t.Kind)
		} else {
			err = tx.SetTimer(casefile.Timer{CaseID: c.ID, Kind: t.Kind, Due: t.Due})
		}
		if err != nil {
			return nil, 0, err
		}
	}
	if dec.Merge != nil {
		if err := d.applyMerge(tx, c, dec.Merge, now); err != nil {
			return nil, 0, err
		}
	}
	for _, r := range dec.Recoveries {
		if err := tx.AddRecovery(c.ID, r.Amount, r.Currency, r.Actor); err != nil {
			return nil, 0, err
		}
	}
	// The case's thread and the token secret are read once per decision,
	// and only when a mail needs them.
	var (
		thread     []casefile.ThreadEntry
		threadRead bool
		secret     []byte
	)
	queued := 0
	for _, o := range dec.Send {
		if c.Undeliverable != "" {
			// No more mail to an address that bounced.
			o.To = slices.DeleteFunc(slices.Clone(o.To), func(a string) bool { return strings.EqualFold(a, c.ContactAddress) })
		}
		var keep []string
		for _, rcpt := range o.To {
			if !slices.Contains(workflow.AutomaticPurposes, o.Purpose) {
				keep = append(keep, rcpt)
				continue
			}
			n, err := tx.CountSentTo(rcpt, workflow.AutomaticPurposes, now.Add(-24*time.Hour))
			if err != nil {
				return nil, 0, err
			}
			if held, why := d.cfg.Workflow.Suppressed(o.Purpose, n); held {
				d.suppressed++
				if err := tx.AddEvent(casefile.Event{CaseID: c.ID, At: now, Actor: workflow.ActorSystem, Kind: workflow.EventNote,
					Detail: why, MessageID: msgID}); err != nil {
					return nil, 0, err
				}
				continue
			}
			keep = append(keep, rcpt)
		}
		o.To = keep
		if len(o.To) == 0 {
			continue
		}
		if o.Purpose == workflow.PurposeStaffNotice && d.cfg.NoticeBatch > 0 && d.roundNotices >= d.cfg.NoticeBatch {
			// A backlog round: staff get this case in the round's
			// digest instead of a notice of its own (digestNotices).
			// The event is the record the digest is built from, so a
			// crash before the digest loses no case.
			if err := tx.AddEvent(casefile.Event{CaseID: c.ID, At: now, Actor: workflow.ActorSystem, Kind: casefile.EventNoticeBatched,
				Detail: noticeLine(o, c), MessageID: msgID}); err != nil {
				return nil, 0, err
			}
			continue
		}
		if o.Purpose == workflow.PurposeStaffNotice {
			d.roundNotices++
		}
		if !threadRead {
			var err error
			if thread, err = tx.CaseThread(c.ID); err != nil {
				return nil, 0, err
			}
			threadRead = true
		}
		if o.InReplyTo == "" {
			o.InReplyTo, o.References = threadOf(thread, func(addr string) bool { return analysis.IsStation(addr, d.cfg.Analysis) })
		} else if len(thread) > 0 && (len(o.References) == 0 || o.References[0] != thread[0].MessageID) {
			// A webmail reply carries In-Reply-To only: the references
			// still start at the case's first mail, so that every client
			// threads the case as one conversation.
			o.References = append([]string{thread[0].MessageID}, slices.DeleteFunc(slices.Clone(o.References), func(r string) bool { return r == thread[0].MessageID })...)
		}
		out, err := d.render(o, c, m, msgID, now)
		if err != nil {
			return nil, 0, &rejected{err}
		}
		if o.Purpose == workflow.PurposeStaffNotice {
			// The notice's Message-ID carries the case's token: a staff
			// member's Reply proves it answers this notice.
			if secret == nil {
				if secret, _, err = tx.Secrets(); err != nil {
					return nil, 0, err
				}
			}
			out.MessageID = workflow.NoticeLocalPart(secret, c.Ref, strings.ToLower(rand.Text())) + "@" + d.domain()
			out.ReplyTo = d.cfg.StationAddress
		}
		if o.WithAttachments && inc != nil {
			for _, a := range inc.Attachments {
				if a.SHA256 != "" {
					out.Attachments = append(out.Attachments, a)
				}
			}
		}
		if _, err := tx.Queue(c.ID, out); err != nil {
			return nil, 0, err
		}
		queued++
	}
	return c, queued, nil
}

// applyMerge folds case c into the merge's target: c's mail, timeline and
// recoveries move there, the target is stored as decided, and the mail
// the merge sends goes out on it.
func (d *Desk) applyMerge(tx *casefile.Tx, c *casefile.Case, mg *workflow.Merge, now time.Time) error {
	stored, err := tx.CaseByID(mg.Into.ID)
	if err != nil {
		return err
	}
	if err := tx.MoveCase(c.ID, stored.ID); err != nil {
		return err
	}
	_, _, err = d.apply(tx, stored, workflow.Decision{Case: mg.Into, Events: mg.Events, Send: mg.Send}, nil, nil, item{}, now)
	return err
}

// threadOf is where a mail of the case goes in its thread: in reply to the
// consumer's latest mail (else the latest mail), referencing the first
// mail and the last few (RFC 5322 §3.6.4; clients thread on either).
// station says which senders are the station's or its staff's.
func threadOf(thread []casefile.ThreadEntry, station func(addr string) bool) (inReplyTo string, refs []string) {
	for i := len(thread) - 1; i >= 0 && inReplyTo == ""; i-- {
		if thread[i].Direction == casefile.DirectionIn && !station(thread[i].From) {
			inReplyTo = thread[i].MessageID
		}
	}
	if inReplyTo == "" && len(thread) > 0 {
		inReplyTo = thread[len(thread)-1].MessageID
	}
	const keep = 10
	for i, e := range thread {
		if i == 0 || i >= len(thread)-keep+1 {
			refs = append(refs, e.MessageID)
		}
	}
	return inReplyTo, refs
}

// forwarded is the complaint a staff member's #new forwards, read as the
// consumer's own mail: from the consumer it names, with the text after
// the #new line.
func (d *Desk) forwarded(m *analysis.Mail, n workflow.NewCase) *analysis.Mail {
	pm := *m.Message
	pm.From, pm.ReplyTo = n.Contact, nil
	pm.Text, pm.FullText, pm.Quoted, pm.Signature = n.Text, n.Text, "", ""
	return analysis.Analyse(&pm, d.cfg.Analysis)
}

// findCase is the stored case m names: by the token of a staff reply,
// else by the reference it carries, else
// by the messages it answers (In-Reply-To first, then References from the
// most recent: RFC 5322 §3.6.4, the last one is the parent). nil: none.
func (d *Desk) findCase(tx *casefile.Tx, m *analysis.Mail, tokenRef string) (*casefile.Case, error) {
	if tokenRef != "" {
		// A staff reply to a notice: the token names the case.
		c, err := tx.CaseByRef(tokenRef)
		if err == nil {
			return followMerges(tx, c)
		}
		if !errors.Is(err, casefile.ErrNotFound) {
			return nil, err
		}
	}
	if m.CaseRef != "" {
		c, err := tx.CaseByRef(m.CaseRef)
		if err == nil {
			return followMerges(tx, c)
		}
		if !errors.Is(err, casefile.ErrNotFound) {
			return nil, err
		}
	}
	ids := slices.Clone(m.InReplyTo)
	for i := len(m.References) - 1; i >= 0; i-- {
		ids = append(ids, m.References[i])
	}
	if m.Bounce != nil {
		// A delivery report names the mail it returns.
		if m.Bounce.OriginalMessageID != "" {
			ids = append([]string{m.Bounce.OriginalMessageID}, ids...)
		}
		if m.Bounce.CaseRef != "" && m.CaseRef == "" {
			c, err := tx.CaseByRef(m.Bounce.CaseRef)
			if err == nil {
				return c, nil
			}
			if !errors.Is(err, casefile.ErrNotFound) {
				return nil, err
			}
		}
	}
	c, err := tx.CaseOfThread(ids)
	if errors.Is(err, casefile.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return followMerges(tx, c)
}

// followMerges is the case c was merged into (through any chain of
// merges), or c.
func followMerges(tx *casefile.Tx, c *casefile.Case) (*casefile.Case, error) {
	for range 10 {
		if c.MergedInto == 0 {
			return c, nil
		}
		next, err := tx.CaseByID(c.MergedInto)
		if err != nil {
			return nil, err
		}
		c = next
	}
	return c, nil
}

// keepUnfiled records a mail without a case, with the reasons.
func (d *Desk) keepUnfiled(tx *casefile.Tx, it item, m *analysis.Mail, notes []string, st *Stats, logs *[]func(), log *slog.Logger) error {
	inc := d.incoming(it, m, 0, notes)
	if _, err := d.record(tx, it, inc); err != nil {
		return err
	}
	if err := d.advance(tx, it); err != nil {
		return err
	}
	st.Unfiled++
	kind := ""
	if m != nil {
		kind = string(m.Kind)
	}
	reason := inc.Note
	*logs = append(*logs, func() { log.Info("mail kept without a case", "reason", reason, "kind", kind) })
	return nil
}

// record adds the mail, or rewrites it when it is being refiled.
func (d *Desk) record(tx *casefile.Tx, it item, inc *casefile.Incoming) (int64, error) {
	if it.refile != 0 {
		return it.refile, tx.Refile(it.refile, inc)
	}
	return tx.AddIncoming(inc)
}

// incoming is the record of a mail for the case file.
func (d *Desk) incoming(it item, m *analysis.Mail, caseID int64, notes []string) *casefile.Incoming {
	inc := &casefile.Incoming{
		CaseID: caseID, SHA256: it.blob.SHA256, Size: it.blob.Size,
		Folder: it.folder, UIDValidity: it.uidValidity, UID: it.uid, ReceivedAt: it.received,
		Note: strings.Join(notes, "; "),
	}
	if m == nil {
		return inc
	}
	inc.From = m.From.Address
	for _, a := range m.To {
		inc.To = append(inc.To, a.Address)
	}
	inc.Subject = m.Subject
	inc.MessageID = m.MessageID
	inc.InReplyTo = m.InReplyTo
	inc.References = m.References
	inc.AutoSubmitted = m.AutoSubmitted
	inc.Date = m.Date
	inc.Kind = string(m.Kind)
	inc.Text = notify.ClipText(m.Text, d.cfg.MaxText, "", 0)
	inc.Attachments = it.parsed.attachments
	return inc
}

// render turns a mail the workflow sends into an outbox entry.
func (d *Desk) render(o workflow.Outgoing, c *casefile.Case, m *analysis.Mail, rawID int64, now time.Time) (casefile.Outgoing, error) {
	var subject, body string
	var err error
	switch o.Purpose {
	case workflow.PurposeAck, workflow.PurposeReminder:
		subj := c.Subject
		if m != nil {
			subj = m.Subject
		}
		subject, body, err = d.templates.Ack(notify.AckData{
			StationName: d.cfg.StationName, StationAddress: d.cfg.StationAddress,
			Ref: c.Ref, Subject: subj, Language: o.Language, Name: c.Complainant.Name,
			Missing: c.Missing, Kind: c.Kind, Reminder: o.Reminder,
		})
	case workflow.PurposeStaffNotice:
		nd := notify.StaffNoticeData{
			StationName: d.cfg.StationName, Ref: c.Ref, Kind: c.Kind, State: c.State, Notice: o.Notice, Deadline: o.Deadline, Repeats: o.Repeats,
			Subject: c.Subject, Missing: c.Missing,
			Complainant: SummarizeComplainant(c.Complainant), Respondent: SummarizeRespondent(c.Respondent),
			Order: SummarizeOrder(c.Order), RawID: rawID,
		}
		if m != nil {
			nd.From, nd.Subject, nd.Text = formatAddr(m.From), m.Subject, m.Text
		}
		subject, body, err = d.templates.StaffNotice(nd)
	case workflow.PurposeRelay:
		subject, body, err = d.templates.Relay(notify.RelayData{
			StationName: d.cfg.StationName, StationAddress: d.cfg.StationAddress,
			Ref: c.Ref, Subject: c.Subject, Text: o.Text,
		})
	case workflow.PurposeStaffReply:
		sd := notify.StaffReplyData{StationName: d.cfg.StationName, Ref: c.Ref, Problem: o.Problem, Line: o.Line, Detail: o.Detail}
		if m != nil {
			sd.Subject = m.Subject
		}
		subject, body, err = d.templates.StaffReply(sd)
	default:
		err = fmt.Errorf("no template for mail of purpose %q", o.Purpose)
	}
	if err != nil {
		return casefile.Outgoing{}, fmt.Errorf("rendering the %s of %s: %w", o.Purpose, c.Ref, err)
	}
	return casefile.Outgoing{
		Purpose: o.Purpose, From: d.cfg.StationAddress, FromName: d.cfg.StationName,
		To: slices.Clone(o.To), Subject: subject, MessageID: notify.NewMessageID(d.domain()),
		InReplyTo: o.InReplyTo, References: o.References, AutoSubmitted: o.AutoSubmitted,
		Text: body, Date: now,
	}, nil
}

// domain is the right-hand side of the Message-IDs the station makes.
func (d *Desk) domain() string {
	if d.cfg.StationDomain == "" {
		return "localhost"
	}
	return d.cfg.StationDomain
}

func formatAddr(a parser.Address) string {
	if a.Name == "" || a.Address == "" { // no address: a complaint taken by telephone
		return a.Name + a.Address
	}
	return fmt.Sprintf("%s <%s>", a.Name, a.Address)
}

func toWorkflow(c *casefile.Case) *workflow.Case {
	return &workflow.Case{
		ID: c.ID, Ref: c.Ref, Kind: c.Kind, State: c.State, Missing: slices.Clone(c.Missing),
		Language: c.Language, Subject: c.Subject, ContactAddress: c.ContactAddress, ContactName: c.ContactName,
		Complainant: analysis.Complainant(c.Clone().Complainant),
		Respondent:  analysis.Respondent(c.Clone().Respondent),
		Order:       analysis.Order(c.Order),
		CloseReason: c.CloseReason, Reminders: c.Reminders, Undeliverable: c.Undeliverable,
		AssignedTo: c.AssignedTo, CreatedAt: c.CreatedAt, AcceptedAt: c.AcceptedAt, MergedInto: c.MergedInto,
	}
}

// toCasefile is the decided case w in storage form; stored is the case as
// it was (nil for a new one).
func toCasefile(w *workflow.Case, stored *casefile.Case) *casefile.Case {
	c := &casefile.Case{}
	if stored != nil {
		c = stored.Clone()
	}
	c.Kind, c.State, c.Missing = w.Kind, w.State, w.Missing
	c.CloseReason, c.Reminders, c.Undeliverable = w.CloseReason, w.Reminders, w.Undeliverable
	c.AssignedTo, c.AcceptedAt, c.MergedInto = w.AssignedTo, w.AcceptedAt, w.MergedInto
	c.Language, c.Subject = w.Language, w.Subject
	c.ContactAddress, c.ContactName = w.ContactAddress, w.ContactName
	c.Complainant = casefile.Complainant(w.Complainant)
	c.Respondent = casefile.Respondent(w.Respondent)
	c.Order = casefile.Order(w.Order)
	return c
}
