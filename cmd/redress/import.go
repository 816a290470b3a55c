package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/yweca/redress/archive"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
	"github.com/yweca/redress/desk"
	"github.com/yweca/redress/notify"
)

const importUsage = "usage: redress import -config FILE (--mbox FILE | --maildir DIR) [--send-acks]"

// Progress lines when stderr is not a terminal: after this many mails or
// this long, whichever comes first.
const (
	importLineEvery = 1000
	importLineAfter = 10 * time.Second
)

// importCommand is `redress import`; tests set the batch size, how often
// a progress line is printed, and watch the progress.
type importCommand struct {
	batch     int
	lineEvery int // 0: importLineEvery
	progress  func(desk.ImportStats)
}

func cmdImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return importCommand{}.run(ctx, args, stdout, stderr)
}

// run backfills an archive of past mail through the desk (desk.Import):
// nothing is mailed unless --send-acks, and then only acknowledgements.
//
// It takes no daemon lock to file: like `cases refile` it sends nothing,
// and SQLite (WAL, immediate write transactions) orders its writes with
// a running daemon's; the duplicate check is inside each transaction, so
// mail the daemon files meanwhile is not filed twice. With --send-acks it
// sends, so it takes the lock as `once` does; when the daemon holds it
// the acknowledgements are queued and the daemon sends them.
func (c importCommand) run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("import", stderr)
	cf.register(fs)
	cf.registerStation(fs)
	// The desk's line per mail would bury the progress: warn by default.
	fs.Lookup("log-level").DefValue = "warn"
	cf.logLevel = "warn"
	mboxPath := fs.String("mbox", "", "an mbox file (mboxo or mboxrd) to import")
	maildir := fs.String("maildir", "", "a maildir directory (its cur/ and new/) to import")
	sendAcks := fs.Bool("send-acks", false, "send new cases their acknowledgement (and reminders); default: mail no one")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || (*mboxPath == "") == (*maildir == "") {
		return exitError{code: 2, msg: importUsage}
	}
	cfg, err := cf.loadOne("import")
	if err != nil {
		return err
	}
	logger := cf.logger(stderr)

	var deliver *notify.Deliverer
	var unlock func()
	if *sendAcks {
		unlock, _, err = tryStationLock(ctx, cfg)
		switch {
		case errors.Is(err, errLocked):
			logger.Info("the daemon is running: it sends the acknowledgements this import queues", "component", "import")
		case err != nil:
			return err
		default:
			defer unlock()
		}
	}
	d, store, err := openRefileDesk(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer store.Close()
	if *sendAcks && unlock != nil {
		if deliver, err = importDeliverer(cfg, store, logger); err != nil {
			return err
		}
	}

	var src importSource
	if *mboxPath != "" {
		src, err = openMboxSource(ctx, store, *mboxPath, stderr)
	} else {
		src, err = openMaildirSource(*maildir, stderr)
	}
	if err != nil {
		return err
	}
	defer src.Close()

	lastLine, lastRead := time.Now(), 0
	every := c.lineEvery
	if every <= 0 {
		every = importLineEvery
	}
	opts := desk.ImportOptions{Name: src.Name(), SendAcks: *sendAcks, Batch: c.batch,
		Progress: func(st desk.ImportStats) {
			if !src.Bar() && (st.Read-lastRead >= every || time.Since(lastLine) >= importLineAfter) {
				fmt.Fprintf(stderr, "import: %s\n", importLine(st, src.Done()))
				lastLine, lastRead = time.Now(), st.Read
			}
			if c.progress != nil {
				c.progress(st)
			}
		}}
	st, err := d.Import(ctx, src, opts)
	src.Finish(err == nil)
	fmt.Fprintln(stdout, importSummary(st))
	if err != nil {
		if ctx.Err() != nil {
			return exitError{code: 1, msg: "import interrupted; every mail is filed wholly or not at all: run the same command again to continue"}
		}
		return err
	}
	if !*sendAcks {
		return nil
	}
	if deliver == nil {
		fmt.Fprintf(stdout, "acknowledgements queued %d; the running daemon sends them\n", st.Queued)
		return nil
	}
	ds, err := deliver.Flush(ctx)
	fmt.Fprintf(stdout, "acknowledgements queued %d; mail sent %d, to retry %d, failed %d\n", st.Queued, ds.Sent, ds.Retried, ds.Failed)
	if err == nil && ds.Deferred > 0 {
		err = fmt.Errorf("the mail server could not be reached: %d mails stay queued for the daemon", ds.Deferred)
	}
	return err
}

