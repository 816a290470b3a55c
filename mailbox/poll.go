package mailbox

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
)

// maxSearchUIDs caps how many UIDs one UID SEARCH may return: a server that
// answers with a range like 1:4294967295 must not make Poll expand it.
const maxSearchUIDs = 1_000_000

// Cursor is how far the caller has stored a folder: the folder's
// UIDVALIDITY and the highest UID handled under it. The zero Cursor means
// "nothing yet".
type Cursor struct {
	UIDValidity uint32
	LastUID     uint32
}

// Message is one message of a folder, handed to Poll's handle function.
type Message struct {
	UID         uint32
	UIDValidity uint32
	// InternalDate is when the server received the message.
	InternalDate time.Time
	// Size is the server's RFC822.SIZE, known before the body is fetched;
	// -1 if the server sent none.
	Size int64
	// Body is the whole message (RFC 5322 bytes, BODY.PEEK[]) streamed from
	// the connection: it is valid only during the handle call, and handle
	// reads it to the end or returns an error. Reads fail when no byte
	// arrives for Config.Timeout, when the server drops the connection or
	// when Poll's context is done; such a failure makes Poll return a
	// *FetchError for this message, whatever handle returned. What handle
	// leaves unread, Poll reads and discards. Body is nil when Known is
	// true.
	Body io.Reader
	// Known is true during a rescan (see PollOptions.Known) for a message
	// the caller said it has already filed: its body is not fetched. The
	// caller only advances its cursor past it.
	Known bool
}

// Cursor returns the cursor that says this message has been handled.
func (m Message) Cursor() Cursor {
	return Cursor{UIDValidity: m.UIDValidity, LastUID: m.UID}
}

// PollOptions tune a Poll. The zero value is good.
type PollOptions struct {
	// Batch is how many UIDs one UID FETCH asks for; <= 0 means
	// DefaultBatch.
	Batch int
	// LargeSize is the RFC822.SIZE from which a message is fetched in a
	// UID FETCH of its own, so that a failed transfer is attributed to it
	// alone and costs no other message; <= 0 means DefaultLargeSize.
	LargeSize int64
	// Known, if not nil, is asked during a rescan (the folder's
	// UIDVALIDITY changed under a non-zero cursor) whether a message is
	// already filed, given its Message-ID header field as the server sent
	// it (BODY[HEADER.FIELDS (MESSAGE-ID)]: empty or a blank line when the
	// message has none) and its RFC822.SIZE. Reading the id out of the
	// header is the caller's: it must read it as it read the stored mail.
	// Poll fetches these headers first and does not download known
	// messages: it hands them to handle with Known set and no Body. An
	// error of Known ends the Poll and is returned wrapped.
	Known func(ctx context.Context, header []byte, size int64) (bool, error)
	// FromEnd makes a first poll (the zero cursor) read nothing: it
	// reports the folder's end in PollStats.StartAt, from where the caller
	// reads later mail. For a Sent folder, whose history before redress
	// is no case's.
	FromEnd bool
}

func (o PollOptions) batch() int {
	if o.Batch <= 0 {
		return DefaultBatch
	}
	return o.Batch
}

func (o PollOptions) largeSize() int64 {
	if o.LargeSize <= 0 {
		return DefaultLargeSize
	}
	return o.LargeSize
}

// PollStats says what a Poll saw.
type PollStats struct {
	// UIDValidity is the folder's current UIDVALIDITY.
	UIDValidity uint32
	// Rescan is true when the folder's UIDVALIDITY differed from a non-zero
	// cursor's: every UID was invalidated and the folder was read from UID 1.
	Rescan bool
	// Fetched counts the downloaded messages that handle accepted (returned
	// nil for).
	Fetched int
	// Known counts the messages handed over with Known set (not
	// downloaded) that handle accepted.
	Known int
	// Found counts the new UIDs that UID SEARCH returned.
	Found int
	// LastUID is the UID of the last message handle accepted, or zero.
	LastUID uint32
	// StartAt is set by a first poll with PollOptions.FromEnd: the
	// cursor at the folder's end, to be stored as if read.
	StartAt Cursor
}

