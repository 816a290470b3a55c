package desk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/parser"
	"github.com/yweca/redress/workflow"
)

// Defaults of Config.
const (
	DefaultBatch         = 50
	DefaultFetchAttempts = 3
	// DefaultMaxText bounds the text stored for a mail and quoted to staff;
	// the whole mail stays one command away (cases raw ID).
	DefaultMaxText = 64 << 10
	// boundedParse is how much of a mail above MaxMessageBytes is read
	// for parsing: its headers and first text part are in there.
	boundedParse = 1 << 20
	// handleTimeout bounds the commit of a batch in hand once shutdown
	// has begun: a shutdown waits for it rather than abandoning it.
	handleTimeout = time.Minute
)

// Config is what the desk needs to know of the station.
type Config struct {
	Folder          string // the inbox, e.g. "INBOX"
	Sent            string // the station account's Sent folder; SentAuto: found on the server; "" or SentNone: not read
	StationName     string
	StationAddress  string
	StationDomain   string
	Workflow        workflow.Settings
	Analysis        analysis.Options
	Parser          parser.Options
	MaxMessageBytes int64 // above this a mail is kept whole but parsed bounded; 0: 25 MiB
	Batch           int   // messages per transaction; 0: DefaultBatch
	FetchAttempts   int   // failed downloads of one mail before it is given up; 0: DefaultFetchAttempts
	Workers         int   // parse workers; 0: GOMAXPROCS
	MaxText         int   // 0: DefaultMaxText
	// NoticeBatch is how many staff notices one round sends one by one;
	// the cases beyond it go to staff in one digest at the round's end
	// (staff.notice_batch). 0: no limit.
	NoticeBatch int
}

func (c *Config) defaults() {
	if c.Folder == "" {
		c.Folder = "INBOX"
	}
	if c.MaxMessageBytes <= 0 {
		c.MaxMessageBytes = 25 << 20
	}
	if c.Batch <= 0 {
		c.Batch = DefaultBatch
	}
	if c.FetchAttempts <= 0 {
		c.FetchAttempts = DefaultFetchAttempts
	}
	if c.Workers <= 0 {
		c.Workers = max(1, runtime.GOMAXPROCS(0))
	}
	if c.MaxText <= 0 {
		c.MaxText = DefaultMaxText
	}
}

// Desk files mail into cases. Its methods may not run concurrently with
// each other (one poll at a time); the store and the delivery worker may
// be used meanwhile.
type Desk struct {
	cfg       Config
	store     *casefile.Store
	imap      mailbox.Config
	templates *notify.Templates
	log       *slog.Logger
	now       func() time.Time
	// Queued is called after a transaction that queued mail has
	// committed (the delivery worker's Kick); nil: nothing.
	Queued func()
	// Observer is told what the desk did, for monitoring; nil: nothing.
	Observer Observer
	// parse decodes and analyses; parseMail, or a stand-in in tests.
	parse func(raw []byte, opts parser.Options, aopts analysis.Options) (*analysis.Mail, error)
	// budget bounds the bytes the parse workers hold at once.
	budget *budget

	// The inbox connection kept between polls (inbox.go), its backoff,
	// and the Sent folder resolved on it.
	client       *mailbox.Client
	redial       redial
	sent         string
	lastSent     string
	noSentLogged bool
	rand         func() float64 // jitter in [-1, 1); nil: math/rand
	// roundNotices counts the staff notices queued this round.
	roundNotices int
	// suppressed counts the automatic mails the transaction in hand held
	// back (policy.ack_limit), for the Observer once it commits.
	suppressed int
}

// Observer is told what the desk did, for monitoring (cmd/redress passes
// a *monitor.Monitor). Calls come from the goroutine calling Poll or
// Wait, after the commit that made them true, and must return quickly.
type Observer interface {
	// CaseOpened: a case was opened by a mail of kind.
	CaseOpened(kind string)
	// MailSuppressed: n automatic mails were not queued because their
	// address had its share for the day (policy.ack_limit).
	MailSuppressed(n int)
	// IdleConnected: the kept inbox connection waits with IDLE (true), or
	// there is none, or it waits with NOOP (false).
	IdleConnected(on bool)
}

