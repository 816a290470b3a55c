package report_test

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/desk"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/notify/notifytest"
	"github.com/yweca/redress/report"
)

func openStore(t *testing.T, now time.Time) *casefile.Store {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	st, err := casefile.Open(t.Context(), filepath.Join(t.TempDir(), "redress.db"),
		casefile.Options{Now: func() time.Time { return now }, Location: loc, CasePrefix: "YW"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// part is a leaf of a parsed MIME tree, with the multipart types above it.
type part struct {
	path        string // "multipart/related/multipart/alternative/text/html"
	contentType string
	contentID   string
	body        []byte
}

// leaves walks a MIME entity and returns its leaf parts, decoded.
func leaves(t *testing.T, header map[string][]string, body io.Reader, path string) []part {
	t.Helper()
	h := mail.Header(header)
	ct, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		t.Fatalf("%s: Content-Type %q: %v", path, h.Get("Content-Type"), err)
	}
	if strings.HasPrefix(ct, "multipart/") {
		var out []part
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return out
			}
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			out = append(out, leaves(t, p.Header, p, path+ct+"/")...)
		}
	}
	data, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	switch strings.ToLower(h.Get("Content-Transfer-Encoding")) {
	case "base64":
		data, err = io.ReadAll(base64Reader(data))
	case "quoted-printable":
		data, err = io.ReadAll(qpReader(data))
	}
	if err != nil {
		t.Fatalf("%s%s: decoding: %v", path, ct, err)
	}
	return []part{{path: path + ct, contentType: ct, contentID: strings.Trim(h.Get("Content-ID"), "<>"), body: data}}
}

// The report mail, queued in the outbox and sent by notify to an
// in-process SMTP server, is multipart/related: the text and HTML as
// alternatives, then the charts as inline PNGs that the HTML references
// by cid:. A second run for the same month queues nothing.
func TestReportMailStructure(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2026, 12, 1, 0, 30, 0, 0, time.UTC) // 08:30 in Shanghai
	store := openStore(t, now)
	m := report.Mailing{Station: "义乌电商消费维权服务站", From: "tousu@yweca.org.example",
		To: []string{"director@yweca.org.example"}, Domain: "yweca.org.example"}
	period, queued, err := report.QueueMonthly(ctx, store, m, now)
	if err != nil || !queued || period != "2026-11" {
		t.Fatalf("QueueMonthly = %q, %v, %v; want 2026-11 queued", period, queued, err)
	}
	if _, queued, err := report.QueueMonthly(ctx, store, m, now.Add(time.Hour)); err != nil || queued {
		t.Fatalf("second QueueMonthly for 2026-11: queued %v, %v; want nothing queued", queued, err)
	}

	srv := notifytest.Start(t)
	logger := slog.New(slog.DiscardHandler)
	d := &notify.Deliverer{Transport: notify.NewSender(notify.SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: notify.TLSNone,
		Timeout: 10 * time.Second}, logger), Outbox: desk.Outbox(store), Now: store.Now, Logger: logger}
	if st, err := d.Flush(ctx); err != nil || st.Sent != 1 {
		t.Fatalf("Flush: %+v, %v; want 1 sent", st, err)
	}
	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("the server got %d mails, want 1", len(got))
	}
	msg, err := mail.ReadMessage(bytes.NewReader(got[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	if ct, _, _ := mime.ParseMediaType(msg.Header.Get("Content-Type")); ct != "multipart/related" {
		t.Errorf("Content-Type %s, want multipart/related", ct)
	}
	if subj, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject")); !strings.Contains(subj, "2026-11") {
		t.Errorf("Subject %q names not the month", subj)
	}
	parts := leaves(t, msg.Header, msg.Body, "")
	var html, text string
	pngs := map[string][]byte{}
	for _, p := range parts {
		switch p.path {
		case "multipart/related/multipart/alternative/text/plain":
			text = string(p.body)
		case "multipart/related/multipart/alternative/text/html":
			html = string(p.body)
		case "multipart/related/image/png":
			if p.contentID == "" {
				t.Errorf("an inline PNG has no Content-ID")
			}
			pngs[p.contentID] = p.body
		default:
			t.Errorf("unexpected part %s", p.path)
		}
	}
	if text == "" || html == "" || len(pngs) != 2 {
		t.Fatalf("text %d bytes, HTML %d bytes, %d inline PNGs; want both bodies and 2 PNGs", len(text), len(html), len(pngs))
	}
	cids := regexp.MustCompile(`src="cid:([^"]+)"`).FindAllStringSubmatch(html, -1)
	if len(cids) != 2 {
		t.Errorf("the HTML references %d images by cid:, want 2", len(cids))
	}
	for _, c := range cids {
		b, ok := pngs[c[1]]
		if !ok {
			t.Errorf("the HTML references cid:%s, which no part has", c[1])
			continue
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("inline image %s is not a PNG: %v", c[1], err)
		}
	}
	for _, want := range []string{"每周新开案件", "义乌电商消费维权服务站", "2026-11"} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	if !strings.Contains(text, "受理期限") {
		t.Errorf("the text part lacks the deadlines:\n%s", text)
	}
}

// The standalone HTML carries its images as data: URIs and no cid:.
func TestStandalone(t *testing.T) {
	store := openStore(t, time.Date(2026, 12, 1, 0, 30, 0, 0, time.UTC))
	since, until, _ := report.MonthBefore(store.Now(), store.Location())
	in, err := report.Gather(t.Context(), store, "站", since, until, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Render(in, "example.org")
	if err != nil {
		t.Fatal(err)
	}
	h := string(r.Standalone())
	if strings.Contains(h, "cid:") || strings.Count(h, `src="data:image/png;base64,`) != 2 {
		t.Errorf("standalone HTML still references cid: or lacks the two data: images")
	}
	if len(in.Weeks) != 6 || len(in.Months) != 12 || in.Months[11].Month.Format("2006-01") != "2026-11" {
		t.Errorf("%d weeks and %d months ending %v; want the 6 weeks touching November and the 12 months to November",
			len(in.Weeks), len(in.Months), in.Months[len(in.Months)-1].Month)
	}
}

func base64Reader(b []byte) io.Reader {
	return base64.NewDecoder(base64.StdEncoding, bytes.NewReader(bytes.Join(bytes.Fields(b), nil)))
}

func qpReader(b []byte) io.Reader { return quotedprintable.NewReader(bytes.NewReader(b)) }
