package desk

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/parser"
	"github.com/yweca/redress/workflow"
)

// env is a desk over a real in-process IMAP server and a SQLite file.
type env struct {
	imap  *mailboxtest.Server
	store *casefile.Store
	desk  *Desk
	logs  *syncBuffer
	dir   string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type envOptions struct {
	dir     string // where the database lives; "" = a temporary directory
	timeout time.Duration
	cfg     func(*Config)
	now     func() time.Time     // the store's clock; nil: time.Now
	imap    *mailboxtest.Options // the test server's options; nil: plain
}

func newEnv(t testing.TB, o envOptions) *env {
	t.Helper()
	e := &env{logs: &syncBuffer{}, dir: o.dir}
	if o.imap != nil {
		e.imap = mailboxtest.StartWith(t, *o.imap)
	} else {
		e.imap = mailboxtest.Start(t)
	}
	if e.dir == "" {
		e.dir = t.TempDir()
	}
	st, err := casefile.Open(t.Context(), filepath.Join(e.dir, "redress.db"), casefile.Options{CasePrefix: "YW", Now: o.now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.store = st
	tmpl, err := notify.LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	aopts := analysis.Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}
	cfg := Config{
		Folder: "INBOX", StationName: "Yiwu desk", StationAddress: "tousu@yweca.org.example", StationDomain: "yweca.org.example",
		Workflow: workflow.Settings{Station: aopts, StaffNotify: []string{"staff@yweca.org.example"}},
		Analysis: aopts, Batch: 10,
	}
	if o.cfg != nil {
		o.cfg(&cfg)
	}
	timeout := o.timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	logger := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.desk = New(cfg, st, mailbox.Config{Host: e.imap.Host, Port: e.imap.Port, TLS: mailbox.TLSNone,
		Username: e.imap.User, Password: e.imap.Password, Timeout: timeout}, tmpl, logger)
	return e
}

// complaintMail is a complete Chinese complaint; extra is added to the
// body (an attachment part when it starts with "--").
func complaintMail(id, from string, extra string) []byte {
	return []byte(fmt.Sprintf("From: Li Wei <%s>\r\nTo: tousu@yweca.org.example\r\nSubject: 投诉义乌小商品店\r\n"+
		"Message-ID: <%s>\r\nDate: Sun, 01 Mar 2026 08:00:00 +0800\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n"+
		"你好，我叫李伟，电话13800138000。我在义乌小商品店（电话0579-85550000）买的杯子是坏的，商家不给退货。订单号A123，金额128元。\r\n%s", from, id, extra))
}

func (e *env) append(t testing.TB, raw []byte) uint32 {
	t.Helper()
	uid, err := e.imap.AppendMessage("INBOX", raw)
	if err != nil {
		t.Fatal(err)
	}
	return uid
}

func (e *env) poll(t *testing.T) (Stats, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	return e.desk.Poll(ctx)
}

func (e *env) mustPoll(t *testing.T) Stats {
	t.Helper()
	st, err := e.poll(t)
	if err != nil {
		t.Fatalf("Poll: %v\nlog:\n%s", err, e.logs)
	}
	return st
}

func (e *env) cases(t *testing.T) []casefile.Case {
	t.Helper()
	cs, err := e.store.Cases(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func (e *env) unfiled(t *testing.T) []casefile.Message {
	t.Helper()
	ms, err := e.store.UnfiledMessages(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestPollFilesAndQueues(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
	st := e.mustPoll(t)
	if st.Fetched != 1 || st.NewCases != 1 || st.Queued != 2 {
		t.Fatalf("stats %+v, want one new case and two mails queued", st)
	}
	cs := e.cases(t)
	if len(cs) != 1 || cs[0].Ref != "YW-2026-00001" || cs[0].State != casefile.StateOpen {
		t.Fatalf("cases %+v", cs)
	}
	evs, err := e.store.Events(t.Context(), cs[0].ID)
	if err != nil || len(evs) != 1 || evs[0].Kind != workflow.EventOpened || evs[0].ToState != casefile.StateOpen {
		t.Errorf("events %+v, %v: want the opening recorded", evs, err)
	}
	due, err := e.store.DueMail(t.Context(), time.Now().Add(time.Hour), 0)
	if err != nil || len(due) != 2 || due[0].Mail.Purpose != "ack" || due[1].Mail.Purpose != "staff_notice" {
		t.Fatalf("outbox %+v, %v", due, err)
	}
	if !strings.Contains(due[1].Mail.Text, "YW-2026-00001") {
		t.Errorf("staff notice does not name the case:\n%s", due[1].Mail.Text)
	}
	// Nothing new: nothing filed, nothing queued.
	if st := e.mustPoll(t); st != (Stats{}) {
		t.Errorf("second poll %+v, want nothing", st)
	}
}

// Two different mails carrying one Message-ID (a broken client, or a
// forger) are both kept and both become cases; the same bytes twice are
// one mail.
func TestSameMessageIDDifferentMailBothFiled(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.append(t, complaintMail("dup@mail.example", "liwei@mail.example", ""))
	e.append(t, complaintMail("dup@mail.example", "zhang@mail.example", "另一件事：鞋子也是坏的。\r\n"))
	e.append(t, complaintMail("dup@mail.example", "liwei@mail.example", "")) // the first, again
	st := e.mustPoll(t)
	if st.NewCases != 2 || st.Duplicates != 1 {
		t.Fatalf("stats %+v, want 2 new cases and 1 duplicate", st)
	}
	cs := e.cases(t)
	if len(cs) != 2 || cs[0].ContactAddress == cs[1].ContactAddress {
		t.Fatalf("cases %+v, want one for each sender", cs)
	}
	msgs, err := e.store.CaseMessages(t.Context(), cs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msgs[0].Note, "Message-ID") {
		t.Errorf("second mail's note %q, want the collision noted", msgs[0].Note)
	}
}

// A mail the parser cannot get through is kept without a case, with the
// reason, and does not stop the mail behind it; after the fix, refile
// files it through today's pipeline.
func TestUnparseableKeptThenRefiled(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.append(t, complaintMail("bad@mail.example", "bad@mail.example", "TRIGGER\r\n"))
	e.append(t, complaintMail("good@mail.example", "good@mail.example", ""))
	e.desk.parse = func(raw []byte, p parser.Options, a analysis.Options) (*analysis.Mail, error) {
		if bytes.Contains(raw, []byte("TRIGGER")) {
			return parseMail([]byte("\x00"), p, a) // not mail
		}
		return parseMail(raw, p, a)
	}
	st := e.mustPoll(t)
	if st.NewCases != 1 || st.Unfiled != 1 {
		t.Fatalf("stats %+v, want one case and one unfiled", st)
	}
	un := e.unfiled(t)
	if len(un) != 1 || !strings.Contains(un[0].Note, "could not be parsed") {
		t.Fatalf("unfiled %+v", un)
	}
	e.desk.parse = parseMail // the parser is fixed
	var kicked atomic.Int32
	e.desk.Queued = func() { kicked.Add(1) }
	rst, err := e.desk.Refile(t.Context(), 0)
	if err != nil || rst.NewCases != 1 || rst.Queued != 2 {
		t.Fatalf("Refile = %+v, %v; want a new case with its ack and notice", rst, err)
	}
	if kicked.Load() == 0 {
		t.Error("refiling queued mail without telling the delivery worker")
	}
	if un := e.unfiled(t); len(un) != 0 {
		t.Errorf("still unfiled after refile: %+v", un)
	}
	raw, err := e.store.RawMessage(t.Context(), un[0].ID)
	if err != nil || !bytes.Contains(raw, []byte("TRIGGER")) {
		t.Errorf("refiled mail's evidence %q, %v", raw, err)
	}
	if _, err := e.desk.Refile(t.Context(), un[0].ID); !errors.Is(err, casefile.ErrNotFound) {
		t.Errorf("refiling a filed mail = %v, want ErrNotFound", err)
	}
}

// peakHeap samples the heap in use while f runs.
func peakHeap(f func()) (base, peak uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base = ms.HeapInuse
	var max atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > max.Load() {
				max.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(stop)
	<-done
	return base, max.Load()
}

// A 50 MB mail is filed (kept whole, parsed bounded) without holding up
// the mail behind it and without the heap growing with its size.
func TestLargeMailFiledWithoutJammingOrGrowingTheHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("moves 50 MB through IMAP")
	}
	e := newEnv(t, envOptions{})
	const size = 50 << 20
	e.append(t, complaintMail("before@mail.example", "before@mail.example", ""))
	open := mailboxtest.LargeMessage("big@mail.example", size, 7)
	if _, err := e.imap.AppendStream("INBOX", size, open); err != nil {
		t.Fatal(err)
	}
	e.append(t, complaintMail("after@mail.example", "after@mail.example", ""))

	var st Stats
	var err error
	base, peak := peakHeap(func() { st, err = e.poll(t) })
	if err != nil {
		t.Fatalf("Poll: %v\n%s", err, e.logs)
	}
	if st.Fetched != 3 {
		t.Fatalf("stats %+v, want all three mails filed", st)
	}
	if grow := int64(peak) - int64(base); grow > 24<<20 {
		t.Errorf("heap grew by %d MiB while filing a %d MiB mail: memory must not grow with a mail's size", grow>>20, size>>20)
	}
	var big *casefile.Message
	for _, c := range e.cases(t) {
		ms, _ := e.store.CaseMessages(t.Context(), c.ID)
		for i := range ms {
			if ms[i].MessageID == "big@mail.example" {
				big = &ms[i]
			}
		}
	}
	if big == nil {
		for _, m := range e.unfiled(t) {
			if m.MessageID == "big@mail.example" {
				big = &m
			}
		}
	}
	if big == nil {
		t.Fatal("the large mail was not recorded")
	}
	if big.Size != size || !strings.Contains(big.Note, "max_message_bytes") {
		t.Errorf("large mail recorded with size %d note %q", big.Size, big.Note)
	}
	// Kept whole, byte for byte.
	f, err := e.store.OpenBlob(big.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	want := sha256.New()
	io.Copy(want, open())
	if got := hex.EncodeToString(h.Sum(nil)); got != big.SHA256 || got != hex.EncodeToString(want.Sum(nil)) {
		t.Errorf("stored large mail hashes to %s, want %s", got, hex.EncodeToString(want.Sum(nil)))
	}
	if len(e.cases(t)) < 2 {
		t.Errorf("cases %d, want the mails before and after filed", len(e.cases(t)))
	}
}

// A mail whose download stalls fails that round; after FetchAttempts
// rounds it is given up — listed as unfiled with the reason, the cursor
// past it — and the mail behind it is filed.
func TestStalledMailGivenUpAfterAttempts(t *testing.T) {
	e := newEnv(t, envOptions{timeout: 300 * time.Millisecond})
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	e.append(t, complaintMail("first@mail.example", "first@mail.example", ""))
	const size = 2 << 20
	stallUID, err := e.imap.AppendStream("INBOX", size, func() io.Reader {
		return mailboxtest.StallAfter(mailboxtest.LargeMessage("stall@mail.example", size, 1)(), 4096, release)
	})
	if err != nil {
		t.Fatal(err)
	}
	e.append(t, complaintMail("later@mail.example", "later@mail.example", ""))

	for round := 1; round <= DefaultFetchAttempts; round++ {
		st, err := e.poll(t)
		var fe *mailbox.FetchError
		if !errors.As(err, &fe) || fe.UID != stallUID {
			t.Fatalf("round %d: Poll = %+v, %v; want a FetchError for UID %d", round, st, err, stallUID)
		}
		if round == 1 && st.NewCases != 1 {
			t.Errorf("round 1: %+v, want the mail before the stalled one filed", st)
		}
		if round == DefaultFetchAttempts && st.GivenUp != 1 {
			t.Errorf("round %d: %+v, want the stalled mail given up", round, st)
		}
	}
	gone, err := e.store.GivenUpFetches(t.Context())
	if err != nil || len(gone) != 1 || gone[0].UID != stallUID || gone[0].Attempts != DefaultFetchAttempts || gone[0].LastError == "" {
		t.Fatalf("given up %+v, %v", gone, err)
	}
	st := e.mustPoll(t)
	if st.NewCases != 1 {
		t.Errorf("after giving up: %+v, want the later mail filed", st)
	}
	if n := len(e.cases(t)); n != 2 {
		t.Errorf("%d cases, want 2", n)
	}
}

// With another process holding the database's write lock, the round
// stops without moving the cursor and without keeping anything as
// unfiled; once the lock is gone, the same mail is filed.
func TestLockedDatabaseStopsTheRoundThenResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for SQLite's busy timeout")
	}
	e := newEnv(t, envOptions{})
	e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
	e.append(t, complaintMail("c2@mail.example", "zhang@mail.example", ""))

	other, err := sql.Open("sqlite3", "file:"+filepath.Join(e.dir, "redress.db")+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.poll(t)
	tx.Rollback()
	if !errors.Is(err, ErrStorage) {
		t.Fatalf("Poll with the database locked = %+v, %v; want a storage fault", st, err)
	}
	if !strings.Contains(err.Error(), "locked") || !strings.Contains(err.Error(), "next round") {
		t.Errorf("error %q: want the cause and what happens next", err)
	}
	assertNothingFiled(t, e)

	st = e.mustPoll(t)
	if st.NewCases != 2 || len(e.unfiled(t)) != 0 {
		t.Errorf("after the lock was released: %+v, unfiled %d; want both filed", st, len(e.unfiled(t)))
	}
}

func assertNothingFiled(t *testing.T, e *env) {
	t.Helper()
	if n := len(e.cases(t)); n != 0 {
		t.Errorf("%d cases after a storage fault, want none", n)
	}
	if un := e.unfiled(t); len(un) != 0 {
		t.Errorf("a storage fault misfiled %d mails as unfiled: %+v", len(un), un)
	}
	if cur, err := e.store.Cursor(t.Context(), "INBOX"); err != nil || cur.LastUID != 0 {
		t.Errorf("cursor %+v, %v: it moved past mail that was not filed", cur, err)
	}
}

// mountTmpfs mounts a tmpfs of size bytes on a new directory: a real file
// system that can fill up. It needs root (CAP_SYS_ADMIN).
func mountTmpfs(t *testing.T, size int) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d", size)); err != nil {
		t.Skipf("cannot mount a tmpfs to fill up (needs root with CAP_SYS_ADMIN): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// With the disk full, the round stops: no case, no unfiled mail, the
// cursor where it was; with space freed, the same mail — one with a photo
// — is filed and nothing is left unfiled.
func TestDiskFullStopsTheRoundThenResumes(t *testing.T) {
	dir := mountTmpfs(t, 8<<20)
	e := newEnv(t, envOptions{dir: dir})
	photo := strings.Repeat("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg", 12000)
	e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
	e.append(t, []byte("From: Zhang <zhang@mail.example>\r\nTo: tousu@yweca.org.example\r\nSubject: 投诉 鞋店\r\n"+
		"Message-ID: <c2@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n我叫张三，电话13900139000。义乌鞋店（电话0579-85551111）卖给我的鞋是坏的。\r\n"+
		"--b\r\nContent-Type: image/png; name=photo.png\r\nContent-Disposition: attachment; filename=photo.png\r\nContent-Transfer-Encoding: base64\r\n\r\n"+
		wrap76(photo)+"\r\n--b--\r\n"))
	e.append(t, complaintMail("c3@mail.example", "wang@mail.example", ""))

	// Fill the disk, leaving too little for the mail.
	filler := filepath.Join(dir, "filler")
	fillDisk(t, filler)

	st, err := e.poll(t)
	if !errors.Is(err, ErrStorage) {
		t.Fatalf("Poll on a full disk = %+v, %v; want a storage fault", st, err)
	}
	assertNothingFiled(t, e)

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	st = e.mustPoll(t)
	if st.NewCases != 3 || len(e.unfiled(t)) != 0 {
		t.Fatalf("after freeing space: %+v, %d unfiled; want all three filed", st, len(e.unfiled(t)))
	}
	for _, c := range e.cases(t) {
		ms, _ := e.store.CaseMessages(t.Context(), c.ID)
		for _, m := range ms {
			for _, a := range m.Attachments {
				data, err := e.store.AttachmentData(t.Context(), a.ID)
				if err != nil || len(data) == 0 {
					t.Errorf("photo of %s: %d bytes, %v", c.Ref, len(data), err)
				}
			}
		}
	}
}

func wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s)
	return b.String()
}

// fillDisk writes path until the file system is full, then frees a few
// KiB so that SQLite can still open, but no mail fits.
func fillDisk(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()-8<<10); err != nil {
		t.Fatal(err)
	}
}

// A mail whose filing is refused (here: the operator's template override
// fails on it) is kept without a case with the reason; the rest of the
// batch is filed, and the inbox moves on.
func TestRefusedFilingKeptWithoutCase(t *testing.T) {
	dir := t.TempDir()
	poison := `{{if eq .Subject "POISON"}}{{template "no-such-template"}}{{end}}[{{.Ref}}] received`
	for _, name := range []string{notify.TemplateAckZh, notify.TemplateAckEn, notify.TemplateAckBoth} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(poison), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tmpl, err := notify.LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, envOptions{})
	e.desk.templates = tmpl
	e.append(t, bytes.Replace(complaintMail("poison@mail.example", "p@mail.example", ""), []byte("Subject: 投诉义乌小商品店"), []byte("Subject: POISON"), 1))
	e.append(t, complaintMail("fine@mail.example", "fine@mail.example", ""))
	st := e.mustPoll(t)
	if st.Fetched != 2 || st.NewCases != 1 || st.Unfiled != 1 {
		t.Fatalf("stats %+v, want 1 new case and 1 unfiled", st)
	}
	un := e.unfiled(t)
	if len(un) != 1 || !strings.Contains(un[0].Note, "could not be filed") || !strings.Contains(un[0].Note, "no-such-template") {
		t.Fatalf("unfiled %+v, want the poison mail with its reason", un)
	}
	if cs := e.cases(t); len(cs) != 1 || cs[0].Ref != "YW-2026-00002" && cs[0].Ref != "YW-2026-00001" {
		t.Errorf("cases %+v", cs)
	}
	due, _ := e.store.DueMail(t.Context(), time.Now().Add(time.Hour), 0)
	if len(due) != 2 {
		t.Errorf("%d mails queued, want the fine mail's ack and notice only (the refused one's were undone)", len(due))
	}
	if st := e.mustPoll(t); st.Fetched != 0 {
		t.Errorf("second poll fetched %d, want 0: the cursor moved past both", st.Fetched)
	}
}

// After a UIDVALIDITY change, mail already filed is recognised by its
// Message-ID header and size without being downloaded again; new mail is
// filed.
func TestRescanDownloadsOnlyNewMail(t *testing.T) {
	e := newEnv(t, envOptions{})
	first := complaintMail("c1@mail.example", "liwei@mail.example", "")
	second := complaintMail("c2@mail.example", "zhang@mail.example", "")
	e.append(t, first)
	e.append(t, second)
	e.mustPoll(t)
	if err := e.imap.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	e.append(t, first)
	e.append(t, second)
	e.append(t, complaintMail("c3@mail.example", "wang@mail.example", ""))
	st := e.mustPoll(t)
	if st.Known != 2 || st.Fetched != 1 || st.NewCases != 1 || st.Duplicates != 0 {
		t.Errorf("rescan %+v, want 2 known without download and 1 new case", st)
	}
	if n := len(e.cases(t)); n != 3 {
		t.Errorf("%d cases, want 3", n)
	}
	if !strings.Contains(e.logs.String(), "UIDVALIDITY changed") {
		t.Errorf("the re-scan was not logged:\n%s", e.logs)
	}
}

// Which case a mail joins: by the reference it names, else by the messages
// it answers (In-Reply-To, then References from the most recent); what
// the workflow lets it change; and what stays unfiled.
func TestThreading(t *testing.T) {
	const ref = "YW-2026-00001"
	reply := func(mid string, edit func(m *analysis.Mail)) *analysis.Mail {
		m := &analysis.Mail{
			Message: &parser.Message{MessageID: mid, Subject: "Re: [" + ref + "] received",
				From: parser.Address{Name: "Li Wei", Address: "liwei@mail.example"}, Text: "还有一个电话。"},
			Kind:        analysis.KindReply,
			Complainant: analysis.Complainant{Phones: []string{"+8613900139000"}},
		}
		edit(m)
		return m
	}
	tests := []struct {
		name       string
		mail       func(ackID string) *analysis.Mail
		wantFiled  bool
		wantMerged bool
		wantNote   string
	}{
		{"reply naming the ref", func(string) *analysis.Mail {
			return reply("r1@x", func(m *analysis.Mail) { m.CaseRef = strings.ToLower(ref) })
		}, true, true, ""},
		{"reply naming an unknown ref but answering the ack", func(ack string) *analysis.Mail {
			return reply("r1@x", func(m *analysis.Mail) { m.CaseRef = "YW-2019-00009"; m.InReplyTo = []string{ack} })
		}, true, true, ""},
		{"reply to the acknowledgement by In-Reply-To", func(ack string) *analysis.Mail {
			return reply("r1@x", func(m *analysis.Mail) { m.InReplyTo = []string{ack} })
		}, true, true, ""},
		{"reply by References to the complaint", func(string) *analysis.Mail {
			return reply("r1@x", func(m *analysis.Mail) { m.References = []string{"unknown@elsewhere", "c1@mail.example"} })
		}, true, true, ""},
		{"bounce of the acknowledgement is appended without merging", func(ack string) *analysis.Mail {
			return reply("b1@x", func(m *analysis.Mail) {
				m.Kind, m.From, m.InReplyTo = analysis.KindBounce, parser.Address{Address: "mailer-daemon@mail.example"}, []string{ack}
			})
		}, true, false, ""},
		{"unverified staff mail naming the ref is recorded without merging, the sender told", func(string) *analysis.Mail {
			return reply("s1@x", func(m *analysis.Mail) {
				m.Staff, m.CaseRef, m.From = true, ref, parser.Address{Address: "staff1@yweca.org.example"}
			})
		}, true, false, ""},
		{"auto-reply naming no case is unfiled", func(string) *analysis.Mail {
			return reply("o1@x", func(m *analysis.Mail) { m.Kind = analysis.KindAutoReply })
		}, false, false, "auto-reply naming no known case"},
		{"staff mail naming no case is unfiled", func(string) *analysis.Mail {
			return reply("s2@x", func(m *analysis.Mail) { m.Kind, m.Staff = analysis.KindComplaint, true })
		}, false, false, "staff mail naming no known case"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, envOptions{})
			e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
			e.mustPoll(t)
			due, err := e.store.DueMail(t.Context(), time.Now().Add(time.Hour), 0)
			if err != nil || len(due) == 0 || due[0].Mail.Purpose != "ack" {
				t.Fatalf("no acknowledgement queued: %+v, %v", due, err)
			}
			m := tc.mail(due[0].Mail.MessageID)
			e.desk.parse = func([]byte, parser.Options, analysis.Options) (*analysis.Mail, error) { return m, nil }
			e.append(t, []byte("Message-ID: <"+m.MessageID+">\r\nFrom: x@mail.example\r\n\r\nthe second mail\r\n"))
			st := e.mustPoll(t)
			if st.NewCases != 0 {
				t.Fatalf("opened a new case: %+v", st)
			}
			c, err := e.store.CaseByRef(t.Context(), ref)
			if err != nil {
				t.Fatal(err)
			}
			msgs, _ := e.store.CaseMessages(t.Context(), c.ID)
			un := e.unfiled(t)
			if !tc.wantFiled {
				if len(un) != 1 || !strings.Contains(un[0].Note, tc.wantNote) || len(msgs) != 3 {
					t.Errorf("unfiled %+v, case messages %d; want it unfiled with %q", un, len(msgs), tc.wantNote)
				}
				return
			}
			want := 4 // complaint, ack, notice, the mail
			if tc.wantMerged {
				want++ // and the consumer's mail forwarded to staff
			}
			if m.Staff {
				want++ // and the reply telling the sender why nothing was done
			}
			if len(un) != 0 || len(msgs) != want || !slices.ContainsFunc(msgs, func(x casefile.Message) bool { return x.MessageID == m.MessageID }) {
				t.Fatalf("case messages %d (unfiled %d), want %d", len(msgs), len(un), want)
			}
			merged := slices.Contains(c.Complainant.Phones, "+8613900139000")
			if merged != tc.wantMerged {
				t.Errorf("phones %v: merged = %v, want %v", c.Complainant.Phones, merged, tc.wantMerged)
			}
			if c.Kind != "complaint" || c.ContactAddress != "liwei@mail.example" {
				t.Errorf("the case changed identity: %+v", c)
			}
			evs, _ := e.store.Events(t.Context(), c.ID)
			wantKind := workflow.EventMailIn
			if m.Staff {
				wantKind = workflow.EventNote
			}
			if len(evs) != 2 || evs[1].Kind != wantKind {
				t.Errorf("events %+v, want opened then %s", evs, wantKind)
			}
		})
	}
}