// New returns a desk over an open store. logger nil discards.
func New(cfg Config, store *casefile.Store, imap mailbox.Config, templates *notify.Templates, logger *slog.Logger) *Desk {
	cfg.defaults()
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Desk{cfg: cfg, store: store, imap: imap, templates: templates,
		log: logger.With("component", "desk"), now: store.Now, parse: parseMail,
		budget: newBudget(max(cfg.MaxMessageBytes, boundedParse))}
}

// Stats is what a poll or a refile did, for the operator.
type Stats struct {
	Fetched, NewCases, Appended, Unfiled, Duplicates, Known int
	// Queued counts the mails queued for sending.
	Queued int
	// GivenUp counts mails whose download failed too often and were given up.
	GivenUp int
	// Reminders counts reminders queued by timers; Closed the cases they
	// closed (unanswered reminders).
	Reminders, Closed int
}

func (s *Stats) add(o Stats) {
	s.Fetched += o.Fetched
	s.NewCases += o.NewCases
	s.Appended += o.Appended
	s.Unfiled += o.Unfiled
	s.Duplicates += o.Duplicates
	s.Known += o.Known
	s.Queued += o.Queued
	s.GivenUp += o.GivenUp
	s.Reminders += o.Reminders
	s.Closed += o.Closed
}

// ErrStorage is wrapped by errors that come from the case file or the mail
// directory (disk full, read-only, locked, I/O): the round stopped without
// moving the cursor, and the same mail is filed again once it is fixed.
var ErrStorage = errors.New("storage fault")

type storageError struct{ err error }

func (e *storageError) Error() string {
	return e.err.Error() + " — nothing was filed from this point and the inbox position was kept; fix the storage (free disk space, permissions, a read-only mount, another process holding the database) and the same mail is filed on the next round"
}
func (e *storageError) Unwrap() []error { return []error{e.err, ErrStorage} }

func storageFault(err error) error {
	if err == nil || errors.Is(err, ErrStorage) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &storageError{err}
}

// Poll reads the inbox (and the station's Sent folder, when configured)
// once and files every new mail, then carries out the timers that are
// due. The error is nil only when every mail found was filed (or kept
// without a case, with the reason); a storage fault, a connection failure
// or a download failure makes it non-nil, with the stats of what was done
// before.
//
// The connection is kept open for the next Poll (and Wait) until Close;
// one that failed is dropped and dialled again, with a backoff after
// failed dials (RetryAt, ErrBackingOff).
func (d *Desk) Poll(ctx context.Context) (st Stats, err error) {
	d.roundNotices = 0
	c, err := d.connect(ctx)
	if err != nil {
		return Stats{}, err
	}
	defer func() {
		if !c.Usable() {
			d.dropClient()
		}
	}()
	st, pollErr := d.pollFolder(ctx, c, d.cfg.Folder, false)
	if errors.Is(pollErr, ErrStorage) || ctx.Err() != nil {
		return st, errors.Join(pollErr, ctx.Err())
	}
	if d.sent != "" && d.sent != SentNone && pollErr == nil {
		ss, err := d.pollFolder(ctx, c, d.sent, true)
		st.add(ss)
		if errors.Is(err, ErrStorage) || ctx.Err() != nil {
			return st, errors.Join(err, ctx.Err())
		}
		pollErr = err
	}
	// Timers are swept on every round, after the mail that may have
	// answered them is filed.
	ts, sweepErr := d.Sweep(ctx)
	st.add(ts)
	ds, digestErr := d.digestNotices(ctx)
	st.add(ds)
	return st, errors.Join(pollErr, sweepErr, digestErr)
}

