package archive

import (
	"bytes"
	"errors"
	"io"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// readAll reads every message of an mbox with a read buffer of size.
func readAll(t *testing.T, data string, size int) []string {
	t.Helper()
	msgs, _, err := readMbox(strings.NewReader(data), 0, size)
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

func readMbox(r io.Reader, off int64, size int) ([]string, []*Message, error) {
	mb := newMbox(r, off, size)
	var out []string
	var ms []*Message
	for {
		m, err := mb.Next()
		if err == io.EOF {
			return out, ms, nil
		}
		if err != nil {
			return out, ms, err
		}
		b, err := io.ReadAll(m.Body)
		if err != nil {
			return out, ms, err
		}
		out = append(out, string(b))
		ms = append(ms, m)
	}
}

// writeMbox writes msgs as an mboxrd file: a From_ line, the body with
// ^>*From lines quoted, a line end if it had none, and an empty line.
func writeMbox(msgs []string) string {
	var b strings.Builder
	quote := regexp.MustCompile(`(?m)^(>*From )`)
	for _, m := range msgs {
		b.WriteString("From someone@example.com Thu Dec  3 12:00:00 2026\n")
		b.WriteString(quote.ReplaceAllString(m, ">$1"))
		if m != "" && !strings.HasSuffix(m, "\n") {
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestMboxSplit(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"empty file", "", nil},
		{"one message", "From a Thu Dec  3 12:00:00 2026\nSubject: x\n\nbody\n\n", []string{"Subject: x\n\nbody\n"}},
		{"no empty line at the end", "From a Thu Dec  3 12:00:00 2026\nSubject: x\n\nbody\n", []string{"Subject: x\n\nbody\n"}},
		{"no line end at the end", "From a Thu Dec  3 12:00:00 2026\nSubject: x\n\nbody", []string{"Subject: x\n\nbody"}},
		{"two messages", "From a x\nA: 1\n\none\n\nFrom b y\nB: 2\n\ntwo\n\n", []string{"A: 1\n\none\n", "B: 2\n\ntwo\n"}},
		{"empty lines before the first", "\n\r\nFrom a x\nA: 1\n\n", []string{"A: 1\n"}},
		{"only the last empty line is the writer's", "From a x\nA: 1\n\none\n\n\n\nFrom b y\nB: 2\n", []string{"A: 1\n\none\n\n\n", "B: 2\n"}},
		{"CRLF file", "From a x\r\nA: 1\r\n\r\none\r\n\r\nFrom b y\r\nB: 2\r\n", []string{"A: 1\r\n\r\none\r\n", "B: 2\r\n"}},
		{"From_ without an empty line before it", "From a x\nA: 1\nFrom b y\nB: 2\n", []string{"A: 1\n", "B: 2\n"}},
		{"mboxrd unescaping", "From a x\nA: 1\n\n>From here\n>>From there\n>>>From 3\n> From not\n>Fromage\nx >From y\n", []string{"A: 1\n\nFrom here\n>From there\n>>From 3\n> From not\n>Fromage\nx >From y\n"}},
		{"empty message", "From a x\n\nFrom b y\nB: 2\n", []string{"", "B: 2\n"}},
		{"From inside a line", "From a x\nA: 1\n\nmail From me\n", []string{"A: 1\n\nmail From me\n"}},
	}
	for _, tt := range tests {
		for _, size := range []int{16, 17, 64, bufSize} {
			got := readAll(t, tt.data, size)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("%s (buffer %d): got %q, want %q", tt.name, size, got, tt.want)
			}
		}
	}
}

func TestMboxNotMbox(t *testing.T) {
	_, _, err := readMbox(strings.NewReader("Subject: hi\n\nnot an mbox\n"), 0, bufSize)
	if !errors.Is(err, ErrNotMbox) {
		t.Fatalf("err = %v, want ErrNotMbox", err)
	}
}

func TestMboxLongLines(t *testing.T) {
	long := strings.Repeat("x", 100) + "\n"
	msgs := []string{"A: 1\n\n" + long + ">" + strings.Repeat(">", 40) + "From deep\n" + long, "B: 2\n\nFrom " + long}
	data := writeMbox(msgs)
	for _, size := range []int{16, 64, bufSize} {
		got := readAll(t, data, size)
		if len(got) != 2 || got[1] != msgs[1] || (size >= 64 && got[0] != msgs[0]) {
			t.Errorf("buffer %d: got %q, want %q", size, got, msgs)
		}
	}
}

func TestMboxSeparatorAndDate(t *testing.T) {
	data := "From MAILER-DAEMON Thu Dec  3 12:00:01 2026\nA: 1\n\nFrom b@x Mon Nov 23 10:00:00 +0800 2026\nB: 2\n\nFrom c\nC: 3\n"
	_, ms, err := readMbox(strings.NewReader(data), 0, bufSize)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		sep    string
		offset int64
		date   time.Time
	}{
		{"asctime", "From MAILER-DAEMON Thu Dec  3 12:00:01 2026", 0, time.Date(2026, 12, 3, 12, 0, 1, 0, time.UTC)},
		{"with zone", "From b@x Mon Nov 23 10:00:00 +0800 2026", int64(strings.Index(data, "From b@x")), time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)},
		{"no date", "From c", int64(strings.Index(data, "From c")), time.Time{}},
	}
	if len(ms) != len(tests) {
		t.Fatalf("got %d messages, want %d", len(ms), len(tests))
	}
	for i, tt := range tests {
		m := ms[i]
		if m.Separator != tt.sep || m.Offset != tt.offset || !m.Received.Equal(tt.date) {
			t.Errorf("%s: separator %q offset %d date %v, want %q %d %v", tt.name, m.Separator, m.Offset, m.Received, tt.sep, tt.offset, tt.date)
		}
	}
}

