package logging

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// logLine logs one line about a consumer through New and returns it.
func logLine(t *testing.T, o Options) string {
	t.Helper()
	var buf bytes.Buffer
	l := New(&buf, o).With("component", "notify")
	l.Info("mail sent to lily@163.com", "case", "YW-2026-00042", "to", "lily@163.com,buyer.one@example.com",
		"phone", "13812345678", "address", "浙江省义乌市稠州北路123号",
		"err", errors.New("550 <zhang.wei@qq.com>: mailbox full; call 13912345678"),
		"message_id", "abc123@yw.example", "server", "smtp.example.com:465")
	return buf.String()
}

var personal = []string{"lily@163.com", "buyer.one@example.com", "13812345678", "稠州北路", "zhang.wei@qq.com", "13912345678"}

func TestPIIMasked(t *testing.T) {
	for _, json := range []bool{false, true} {
		name := map[bool]string{false: "text", true: "json"}[json]
		t.Run(name, func(t *testing.T) {
			line := logLine(t, Options{JSON: json})
			for _, p := range personal {
				if strings.Contains(line, p) {
					t.Errorf("%s log shows %q: %s", name, p, line)
				}
			}
			for _, want := range []string{"l***@163.com", "b***@example.com", "138****5678", "浙江省义乌市***",
				"z***@qq.com", "139****5678", "YW-2026-00042", "abc123@yw.example", "smtp.example.com:465"} {
				if !strings.Contains(line, want) {
					t.Errorf("%s log lacks %q: %s", name, want, line)
				}
			}
		})
	}
}

func TestPIIShownWhenAsked(t *testing.T) {
	for _, json := range []bool{false, true} {
		name := map[bool]string{false: "text", true: "json"}[json]
		t.Run(name, func(t *testing.T) {
			line := logLine(t, Options{JSON: json, PII: true})
			for _, p := range personal {
				if !strings.Contains(line, p) {
					t.Errorf("%s log with PII lacks %q: %s", name, p, line)
				}
			}
		})
	}
}

// topKeys counts the top-level keys of one JSON object (a map would keep
// one of two equal keys and hide the repeat).
func topKeys(t *testing.T, line string) map[string]int {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("log line %q is not a JSON object: %v", line, err)
	}
	keys := map[string]int{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("reading %q: %v", line, err)
		}
		keys[tok.(string)]++
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("reading %q: %v", line, err)
		}
	}
	return keys
}

func TestOneComponent(t *testing.T) {
	tests := []struct {
		name string
		log  func(*slog.Logger)
		want string
	}{
		{name: "derived again", want: "notify", log: func(l *slog.Logger) {
			l.With("component", "desk").With("component", "notify").Info("x")
		}},
		{name: "with and record", want: "desk", log: func(l *slog.Logger) {
			l.With("component", "mailbox", "uid", 7).Info("x", "component", "desk")
		}},
		{name: "derived with more attributes", want: "desk", log: func(l *slog.Logger) {
			l.With("component", "desk").With("folder", "INBOX", "uid", 7).With("message_id", "m@x").Warn("x")
		}},
		{name: "group after component", want: "notify", log: func(l *slog.Logger) {
			l.With("component", "notify").WithGroup("smtp").Info("x", "component", "inner")
		}},
		{name: "none", want: "", log: func(l *slog.Logger) { l.Info("x") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tt.log(New(&buf, Options{JSON: true}))
			line := buf.String()
			keys := topKeys(t, line)
			if tt.want == "" {
				if keys[ComponentKey] != 0 {
					t.Errorf("line %s has a component", line)
				}
				return
			}
			if keys[ComponentKey] != 1 {
				t.Errorf("line %s has %d component keys, want 1", line, keys[ComponentKey])
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatal(err)
			}
			if m[ComponentKey] != tt.want {
				t.Errorf("component = %v, want %s (%s)", m[ComponentKey], tt.want, line)
			}
		})
	}
}

// Times in the log are the station's, with the offset shown, and read as
// the same wall clock the CLI prints (time.DateTime in station time).
func TestStationTime(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 14, 0, 30, 0, 0, time.UTC) // 08:30 in Shanghai
	next := at.Add(90 * time.Minute)
	for _, json := range []bool{false, true} {
		var buf bytes.Buffer
		h := NewHandler(slog.NewJSONHandler(&buf, nil), Options{Location: shanghai})
		if !json {
			h = NewHandler(slog.NewTextHandler(&buf, nil), Options{Location: shanghai})
		}
		r := slog.NewRecord(at, slog.LevelInfo, "mail delivery deferred", 0)
		r.AddAttrs(slog.Time("next", next))
		if err := h.Handle(t.Context(), r); err != nil {
			t.Fatal(err)
		}
		line := buf.String()
		for _, want := range []string{"2026-03-14T08:30:00", "+08:00", "2026-03-14T10:00:00"} {
			if !strings.Contains(line, want) {
				t.Errorf("json=%v: line %s lacks %q", json, line, want)
			}
		}
		cli := at.In(shanghai).Format(time.DateTime)
		if !strings.Contains(line, strings.Replace(cli, " ", "T", 1)) {
			t.Errorf("json=%v: line %s does not show the CLI's %s", json, line, cli)
		}
	}
}

func TestLevel(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, Options{Level: slog.LevelWarn})
	l.Info("quiet")
	l.Warn("loud")
	if got := buf.String(); strings.Contains(got, "quiet") || !strings.Contains(got, "loud") {
		t.Errorf("at level warn the log is %q", got)
	}
}

// A Stringer, a []string and a LogValuer carrying personal data are masked
// too; a number under a phone key as well.
func TestMaskKinds(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, Options{})
	l.Info("x", "who", stringer("lily@163.com"), "recipients", []string{"lily@163.com"},
		"lazy", valuer{}, "mobile", int64(13812345678), slog.Group("g", "email", "lily@163.com"))
	if got := buf.String(); strings.Contains(got, "lily@") || strings.Contains(got, "13812345678") {
		t.Errorf("log shows personal data: %s", got)
	}
}

type stringer string

func (s stringer) String() string { return string(s) }

type valuer struct{}

func (valuer) LogValue() slog.Value { return slog.StringValue("call 13812345678") }

func BenchmarkHandle(b *testing.B) {
	l := New(io.Discard, Options{JSON: true}).With("component", "desk")
	for b.Loop() {
		l.Info("mail filed", "case", "YW-2026-00042", "uid", 42, "message_id", "abc@x", "err", errors.New("none"))
	}
}