// importSummary is the final line: what was filed, skipped, kept without
// a case (by reason) and could not be read.
func importSummary(st desk.ImportStats) string {
	why := make([]string, 0, len(st.UnfiledWhy))
	for _, k := range slices.Sorted(maps.Keys(st.UnfiledWhy)) {
		why = append(why, fmt.Sprintf("%s: %d", k, st.UnfiledWhy[k]))
	}
	unfiled := fmt.Sprint(st.Unfiled)
	if len(why) > 0 {
		unfiled += " (" + strings.Join(why, ", ") + ")"
	}
	return fmt.Sprintf("imported %d (new cases %d, added to cases %d), duplicates skipped %d, unfiled %s, errors %d; mails not sent %d",
		st.NewCases+st.Appended, st.NewCases, st.Appended, st.Duplicates, unfiled, st.Errors, st.Suppressed)
}

// importLine is a progress line.
func importLine(st desk.ImportStats, done string) string {
	return fmt.Sprintf("%d read%s: new cases %d, added %d, duplicates %d, unfiled %d, errors %d",
		st.Read, done, st.NewCases, st.Appended, st.Duplicates, st.Unfiled, st.Errors)
}

// importDeliverer sends the outbox, as openStationAt wires it.
func importDeliverer(cfg *config.Config, store *casefile.Store, logger *slog.Logger) (*notify.Deliverer, error) {
	smtpConf, err := smtpConfig(cfg)
	if err != nil {
		return nil, err
	}
	return &notify.Deliverer{
		Transport: notify.NewSender(smtpConf, logger),
		Outbox:    desk.Outbox(store), Now: store.Now, Logger: logger,
		MaxPerMinute: cfg.SMTP.MaxPerMinute, MaxPerDay: cfg.SMTP.MaxPerDay,
		QueueLifetime: cfg.QueueLifetime(),
	}, nil
}

// importSource is an archive as desk.Import reads it, with its progress.
type importSource interface {
	desk.ImportSource
	Name() string
	Bar() bool            // a progress bar is shown
	Done() string         // how far, for a progress line: " (12%)"
	Finish(complete bool) // the import ended: the bar is closed
	Close() error
}

// newBar is a progress bar on stderr when it is a terminal, else nil.
func newBar(stderr io.Writer, max int64, bytes bool) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	opts := []progressbar.Option{progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("importing"),
		progressbar.OptionThrottle(100 * time.Millisecond), progressbar.OptionSetPredictTime(true), progressbar.OptionFullWidth()}
	if bytes {
		opts = append(opts, progressbar.OptionShowBytes(true))
	} else {
		opts = append(opts, progressbar.OptionShowCount())
	}
	return progressbar.NewOptions64(max, opts...)
}

// finishBar closes a progress bar (nil: none), at 100% only when the
// import is complete.
func finishBar(bar *progressbar.ProgressBar, w io.Writer, complete bool) {
	if bar == nil {
		return
	}
	if complete {
		bar.Finish()
	} else {
		bar.Exit()
	}
	fmt.Fprintln(w)
}

// mboxSource reads an mbox file from its checkpoint.
type mboxSource struct {
	f    *os.File
	mb   *archive.Mbox
	key  string // the checkpoint's source: the absolute path
	name string
	size int64
	read *countReader
	base int   // mails read by earlier runs
	n    int   // mails Next returned
	last int64 // offset of the last one
	bar  *progressbar.ProgressBar
	w    io.Writer // the bar's
}

func openMboxSource(ctx context.Context, store *casefile.Store, path string, stderr io.Writer) (*mboxSource, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("import --mbox %s: %w", path, err)
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, fmt.Errorf("import --mbox: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("import --mbox: %w", err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("import --mbox %s: not a file (for a maildir directory use --maildir)", path)
	}
	s := &mboxSource{f: f, key: abs, name: filepath.Base(abs), size: fi.Size(), last: -1, w: stderr}
	cp, err := store.ImportCheckpoint(ctx, abs)
	switch {
	case errors.Is(err, casefile.ErrNotFound):
		cp = casefile.ImportCheckpoint{}
	case err != nil:
		f.Close()
		return nil, err
	case !checkpointHolds(f, s.size, cp):
		fmt.Fprintf(stderr, "import: %s changed since the import that stopped at byte %d; reading it from the start (mail filed already is skipped)\n", s.name, cp.Offset)
		cp = casefile.ImportCheckpoint{}
	case cp.Offset > 0:
		fmt.Fprintf(stderr, "import: resuming %s at byte %d of %d (%d mails read by an earlier run)\n", s.name, cp.Offset, s.size, cp.Messages)
	}
	if _, err := f.Seek(cp.Offset, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("import --mbox %s: %w", path, err)
	}
	s.base = cp.Messages
	s.read = &countReader{r: f, n: cp.Offset}
	if s.bar = newBar(stderr, s.size, true); s.bar != nil {
		s.bar.Set64(cp.Offset)
		s.read.bar = s.bar
	}
	s.mb = archive.NewMbox(s.read, cp.Offset)
	return s, nil
}

