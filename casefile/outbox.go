package casefile

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Outgoing is a mail to be sent, as the caller composed it.
type Outgoing struct {
	Purpose       string // "ack", "request", "reminder", "staff_notice", ...
	From          string
	FromName      string
	ReplyTo       string // "" : none
	To            []string
	Subject       string
	MessageID     string // assigned by the caller, without brackets; unique
	InReplyTo     string
	References    []string
	AutoSubmitted string
	Text          string
	// HTML, when set, is an alternative to Text; it may show the
	// attachments that have a ContentID inline (cid:, RFC 2392).
	HTML string
	Date time.Time // zero: the time it is queued
	// Attachments are sent with it: stored content (PutBlob) named by
	// hash, such as the files of a staff reply relayed to the consumer.
	Attachments []NewAttachment
}

// OutboxMail is a queued outgoing mail.
type OutboxMail struct {
	ID          int64
	MessageRow  int64  // row id of the outgoing message it sends
	CaseRef     string // "" for mail about no case
	Attempts    int
	NextAttempt time.Time
	Mail        Outgoing
}

// Queue puts mails in the outbox in a transaction of their own; see
// Tx.Queue.
func (s *Store) Queue(ctx context.Context, caseID int64, mails ...Outgoing) error {
	return s.Write(ctx, func(tx *Tx) error {
		for _, m := range mails {
			if _, err := tx.Queue(caseID, m); err != nil {
				return err
			}
		}
		return nil
	})
}

// Queue puts a mail in the outbox, recorded as an outgoing message of the
// case with row id caseID (0: of no case), due at once. It returns the
// row id of the recorded message.
func (tx *Tx) Queue(caseID int64, m Outgoing) (int64, error) {
	return queueMail(tx.ctx, tx.tx, caseID, m, tx.s.now())
}

func queueMail(ctx context.Context, tx *sqlTx, caseID int64, m Outgoing, now time.Time) (int64, error) {
	if m.MessageID == "" {
		return 0, fmt.Errorf("queueing %s mail %q: it has no Message-ID", m.Purpose, m.Subject)
	}
	date := m.Date
	if date.IsZero() {
		date = now
	}
	var inReplyTo []string
	if m.InReplyTo != "" {
		inReplyTo = []string{m.InReplyTo}
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO messages (case_id, direction, purpose, from_addr, from_name, reply_to,
		to_addrs, subject, message_id, in_reply_to, refs, auto_submitted, date, text, html)
		VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		nullID(caseID), m.Purpose, m.From, m.FromName, m.ReplyTo, toJSON(m.To), m.Subject, m.MessageID,
		strings.Join(inReplyTo, " "), strings.Join(m.References, " "), m.AutoSubmitted, fmtTime(date), m.Text, m.HTML).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("recording %s mail %s: %w", m.Purpose, m.MessageID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO outbox (message_id, next_attempt) VALUES (?, ?)`, id, fmtTime(now)); err != nil {
		return 0, fmt.Errorf("queueing %s mail %s: %w", m.Purpose, m.MessageID, err)
	}
	if err := insertAttachments(ctx, tx, id, m.Attachments); err != nil {
		return 0, err
	}
	for _, a := range m.To {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sent_to (message_id, addr, purpose, at) VALUES (?, ?, ?, ?)`,
			id, strings.ToLower(a), m.Purpose, fmtTime(date)); err != nil {
			return 0, fmt.Errorf("queueing %s mail %s: %w", m.Purpose, m.MessageID, err)
		}
	}
	return id, nil
}

