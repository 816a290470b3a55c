package archive

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzMbox checks two things of the mbox reader on any input: it never
// panics and its positions move forward within the data; and messages
// written as mboxrd (split from the input at 0x00 bytes) are read back
// as written, whatever the read buffer.
func FuzzMbox(f *testing.F) {
	f.Add([]byte("From a x\nA: 1\n\n>From b\n\nFrom c y\n\n"), uint8(0))
	f.Add([]byte("A: 1\n\nFrom here\x00B: 2\r\n\r\n>>From x\r\n\r\n"), uint8(3))
	f.Add([]byte("\x00\x00From \n\n\n"), uint8(1))
	if b, err := os.ReadFile("testdata/sample.mbox"); err == nil {
		f.Add(b, uint8(0))
	}
	shared, _ := filepath.Glob("../../shared/testdata/mime-wild/*")
	for i, p := range shared {
		if b, err := os.ReadFile(p); err == nil && i < 20 {
			f.Add(b, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, sz uint8) {
		size := 16 + int(sz)
		// Any input: no panic, positions within the data and rising.
		mb := newMbox(bytes.NewReader(data), 0, size)
		last := int64(-1)
		for {
			m, err := mb.Next()
			if err != nil {
				break
			}
			if m.Offset <= last || m.Offset >= int64(len(data)) || !bytes.HasPrefix(data[m.Offset:], []byte("From ")) {
				t.Fatalf("message at offset %d after %d: not at a From_ line", m.Offset, last)
			}
			last = m.Offset
			io.Copy(io.Discard, m.Body)
			if p, _ := mb.Pos(); p < m.Offset || p > int64(len(data)) {
				t.Fatalf("Pos %d outside [%d, %d]", p, m.Offset, len(data))
			}
		}
		// Round trip: what an mboxrd writer wrote is read back.
		msgs := strings.Split(string(data), "\x00")
		for i, m := range msgs {
			if m != "" && !strings.HasSuffix(m, "\n") {
				msgs[i] = m + "\n"
			}
			if strings.Contains(m, strings.Repeat(">", size-8)) {
				return // a '>' run longer than the buffer is not unescaped (documented)
			}
		}
		got, _, err := readMbox(strings.NewReader(writeMbox(msgs)), 0, size)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(msgs) {
			t.Fatalf("wrote %d messages, read %d: %q", len(msgs), len(got), got)
		}
		for i := range msgs {
			if got[i] != msgs[i] {
				t.Fatalf("message %d: wrote %q, read %q", i, msgs[i], got[i])
			}
		}
	})
}
