package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/calendar"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/desk"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/parser"
	"github.com/yweca/redress/workflow"
)

// wiring is everything a config-driven command that works the inbox
// needs, wired from the config: the store, the desk and the delivery.
type wiring struct {
	cfg     *config.Config
	store   *casefile.Store
	desk    *desk.Desk
	deliver *notify.Deliverer
	log     *slog.Logger
	unlock  func()
	// standby is set for a PostgreSQL station opened by `run` without its
	// lock: runStation polls only while it holds the lock (pollWhileLocked).
	standby bool
}

// openStation opens the station holding the lock that makes it the one
// process polling its inbox (errLocked when another holds it).
func openStation(ctx context.Context, cfg *config.Config, logger *slog.Logger) (*wiring, error) {
	return openStationAt(ctx, cfg, logger, nil, false)
}

// openStationAt is openStation on a given clock (nil: the real one): the
// demo plays days in seconds. standby, for a PostgreSQL station, opens it
// without its lock: `run` takes it in its loop and, until then, only
// delivers (any instance may: claims keep a mail from going twice).
func openStationAt(ctx context.Context, cfg *config.Config, logger *slog.Logger, now func() time.Time, standby bool) (*wiring, error) {
	imapPass, err := cfg.Password("imap", cfg.IMAP.Secret)
	if err != nil {
		return nil, err
	}
	imapTLS, err := cfg.TLSConfig("imap", cfg.IMAP.Host, cfg.IMAP.CAFile)
	if err != nil {
		return nil, err
	}
	imapConf := imapConfig(cfg, imapPass, imapTLS)
	imapConf.Logger = logger
	smtpConf, err := smtpConfig(cfg)
	if err != nil {
		return nil, err
	}
	templates, err := notify.LoadTemplates(cfg.Path(cfg.Templates.Dir))
	if err != nil {
		return nil, fmt.Errorf("loading mail templates (templates.dir): %w", err)
	}
	standby = standby && usesPostgres(cfg)
	unlock := func() {}
	if !standby {
		if unlock, _, err = tryStationLock(ctx, cfg); err != nil {
			return nil, err
		}
	}
	store, err := openStoreAt(ctx, cfg, now)
	if err != nil {
		unlock()
		return nil, err
	}
	s := &wiring{cfg: cfg, store: store, log: logger, unlock: unlock, standby: standby}
	s.sweep(ctx)
	if !standby {
		if err := s.releaseClaims(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	dc, err := deskConfig(cfg)
	if err != nil {
		s.Close()
		return nil, err
	}
	if !dc.Workflow.Calendar.Covers(time.Now().In(cfg.Location())) && cfg.Policy.Calendar != "" {
		logger.Warn("policy.calendar does not list this year: deadlines count Monday to Friday only until it does",
			"component", "desk", "calendar", cfg.Policy.Calendar)
	}
	s.desk = desk.New(dc, store, imapConf, templates, logger)
	s.deliver = &notify.Deliverer{
		Transport: notify.NewSender(smtpConf, logger),
		Outbox:    desk.Outbox(store), Now: store.Now, Logger: logger,
		MaxPerMinute: cfg.SMTP.MaxPerMinute, MaxPerDay: cfg.SMTP.MaxPerDay,
		QueueLifetime: cfg.QueueLifetime(),
	}
	return s, nil
}

// releaseClaims makes due again the mail that processes which died while
// sending had claimed (casefile.Store.ReleaseClaims): called by the
// holder of the station lock.
func (s *wiring) releaseClaims(ctx context.Context) error {
	n, err := s.store.ReleaseClaims(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		s.log.Warn("an earlier run stopped while sending: its mail goes again now (a mail the server took just before may arrive twice)",
			"component", "outbox", "mails", n)
	}
	return nil
}

// imapConfig is the mailbox settings of cfg, given the password and TLS
// settings it names.
func imapConfig(cfg *config.Config, pass string, tlsConf *tls.Config) mailbox.Config {
	return mailbox.Config{
		Host: cfg.IMAP.Host, Port: cfg.IMAP.Port, TLS: cfg.IMAP.TLS,
		Username: cfg.IMAP.Username, Password: pass, TLSConfig: tlsConf,
		Auth: cfg.IMAP.Auth, Token: cfg.Token("imap", cfg.IMAP.Secret),
		ClientID: mailbox.ClientID{Name: "redress", Version: version(), Vendor: "redress",
			SupportAddress: cfg.Station.Address},
		NoIdle: !cfg.IdleOn(),
	}
}

// version is the module version the binary was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func smtpConfig(cfg *config.Config) (notify.SMTPConfig, error) {
	var pass string
	if cfg.SMTP.Username != "" && !cfg.SMTP.OAuth() {
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
		Auth: cfg.SMTP.Auth, Token: cfg.Token("smtp", cfg.SMTP.Secret),
	}, nil
}

// analysisOptions are the station facts the analysis needs.
func analysisOptions(cfg *config.Config) analysis.Options {
	return analysis.Options{
		CasePrefix:     cfg.Station.CasePrefix,
		StationAddress: cfg.Station.Address,
		StaffAddresses: cfg.Staff.Addresses,
		Required:       cfg.Policy.Required,
	}
}

func parserOptions(cfg *config.Config) parser.Options {
	return parser.Options{MaxSize: cfg.Policy.MaxMessageBytes}
}

func deskConfig(cfg *config.Config) (desk.Config, error) {
	settings, err := workflowSettings(cfg)
	if err != nil {
		return desk.Config{}, err
	}
	return desk.Config{
		Folder:          cfg.IMAP.Inbox,
		Sent:            cfg.IMAP.Sent,
		StationName:     cfg.Station.Name,
		StationAddress:  cfg.Station.Address,
		StationDomain:   cfg.StationDomain(),
		Workflow:        settings,
		Analysis:        settings.Station,
		Parser:          parserOptions(cfg),
		MaxMessageBytes: cfg.Policy.MaxMessageBytes,
		NoticeBatch:     cfg.NoticeBatch(),
	}, nil
}

// workflowSettings are the station's policy for the decisions, with the
// working-day calendar loaded.
func workflowSettings(cfg *config.Config) (workflow.Settings, error) {
	cal := calendar.Weekends()
	if cfg.Policy.Calendar != "" {
		var err error
		if cal, err = calendar.Load(cfg.Path(cfg.Policy.Calendar)); err != nil {
			return workflow.Settings{}, fmt.Errorf("policy.calendar: %w", err)
		}
	}
	return workflow.Settings{
		Station: analysisOptions(cfg), StaffNotify: cfg.Staff.Notify,
		RemindAfter: cfg.RemindAfter(), MaxReminders: maxReminders(cfg), AckLimit: cfg.AckLimit(),
		Calendar: cal, Location: cfg.Location(),
		AcceptWithin: cfg.Policy.AcceptWithin, MediateWithin: cfg.Policy.MediateWithin,
		RequireAuthentication: cfg.Staff.RequireAuthentication, AuthservID: cfg.IMAP.AuthservID,
	}, nil
}

// sweepGrace spares files younger than this from the sweep: a `cases
// refile` running beside the daemon may have written a file whose row it
// has not committed yet. The daemon's own filing is never in flight when
// it sweeps.
const sweepGrace = 10 * time.Minute

// sweepEvery is how often the mail directory is swept.
const sweepEvery = 24 * time.Hour

// sweep removes mail files that no row names — left by a crash between
// writing a file and committing its row — when the last sweep is a day
// old: cheap to call on every round.
func (s *wiring) sweep(ctx context.Context) {
	n, _, err := s.store.SweepBlobsIfDue(ctx, sweepEvery, sweepGrace)
	switch {
	case err != nil:
		s.log.Warn("sweeping the mail directory; files no case names stay until the next sweep", "component", "desk", "err", err)
	case n > 0:
		s.log.Info("removed files left by an interrupted filing", "component", "desk", "files", n)
	}
}

// maxReminders is policy.max_reminders as workflow.Settings counts it
// (0 there means the default; none is negative).
func maxReminders(cfg *config.Config) int {
	if n := cfg.MaxReminders(); n > 0 {
		return n
	}
	return -1
}

func (s *wiring) Close() error {
	if s.desk != nil {
		s.desk.Close()
	}
	err := s.store.Close()
	s.unlock()
	return err
}

// cycleStats is what one poll-and-send cycle did.
type cycleStats struct {
	desk.Stats
	Delivery notify.DeliveryStats
}

// cycle polls the inbox once and then sends what is due (once, demo). A
// failed poll does not stop the sending of mail already queued.
func (s *wiring) cycle(ctx context.Context) (cycleStats, error) {
	var st cycleStats
	var pollErr error
	// Errors are returned, not logged: the command reports them once.
	st.Stats, pollErr = s.desk.Poll(ctx)
	ds, flushErr := s.deliver.Flush(ctx)
	st.Delivery = ds
	if flushErr == nil && ds.Deferred > 0 {
		// Already logged once by the delivery; the round is still not
		// complete, and a cron job should say so.
		flushErr = fmt.Errorf("the mail server could not be reached: %d mails stay queued for the next round", ds.Deferred)
	}
	return st, errors.Join(pollErr, flushErr)
}

// deliveryInterval is how often the daemon's delivery worker looks for
// retries that fell due when nothing was queued meanwhile.
const deliveryInterval = time.Minute

// openRefileDesk opens the store and a desk for refiling. It takes no
// daemon lock: it sends nothing, and SQLite orders its writes with a
// running daemon's.
func openRefileDesk(ctx context.Context, cfg *config.Config, logger *slog.Logger) (*desk.Desk, *casefile.Store, error) {
	templates, err := notify.LoadTemplates(cfg.Path(cfg.Templates.Dir))
	if err != nil {
		return nil, nil, fmt.Errorf("loading mail templates (templates.dir): %w", err)
	}
	dc, err := deskConfig(cfg)
	if err != nil {
		return nil, nil, err
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return desk.New(dc, store, mailbox.Config{}, templates, logger), store, nil
}
