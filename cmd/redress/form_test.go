package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// formStation is a station whose daemon polls every second and serves
// the complaint form (and /healthz) on a free port.
func formStation(t *testing.T) (s *station, base string) {
	t.Helper()
	s, base = monitoredStation(t)
	s.edit(t, func(c string) string { return c + "form:\n  enabled: true\n" })
	return s, base
}

// waitForm waits until the daemon serves the form.
func waitForm(t *testing.T, base string, d *daemon) {
	t.Helper()
	eventually(t, "the form is served", 10*time.Second, d.logs, func() (bool, string) {
		code, body := health(base + "/complaint")
		return code == 200, fmt.Sprint(code, " ", body)
	})
}

var (
	formTokenRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	caseRefRE   = regexp.MustCompile(`id="case-ref" data-state="([a-z_]+)">([A-Z]+-\d{4}-\d{5})<`)
)

// submitForm posts fields (and a PNG when png) to the form as a browser
// does, with a fresh token, and returns the status and page.
func postForm(t *testing.T, base string, fields url.Values, png []byte) (int, string) {
	t.Helper()
	return postFormAt(t, base+"/complaint", fields, png)
}

// postFormAt is postForm on the form at page (/complaint/<station>).
func postFormAt(t *testing.T, page string, fields url.Values, png []byte) (int, string) {
	t.Helper()
	formURL := page
	_, page = health(formURL)
	m := formTokenRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no token on the form:\n%s", page)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf", m[1])
	for k, vs := range fields {
		mw.WriteField(k, vs[0])
	}
	if png != nil {
		w, _ := mw.CreateFormFile("attachments", "receipt.png")
		w.Write(png)
	}
	mw.Close()
	resp, err := http.Post(formURL, mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var testPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")

// TestComplaintForm runs the daemon with the form on and submits a
// complete complaint in Chinese and an incomplete one in English: each
// becomes a case of channel web with the submission kept as evidence,
// the consumer's acknowledgement answers the submission, and staff get
// the notice.
func TestComplaintForm(t *testing.T) {
	s, base := formStation(t)
	d := startDaemon(t, s)
	waitForm(t, base, d)

	for _, tt := range []struct {
		name    string
		fields  url.Values
		png     []byte
		state   string
		missing string
		email   string
	}{
		{name: "complete, in Chinese, with a photo", png: testPNG, state: "open", email: "zhaoli@qq.example",
			fields: url.Values{"lang": {"zh"}, "name": {"赵丽"}, "phone": {"137 0579 1234"}, "email": {"zhaoli@qq.example"},
				"merchant_name": {"乐乐童装"}, "merchant_url": {"https://lele.yangkeduo.com"}, "order_number": {"PDD-77"},
				"story": {"买的童装有质量问题，商家不给退款。"}, "wants": {"退款"}}},
		{name: "incomplete, in English, submitted without the details", state: "awaiting_info", missing: "complainant_phone", email: "tom@mail.example",
			fields: url.Values{"lang": {"en"}, "name": {"Tom Baker"}, "email": {"tom@mail.example"}, "anyway": {"1"},
				"story": {"The kettle I ordered broke on the first day and the seller does not answer."}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, page := postForm(t, base, tt.fields, tt.png)
			m := caseRefRE.FindStringSubmatch(page)
			if code != 200 || m == nil || m[1] != tt.state {
				t.Fatalf("status %d, confirmation:\n%s", code, page)
			}
			ref := m[2]
			out, errOut, err := invoke(t, t.Context(), "cases", "show", ref, "--json", "-config", s.config)
			if err != nil {
				t.Fatalf("cases show: %v %s", err, errOut)
			}
			var c struct {
				State    string   `json:"state"`
				Channel  string   `json:"channel"`
				Missing  []string `json:"missing"`
				Messages []struct {
					Direction string `json:"direction"`
					MessageID string `json:"message_id"`
				} `json:"messages"`
			}
			if err := json.Unmarshal([]byte(out), &c); err != nil {
				t.Fatal(err)
			}
			if c.State != tt.state || c.Channel != "web" || (tt.missing != "" && !strings.Contains(strings.Join(c.Missing, ","), tt.missing)) {
				t.Errorf("case %s: state %s channel %s missing %v", ref, c.State, c.Channel, c.Missing)
			}
			if len(c.Messages) == 0 || c.Messages[0].Direction != "in" {
				t.Fatalf("the submission is not the case's first message: %+v", c.Messages)
			}
			submission := c.Messages[0].MessageID
			eventually(t, "the acknowledgement and the notice are sent", 10*time.Second, d.logs, func() (bool, string) {
				return len(s.sentTo(tt.email)) == 1 && len(noticesOf(s, ref)) == 1, fmt.Sprint(len(s.sentTo(tt.email)), " acks")
			})
			ack := s.sentTo(tt.email)[0]
			subject, _ := ack.Header.Text("Subject")
			if !strings.Contains(subject, "["+ref+"]") || ack.Header.Get("In-Reply-To") != "<"+submission+">" || ack.Header.Get("Auto-Submitted") != "auto-replied" {
				t.Errorf("acknowledgement %q In-Reply-To %q, want it to answer <%s>", subject, ack.Header.Get("In-Reply-To"), submission)
			}
		})
	}
	// The raw record of the first submission (message 1): the fields as
	// JSON, naming the photo kept beside it (attachment 1) by its SHA-256.
	raw, errOut, err := invoke(t, t.Context(), "cases", "raw", "1", "-config", s.config)
	if err != nil {
		t.Fatalf("cases raw 1: %v %s", err, errOut)
	}
	var rec struct {
		Fields      map[string]string `json:"fields"`
		Attachments []struct {
			Filename string `json:"filename"`
			SHA256   string `json:"sha256"`
		} `json:"attachments"`
	}
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Fields["merchant_name"] != "乐乐童装" || len(rec.Attachments) != 1 {
		t.Errorf("raw record (%v):\n%s", err, raw)
	}
	photo, _, err := invoke(t, t.Context(), "cases", "attachment", "1", "-config", s.config)
	if sum := sha256.Sum256([]byte(photo)); err != nil || len(rec.Attachments) == 1 && hex.EncodeToString(sum[:]) != rec.Attachments[0].SHA256 {
		t.Errorf("the photo kept does not match its SHA-256 in the record (%v)", err)
	}
	if list := s.cases(t); len(list) != 2 {
		t.Fatalf("%d cases", len(list))
	}
	if code, _ := health(base + "/healthz"); code != 200 {
		t.Errorf("/healthz beside the form: %d", code)
	}
}

// noticesOf is the staff notices the SMTP server received for ref.
func noticesOf(s *station, ref string) []string {
	var out []string
	for _, e := range s.sentTo("cases@yweca.org.example") {
		if subj, _ := e.Header.Text("Subject"); strings.Contains(subj, ref) {
			out = append(out, subj)
		}
	}
	return out
}

func TestStationSlugs(t *testing.T) {
	for _, tt := range []struct {
		name, prefix, station string
		want                  []string
	}{
		{name: "latin name", prefix: "YW", station: "Yiwu E-commerce Station", want: []string{"yw", "yiwu-e-commerce-station"}},
		{name: "Chinese name", prefix: "YW", station: "义乌电商消费维权服务站", want: []string{"yw"}},
		{name: "name and prefix alike", prefix: "HZ", station: "HZ", want: []string{"hz"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := stationSlugs(tt.prefix, tt.station); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("stationSlugs = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDemoServe: `redress demo -serve` prints the form's address, and a
// complaint submitted there while it runs becomes a case it shows.
func TestDemoServe(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	out := &syncBuilder{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"demo", "-serve"}, out, io.Discard) }()
	addrRE := regexp.MustCompile(`(?s)complaint form is at (http://127\.0\.0\.1:\d+)/complaint.*until interrupted`)
	var base string
	eventually(t, "the demo prints the form's address and plays its mail", 60*time.Second, out, func() (bool, string) {
		m := addrRE.FindStringSubmatch(out.String())
		if m != nil {
			base = m[1]
		}
		return m != nil, out.String()
	})
	code, page := postForm(t, base, url.Values{"lang": {"en"}, "email": {"web@mail.example"}, "anyway": {"1"},
		"story": {"The seller sent the wrong size and will not exchange it."}}, nil)
	m := caseRefRE.FindStringSubmatch(page)
	if code != 200 || m == nil {
		t.Fatalf("%d:\n%s", code, page)
	}
	eventually(t, "the demo shows the new case", 60*time.Second, out, func() (bool, string) {
		return strings.Contains(out.String(), m[2]+"  complaint awaiting_info") && strings.Contains(out.String(), "via web"), out.String()
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("demo: %v", err)
	}
}

// The form's CSRF key comes from the station's secret: the same after a
// restart (a form served before it is still accepted), another after
// `redress secret rotate`.
func TestFormKeySurvivesRestart(t *testing.T) {
	s := newStation(t)
	ctx := t.Context()
	key := func() []byte {
		t.Helper()
		store, err := openStore(ctx, mustLoad(t, s.config))
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		k, err := formKey(ctx, store)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	first, again := key(), key()
	if len(first) != 32 || !bytes.Equal(first, again) {
		t.Fatalf("form key %x, then %x after a restart: want the same 32 bytes", first, again)
	}
	if _, errOut, err := invoke(t, ctx, "secret", "rotate", "-config", s.config); err != nil {
		t.Fatalf("secret rotate: %v\n%s", err, errOut)
	}
	if bytes.Equal(key(), first) {
		t.Error("the form key did not change with the rotated secret")
	}
}
