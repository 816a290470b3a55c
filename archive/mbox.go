package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ErrNotMbox is wrapped by Next's error when the data does not begin
// with a From_ line.
var ErrNotMbox = errors.New("not an mbox file: it does not begin with a \"From \" line")

// bufSize is the read buffer of an Mbox: the memory it holds whatever the
// size of the file or of its messages. A run of more than about this many
// '>' before "From " at a line start is not unescaped.
const bufSize = 64 << 10

// Mbox reads the messages of an mbox file in order, streaming.
//
// RFC 4155: each message begins with a line "From sender date" (the From_
// line) at the start of the file or of a line; a line of the body that
// would begin with "From " was written as ">From ". Both common variants
// are read with the mboxrd rule (a line matching ^>+From loses one '>'):
// for mboxo, which quoted only "From ", that is the same for every line it
// wrote except an original ">From ", which it could not tell apart either.
// The empty line that writers put between messages is not part of the
// message before it.
type Mbox struct {
	r       *bufio.Reader
	pos     int64  // offset of the next byte r returns
	started bool   // the first From_ line was looked for
	next    []byte // the From_ line of the next message (without line end); nil: none
	nextPos int64  // its offset
	body    *mboxBody
	err     error
}

// NewMbox reads an mbox from r, whose first byte is at offset in the file
// (0, or a Pos of an earlier reader: the start of a From_ line).
func NewMbox(r io.Reader, offset int64) *Mbox {
	return newMbox(r, offset, bufSize)
}

func newMbox(r io.Reader, offset int64, size int) *Mbox {
	return &Mbox{r: bufio.NewReaderSize(r, size), pos: offset}
}

// Next returns the next message, or io.EOF after the last. The body of
// the message returned before is skipped to its end first.
func (m *Mbox) Next() (*Message, error) {
	if m.body != nil && !m.body.done {
		if _, err := io.Copy(io.Discard, m.body); err != nil {
			return nil, err
		}
	}
	if m.err != nil {
		return nil, m.err
	}
	if !m.started {
		m.started = true
		if err := m.first(); err != nil {
			m.err = err
			return nil, err
		}
	}
	if m.next == nil {
		m.err = io.EOF
		return nil, io.EOF
	}
	sep := string(m.next)
	msg := &Message{Offset: m.nextPos, Separator: sep, Received: fromLineDate(sep)}
	m.next = nil
	m.body = &mboxBody{m: m, start: msg.Offset, sep: sep}
	msg.Body = m.body
	return msg, nil
}

// Pos is where reading may start again later (NewMbox on the file seeked
// there): the start of the first message whose body was not read to its
// end, or the end of the data after the last; separator is the From_ line
// found there ("" at the end), for the caller to check that the file
// still holds it before it seeks.
func (m *Mbox) Pos() (offset int64, separator string) {
	switch {
	case m.body != nil && !m.body.done:
		return m.body.start, m.body.sep
	case m.next != nil:
		return m.nextPos, string(m.next)
	}
	return m.pos, ""
}

// first reads up to the first From_ line: empty lines may come before it,
// nothing else.
func (m *Mbox) first() error {
	for {
		p, err := m.r.Peek(5)
		if len(p) == 0 && err == io.EOF {
			return nil // an empty file has no messages
		}
		if bytes.HasPrefix(p, []byte("From ")) {
			return m.readSeparator()
		}
		if !(len(p) > 0 && p[0] == '\n') && !bytes.HasPrefix(p, []byte("\r\n")) {
			if err != nil && err != io.EOF {
				return err
			}
			return fmt.Errorf("at byte %d: %w", m.pos, ErrNotMbox)
		}
		line, err := m.r.ReadSlice('\n')
		m.pos += int64(len(line))
		if err != nil {
			return err
		}
	}
}

