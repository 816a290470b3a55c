package mailbox

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
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

// Message is one message as the server stores it.
type Message struct {
	UID         uint32
	UIDValidity uint32
	// Raw is the whole message (RFC 5322 bytes), fetched with BODY.PEEK[].
	Raw          []byte
	InternalDate time.Time
	// Size is the server's RFC822.SIZE, or len(Raw) when it sent none.
	Size int64
}

// Cursor returns the cursor that says this message has been handled.
func (m Message) Cursor() Cursor {
	return Cursor{UIDValidity: m.UIDValidity, LastUID: m.UID}
}

// PollStats says what a Poll saw.
type PollStats struct {
	// UIDValidity is the folder's current UIDVALIDITY.
	UIDValidity uint32
	// Rescan is true when the folder's UIDVALIDITY differed from a non-zero
	// cursor's: every UID was invalidated and the folder was read from UID 1.
	Rescan bool
	// Fetched counts the messages that handle accepted (returned nil).
	Fetched int
	// Found counts the new UIDs that UID SEARCH returned.
	Found int
	// LastUID is the UID of the last message handle accepted, or zero.
	LastUID uint32
}

// Poll reads the messages of folder that cur has not seen and calls handle
// for each, in ascending UID order, one at a time.
//
// It examines folder (read-only; bodies are fetched with BODY.PEEK[], so no
// \Seen flag is set or cleared) and compares its UIDVALIDITY with cur's
// (RFC 9051 §2.3.1.1: a changed UIDVALIDITY invalidates every UID the client
// knows). If they differ, including a zero cursor, it reads the folder from
// UID 1 and sets Rescan when cur.UIDValidity was not zero; otherwise it reads
// only UIDs above cur.LastUID. It finds them with UID SEARCH and fetches them
// with UID FETCH in batches of batch UIDs (batch <= 0 means DefaultBatch).
//
// handle gets ctx, not the poll's deadline: a store write for the message
// in hand is not cut short by Config.Timeout. Message.Raw is handle's to
// keep.
//
// Poll stops at the first error of handle and returns it wrapped; the
// message is not counted and a later Poll with the same cursor sees it
// again. It checks ctx between messages: when ctx is done, it returns
// ctx.Err() after the message in hand is handled. The whole poll is bounded
// by ctx and Config.Timeout; when either ends, the connection is closed
// (later Polls return ErrConnectionClosed: dial again).
func (c *Client) Poll(ctx context.Context, folder string, cur Cursor, batch int, handle func(context.Context, Message) error) (PollStats, error) {
	var stats PollStats
	if err := c.usable(); err != nil {
		return stats, fmt.Errorf("polling folder %q: %w", folder, err)
	}
	if batch <= 0 {
		batch = DefaultBatch
	}
	timeout := c.cfg.timeout()
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The client library has no context support: close the connection
	// when pctx ends. On return, wait for that close to finish, so that a
	// caller sees a closed Client at once.
	closed := make(chan struct{})
	stop := context.AfterFunc(pctx, func() {
		c.imap.Close()
		close(closed)
	})
	defer func() {
		if !stop() {
			<-closed
		}
	}()

	// fail prefers the context's reason over the I/O error its expiry
	// caused.
	fail := func(err error) (PollStats, error) {
		if ctx.Err() != nil {
			return stats, ctx.Err()
		}
		if pctx.Err() != nil {
			return stats, fmt.Errorf("polling folder %q on imap %s: not done within %s (imap timeout), connection closed: %w", folder, c.addr, timeout, pctx.Err())
		}
		return stats, err
	}

	sel, err := c.examine(folder)
	if err != nil {
		return fail(err)
	}
	if sel.UIDValidity == 0 {
		return fail(fmt.Errorf("examining folder %q on imap %s: the server sent no UIDVALIDITY, so messages cannot be tracked by UID", folder, c.addr))
	}
	stats.UIDValidity = sel.UIDValidity
	c.seen[folder] = folderState{uidValidity: sel.UIDValidity, uidNext: uint32(sel.UIDNext)}
	log := c.log.With("folder", folder, "uidvalidity", sel.UIDValidity)

	after := imap.UID(cur.LastUID) // UIDs <= after are done
	if sel.UIDValidity != cur.UIDValidity {
		after = 0
		if cur.UIDValidity != 0 {
			stats.Rescan = true
			log.Warn("folder uidvalidity changed: every message will be read again from uid 1",
				"previous_uidvalidity", cur.UIDValidity, "previous_last_uid", cur.LastUID)
		}
	}
	if sel.UIDNext != 0 && after > 0 && sel.UIDNext <= after {
		// UIDs went backwards without a new UIDVALIDITY: a server bug or a
		// restored backup. Nothing below the stored cursor will be read.
		log.Warn("folder uidnext is not above the stored last uid although uidvalidity is unchanged: new messages stay unread until their uids pass it",
			"uidnext", sel.UIDNext, "last_uid", after)
	}
	if sel.NumMessages == 0 || after == math.MaxUint32 {
		return stats, nil
	}

	uids, err := c.searchAfter(after)
	if err != nil {
		return fail(fmt.Errorf("searching folder %q on imap %s for uids above %d: %w", folder, c.addr, after, err))
	}
	stats.Found = len(uids)
	if len(uids) == 0 {
		return stats, nil
	}
	log.Debug("new messages", "count", len(uids), "after_uid", after)

	// deliver hands one message to handle and checks ctx afterwards.
	deliver := func(m Message) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := pctx.Err(); err != nil {
			return err
		}
		log.Debug("handling message", "uid", m.UID, "size", m.Size)
		if err := handle(ctx, m); err != nil {
			return &handleError{fmt.Errorf("handling message uid %d (uidvalidity %d) of folder %q: %w", m.UID, m.UIDValidity, folder, err)}
		}
		stats.Fetched++
		stats.LastUID = m.UID
		if err := ctx.Err(); err != nil {
			return err
		}
		return nil
	}

	for chunk := range slices.Chunk(uids, batch) {
		if err := c.fetchBatch(chunk, sel.UIDValidity, deliver); err != nil {
			var he *handleError
			if errors.As(err, &he) {
				return stats, he.err
			}
			if ctx.Err() != nil {
				return stats, ctx.Err()
			}
			return fail(fmt.Errorf("fetching uids %s of folder %q on imap %s: %w", imap.UIDSetNum(chunk...), folder, c.addr, err))
		}
	}
	if stats.Fetched > 0 {
		log.Info("fetched new messages", "count", stats.Fetched, "last_uid", stats.LastUID)
	}
	return stats, nil
}

