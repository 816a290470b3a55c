package desk

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/parser"
	"github.com/yweca/redress/workflow"
)

// ArchivedMail is one mail of an archive being imported.
type ArchivedMail struct {
	// Body is the raw mail; Import reads it to its end.
	Body io.Reader
	// Received is when the mail was first delivered (zero: unknown, the
	// time of the import).
	Received time.Time
	// Err, when set, says the archive could not give this mail (an
	// unreadable file): it is counted and the import goes on.
	Err error
}

// ImportSource is an archive, mail by mail, in a stable order.
type ImportSource interface {
	// Next returns the next mail, or io.EOF after the last; any other
	// error ends the import.
	Next() (ArchivedMail, error)
	// Checkpoint is where a later import may start once every mail Next
	// returned so far is filed; ok false: the source keeps none.
	Checkpoint() (cp casefile.ImportCheckpoint, ok bool)
}

// ImportOptions say what an import may send and how it reports.
type ImportOptions struct {
	// Name names the archive in the note each imported mail carries.
	Name string
	// SendAcks queues the acknowledgements (and requests for missing
	// details) that new cases get, and sets their reminders. Without it
	// an import queues no mail at all.
	SendAcks bool
	// Batch is how many mails are filed per transaction; 0: Config.Batch.
	Batch int
	// Progress, when set, is called after each transaction commits with
	// the totals so far.
	Progress func(ImportStats)
}

// ImportStats is what an import did.
type ImportStats struct {
	Stats
	// Read counts the mails read from the archive; Errors those it could
	// not give (ArchivedMail.Err).
	Read, Errors int
	// UnfiledWhy counts the mail kept without a case by reason.
	UnfiledWhy map[string]int
	// Suppressed counts the mails (acknowledgements, staff notices…) not
	// queued because the mail was imported; each is noted on its case.
	Suppressed int
}

// Import files the mail of an archive through the same pipeline as
// mail fetched from the inbox — duplicate check, parse, the workflow's
// decision, one transaction per batch — except that nothing is mailed:
// an archive of old mail must not write to anyone, now or later.
//
//   - No mail is queued: acknowledgements (unless opts.SendAcks), staff
//     notices, relays. Each mail not queued is noted on its case, as the
//     ack_limit notes the mail it holds back, so the outbox never holds
//     mail of an import that could go out later.
//   - No timer that would mail later is set: reminders (unless
//     opts.SendAcks, whose acknowledgements they follow up) and the
//     deadline warnings to staff (the periods ran from the receipt, long
//     ago for an archive). Timers are still cleared as the workflow says.
//
// A mail whose Message-ID is stored already — filed from the inbox, by an
// earlier import, or one of the station's own — is skipped and counted as
// a duplicate, whatever its bytes (an archive's copy differs from the
// inbox's in line ends and added headers); a mail without Message-ID is
// recognised by the SHA-256 of its bytes, which are stored with CRLF line
// ends as IMAP delivers them (RFC 5322 §2.1).
//
// Each batch commits with src's checkpoint, all or nothing: after a
// cancel or a kill every mail is filed wholly or not at all, and running
// the import again skips what was filed. On cancel the batch in hand is
// committed first.
func (d *Desk) Import(ctx context.Context, src ImportSource, opts ImportOptions) (ImportStats, error) {
	st := ImportStats{UnfiledWhy: map[string]int{}}
	size := opts.Batch
	if size <= 0 {
		size = d.cfg.Batch
	}
	pol := &importPolicy{sendAcks: opts.SendAcks}
	note := "imported from an archive"
	if opts.Name != "" {
		note = "imported from " + opts.Name
	}
	var batch []item
	flush := func() error {
		if len(batch) == 0 {
			cp, ok := src.Checkpoint()
			if !ok {
				return nil
			}
			// Only duplicates since the last batch: the position moves.
			err := d.store.Write(context.WithoutCancel(ctx), func(tx *casefile.Tx) error { return tx.SetImportCheckpoint(cp) })
			if err == nil && opts.Progress != nil {
				opts.Progress(st)
			}
			return storageFault(err)
		}
		err := d.importBatch(ctx, batch, src, pol, &st)
		batch = batch[:0]
		if err == nil && opts.Progress != nil {
			opts.Progress(st)
		}
		return err
	}
	for {
		if ctx.Err() != nil {
			return st, errors.Join(flush(), ctx.Err())
		}
		am, err := src.Next()
		if err == io.EOF {
			return st, flush()
		}
		if err != nil {
			return st, errors.Join(flush(), fmt.Errorf("reading the archive: %w", err))
		}
		st.Read++
		if am.Err != nil {
			st.Errors++
			d.log.Error("a mail of the archive could not be read; skipped", "err", am.Err)
			continue
		}
		it, dup, err := d.importRead(ctx, am)
		if err != nil {
			return st, errors.Join(flush(), err)
		}
		if dup {
			st.Duplicates++
			continue
		}
		it.parsed.notes = append([]string{note}, it.parsed.notes...)
		it.archive = pol
		batch = append(batch, it)
		if len(batch) >= size {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
}

// importRead keeps one archived mail's bytes and parses them; dup reports
// a mail whose Message-ID is stored already (its bytes are not kept).
func (d *Desk) importRead(ctx context.Context, am ArchivedMail) (it item, dup bool, err error) {
	src := &bodyReader{r: am.Body}
	br := bufio.NewReaderSize(&crlfReader{r: src}, 64<<10)
	if mid := parser.HeaderMessageID(peekHeader(br)); mid != "" {
		known, err := d.store.HasMessageID(ctx, mid)
		if err != nil {
			return item{}, false, storageFault(err)
		}
		if known {
			d.log.Debug("mail already stored; skipped", "message_id", mid)
			_, err := io.Copy(io.Discard, br)
			return item{}, true, err
		}
	}
	b, err := d.store.PutBlobLazy(ctx, br)
	if err != nil {
		if src.err != nil {
			return item{}, false, fmt.Errorf("reading the archive: %w", src.err)
		}
		if ctx.Err() != nil {
			return item{}, false, ctx.Err()
		}
		return item{}, false, storageFault(fmt.Errorf("keeping an archived mail: %w", err))
	}
	p := d.parseStored(b)
	if p.storageErr != nil {
		return item{}, false, storageFault(p.storageErr)
	}
	return item{blob: b, parsed: p, received: am.Received}, false, nil
}

// peekHeader is the header block at the start of br, as far as the
// buffer holds it.
func peekHeader(br *bufio.Reader) []byte {
	for n := 4 << 10; ; n *= 2 {
		p, err := br.Peek(min(n, br.Size()))
		if i := bytes.Index(p, []byte("\r\n\r\n")); i >= 0 {
			return p[:i+2]
		}
		if err != nil || n >= br.Size() {
			return p
		}
	}
}

// importBatch files a batch of archived mail in one transaction, with the
// source's checkpoint.
func (d *Desk) importBatch(ctx context.Context, batch []item, src ImportSource, pol *importPolicy, total *ImportStats) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	if err := d.store.SyncBlobs(); err != nil {
		return storageFault(err)
	}
	var why map[string]int
	var suppressed int
	cp, hasCP := src.Checkpoint()
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		why, suppressed = map[string]int{}, 0
		for _, it := range batch {
			mid := ""
			if it.parsed.mail != nil {
				mid = it.parsed.mail.MessageID
			}
			// Filed meanwhile (the daemon files beside an import), or
			// twice in this batch: the same Message-ID is the same mail.
			dup, err := tx.FindDuplicate(mid, it.blob.SHA256)
			if err != nil {
				return err
			}
			if dup.ID != 0 || dup.CollidesWith != 0 {
				st.Duplicates++
				continue
			}
			unfiled := st.Unfiled
			pol.unfiled, pol.suppressed = "", 0
			if err := d.file(tx, it, st, logs); err != nil {
				return err
			}
			suppressed += pol.suppressed
			if st.Unfiled > unfiled {
				switch {
				case it.parsed.mail == nil:
					why["could not be parsed"]++
				case pol.unfiled != "":
					why[pol.unfiled]++
				default:
					why["could not be filed"]++
				}
			}
		}
		if hasCP {
			return tx.SetImportCheckpoint(cp)
		}
		return nil
	})
	if err != nil {
		return storageFault(fmt.Errorf("filing %d archived mails: %w", len(batch), err))
	}
	total.add(st)
	total.Suppressed += suppressed
	for k, n := range why {
		total.UnfiledWhy[k] += n
	}
	return nil
}