// readSeparator consumes a From_ line and keeps it as the next message's.
func (m *Mbox) readSeparator() error {
	m.nextPos = m.pos
	m.next = m.next[:0]
	for {
		frag, err := m.r.ReadSlice('\n')
		m.pos += int64(len(frag))
		if len(m.next) < 1024 {
			m.next = append(m.next, frag[:min(len(frag), 1024-len(m.next))]...)
		}
		switch {
		case err == nil || err == io.EOF:
			m.next = bytes.TrimRight(m.next, "\r\n")
			if m.next == nil {
				m.next = []byte{}
			}
			return nil
		case err != bufio.ErrBufferFull:
			return err
		}
	}
}

// mboxBody reads one message's body: its lines up to the next From_ line,
// unescaped, without the empty line before that From_ line.
type mboxBody struct {
	m       *Mbox
	start   int64  // offset of the message's From_ line
	sep     string // that line
	out     []byte // bytes ready for Read
	scratch []byte
	held    []byte // an empty line held back: it is the separator's if a From_ line follows
	midLine bool   // the next byte continues a line
	done    bool
}

func (b *mboxBody) Read(p []byte) (int, error) {
	for len(b.out) == 0 {
		if b.done {
			return 0, io.EOF
		}
		if err := b.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, b.out)
	b.out = b.out[n:]
	return n, nil
}

// fill reads the next piece of a line into out, or ends the body.
func (b *mboxBody) fill() error {
	m := b.m
	if !b.midLine {
		p, err := m.r.Peek(5)
		switch {
		case len(p) == 0 && err == io.EOF:
			// The end of the file: a held empty line was the writer's.
			b.done = true
			return nil
		case len(p) == 0 && err != nil:
			return err
		case bytes.HasPrefix(p, []byte("From ")):
			b.done = true
			if err := m.readSeparator(); err != nil {
				m.err = err
				return err
			}
			return nil
		case p[0] == '\n' || bytes.HasPrefix(p, []byte("\r\n")):
			line, err := m.r.ReadSlice('\n')
			m.pos += int64(len(line))
			if err != nil {
				return err
			}
			b.out = append(b.scratch[:0], b.held...)
			b.held = append(b.held[:0], line...)
			b.scratch = b.out
			return nil
		case p[0] == '>':
			if err := b.unescape(); err != nil {
				return err
			}
		}
	}
	frag, err := m.r.ReadSlice('\n')
	m.pos += int64(len(frag))
	b.midLine = err == bufio.ErrBufferFull
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return err
	}
	b.out = append(append(b.scratch[:0], b.held...), frag...)
	b.held = b.held[:0]
	b.scratch = b.out
	if err == io.EOF {
		b.midLine = false
	}
	return nil
}

// unescape drops the first '>' of a line matching ^>+From (mboxrd).
func (b *mboxBody) unescape() error {
	m := b.m
	n := 64
	for {
		p, err := m.r.Peek(n)
		run := 0
		for run < len(p) && p[run] == '>' {
			run++
		}
		if run+5 <= len(p) || err != nil {
			if bytes.HasPrefix(p[run:], []byte("From ")) {
				if _, err := m.r.Discard(1); err != nil {
					return err
				}
				m.pos++
			}
			return nil
		}
		if n >= m.r.Size() {
			return nil // a run of '>' longer than the buffer: left as it is
		}
		n = min(2*n, m.r.Size())
	}
}

// fromLineDate reads the date of a From_ line ("From sender Thu Dec  3
// 12:00:00 2026", with or without a zone); zero when it has none.
func fromLineDate(line string) time.Time {
	f := strings.Fields(line)
	if len(f) < 3 {
		return time.Time{}
	}
	rest := strings.Join(f[2:], " ")
	for _, layout := range []string{
		"Mon Jan 2 15:04:05 2006",
		"Mon Jan 2 15:04:05 MST 2006",
		"Mon Jan 2 15:04:05 -0700 2006",
		"Mon Jan 2 15:04 2006",
		"Mon, 2 Jan 2006 15:04:05 -0700",
	} {
		if t, err := time.Parse(layout, rest); err == nil {
			return t
		}
	}
	return time.Time{}
}
