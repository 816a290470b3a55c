package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/yweca/redress"
	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/logging"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/monitor"
	"github.com/yweca/redress/notify"
)

// commonFlags are the flags every config-driven command takes.
type commonFlags struct {
	config   string
	logLevel string
	station  string         // -station, where registerStation added it
	cfg      *config.Config // set by load, for logger
}

// registerStation adds -station: which station of a config listing
// several a command works on (loadOne, loadStations).
func (c *commonFlags) registerStation(fs *flag.FlagSet) {
	fs.StringVar(&c.station, "station", "", "only this station of the config's stations: its station.name or case prefix (default: every station, or the one a case reference names; a command on one station's storage needs it when there are several)")
}

// loadStations loads the config and the stations a command covers: the
// one -station names, else every station.
func (c *commonFlags) loadStations() ([]*config.Config, error) {
	cfg, err := c.load()
	if err != nil {
		return nil, err
	}
	return selectStations(cfg, c.station)
}

// loadOne loads the config and picks the station a one-station command
// (named cmd, for the error) works on: the only one, or -station's.
func (c *commonFlags) loadOne(cmd string) (*config.Config, error) {
	cfg, err := c.load()
	if err != nil {
		return nil, err
	}
	return oneStation(cfg, c.station, cmd)
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "path of the YAML config file (default: $REDRESS_CONFIG, else "+defaultConfig+" when it exists)")
	fs.StringVar(&c.logLevel, "log-level", "", "debug, info, warn or error (default: log.level of the config, info)")
}

// defaultConfig is where the README's set-up and the systemd unit put the
// config: commands run on the station's machine find it without -config.
const defaultConfig = "/etc/redress/config.yaml"

func (c *commonFlags) load() (*config.Config, error) {
	if c.config == "" {
		c.config = os.Getenv("REDRESS_CONFIG")
	}
	if c.config == "" {
		if _, err := os.Stat(defaultConfig); err == nil {
			c.config = defaultConfig
		}
	}
	if c.config == "" {
		return nil, exitError{code: 2, msg: "-config FILE is required (or REDRESS_CONFIG, or a config at " + defaultConfig + ")"}
	}
	if c.logLevel != "" && !slices.Contains(config.LogLevels, strings.ToLower(c.logLevel)) {
		return nil, exitError{code: 2, msg: fmt.Sprintf("-log-level must be debug, info, warn or error, got %q", c.logLevel)}
	}
	cfg, err := config.Load(c.config)
	c.cfg = cfg
	return cfg, err
}

// logger is the log the config's log section asks for (after load; the
// -log-level flag before log.level), masking personal data unless log.pii.
func (c *commonFlags) logger(stderr io.Writer) *slog.Logger {
	return newLogger(c.cfg, c.logLevel, stderr)
}

// newLogger writes the log to stderr as cfg's log section says (nil cfg:
// text at info), at level (a name of config.LogLevels) when not "".
func newLogger(cfg *config.Config, level string, stderr io.Writer) *slog.Logger {
	var o logging.Options
	if cfg != nil {
		o = logging.Options{JSON: cfg.Log.Format == config.LogJSON, PII: cfg.Log.PII, Location: cfg.Location()}
		if level == "" {
			level = cfg.Log.Level
		}
	}
	var l slog.Level // info, also when level is "" or refused before
	l.UnmarshalText([]byte(level))
	o.Level = l
	return logging.New(stderr, o)
}

// loadCommand parses the flags of a config-driven command that works the
// inbox (once, run) and loads its config and the stations it works (-station).
// extra registers the command's own flags (nil: none).
func loadCommand(name string, args []string, stderr io.Writer, extra func(*flag.FlagSet)) (*config.Config, []*config.Config, *slog.Logger, error) {
	var cf commonFlags
	fs := newFlagSet(name, stderr)
	cf.register(fs)
	cf.registerStation(fs)
	if extra != nil {
		extra(fs)
	}
	if _, err := parseFlags(fs, args); err != nil {
		return nil, nil, nil, err
	}
	stations, err := cf.loadStations()
	if err != nil {
		return nil, nil, nil, err
	}
	return cf.cfg, stations, cf.logger(stderr), nil
}