// FetchError says that the transfer of one message failed: the server
// stopped sending (Config.Timeout passed without a byte), dropped the
// connection, or refused the message. Poll returns it (wrapped) with the
// UID, so that a caller can count failures per message and, after a few,
// record the message as not filed and move its cursor past it. The messages
// before it that handle accepted stay accepted (PollStats.LastUID).
//
// UID is the message whose bytes were under way, or the one next due when
// the connection failed between messages.
type FetchError struct {
	Folder      string
	UID         uint32
	UIDValidity uint32
	// Size is the message's RFC822.SIZE, or -1 if unknown.
	Size int64
	// Own is true when the failure happened in this message's own
	// transfer: bytes of its body had begun to arrive, or the FETCH asked
	// for it alone. A connection that broke before any byte of a batch
	// is named after the next message due but is not its fault: a caller
	// counting failures per message should count only Own ones.
	Own bool
	Err error
}

func (e *FetchError) Error() string {
	size := "unknown size"
	if e.Size >= 0 {
		size = fmt.Sprintf("%d bytes", e.Size)
	}
	return fmt.Sprintf("fetching message uid %d (uidvalidity %d, %s) of folder %q: %v", e.UID, e.UIDValidity, size, e.Folder, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// Poll reads the messages of folder that cur has not seen and calls handle
// for each, in ascending UID order, one at a time.
//
// It examines folder (read-only; bodies are fetched with BODY.PEEK[], so no
// \Seen flag is set or cleared) and compares its UIDVALIDITY with cur's
// (RFC 9051 §2.3.1.1: a changed UIDVALIDITY invalidates every UID the client
// knows). If they differ, including a zero cursor, it reads the folder from
// UID 1 and sets Rescan when cur.UIDValidity was not zero; otherwise it reads
// only UIDs above cur.LastUID. It finds them with UID SEARCH and, for each
// batch of opts.Batch UIDs, first fetches UID, RFC822.SIZE and INTERNALDATE
// (during a rescan with opts.Known, also the Message-ID header, and skips
// the download of known mail; see PollOptions.Known). Then it fetches the
// bodies: runs of messages below opts.LargeSize in one UID FETCH, each
// larger one in a UID FETCH of its own.
//
// Bodies are streamed: Message.Body reads from the connection, so memory
// does not grow with the size of a message. handle gets ctx; it must read
// Body to the end or return an error.
//
// There is no deadline for a whole Poll: a command fails when no byte
// arrives for Config.Timeout, but a transfer that keeps making progress is
// never cut off. When the transfer of a message fails, Poll closes the
// connection and returns an error that errors.As to *FetchError naming the
// message (and errors.Is context.DeadlineExceeded when the server went
// silent); the messages before it were handled. Other failures (EXAMINE,
// SEARCH, the size pre-fetch) return plain errors.
//
// Poll stops at the first error of handle (or of opts.Known) and returns it
// wrapped, not as a FetchError; the message is not counted and a later
// Poll with the same cursor sees it again. It checks ctx between messages:
// when ctx is done, it closes the connection at once (a Body being read
// fails) and returns ctx.Err() after the message in hand. After a closed
// connection, later Polls return ErrConnectionClosed: dial again.
func (c *Client) Poll(ctx context.Context, folder string, cur Cursor, opts PollOptions, handle func(context.Context, Message) error) (PollStats, error) {
	var stats PollStats
	if err := c.usable(); err != nil {
		return stats, fmt.Errorf("polling folder %q: %w", folder, err)
	}
	if err := ctx.Err(); err != nil {
		return stats, err
	}
	// The client library has no context support: close the connection
	// when ctx ends. On return, wait for that close to finish, so that a
	// caller sees a closed Client at once.
	closed := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		c.imap.Close()
		close(closed)
	})
	defer func() {
		if !stop() {
			<-closed
		}
	}()
	// Every command of the poll fails when the server is silent for
	// Config.Timeout; handle's time does not count (see deliver).
	c.wc.setArmed(true)
	defer c.wc.setArmed(false)

	p := &poller{c: c, ctx: ctx, folder: folder, opts: opts, handle: handle, stats: &stats}
	sel, err := c.examine(folder)
	if err != nil {
		return stats, p.fail("", err)
	}
	if sel.UIDValidity == 0 {
		return stats, fmt.Errorf("examining folder %q on imap %s: the server sent no UIDVALIDITY, so messages cannot be tracked by UID", folder, c.addr)
	}
	stats.UIDValidity = sel.UIDValidity
	p.uidValidity = sel.UIDValidity
	c.seen[folder] = folderState{uidValidity: sel.UIDValidity, uidNext: uint32(sel.UIDNext)}
	p.log = c.log.With("folder", folder, "uidvalidity", sel.UIDValidity)

	if opts.FromEnd && cur == (Cursor{}) {
		end := uint32(0)
		if sel.UIDNext > 1 {
			end = uint32(sel.UIDNext) - 1
		} else if sel.NumMessages > 0 {
			uids, err := c.searchAfter(0)
			if err != nil {
				return stats, p.fail(fmt.Sprintf("searching folder %q on imap %s for its last uid", folder, c.addr), err)
			}
			for _, u := range uids {
				end = max(end, uint32(u))
			}
		}
		stats.StartAt = Cursor{UIDValidity: sel.UIDValidity, LastUID: end}
		p.log.Info("first look at the folder: its mail so far is not read, only what comes after", "last_uid", end)
		return stats, nil
	}

	after := imap.UID(cur.LastUID) // UIDs <= after are done
	if sel.UIDValidity != cur.UIDValidity {
		after = 0
		if cur.UIDValidity != 0 {
			stats.Rescan = true
			p.log.Warn("folder uidvalidity changed: every message will be read again from uid 1",
				"previous_uidvalidity", cur.UIDValidity, "previous_last_uid", cur.LastUID, "by_message_id", opts.Known != nil)
		}
	}
	if sel.UIDNext != 0 && after > 0 && sel.UIDNext <= after {
		// UIDs went backwards without a new UIDVALIDITY: a server bug or a
		// restored backup. Nothing below the stored cursor will be read.
		p.log.Warn("folder uidnext is not above the stored last uid although uidvalidity is unchanged: new messages stay unread until their uids pass it",
			"uidnext", sel.UIDNext, "last_uid", after)
	}
	if sel.NumMessages == 0 || after == math.MaxUint32 {
		return stats, nil
	}

	uids, err := c.searchAfter(after)
	if err != nil {
		return stats, p.fail(fmt.Sprintf("searching folder %q on imap %s for uids above %d", folder, c.addr, after), err)
	}
	stats.Found = len(uids)
	if len(uids) == 0 {
		return stats, nil
	}
	p.log.Debug("new messages", "count", len(uids), "after_uid", after)

	byMessageID := stats.Rescan && opts.Known != nil
	for chunk := range slices.Chunk(uids, opts.batch()) {
		if err := p.batch(chunk, byMessageID); err != nil {
			return stats, err
		}
	}
	if stats.Fetched+stats.Known > 0 {
		p.log.Info("fetched new messages", "count", stats.Fetched, "known", stats.Known, "last_uid", stats.LastUID)
	}
	return stats, nil
}