// TestMboxPosResumes reads part of a file, then starts a new reader at
// Pos on the rest: together they read each message once.
func TestMboxPosResumes(t *testing.T) {
	msgs := []string{"A: 1\n\none\n", "B: 2\n\n>From two\nFrom x\n", "C: 3\n\nthree\n", "D: 4\n\n"}
	data := writeMbox(msgs)
	for stop := 0; stop <= len(msgs); stop++ {
		for _, readBody := range []bool{true, false} {
			mb := newMbox(strings.NewReader(data), 0, 16)
			var got []string
			for range stop {
				m, err := mb.Next()
				if err != nil {
					t.Fatal(err)
				}
				b, _ := io.ReadAll(m.Body)
				got = append(got, string(b))
			}
			if !readBody {
				// A message returned but not read is read again.
				if m, err := mb.Next(); err == nil {
					io.ReadAll(io.LimitReader(m.Body, 3))
				}
			}
			pos, sep := mb.Pos()
			if pos > 0 && pos < int64(len(data)) && (!strings.HasPrefix(data[pos:], "From ") || !strings.HasPrefix(data[pos:], sep+"\n")) {
				t.Fatalf("stop %d: Pos %d is not at a From_ line: %q", stop, pos, data[pos:])
			}
			rest, _, err := readMbox(strings.NewReader(data[pos:]), pos, 16)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, rest...)
			if strings.Join(got, "|") != strings.Join(msgs, "|") {
				t.Errorf("stop %d read %v: got %q, want %q", stop, readBody, got, msgs)
			}
		}
	}
}

func TestMboxTestdata(t *testing.T) {
	f, err := os.Open("testdata/sample.mbox")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msgs, _, err := readMbox(f, 0, bufSize)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want 3", len(msgs))
	}
	if !strings.Contains(msgs[1], "\nFrom the shop I got nothing.\n") {
		t.Errorf("second message lost its unescaped From line:\n%s", msgs[1])
	}
	if bytes.Contains([]byte(msgs[2]), []byte("From sender")) {
		t.Errorf("third message holds a separator:\n%s", msgs[2])
	}
}

// genMbox generates one mbox message of lines lines, without holding it.
type genMbox struct {
	lines int
	head  []byte
	line  []byte
	off   int
}

func (g *genMbox) Read(p []byte) (int, error) {
	if g.head == nil {
		g.head = []byte("From a@b Thu Dec  3 12:00:00 2026\nMessage-ID: <1@b>\n\n")
		g.line = []byte(strings.Repeat("x", 76) + "\n")
	}
	if len(g.head) > 0 {
		n := copy(p, g.head)
		g.head = g.head[n:]
		return n, nil
	}
	if g.lines == 0 {
		return 0, io.EOF
	}
	n := copy(p, g.line[g.off:])
	g.off += n
	if g.off == len(g.line) {
		g.off = 0
		g.lines--
	}
	return n, nil
}

// TestMboxStreams: reading a 64 MiB message allocates a small fraction
// of it (the reader's buffer and line copies are reused).
func TestMboxStreams(t *testing.T) {
	mb := NewMbox(&genMbox{lines: (64 << 20) / 77}, 0)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err := mb.Next()
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.CopyBuffer(io.Discard, struct{ io.Reader }{m.Body}, make([]byte, 32<<10))
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if n < 64<<20-100 {
		t.Fatalf("read %d bytes", n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
		t.Errorf("reading a %d-byte message allocated %d bytes", n, alloc)
	}
}