// stationLogger is logger for the station cfg: with several stations,
// every line names the station by its case prefix.
func stationLogger(logger *slog.Logger, all, cfg *config.Config) *slog.Logger {
	if len(all.Stations) == 0 {
		return logger
	}
	return logger.With("station", cfg.Station.CasePrefix)
}

// openStations opens every station of cfg, each holding the lock on its
// own database (standby: PostgreSQL stations without it, see
// openStationAt); on an error it closes those it opened.
func openStations(ctx context.Context, cfg *config.Config, stations []*config.Config, logger *slog.Logger, standby bool) ([]*wiring, error) {
	var ws []*wiring
	for _, st := range stations {
		w, err := openStationAt(ctx, st, stationLogger(logger, cfg, st), nil, standby)
		if err != nil {
			closeStations(ws)
			if len(cfg.Stations) > 0 {
				err = fmt.Errorf("station %q: %w", st.Station.Name, err)
			}
			return nil, err
		}
		ws = append(ws, w)
	}
	return ws, nil
}

// closeStations closes what openStations opened.
func closeStations(ws []*wiring) {
	for _, w := range ws {
		w.Close()
	}
}

func cmdOnce(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var noSend bool
	cfg, stations, logger, err := loadCommand("once", args, stderr, func(fs *flag.FlagSet) {
		fs.BoolVar(&noSend, "no-send", false, "fetch, file and queue mail, but send nothing: the outbox keeps it for the next once, run or outbox flush")
	})
	if err != nil {
		return err
	}
	return forStations(stations, outText, stdout, func(st *config.Config, w io.Writer) error {
		d, err := openStation(ctx, st, stationLogger(logger, cfg, st))
		if err != nil {
			return err
		}
		defer d.Close()
		return onceStation(ctx, d, noSend, w)
	})
}

// onceStation is one round of `redress once` at one station.
func onceStation(ctx context.Context, d *wiring, noSend bool, stdout io.Writer) error {
	if noSend {
		// The whole intake without the SMTP step: what is queued stays
		// pending, due at once, for the next round that sends.
		st, err := d.desk.Poll(ctx)
		fmt.Fprintf(stdout, "fetched %d, new cases %d, added to cases %d, without case %d, duplicates %d; mail queued %d, not sent (-no-send)\n",
			st.Fetched, st.NewCases, st.Appended, st.Unfiled, st.Duplicates, st.Queued)
		return err
	}
	st, err := d.cycle(ctx)
	fmt.Fprintf(stdout, "fetched %d, new cases %d, added to cases %d, without case %d, duplicates %d; mail sent %d, to retry %d, failed %d\n",
		st.Fetched, st.NewCases, st.Appended, st.Unfiled, st.Duplicates, st.Delivery.Sent, st.Delivery.Retried, st.Delivery.Failed)
	if st.Delivery.Deferred > 0 {
		fmt.Fprintf(stdout, "mail server unreachable: %d mails left queued for the next run\n", st.Delivery.Deferred)
	}
	if st.Delivery.Limited > 0 {
		fmt.Fprintf(stdout, "sending limit reached (smtp.max_per_minute / max_per_day): %d mails wait in the outbox until %s\n",
			st.Delivery.Limited, st.Delivery.LimitedUntil.In(d.cfg.Location()).Format(time.DateTime))
	}
	return err
}