// poller is the state of one Poll.
type poller struct {
	c           *Client
	ctx         context.Context
	folder      string
	uidValidity uint32
	opts        PollOptions
	handle      func(context.Context, Message) error
	stats       *PollStats
	log         *slog.Logger
}

// batch handles the messages uids (ascending): sizes (and Message-IDs)
// first, then known ones without download, small runs together, large ones
// alone, in UID order.
func (p *poller) batch(uids []imap.UID, byMessageID bool) error {
	metas, err := p.fetchMeta(uids, byMessageID)
	if err != nil {
		return p.fail(fmt.Sprintf("fetching sizes of uids %s of folder %q on imap %s", imap.UIDSetNum(uids...), p.folder, p.c.addr), err)
	}
	if byMessageID {
		for i := range metas {
			m := &metas[i]
			known, err := p.opts.Known(p.ctx, m.header, m.size)
			if err != nil {
				return fmt.Errorf("asking whether message uid %d of folder %q is filed: %w", m.uid, p.folder, err)
			}
			m.known = known
		}
	}
	large := p.opts.largeSize()
	for i := 0; i < len(metas); {
		m := metas[i]
		switch {
		case m.known:
			if err := p.deliver(m, nil); err != nil {
				return err
			}
			i++
		case m.size < 0 || m.size >= large:
			if err := p.fetchBodies(metas[i : i+1]); err != nil {
				return err
			}
			i++
		default:
			j := i + 1
			for j < len(metas) && !metas[j].known && metas[j].size >= 0 && metas[j].size < large {
				j++
			}
			if err := p.fetchBodies(metas[i:j]); err != nil {
				return err
			}
			i = j
		}
	}
	return nil
}