// A folder re-created empty (new UIDVALIDITY, no mail) is noted once, not
// taken for changed again every round.
func TestEmptyFolderNewUIDValidityNotedOnce(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.append(t, complaintMail("c1@mail.example", "liwei@mail.example", ""))
	e.mustPoll(t)
	if err := e.imap.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	e.mustPoll(t)
	e.mustPoll(t)
	if n := strings.Count(e.logs.String(), "UIDVALIDITY changed"); n != 1 {
		t.Errorf("%d warnings about the changed UIDVALIDITY, want 1:\n%s", n, e.logs)
	}
	e.append(t, complaintMail("c2@mail.example", "zhang@mail.example", ""))
	if st := e.mustPoll(t); st.NewCases != 1 {
		t.Errorf("new mail in the re-created folder: %+v", st)
	}
}

// Text stored for a case is bounded, with the marker saying where the
// whole mail is; the raw mail stays whole.
func TestStoredTextClipped(t *testing.T) {
	e := newEnv(t, envOptions{cfg: func(c *Config) { c.MaxText = 200 }})
	long := strings.Repeat("商家一直不退款，也不回复。", 100)
	e.append(t, complaintMail("long@mail.example", "liwei@mail.example", long+"\r\n"))
	e.mustPoll(t)
	ms, err := e.store.CaseMessages(t.Context(), e.cases(t)[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	in := ms[0]
	if !strings.Contains(in.Text, "text longer than") || len(in.Text) > 200+600 {
		t.Errorf("stored text (%d bytes) not clipped with a marker:\n%s", len(in.Text), in.Text)
	}
	raw, err := e.store.RawMessage(t.Context(), in.ID)
	if err != nil || !strings.Contains(string(raw), "Content-Type") || int64(len(raw)) != in.Size {
		t.Errorf("raw mail not kept whole: %d bytes of %d, %v", len(raw), in.Size, err)
	}
}