// cmdRun is the daemon: every station of the config polls its inbox and
// sends its mail in a loop of its own, each holding the lock on its own
// database, until ctx ends them all together. One HTTP listener serves
// them (startMonitors).
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, stations, logger, err := loadCommand("run", args, stderr, nil)
	if err != nil {
		return err
	}
	ws, err := openStations(ctx, cfg, stations, logger, true)
	if err != nil {
		return err
	}
	defer closeStations(ws)
	// Delivery runs apart from polling: each worker sends as soon as a
	// transaction that queued mail commits, and retries when they fall due.
	workers := make([]*notify.Worker, len(ws))
	for i, w := range ws {
		workers[i] = notify.NewWorker(w.deliver, deliveryInterval, w.log)
		w.desk.Queued = workers[i].Kick
	}
	mons, stopMonitor, err := startMonitors(ctx, cfg, ws, workers, logger)
	if err != nil {
		return err
	}
	defer stopMonitor()
	// A station that cannot go on stops the others: the daemon runs
	// whole or not at all, and its supervisor restarts it.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(ws))
	var wg sync.WaitGroup
	for i := range ws {
		wg.Go(func() {
			defer cancel()
			errs[i] = runStation(ctx, ws[i], workers[i], mons[i])
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// runStation is the loop of one station in `redress run` until ctx is
// done: poll, queue the report and the digest, wait; its delivery
// worker runs beside it.
func runStation(ctx context.Context, d *wiring, worker *notify.Worker, mon *monitor.Monitor) error {
	cfg, logger := d.cfg, d.log
	digest, err := newDigestClock(cfg)
	if err != nil {
		return err
	}
	sched, err := cron.ParseStandard(cfg.Schedule.Poll)
	if err != nil {
		return fmt.Errorf("schedule.poll: %w", err)
	}
	reports, err := newReportTicker(d, cfg, logger)
	if err != nil {
		return err
	}
	workerDone := make(chan struct{})
	go func() {
		defer close(workerDone)
		worker.Run(ctx)
	}()

	// One loop polls and waits in turn, so polls never overlap: the
	// schedule is the safety net, and between its ticks the kept
	// connection waits with IDLE (or NOOP) and polls at once when the
	// server announces mail. After failed connections the loop waits for
	// the backoff rather than the next tick.
	poll := func(ctx context.Context) {
		work := func() {
			d.sweep(ctx)
			start := time.Now()
			st, err := d.desk.Poll(ctx)
			mon.PollDone(time.Since(start), st.Fetched, err)
			level := slog.LevelInfo
			if err != nil {
				level = slog.LevelError
			}
			logger.Log(ctx, level, "poll done", "component", "desk", "fetched", st.Fetched, "new_cases", st.NewCases,
				"appended", st.Appended, "unfiled", st.Unfiled, "duplicates", st.Duplicates, "queued", st.Queued, "ok", err == nil, "err", err)
			d.sendDigest(ctx, digest, logger)
		}
		for ctx.Err() == nil {
			work()
			reports.tick(ctx, worker.Kick)
			next := reports.wake(sched.Next(time.Now().In(cfg.Location())))
			if retry := d.desk.RetryAt(); retry.After(next) {
				next = retry
			}
			if digest != nil && digest.next(time.Now()).Before(next) {
				next = digest.next(time.Now())
			}
			d.desk.Wait(ctx, next)
		}
	}
	logger.Info("redress running", "component", "desk", "poll", cfg.Schedule.Poll, "idle", cfg.IdleOn(), "inbox", cfg.IMAP.Inbox, "store", storeName(cfg))
	if d.standby {
		d.pollWhileLocked(ctx, mon, poll)
	} else {
		mon.Standby(false)
		poll(ctx)
	}
	logger.Info("stopping: finishing the work in hand", "component", "desk")
	d.desk.Close()
	<-workerDone
	logger.Info("stopped", "component", "desk")
	return nil
}

func cmdCheckConfig(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("check-config", stderr)
	cf.register(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := cf.load()
	if err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			return err
		}
		fmt.Fprintf(stdout, "config %s: invalid\n", cf.config)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stdout, "  %s\n", line)
		}
		return exitError{code: 1}
	}
	fmt.Fprintf(stdout, "config %s: ok\n", cf.config)
	ok := true
	for _, st := range cfg.StationConfigs() {
		if len(cfg.Stations) > 0 {
			fmt.Fprintf(stdout, "== station %s (%s) ==\n", st.Station.Name, st.Station.CasePrefix)
		}
		if !checkStation(ctx, st, stdout) {
			ok = false
		}
	}
	if !ok {
		return exitError{code: 1}
	}
	return nil
}