// DueMail returns up to limit pending mails whose next attempt is at or
// before now, the longest due first (by next attempt, then as queued: the
// order of the outbox_due index, so no sort of the whole queue is needed).
// limit <= 0 means no limit.
func (s *Store) DueMail(ctx context.Context, now time.Time, limit int) ([]OutboxMail, error) {
	if limit <= 0 {
		limit = noLimit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT o.id, o.message_id, COALESCE(c.ref, ''), o.attempts, o.next_attempt,
		m.purpose, m.from_addr, m.from_name, m.reply_to, m.to_addrs, m.subject, m.message_id,
		m.in_reply_to, m.refs, m.auto_submitted, m.text, m.date, m.html
		FROM outbox o
		JOIN messages m ON m.id = o.message_id
		LEFT JOIN cases c ON c.id = m.case_id
		WHERE o.state = 'pending' AND o.next_attempt <= ?
		ORDER BY o.next_attempt, o.id LIMIT ?`, fmtTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("listing due mail: %w", err)
	}
	defer rows.Close()
	var due []OutboxMail
	for rows.Next() {
		var (
			om                        OutboxMail
			next, to, refs, irt, date string
		)
		err := rows.Scan(&om.ID, &om.MessageRow, &om.CaseRef, &om.Attempts, &next,
			&om.Mail.Purpose, &om.Mail.From, &om.Mail.FromName, &om.Mail.ReplyTo, &to, &om.Mail.Subject, &om.Mail.MessageID,
			&irt, &refs, &om.Mail.AutoSubmitted, &om.Mail.Text, &date, &om.Mail.HTML)
		if err != nil {
			return nil, fmt.Errorf("listing due mail: %w", err)
		}
		om.Mail.InReplyTo = irt
		om.Mail.References = strings.Fields(refs)
		if om.Mail.To, err = fromJSON(to); err != nil {
			return nil, fmt.Errorf("listing due mail: outbox #%d: %w", om.ID, err)
		}
		if om.NextAttempt, err = parseTime(next); err != nil {
			return nil, fmt.Errorf("listing due mail: outbox #%d: %w", om.ID, err)
		}
		if om.Mail.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("listing due mail: outbox #%d: %w", om.ID, err)
		}
		due = append(due, om)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing due mail: %w", err)
	}
	rows.Close()
	for i := range due {
		if due[i].Mail.Attachments, err = outgoingAttachments(ctx, s.db, due[i].MessageRow); err != nil {
			return nil, fmt.Errorf("listing due mail: %w", err)
		}
	}
	return due, nil
}

// MarkSent records that outbox mail id was delivered at at.
func (s *Store) MarkSent(ctx context.Context, id int64, at time.Time) error {
	return s.markOutbox(ctx, id, "marking outbox mail #%d sent",
		`UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = '', claimed = 0
		WHERE id = ? AND state = 'pending'`, fmtTime(at), id)
}

// MarkRetry records a temporary delivery failure: attempts++, and the mail
// is due again at next.
func (s *Store) MarkRetry(ctx context.Context, id int64, next time.Time, reason string) error {
	return s.markOutbox(ctx, id, "scheduling a retry of outbox mail #%d",
		`UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ?, claimed = 0
		WHERE id = ? AND state = 'pending'`, fmtTime(next), reason, id)
}

// ErrClaimed is wrapped by ClaimMail when outbox mail is no longer the
// caller's to send: another process sharing the case file claimed it (or
// sent it, or gave it up) since DueMail listed it.
var ErrClaimed = errors.New("claimed, sent or given up by another process")

// ClaimMail makes pending outbox mail id not due before until, without
// counting an attempt, and marks it claimed by this store (Instance): the
// delivery writes it before sending, so that a mail whose "sent" cannot be
// recorded is not sent again every round, and so that of several
// processes sharing the case file only one sends it. It wraps ErrClaimed
// when the mail is no longer pending, or another store has claimed it;
// claiming again a mail this store claimed (until now: to give it back)
// succeeds. On PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED: a
// claim another process is making at the same moment wins, this one
// gives way at once rather than waiting for it.
func (s *Store) ClaimMail(ctx context.Context, id int64, until time.Time) error {
	what := fmt.Sprintf("claiming outbox mail #%d for sending", id)
	if err := s.holdInstance(ctx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	q := `UPDATE outbox SET next_attempt = ?, claimed = 1, claimed_by = ?
		WHERE id = ? AND state = 'pending' AND (claimed = 0 OR claimed_by = ?)`
	args := []any{fmtTime(until), s.instance, id, s.instance}
	if s.dialect == dialectPostgres {
		q += ` AND id IN (SELECT id FROM outbox WHERE id = ? FOR UPDATE SKIP LOCKED)`
		args = append(args, id)
	}
	res, err := s.marks.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	} else if n == 1 {
		return nil
	}
	var one int
	err = s.db.QueryRowContext(ctx, `SELECT 1 FROM outbox WHERE id = ?`, id).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	case err != nil:
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%s: %w", what, ErrClaimed)
}

// Instance names this open store in the claims it makes (ClaimMail):
// random, new at each Open.
func (s *Store) Instance() string { return s.instance }

// instanceLockName is the PostgreSQL advisory lock that a store holding
// claims keeps while it is open: ReleaseClaims on another process can
// take it only once this one is gone.
func instanceLockName(instance string) string { return "redress:instance:" + instance }

// holdInstance takes, on PostgreSQL, the store's instance lock before its
// first claim. The stores of one process on one server share a session
// for these locks (processLocks): ten stations do not cost ten
// connections.
func (s *Store) holdInstance(ctx context.Context) error {
	if s.pgConnect == nil {
		return nil
	}
	s.instanceMu.Lock()
	defer s.instanceMu.Unlock()
	if s.instanceLock != nil {
		if time.Since(s.instanceChecked) < instanceRecheck {
			return nil
		}
		// The session may have ended (the server restarted, the
		// network broke): then the lock is gone, and others would
		// release this store's claims. Take it again on a new one.
		if err := s.instanceLock.Holds(ctx, instanceLockName(s.instance)); err == nil {
			s.instanceChecked = time.Now()
			return nil
		}
		processLocks.drop(s.pgKey, s.instanceLock)
		s.instanceLock = nil
	}
	l, err := processLocks.get(ctx, s.pgKey, s.pgConnect)
	if err != nil {
		return fmt.Errorf("announcing this process to the others sharing the database: %w", err)
	}
	if err := l.Take(ctx, instanceLockName(s.instance)); err != nil {
		processLocks.put(s.pgKey, l)
		return fmt.Errorf("announcing this process to the others sharing the database: %w", err)
	}
	s.instanceLock, s.instanceChecked = l, time.Now()
	return nil
}

// instanceRecheck is how often a store that claims mail makes sure its
// instance lock is still held (one query, at a claim).
const instanceRecheck = 10 * time.Second

// dropInstance gives the store's instance lock up (Close).
func (s *Store) dropInstance() error {
	s.instanceMu.Lock()
	defer s.instanceMu.Unlock()
	if s.instanceLock == nil {
		return nil
	}
	err := s.instanceLock.Give(context.Background(), instanceLockName(s.instance))
	processLocks.put(s.pgKey, s.instanceLock)
	s.instanceLock = nil
	return err
}

// processLocks holds, per PostgreSQL server and user, the one session on
// which this process's stores keep their instance locks, while any does.
var processLocks = &sharedSessions{m: map[string]*sharedSession{}}

type sharedSessions struct {
	mu sync.Mutex
	m  map[string]*sharedSession
}

type sharedSession struct {
	l    *SessionLock
	refs int
}

func (p *sharedSessions) get(ctx context.Context, key string, connect func(context.Context, string) (*SessionLock, error)) (*SessionLock, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.m[key]; s != nil {
		s.refs++
		return s.l, nil
	}
	var id [8]byte
	rand.Read(id[:])
	l, err := connect(ctx, "redress:process:"+hex.EncodeToString(id[:]))
	if err != nil {
		return nil, err
	}
	p.m[key] = &sharedSession{l: l, refs: 1}
	return l, nil
}

// put gives back a reference to session l of key (a session dropped
// since is not counted).
func (p *sharedSessions) put(key string, l *SessionLock) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.m[key]
	if s == nil || s.l != l {
		return
	}
	if s.refs--; s.refs == 0 {
		s.l.Release()
		delete(p.m, key)
	}
}

// drop forgets session l of key, which has ended: the next get opens a
// new one. The stores still naming l find out at their next check.
func (p *sharedSessions) drop(key string, l *SessionLock) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.m[key]; s != nil && s.l == l {
		delete(p.m, key)
		s.l.Release()
	}
}

// ReleaseClaims makes due now the mail that a process claimed for sending
// and never recorded as sent or failed: it died between the two. Such a
// mail may have reached the server just before the process died; it goes
// again with the same Message-ID.
//
// On SQLite only the holder of the station lock (the flock beside the
// file) sends, so the caller, holding it, knows no live process is
// sending: every claim is released. On PostgreSQL several processes
// deliver at once; a claim is released only when the advisory lock of the
// store that made it (holdInstance) can be taken, that is when that
// process is gone, and never this store's own.
func (s *Store) ReleaseClaims(ctx context.Context) (int, error) {
	q := `UPDATE outbox SET next_attempt = ?, claimed = 0 WHERE state = 'pending' AND claimed = 1`
	args := []any{fmtTime(s.now())}
	if s.dialect == dialectPostgres {
		q += ` AND claimed_by <> ? AND pg_try_advisory_xact_lock(hashtextextended(? || claimed_by, 0))`
		args = append(args, s.instance, instanceLockName(""))
	}
	res, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("releasing the outbox mail a stopped process claimed: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// MarkFailed records a permanent delivery failure: attempts++, and the mail
// is never due again.
func (s *Store) MarkFailed(ctx context.Context, id int64, reason string) error {
	return s.markOutbox(ctx, id, "marking outbox mail #%d failed",
		`UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, claimed = 0
		WHERE id = ? AND state = 'pending'`, reason, id)
}

// markOutbox runs an update of one pending outbox row. It fails with
// ErrNotFound when there is no such row, and says so when the row is no
// longer pending (sent or failed mail is never touched again).
func (s *Store) markOutbox(ctx context.Context, id int64, what, query string, args ...any) error {
	res, err := s.marks.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf(what+": %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf(what+": %w", id, err)
	}
	if n == 1 {
		return nil
	}
	var state string
	err = s.db.QueryRowContext(ctx, `SELECT state FROM outbox WHERE id = ?`, id).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf(what+": %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf(what+": %w", id, err)
	}
	return fmt.Errorf(what+": it is already %s", id, state)
}

// SentSince counts the outbox mail recorded as sent (MarkSent) after
// since, and returns the earliest of their sent times (zero when there is
// none): the sending limits' rolling windows (now-length, now], so that a
// slot is free again at exactly oldest+length. It reads the
// outbox_sent_at index.
func (s *Store) SentSince(ctx context.Context, since time.Time) (n int, oldest time.Time, err error) {
	var first string
	err = s.db.QueryRowContext(ctx, `SELECT count(*), COALESCE(min(sent_at), '') FROM outbox
		WHERE state = 'sent' AND sent_at > ?`, fmtTime(since)).Scan(&n, &first)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("counting the mail sent since %s: %w", fmtTime(since), err)
	}
	if oldest, err = parseTime(first); err != nil {
		return 0, time.Time{}, fmt.Errorf("counting the mail sent since %s: %w", fmtTime(since), err)
	}
	return n, oldest, nil
}

// CountSentTo counts the outgoing mail of the given purposes addressed to
// addr (case-insensitive) dated at or after since: how many automatic
// mails an address got lately.
func (tx *Tx) CountSentTo(addr string, purposes []string, since time.Time) (int, error) {
	if len(purposes) == 0 {
		return 0, nil
	}
	args := []any{strings.ToLower(addr), fmtTime(since)}
	for _, p := range purposes {
		args = append(args, p)
	}
	var n int
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(DISTINCT message_id) FROM sent_to
		WHERE addr = ? AND at >= ? AND purpose IN (?`+strings.Repeat(", ?", len(purposes)-1)+`)`, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting mail sent to an address: %w", err)
	}
	return n, nil
}

// outgoingAttachments are the files stored with an outgoing message.
func outgoingAttachments(ctx context.Context, q queryer, messageID int64) ([]NewAttachment, error) {
	rows, err := q.QueryContext(ctx, `SELECT filename, content_type, size, COALESCE(sha256, ''), content_id FROM attachments
		WHERE message_id = ? ORDER BY id`, messageID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []NewAttachment
	for rows.Next() {
		var a NewAttachment
		if err := rows.Scan(&a.Filename, &a.ContentType, &a.Size, &a.SHA256, &a.ContentID); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