// importPolicy is what an imported mail may send: it rewrites the
// workflow's decision before it is carried out (fileMail).
type importPolicy struct {
	sendAcks bool
	// Of the last mail filed: why it was kept without a case, and how
	// many mails it did not queue.
	unfiled    string
	suppressed int
}

func (p *importPolicy) decide(dec workflow.Decision) workflow.Decision {
	p.unfiled = dec.Unfiled
	dec.Send, dec.Events = p.hold(dec.Send, dec.Events)
	if dec.Merge != nil {
		mg := *dec.Merge
		mg.Send, mg.Events = p.hold(mg.Send, mg.Events)
		dec.Merge = &mg
	}
	var timers []workflow.Timer
	held := false
	for _, t := range dec.Timers {
		if t.Clear || (p.sendAcks && t.Kind == workflow.TimerRemind) {
			timers = append(timers, t)
		} else {
			held = true
		}
	}
	if held {
		dec.Events = append(dec.Events, workflow.Event{Actor: workflow.ActorSystem, Kind: workflow.EventNote,
			Detail: "imported from an archive: no reminders or deadline warnings are scheduled"})
	}
	dec.Timers = timers
	return dec
}

// hold keeps the mail an import may send and notes the rest.
func (p *importPolicy) hold(send []workflow.Outgoing, events []workflow.Event) ([]workflow.Outgoing, []workflow.Event) {
	var keep []workflow.Outgoing
	for _, o := range send {
		if p.sendAcks && o.Purpose == workflow.PurposeAck {
			keep = append(keep, o)
			continue
		}
		p.suppressed++
		why := "imported from an archive (redress import sends none)"
		if o.Purpose == workflow.PurposeAck {
			why = "imported from an archive without --send-acks"
		}
		events = append(events, workflow.Event{Actor: workflow.ActorSystem, Kind: workflow.EventNote,
			Detail: o.Purpose + " not sent: " + why})
	}
	return keep, events
}

// crlfReader turns bare LF line ends into CRLF, the form IMAP delivers
// (RFC 5322 §2.1), so that an archive's copy of a mail has the bytes of
// the inbox's where nothing else was changed.
type crlfReader struct {
	r      io.Reader
	buf    []byte
	obuf   []byte
	out    []byte
	prevCR bool
}

func (c *crlfReader) Read(p []byte) (int, error) {
	for len(c.out) == 0 {
		if c.buf == nil {
			c.buf = make([]byte, 32<<10)
		}
		n, err := c.r.Read(c.buf)
		if n > 0 {
			o := c.obuf[:0]
			for _, b := range c.buf[:n] {
				if b == '\n' && !c.prevCR {
					o = append(o, '\r')
				}
				o = append(o, b)
				c.prevCR = b == '\r'
			}
			c.obuf, c.out = o, o
		}
		if err != nil && len(c.out) == 0 {
			return 0, err
		}
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}