// checkpointHolds reports whether f still holds, at cp's offset, the
// From_ line recorded there (or, for a checkpoint at the old end, a From_
// line of mail appended since or the end).
func checkpointHolds(f *os.File, size int64, cp casefile.ImportCheckpoint) bool {
	if cp.Offset == 0 {
		return true
	}
	if cp.Offset > size {
		return false
	}
	if cp.Offset == size {
		return cp.Separator == ""
	}
	buf := make([]byte, 1024)
	n, err := f.ReadAt(buf, cp.Offset)
	if err != nil && err != io.EOF {
		return false
	}
	line := buf[:n]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimRight(line, "\r\n")
	if cp.Separator == "" {
		return bytes.HasPrefix(line, []byte("From "))
	}
	return string(line) == cp.Separator
}

func (s *mboxSource) Next() (desk.ArchivedMail, error) {
	m, err := s.mb.Next()
	if err != nil {
		if errors.Is(err, archive.ErrNotMbox) {
			err = fmt.Errorf("%s: %w (for a maildir use --maildir)", s.name, err)
		}
		return desk.ArchivedMail{}, err
	}
	s.n++
	s.last = m.Offset
	return desk.ArchivedMail{Body: m.Body, Received: m.Received}, nil
}

func (s *mboxSource) Checkpoint() (casefile.ImportCheckpoint, bool) {
	off, sep := s.mb.Pos()
	n := s.n
	if off == s.last {
		n-- // the last mail returned was not read to its end
	}
	return casefile.ImportCheckpoint{Source: s.key, Offset: off, Separator: sep, Messages: s.base + n}, true
}

func (s *mboxSource) Name() string { return s.name }
func (s *mboxSource) Bar() bool    { return s.bar != nil }
func (s *mboxSource) Done() string {
	if s.size == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d%% of %s)", s.read.n*100/s.size, s.name)
}
func (s *mboxSource) Finish(complete bool) { finishBar(s.bar, s.w, complete) }
func (s *mboxSource) Close() error         { return s.f.Close() }

// countReader counts the bytes read, for the progress.
type countReader struct {
	r   io.Reader
	n   int64
	bar *progressbar.ProgressBar
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.bar != nil {
		c.bar.Add(n)
	}
	return n, err
}

// maildirSource reads a maildir; it keeps no checkpoint (the files are
// few next to an mbox's bytes, and filed mail is skipped by Message-ID).
type maildirSource struct {
	md   *archive.Maildir
	name string
	n    int
	bar  *progressbar.ProgressBar
	w    io.Writer // the bar's
}

func openMaildirSource(dir string, stderr io.Writer) (*maildirSource, error) {
	md, err := archive.OpenMaildir(dir)
	if err != nil {
		return nil, fmt.Errorf("import --maildir: %w", err)
	}
	s := &maildirSource{md: md, name: filepath.Base(filepath.Clean(dir)), w: stderr}
	s.bar = newBar(stderr, int64(md.Len()), false)
	return s, nil
}

func (s *maildirSource) Next() (desk.ArchivedMail, error) {
	m, err := s.md.Next()
	if err == io.EOF {
		return desk.ArchivedMail{}, io.EOF
	}
	s.n++
	if s.bar != nil {
		s.bar.Add(1)
	}
	if err != nil {
		return desk.ArchivedMail{Err: err}, nil
	}
	return desk.ArchivedMail{Body: m.Body, Received: m.Received}, nil
}

func (s *maildirSource) Checkpoint() (casefile.ImportCheckpoint, bool) {
	return casefile.ImportCheckpoint{}, false
}
func (s *maildirSource) Name() string { return s.name }
func (s *maildirSource) Bar() bool    { return s.bar != nil }
func (s *maildirSource) Done() string {
	return fmt.Sprintf(" of %d", s.md.Len())
}
func (s *maildirSource) Finish(complete bool) { finishBar(s.bar, s.w, complete) }
func (s *maildirSource) Close() error         { return s.md.Close() }
