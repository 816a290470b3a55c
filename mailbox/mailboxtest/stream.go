package mailboxtest

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
)

// maxStreamHeader caps how much of a streamed message's header the server
// keeps.
const maxStreamHeader = 64 << 10

// stream is a message whose bytes the server does not hold: open gives
// them afresh for every FETCH.
type stream struct {
	size   int64
	open   func() io.Reader
	date   time.Time
	header []byte // up to and including the empty line
}

// AppendStream stores in folder a message of exactly size bytes whose
// content open returns, afresh for every FETCH that asks for it, and
// returns its UID. The server streams it to a UID FETCH of BODY[] instead
// of holding it in memory, so that a test of a 50 MB message measures the
// client, not the server; and open may return a reader that stalls
// (StallAfter) or trickles (Trickle) to play a slow or broken link.
//
// Only UID FETCH of UID, FLAGS (always empty), INTERNALDATE, RFC822.SIZE,
// BODY[] and BODY[HEADER] / BODY[HEADER.FIELDS (...)] is served for such a
// message; the memory server holds its header only, for SEARCH and
// sequence numbers.
func (s *Server) AppendStream(folder string, size int64, open func() io.Reader) (uint32, error) {
	header, err := readHeader(open())
	if err != nil {
		return 0, fmt.Errorf("reading the header of a streamed test message: %w", err)
	}
	date := time.Now()
	placeholder := append(slices.Clip(header), "(body served by mailboxtest.AppendStream)\r\n"...)
	s.mu.Lock()
	defer s.mu.Unlock()
	data, err := s.user.Append(folder, bytes.NewReader(placeholder), &imap.AppendOptions{Time: date})
	if err != nil {
		return 0, fmt.Errorf("appending to test folder %q: %w", folder, err)
	}
	if s.streams == nil {
		s.streams = make(map[string]map[imap.UID]*stream)
	}
	if s.streams[folder] == nil {
		s.streams[folder] = make(map[imap.UID]*stream)
	}
	s.streams[folder][data.UID] = &stream{size: size, open: open, date: date, header: header}
	return uint32(data.UID), nil
}

// readHeader returns the header of a message up to and including the
// empty line that ends it.
func readHeader(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(io.LimitReader(r, maxStreamHeader))
	var h []byte
	for {
		line, err := br.ReadBytes('\n')
		h = append(h, line...)
		if err != nil {
			return nil, fmt.Errorf("no end of header within %d bytes: %w", maxStreamHeader, err)
		}
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			return h, nil
		}
	}
}

// fetchWithStreams answers a FETCH: streamed messages itself, the others
// through the memory server, in ascending UID order.
func (sess *session) fetchWithStreams(w *imapserver.FetchWriter, numSet imap.NumSet, options *imap.FetchOptions, streams map[imap.UID]*stream) error {
	uidSet, ok := numSet.(imap.UIDSet)
	if !ok || len(streams) == 0 {
		return sess.SessionIMAP4rev2.Fetch(w, numSet, options)
	}
	var mine []imap.UID
	for uid := range streams {
		if uidSet.Contains(uid) {
			mine = append(mine, uid)
		}
	}
	slices.Sort(mine)
	lo := imap.UID(1)
	for _, uid := range mine {
		if part := clipUIDs(uidSet, lo, uid-1); len(part) > 0 {
			if err := sess.SessionIMAP4rev2.Fetch(w, part, options); err != nil {
				return err
			}
		}
		if err := sess.fetchStream(w, uid, streams[uid], options); err != nil {
			return err
		}
		lo = uid + 1
	}
	if part := clipUIDs(uidSet, lo, math.MaxUint32); len(part) > 0 {
		return sess.SessionIMAP4rev2.Fetch(w, part, options)
	}
	return nil
}

// clipUIDs returns the part of set within lo..hi ("*" taken as the top).
func clipUIDs(set imap.UIDSet, lo, hi imap.UID) imap.UIDSet {
	var out imap.UIDSet
	if lo > hi {
		return out
	}
	for _, r := range set {
		start, stop := r.Start, r.Stop
		if start == 0 {
			start = math.MaxUint32
		}
		if stop == 0 {
			stop = math.MaxUint32
		}
		if start > stop {
			start, stop = stop, start
		}
		start, stop = max(start, lo), min(stop, hi)
		if start <= stop {
			out = append(out, imap.UIDRange{Start: start, Stop: stop})
		}
	}
	return out
}