// deliver hands one message to handle and checks ctx around it; b is nil
// for a known message. While handle works, the inactivity deadline is off,
// except inside b's reads: the time handle takes is not the server's.
func (p *poller) deliver(m meta, b *body) error {
	if err := p.ctx.Err(); err != nil {
		return err
	}
	msg := Message{
		UID: uint32(m.uid), UIDValidity: p.uidValidity, InternalDate: m.date, Size: m.size,
		Known: m.known,
	}
	if b != nil {
		msg.Body = b
	}
	p.log.Debug("handling message", "uid", msg.UID, "size", msg.Size, "known", msg.Known)
	p.c.wc.setArmed(false)
	err := p.handle(p.ctx, msg)
	p.c.wc.setArmed(true)
	if b != nil && b.err == nil {
		// Read what handle left, so that the connection stays in step.
		io.Copy(io.Discard, b)
	}
	if b != nil && b.err != nil {
		if err == nil {
			// handle accepted the message; the connection broke after it.
			p.accepted(msg)
			if ctxErr := p.ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			return fmt.Errorf("reading the rest of message uid %d of folder %q on imap %s: %w", msg.UID, p.folder, p.c.addr, p.connErr(b.err))
		}
		if ctxErr := p.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		return p.fetchError(m, p.connErr(b.err), true)
	}
	if err != nil {
		return fmt.Errorf("handling message uid %d (uidvalidity %d) of folder %q: %w", msg.UID, msg.UIDValidity, p.folder, err)
	}
	p.accepted(msg)
	return p.ctx.Err()
}

func (p *poller) accepted(m Message) {
	if m.Known {
		p.stats.Known++
	} else {
		p.stats.Fetched++
	}
	p.stats.LastUID = m.UID
}

func (p *poller) fetchError(m meta, err error, own bool) error {
	fe := &FetchError{Folder: p.folder, UID: uint32(m.uid), UIDValidity: p.uidValidity, Size: m.size, Own: own, Err: err}
	p.log.Warn("message transfer failed", "uid", fe.UID, "size", fe.Size, "own", own, "err", err)
	return fe
}

// connErr explains err, an error of the connection: it says so when the
// inactivity deadline closed the connection.
func (p *poller) connErr(err error) error {
	if p.c.wc.hasStalled() {
		return fmt.Errorf("imap %s sent nothing for %s (imap timeout), connection closed: %w", p.c.addr, p.c.cfg.timeout(), context.DeadlineExceeded)
	}
	return err
}

// fail returns err, the error of a step of the poll, unless the context's
// reason or the inactivity deadline caused it: those are said instead of
// the I/O error they caused. step, if not empty, names the step.
func (p *poller) fail(step string, err error) error {
	if ctxErr := p.ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	if p.c.wc.hasStalled() {
		err = p.connErr(err)
	}
	if step == "" {
		return err
	}
	return fmt.Errorf("%s: %w", step, err)
}

// searchAfter returns, in ascending order, the UIDs above after.
func (c *Client) searchAfter(after imap.UID) ([]imap.UID, error) {
	criteria := &imap.SearchCriteria{
		// Stop 0 is "*". Return options stay nil: RETURN (...) makes older
		// servers reject the command.
		UID: []imap.UIDSet{{{Start: after + 1, Stop: 0}}},
	}
	data, err := c.imap.UIDSearch(criteria, nil).Wait()
	if err != nil {
		return nil, err
	}
	set, ok := data.All.(imap.UIDSet)
	if !ok {
		return nil, nil
	}
	var uids []imap.UID
	for _, r := range set {
		start, stop := r.Start, r.Stop
		if start == 0 || stop == 0 {
			return nil, fmt.Errorf("server answered UID SEARCH with a range containing * (%v)", set)
		}
		if start > stop {
			start, stop = stop, start
		}
		// RFC 9051 §6.4.4.1 and §9: "n:*" always includes the highest UID,
		// even when it is below n. Keep only UIDs above after.
		if stop <= after {
			continue
		}
		start = max(start, after+1)
		if len(uids)+int(stop-start)+1 > maxSearchUIDs {
			return nil, fmt.Errorf("server answered UID SEARCH with more than %d uids", maxSearchUIDs)
		}
		for u := start; ; u++ {
			uids = append(uids, u)
			if u == stop {
				break
			}
		}
	}
	slices.Sort(uids)
	return slices.Compact(uids), nil
}