// pollFolder reads one folder; sent says it is the station's Sent folder.
func (d *Desk) pollFolder(ctx context.Context, c *mailbox.Client, folder string, sent bool) (Stats, error) {
	cur, err := d.store.Cursor(ctx, folder)
	if err != nil {
		return Stats{}, storageFault(fmt.Errorf("reading the position of folder %s: %w", folder, err))
	}
	p := d.newPipeline(ctx, folder, sent)
	ps, pollErr := c.Poll(p.ctx, folder, mailbox.Cursor(cur), mailbox.PollOptions{
		Batch: d.cfg.Batch,
		// The Message-ID is read from the header as the parser read it
		// from the stored mail: one rule, in parser.
		Known: func(ctx context.Context, header []byte, size int64) (bool, error) {
			return d.store.KnownMessage(ctx, parser.HeaderMessageID(header), size)
		},
		// The station's Sent folder is read from when redress first sees
		// it: what staff sent before is no case's.
		FromEnd: sent,
	}, p.fetched)
	st, commitErr := p.finish()
	if pollErr == nil && commitErr == nil && ps.StartAt.UIDValidity != 0 {
		if err := d.store.SetCursor(ctx, folder, casefile.Cursor(ps.StartAt)); err != nil {
			return st, storageFault(err)
		}
		return st, nil
	}
	if pollErr == nil && commitErr == nil && ps.UIDValidity != 0 && ps.UIDValidity != cur.UIDValidity && ps.Found == 0 {
		// A new UIDVALIDITY on an empty folder: record it, or every
		// round would take the folder for changed again.
		if err := d.store.SetCursor(ctx, folder, casefile.Cursor{UIDValidity: ps.UIDValidity}); err != nil {
			return st, storageFault(err)
		}
	}
	if ps.Rescan {
		d.log.Warn("UIDVALIDITY changed: the folder was read again; mail already filed was recognised by Message-ID and size and not downloaded",
			"folder", folder, "uidvalidity", ps.UIDValidity, "old_uidvalidity", cur.UIDValidity)
	}
	if commitErr != nil {
		// The pipeline's own failure also ended the poll: report the cause.
		return st, commitErr
	}
	var fe *mailbox.FetchError
	if errors.As(pollErr, &fe) && fe.Own {
		// Only a failure of the mail's own transfer counts against it: a
		// connection that broke between mails is not the next one's fault.
		gaveUp, err := d.fetchFailed(ctx, fe)
		if err != nil {
			return st, err
		}
		if gaveUp {
			st.GivenUp++
		}
	}
	return st, pollErr
}

// fetchFailed records a failed download; after FetchAttempts failures of
// the same mail it is given up: listed with the unfiled mail (it stays on
// the server), and the inbox moves on past it.
func (d *Desk) fetchFailed(ctx context.Context, fe *mailbox.FetchError) (bool, error) {
	log := d.log.With("folder", fe.Folder, "uid", fe.UID, "uidvalidity", fe.UIDValidity, "size", fe.Size)
	gaveUp := false
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	err := d.store.Write(ctx, func(tx *casefile.Tx) error {
		n, err := tx.RecordFetchFailure(fe.Folder, fe.UIDValidity, fe.UID, fe.Size, fe.Err.Error())
		if err != nil {
			return err
		}
		if n < d.cfg.FetchAttempts {
			log.Warn("downloading a mail failed; it is tried again next round", "attempts", n, "max_attempts", d.cfg.FetchAttempts, "err", fe.Err)
			return nil
		}
		gaveUp = true
		log.Error("downloading a mail failed too often: given up so that later mail is filed; it stays on the server and is listed by `redress cases unfiled`",
			"attempts", n, "err", fe.Err)
		return tx.GiveUpFetch(fe.Folder, fe.UIDValidity, fe.UID)
	})
	return gaveUp, storageFault(err)
}

// write runs fn in one transaction of the case file. fn counts what it
// does into st and defers its log lines to logs: they are written only
// once the commit is durable, so the log never says a mail was filed
// that a failed commit undid. A commit that queued mail tells the
// delivery worker (Queued).
func (d *Desk) write(ctx context.Context, fn func(tx *casefile.Tx, st *Stats, logs *[]func()) error) (Stats, error) {
	var (
		st   Stats
		logs []func()
	)
	err := d.store.Write(ctx, func(tx *casefile.Tx) error {
		st, logs = Stats{}, nil // a retried function starts afresh
		d.suppressed = 0
		return fn(tx, &st, &logs)
	})
	if err != nil {
		return Stats{}, err
	}
	for _, l := range logs {
		l()
	}
	if d.Observer != nil && d.suppressed > 0 {
		d.Observer.MailSuppressed(d.suppressed)
	}
	if st.Queued > 0 && d.Queued != nil {
		d.Queued()
	}
	return st, nil
}
