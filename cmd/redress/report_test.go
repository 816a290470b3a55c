package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// redress report writes one HTML file with its charts inline, and the
// charts as PNG files when asked.
func TestReportCommand(t *testing.T) {
	s := newStation(t)
	s.deliver(t, mkMail(complaintZH))
	s.once(t)
	ref := s.cases(t)[0].Ref
	if _, errOut, err := invoke(t, t.Context(), "case", "recovered", ref, "120", "CNY", "-config", s.config); err != nil {
		t.Fatalf("case recovered: %v\n%s", err, errOut)
	}
	out, images := filepath.Join(s.dir, "report.html"), t.TempDir()
	today := time.Now().In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly)
	stdout, errOut, err := invoke(t, t.Context(), "report", "-since", today, "-out", out, "-images", images, "-config", s.config)
	if err != nil {
		t.Fatalf("report: %v\n%s", err, errOut)
	}
	html, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"每周新开案件", "Test Station", "120.00 CNY", `src="data:image/png;base64,`} {
		if !bytes.Contains(html, []byte(want)) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if bytes.Contains(html, []byte("cid:")) {
		t.Error("report.html references cid: images, which a browser cannot show")
	}
	for _, name := range []string{"report-cases-per-week.png", "report-recovered-per-month.png"} {
		b, err := os.ReadFile(filepath.Join(images, name))
		if err != nil {
			t.Fatalf("%v (stdout %s)", err, stdout)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, _, err := invoke(t, t.Context(), "report", "-since", "2026-02-30", "-config", s.config); err == nil {
		t.Error("report accepted -since 2026-02-30")
	}
}

// redress run with schedule.report mails last month's report at its
// tick, and at the next tick finds it sent and sends nothing more.
func TestRunQueuesMonthlyReportOnce(t *testing.T) {
	s := newStation(t)
	s.edit(t, func(c string) string {
		return strings.Replace(c, `  poll: "@every 1m"`, "  poll: \"@every 1h\"\n  report: \"@every 1s\"", 1) +
			"report:\n  to: [director@yweca.org.example]\n"
	})
	logs := s.startRun(t)
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(logs.String(), "monthly report already sent") {
		if time.Now().After(deadline) {
			t.Fatalf("no second report tick in 20s:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	got := s.smtp.WaitFor(1, 10*time.Second)
	n := 0
	for _, r := range got {
		if len(r.To) == 1 && r.To[0] == "director@yweca.org.example" {
			n++
			if !bytes.Contains(r.Data, []byte("multipart/related")) || !bytes.Contains(r.Data, []byte("Content-Id: <cases-per-week.")) &&
				!bytes.Contains(r.Data, []byte("Content-ID: <cases-per-week.")) {
				t.Errorf("the report mail is not multipart/related with the charts inline:\n%.600s", r.Data)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d report mails sent, want 1:\n%s", n, logs)
	}
}