// handleError carries an error of the caller's handle function through
// fetchBatch, so that Poll returns it as it is.
type handleError struct{ err error }

func (e *handleError) Error() string { return e.err.Error() }
func (e *handleError) Unwrap() error { return e.err }

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

// fetchBatch fetches the messages uids (ascending) with UID FETCH and calls
// deliver for each in ascending UID order. Each body is read in full before
// the next response is looked at (go-imap issue #667). A message the server
// sends out of order is held until the ones before it have come or the
// FETCH has ended; UIDs expunged since the SEARCH never come and are
// skipped.
func (c *Client) fetchBatch(uids []imap.UID, uidValidity uint32, deliver func(Message) error) error {
	section := &imap.FetchItemBodySection{Peek: true}
	cmd := c.imap.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID:          true,
		InternalDate: true,
		RFC822Size:   true,
		BodySection:  []*imap.FetchItemBodySection{section},
	})

	want := make(map[imap.UID]bool, len(uids))
	for _, u := range uids {
		want[u] = true
	}
	held := make(map[imap.UID]Message)
	next := 0 // index in uids of the next UID to deliver

	// flush delivers the held messages that are next in line. At the end
	// of the FETCH (all == true) it delivers every held message in order.
	flush := func(all bool) error {
		for next < len(uids) {
			m, ok := held[uids[next]]
			if !ok {
				if !all {
					return nil
				}
				next++
				continue
			}
			delete(held, uids[next])
			next++
			if err := deliver(m); err != nil {
				return err
			}
		}
		return nil
	}

	for {
		data := cmd.Next()
		if data == nil {
			break
		}
		m, err := readMessage(data, uidValidity)
		if err != nil {
			cmd.Close()
			return err
		}
		if !want[imap.UID(m.UID)] {
			continue // not asked for, or sent twice
		}
		want[imap.UID(m.UID)] = false
		held[imap.UID(m.UID)] = m
		if err := flush(false); err != nil {
			// Drain the rest of the batch so the connection stays usable.
			cmd.Close()
			return err
		}
	}
	if err := cmd.Close(); err != nil {
		return err
	}
	return flush(true)
}

// readMessage reads one FETCH response, body included.
func readMessage(data *imapclient.FetchMessageData, uidValidity uint32) (Message, error) {
	m := Message{UIDValidity: uidValidity, Size: -1}
	var gotBody bool
	for {
		item := data.Next()
		if item == nil {
			break
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			m.UID = uint32(item.UID)
		case imapclient.FetchItemDataInternalDate:
			m.InternalDate = item.Time
		case imapclient.FetchItemDataRFC822Size:
			m.Size = item.Size
		case imapclient.FetchItemDataBodySection:
			if item.Literal == nil {
				continue
			}
			raw, err := io.ReadAll(item.Literal)
			if err != nil {
				return m, fmt.Errorf("reading body of message uid %d: %w", m.UID, err)
			}
			m.Raw = raw
			gotBody = true
		}
	}
	if m.UID == 0 {
		return m, fmt.Errorf("server sent a FETCH response without UID (message %d)", data.SeqNum)
	}
	if !gotBody {
		return m, fmt.Errorf("server sent no body for message uid %d", m.UID)
	}
	if m.Size < 0 {
		m.Size = int64(len(m.Raw))
	}
	return m, nil
}