// checkStation checks one station's templates and storage, logs in to its
// IMAP server and greets its SMTP server, printing each result; it
// reports whether all passed.
func checkStation(ctx context.Context, cfg *config.Config, stdout io.Writer) bool {
	ok := true
	if _, err := notify.LoadTemplates(cfg.Path(cfg.Templates.Dir)); err != nil {
		ok = false
		fmt.Fprintf(stdout, "templates: failed: %v\n", err)
	} else if cfg.Templates.Dir != "" {
		fmt.Fprintf(stdout, "templates %s: ok\n", cfg.Templates.Dir)
	}
	if usesPostgres(cfg) {
		if err := checkPostgres(ctx, cfg); err != nil {
			ok = false
			fmt.Fprintf(stdout, "storage.postgres: failed: %v\n", err)
		} else {
			fmt.Fprintf(stdout, "storage.postgres %s: ok\n", storeName(cfg))
		}
	} else {
		for _, st := range []struct {
			key, path string
			check     func(string) error
		}{
			{"storage.database", cfg.DatabasePath(), casefile.CheckDatabase},
			{"storage.mail_dir", cfg.MailDir(), casefile.CheckMailDir},
		} {
			if err := st.check(st.path); err != nil {
				ok = false
				fmt.Fprintf(stdout, "%s: failed: %v\n", st.key, err)
			} else {
				fmt.Fprintf(stdout, "%s %s: ok\n", st.key, st.path)
			}
		}
	}

	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	rep, imapErr := func() (mailbox.Report, error) {
		pass, err := cfg.Password("imap", cfg.IMAP.Secret)
		if err != nil {
			return mailbox.Report{}, err
		}
		tlsConf, err := cfg.TLSConfig("imap", cfg.IMAP.Host, cfg.IMAP.CAFile)
		if err != nil {
			return mailbox.Report{}, err
		}
		ic := imapConfig(cfg, pass, tlsConf)
		ic.Timeout = 20 * time.Second
		return mailbox.Inspect(ctx, ic, cfg.IMAP.Inbox)
	}()
	if imapErr != nil {
		ok = false
		fmt.Fprintf(stdout, "imap %s:%d: failed: %v\n", cfg.IMAP.Host, cfg.IMAP.Port, imapErr)
	} else {
		fmt.Fprintf(stdout, "imap %s:%d: ok (logged in as %s, %s readable)\n", cfg.IMAP.Host, cfg.IMAP.Port, cfg.IMAP.Username, cfg.IMAP.Inbox)
	}
	if rep.Greeting != "" {
		printIMAPReport(stdout, cfg, rep)
	}
	if imapErr == nil && !sentOK(stdout, cfg, rep) {
		ok = false
	}

	greeting, smtpErr := func() (string, error) {
		sc, err := smtpConfig(cfg)
		if err != nil {
			return "", err
		}
		sc.Timeout = 20 * time.Second
		return notify.Check(ctx, sc)
	}()
	if smtpErr != nil {
		ok = false
		fmt.Fprintf(stdout, "smtp %s:%d: failed: %v\n", cfg.SMTP.Host, cfg.SMTP.Port, smtpErr)
	} else {
		auth := "no auth"
		if cfg.SMTP.Username != "" {
			auth = "logged in as " + cfg.SMTP.Username + ", auth " + cfg.SMTP.Auth
		}
		fmt.Fprintf(stdout, "smtp %s:%d: ok (%s; %s)\n", cfg.SMTP.Host, cfg.SMTP.Port, greeting, auth)
	}
	return ok
}

