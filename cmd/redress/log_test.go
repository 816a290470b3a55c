package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// withLog adds a log section to the station's config.
func (s *station) withLog(t *testing.T, section string) {
	t.Helper()
	f, err := os.OpenFile(s.config, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("log: " + section + "\n"); err != nil {
		t.Fatal(err)
	}
}

// onceLog runs `redress once` with args and returns its log lines.
func (s *station) onceLog(t *testing.T, args ...string) []string {
	t.Helper()
	out, errOut, err := invoke(t, t.Context(), append([]string{"once", "-config", s.config}, args...)...)
	if err != nil {
		t.Fatalf("redress once: %v\nstdout: %s\nstderr: %s", err, out, errOut)
	}
	return strings.Split(strings.TrimSpace(errOut), "\n")
}

// The daemon's log (log.format json) has one component a line, times in
// station time with the offset, and the consumer's address and phone
// number masked; log.pii: true shows them.
func TestLogJSONMaskedOneComponent(t *testing.T) {
	s := newStation(t)
	s.withLog(t, "{format: json, level: debug}")
	s.deliver(t, mkMail(complaintZH))
	lines := s.onceLog(t)
	all := strings.Join(lines, "\n")
	for _, line := range lines {
		keys := map[string]int{}
		dec := json.NewDecoder(strings.NewReader(line))
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			t.Fatalf("log line %q is not JSON: %v", line, err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			keys[k.(string)]++
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
		}
		if keys["component"] != 1 {
			t.Errorf("line has %d component keys, want 1: %s", keys["component"], line)
		}
		var m struct{ Time string }
		json.Unmarshal([]byte(line), &m)
		if !strings.HasSuffix(m.Time, "+08:00") {
			t.Errorf("time %q is not in station time (Asia/Shanghai, +08:00): %s", m.Time, line)
		}
	}
	if !strings.Contains(all, `"msg":"mail sent"`) || !strings.Contains(all, "w***@mail.example") {
		t.Errorf("no masked \"mail sent\" line:\n%s", all)
	}
	if strings.Contains(all, "wangfang@mail.example") || strings.Contains(all, "13812345678") {
		t.Errorf("the log shows the consumer's address or phone:\n%s", all)
	}

	s2 := newStation(t)
	s2.withLog(t, "{format: text, pii: true}")
	s2.deliver(t, mkMail(complaintZH))
	if all := strings.Join(s2.onceLog(t), "\n"); !strings.Contains(all, "to=wangfang@mail.example") {
		t.Errorf("with log.pii: true the recipient is not shown whole:\n%s", all)
	}
}

// -log-level overrides log.level.
func TestLogLevelFlagOverridesConfig(t *testing.T) {
	s := newStation(t)
	s.withLog(t, "{level: error}")
	s.deliver(t, mkMail(complaintZH))
	if lines := s.onceLog(t); len(lines) != 1 || lines[0] != "" {
		t.Errorf("at log.level error a good round logged: %q", lines)
	}
	s.deliver(t, mkMail(complaintEN))
	if all := strings.Join(s.onceLog(t, "-log-level", "info"), "\n"); !strings.Contains(all, "level=INFO") {
		t.Errorf("-log-level info did not override log.level error:\n%s", all)
	}
}