// fetchStream writes the FETCH response of one streamed message.
func (sess *session) fetchStream(w *imapserver.FetchWriter, uid imap.UID, st *stream, options *imap.FetchOptions) error {
	if options.Envelope || options.BodyStructure != nil || len(options.BinarySection) > 0 || len(options.BinarySectionSize) > 0 {
		return errors.New("mailboxtest: only UID, FLAGS, INTERNALDATE, RFC822.SIZE and BODY[] or BODY[HEADER...] are served for a streamed message")
	}
	found, err := sess.SessionIMAP4rev2.Search(imapserver.NumKindSeq, &imap.SearchCriteria{UID: []imap.UIDSet{imap.UIDSetNum(uid)}}, &imap.SearchOptions{})
	if err != nil {
		return err
	}
	seqs, _ := found.All.(imap.SeqSet)
	if len(seqs) == 0 {
		return nil // expunged
	}
	rw := w.CreateMessage(seqs[0].Start)
	rw.WriteUID(uid)
	if options.Flags {
		rw.WriteFlags(nil)
	}
	if options.InternalDate {
		rw.WriteInternalDate(st.date)
	}
	if options.RFC822Size {
		rw.WriteRFC822Size(st.size)
	}
	for _, bs := range options.BodySection {
		switch {
		case len(bs.Part) == 0 && bs.Partial == nil && bs.Specifier == imap.PartSpecifierNone:
			wc := rw.WriteBodySection(bs, st.size)
			n, err := io.CopyN(wc, st.open(), st.size)
			if err != nil {
				return fmt.Errorf("mailboxtest: streamed message uid %d ended after %d of %d bytes: %w", uid, n, st.size, err)
			}
			if err := wc.Close(); err != nil {
				return err
			}
		case len(bs.Part) == 0 && bs.Partial == nil && bs.Specifier == imap.PartSpecifierHeader:
			buf := imapserver.ExtractBodySection(bytes.NewReader(st.header), bs)
			wc := rw.WriteBodySection(bs, int64(len(buf)))
			if _, err := wc.Write(buf); err != nil {
				return err
			}
			if err := wc.Close(); err != nil {
				return err
			}
		default:
			return errors.New("mailboxtest: only BODY[] and BODY[HEADER...] are served for a streamed message")
		}
	}
	return rw.Close()
}

// LargeMessage returns the open function of a reproducible message of
// exactly size bytes (at least 400): a header with the Message-ID
// <messageID> (none if empty) and a base64 body made from a pseudo-random
// stream seeded with seed. Every call of open starts again from the first
// byte, so a test can hash the same bytes the server sends.
func LargeMessage(messageID string, size int64, seed uint64) func() io.Reader {
	var h strings.Builder
	h.WriteString("From: Wang Fang <wang.fang@example.com>\r\n")
	h.WriteString("To: tousu@yweca.org.example\r\n")
	fmt.Fprintf(&h, "Subject: complaint with a large attachment (%d bytes)\r\n", size)
	if messageID != "" {
		fmt.Fprintf(&h, "Message-ID: <%s>\r\n", messageID)
	}
	h.WriteString("MIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	header := h.String()
	return func() io.Reader {
		return io.LimitReader(io.MultiReader(strings.NewReader(header), newBase64Lines(seed)), size)
	}
}

// base64Lines is an endless body of 76-character base64 lines of
// pseudo-random bytes.
type base64Lines struct {
	rng  *rand.ChaCha8
	raw  [57]byte
	line [78]byte
	rest []byte
}

func newBase64Lines(seed uint64) *base64Lines {
	var key [32]byte
	binary.LittleEndian.PutUint64(key[:], seed)
	return &base64Lines{rng: rand.NewChaCha8(key)}
}

func (b *base64Lines) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(b.rest) == 0 {
			b.rng.Read(b.raw[:])
			base64.StdEncoding.Encode(b.line[:76], b.raw[:])
			b.line[76], b.line[77] = '\r', '\n'
			b.rest = b.line[:]
		}
		c := copy(p[n:], b.rest)
		b.rest = b.rest[c:]
		n += c
	}
	return n, nil
}

// StallAfter returns a reader that passes on the first n bytes of r, then
// blocks until release is closed and fails. Given to AppendStream, it makes
// the server go silent part-way through the message.
func StallAfter(r io.Reader, n int64, release <-chan struct{}) io.Reader {
	return io.MultiReader(io.LimitReader(r, n), stallReader(release))
}

type stallReader <-chan struct{}

func (s stallReader) Read([]byte) (int, error) {
	<-s
	return 0, errors.New("mailboxtest: stalled reader released")
}

// Trickle returns a reader that passes on r at most chunk bytes at a time,
// waiting every before each read: a link that is slow but keeps flowing.
func Trickle(r io.Reader, chunk int, every time.Duration) io.Reader {
	return &trickle{r: r, chunk: chunk, every: every}
}

type trickle struct {
	r     io.Reader
	chunk int
	every time.Duration
}

func (t *trickle) Read(p []byte) (int, error) {
	time.Sleep(t.every)
	return t.r.Read(p[:min(len(p), t.chunk)])
}
