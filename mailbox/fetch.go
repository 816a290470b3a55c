package mailbox

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// maxHeaderFields caps how much of a BODY[HEADER.FIELDS (MESSAGE-ID)]
// answer is read; the rest is discarded.
const maxHeaderFields = 64 << 10

// meta is what the pre-fetch says about one message.
type meta struct {
	uid    imap.UID
	size   int64 // RFC822.SIZE, -1 if not sent
	date   time.Time
	header []byte // the Message-ID header field as sent; only when asked for
	known  bool   // opts.Known said it is filed
}

// fetchMeta fetches UID, RFC822.SIZE and INTERNALDATE of uids (and the
// Message-ID header if withID) and returns them in ascending UID order.
// UIDs the server does not answer for were expunged since the SEARCH and are
// left out.
func (p *poller) fetchMeta(uids []imap.UID, withID bool) ([]meta, error) {
	opts := &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true}
	if withID {
		opts.BodySection = []*imap.FetchItemBodySection{{
			Peek:         true,
			Specifier:    imap.PartSpecifierHeader,
			HeaderFields: []string{"Message-ID"},
		}}
	}
	cmd := p.c.imap.Fetch(imap.UIDSetNum(uids...), opts)
	got := make(map[imap.UID]meta, len(uids))
	var readErr error
	for {
		data := cmd.Next()
		if data == nil {
			break
		}
		m := meta{size: -1}
		for {
			item := data.Next()
			if item == nil {
				break
			}
			switch item := item.(type) {
			case imapclient.FetchItemDataUID:
				m.uid = item.UID
			case imapclient.FetchItemDataRFC822Size:
				m.size = item.Size
			case imapclient.FetchItemDataInternalDate:
				m.date = item.Time
			case imapclient.FetchItemDataBodySection:
				if item.Literal == nil {
					continue
				}
				// Read now, before the next item (go-imap issue #667).
				var buf bytes.Buffer
				_, err := buf.ReadFrom(io.LimitReader(item.Literal, maxHeaderFields))
				if err == nil {
					_, err = io.Copy(io.Discard, item.Literal)
				}
				if err != nil && readErr == nil {
					readErr = err
				}
				m.header = bytes.Clone(buf.Bytes())
			}
		}
		if m.uid != 0 {
			got[m.uid] = m
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, err
	}
	if readErr != nil {
		return nil, readErr
	}
	metas := make([]meta, 0, len(got))
	for _, u := range uids {
		if m, ok := got[u]; ok {
			metas = append(metas, m)
		} else {
			p.log.Debug("message gone before its fetch (expunged)", "uid", u)
		}
	}
	return metas, nil
}

// fetchBodies fetches the bodies of metas (ascending UIDs) in one UID FETCH
// and delivers them in that order, each streamed while handle reads it.
//
// A message is delivered only when it is the next one due. One that comes
// early (a server answering out of order, or one whose predecessor was
// expunged) is read and discarded, and after the FETCH every message not
// delivered is fetched again on its own, in order; so is the rest when the
// server answers a multi-message FETCH with NO. A single-message FETCH that
// brings nothing means the message was expunged.
func (p *poller) fetchBodies(metas []meta) error {
	uids := make([]imap.UID, len(metas))
	index := make(map[imap.UID]int, len(metas))
	for i, m := range metas {
		uids[i] = m.uid
		index[m.uid] = i
	}
	cmd := p.c.imap.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	})
	next := 0          // index in metas of the next message to deliver
	var inFlight *meta // the message whose literal is being read
	var stepErr error  // an error of handle or of a transfer: ends the FETCH

	for stepErr == nil {
		data := cmd.Next()
		if data == nil {
			break
		}
		var uid imap.UID
		for stepErr == nil {
			item := data.Next()
			if item == nil {
				break
			}
			switch item := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = item.UID
			case imapclient.FetchItemDataBodySection:
				if uid == 0 && len(metas) == 1 {
					uid = metas[0].uid // UID after the body, or not at all
				}
				i, ok := index[uid]
				if ok {
					inFlight = &metas[i]
				}
				if ok && i == next && item.Literal == nil {
					stepErr = &transferError{errors.New("server sent NIL instead of the message")}
					continue
				}
				b := newBody(p.c, item.Literal)
				if ok && i == next {
					next++
					stepErr = p.deliver(metas[i], b)
					inFlight = nil
					continue
				}
				// Not due (or NIL): read it to keep the connection in
				// step; it is fetched again below if it is still owed.
				if item.Literal != nil {
					io.Copy(io.Discard, b)
				}
				if b.err != nil {
					stepErr = &transferError{b.err}
				}
				inFlight = nil
			}
		}
	}
	cmdErr := cmd.Close()

	if stepErr != nil {
		var te *transferError
		if !errors.As(stepErr, &te) {
			return stepErr // from deliver: ready to return
		}
		own := inFlight != nil || len(metas) == 1
		if inFlight == nil && next < len(metas) {
			inFlight = &metas[next]
		}
		if ctxErr := p.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		return p.fetchError(*inFlight, p.connErr(te.err), own)
	}
	if cmdErr != nil {
		if ctxErr := p.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		var imapErr *imap.Error
		switch {
		case next == len(metas):
			if errors.As(cmdErr, &imapErr) {
				p.log.Warn("server ended a fetch with an error after sending every message", "err", cmdErr)
				return nil
			}
			return fmt.Errorf("finishing the fetch of uid %d of folder %q on imap %s: %w", metas[next-1].uid, p.folder, p.c.addr, p.connErr(cmdErr))
		case errors.As(cmdErr, &imapErr) && len(metas) > 1:
			p.log.Warn("server refused part of a fetch: fetching the rest one by one", "uid", metas[next].uid, "err", cmdErr)
		default:
			return p.fetchError(metas[next], p.connErr(cmdErr), len(metas) == 1)
		}
	}
	if next < len(metas) && len(metas) == 1 {
		p.log.Debug("message gone before its fetch (expunged)", "uid", metas[0].uid)
		return nil
	}
	for i := next; i < len(metas); i++ {
		if err := p.fetchBodies(metas[i : i+1]); err != nil {
			return err
		}
	}
	return nil
}

// transferError marks an error of the connection met while discarding a
// message in fetchBodies.
type transferError struct{ err error }

func (e *transferError) Error() string { return e.err.Error() }
func (e *transferError) Unwrap() error { return e.err }

// body is Message.Body: a literal streamed from the connection, with the
// inactivity deadline armed while it reads.
type body struct {
	c    *Client
	lit  imap.LiteralReader // nil: the server sent NIL
	read int64
	err  error // the first error other than io.EOF: the transfer failed
}

func newBody(c *Client, lit imap.LiteralReader) *body {
	return &body{c: c, lit: lit}
}

func (b *body) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.lit == nil {
		b.err = errors.New("server sent NIL instead of the message")
		return 0, b.err
	}
	was := b.c.wc.setArmed(true)
	n, err := b.lit.Read(p)
	if !was {
		b.c.wc.setArmed(false)
	}
	b.read += int64(n)
	switch {
	case err == io.EOF && b.read < b.lit.Size():
		// The literal reader ends early when the connection does.
		err = fmt.Errorf("connection ended after %d of %d bytes: %w", b.read, b.lit.Size(), io.ErrUnexpectedEOF)
		fallthrough
	case err != nil && err != io.EOF:
		b.err = err
		b.c.wc.kill() // no resynchronising after a broken literal
	}
	return n, err
}