func cmdParse(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("parse", stderr)
	cfgPath := fs.String("config", "", "config file for the station's address, case prefix, staff and policy (default: config.example.yaml's values)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return exitError{code: 2, msg: "parse: give at least one mail file"}
	}
	var cfg *config.Config
	if *cfgPath != "" {
		cfg, err = config.Load(*cfgPath)
	} else {
		cfg, err = config.Parse(redress.ExampleConfig, ".")
	}
	if err != nil {
		return err
	}
	popts, aopts := parserOptions(cfg), analysisOptions(cfg)
	var out []*analysis.Mail
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		m, err := analysis.Parse(raw, popts, aopts)
		if err != nil {
			return fmt.Errorf("parse %s: %w", f, err)
		}
		out = append(out, m)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if len(files) == 1 {
		return enc.Encode(out[0])
	}
	return enc.Encode(out)
}

// printIMAPReport prints what the IMAP server said about itself and which
// Sent folder redress reads.
func printIMAPReport(w io.Writer, cfg *config.Config, rep mailbox.Report) {
	fmt.Fprintf(w, "  greeting: %s\n", rep.Greeting)
	if len(rep.Capabilities) > 0 {
		fmt.Fprintf(w, "  capabilities: %s\n", strings.Join(rep.Capabilities, " "))
	}
	fmt.Fprintf(w, "  auth: %s\n", rep.Auth)
	switch {
	case rep.SentID && rep.ID.String() != "":
		fmt.Fprintf(w, "  ID: sent; the server answered: %s\n", rep.ID)
	case rep.SentID:
		fmt.Fprintf(w, "  ID: sent; the server answered NIL\n")
	case rep.Capabilities != nil:
		fmt.Fprintf(w, "  ID: not offered by the server, not sent\n")
	}
	idle := "IDLE offered: new mail is picked up at once"
	if !slices.Contains(rep.Capabilities, "IDLE") && !slices.Contains(rep.Capabilities, "IMAP4rev2") {
		idle = "no IDLE: the connection is kept with NOOP and polled on schedule.poll"
	}
	if !cfg.IdleOn() {
		idle = "imap.idle is false: the connection is kept with NOOP and polled on schedule.poll"
	}
	if rep.Capabilities != nil {
		fmt.Fprintf(w, "  idle: %s\n", idle)
	}
	if rep.FoldersErr != nil {
		fmt.Fprintf(w, "  folders: listing failed: %v\n", rep.FoldersErr)
		return
	}
	if rep.Folders == nil {
		return
	}
	names := make([]string, 0, len(rep.Folders))
	for _, f := range rep.Folders {
		n := strconv.Quote(f.Name)
		if len(f.SpecialUse) > 0 {
			n += " " + strings.Join(f.SpecialUse, " ")
		}
		names = append(names, n)
	}
	fmt.Fprintf(w, "  folders: %s\n", strings.Join(names, ", "))
}

// sentOK prints which Sent folder is read and reports false when
// imap.sent names a folder the server does not have.
func sentOK(w io.Writer, cfg *config.Config, rep mailbox.Report) bool {
	switch cfg.IMAP.Sent {
	case config.SentNone:
		fmt.Fprintf(w, "  sent folder: not read (imap.sent: none)\n")
		return true
	case config.SentAuto:
		if rep.Folders == nil {
			return true
		}
		if name, how := mailbox.FindSent(rep.Folders); name != "" {
			fmt.Fprintf(w, "  sent folder: %q, found %s (imap.sent: auto)\n", name, how)
		} else {
			fmt.Fprintf(w, "  sent folder: none found (none marked \\Sent, none with a common name); mail staff send from the station account is not recorded: name it in imap.sent\n")
		}
		return true
	}
	if rep.Folders != nil && !slices.ContainsFunc(rep.Folders, func(f mailbox.Folder) bool { return f.Name == cfg.IMAP.Sent }) {
		fmt.Fprintf(w, "imap.sent: failed: the server has no folder %q (see the folders above; imap.sent: auto finds it)\n", cfg.IMAP.Sent)
		return false
	}
	fmt.Fprintf(w, "  sent folder: %q (imap.sent)\n", cfg.IMAP.Sent)
	return true
}
