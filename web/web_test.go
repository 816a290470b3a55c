package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yweca/redress/analysis"
)

// pngData is a 1×1 PNG.
var pngData = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// recorder is a station's Submit that keeps what it is given.
type recorder struct {
	mu   sync.Mutex
	got  []Filing
	fail error
}

func (r *recorder) submit(_ context.Context, f Filing) (Receipt, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return Receipt{}, r.fail
	}
	r.got = append(r.got, f)
	return Receipt{Ref: fmt.Sprintf("YW-2026-%05d", len(r.got)), State: "open"}, nil
}

func (r *recorder) filings() []Filing {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

type testServer struct {
	h     http.Handler
	rec   *recorder
	clock *clock
}

func newTestServer(t *testing.T, edit func(*Options)) *testServer {
	t.Helper()
	ts := &testServer{rec: &recorder{}, clock: &clock{t: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)}}
	o := Options{
		Stations: []Station{{Name: "Yiwu station", Slugs: []string{"yw", "yiwu"}, Submit: ts.rec.submit,
			Analysis: analysis.Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"}}},
		MaxAttachments: 2, MaxAttachmentBytes: 4096, PerIPPerHour: 100, PerAddressPerDay: 100,
		Key: []byte("test key"), Now: ts.clock.now,
	}
	if edit != nil {
		edit(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts.h = s.Handler()
	return ts
}

type response struct {
	code   int
	header http.Header
	body   string
}

func (ts *testServer) do(t *testing.T, r *http.Request) response {
	t.Helper()
	if r.RemoteAddr == "" || r.RemoteAddr == "192.0.2.1:1234" {
		r.RemoteAddr = "198.51.100.7:40000"
	}
	w := httptest.NewRecorder()
	ts.h.ServeHTTP(w, r)
	return response{w.Code, w.Header(), w.Body.String()}
}

func (ts *testServer) get(t *testing.T, target string, header ...string) response {
	t.Helper()
	r := httptest.NewRequest("GET", target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return ts.do(t, r)
}

var tokenRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// token is the CSRF token of a freshly served form.
func (ts *testServer) token(t *testing.T) string {
	t.Helper()
	m := tokenRE.FindStringSubmatch(ts.get(t, "/complaint").body)
	if m == nil {
		t.Fatal("the form has no CSRF token")
	}
	return m[1]
}

type upload struct {
	name string
	data []byte
}

// post submits values (and files) as a browser does; header pairs are
// added to the request.
func (ts *testServer) post(t *testing.T, target string, values url.Values, files []upload, header ...string) response {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range values {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="attachments"; filename=%q`, f.name))
		h.Set("Content-Type", "application/octet-stream")
		w, _ := mw.CreatePart(h)
		w.Write(f.data)
	}
	mw.Close()
	r := httptest.NewRequest("POST", target, &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return ts.do(t, r)
}

// complete is a complete complaint with a fresh token.
func (ts *testServer) complete(t *testing.T, lang string) url.Values {
	t.Helper()
	return url.Values{
		"csrf": {ts.token(t)}, "lang": {lang}, "kind": {"complaint"},
		"name": {"赵丽"}, "phone": {"137 0579 1234"}, "email": {"zhaoli@qq.example"},
		"merchant_name": {"乐乐童装"}, "merchant_url": {"lele.yangkeduo.com"},
		"platform": {"拼多多"}, "order_number": {"PDD-2026-77"}, "amount": {"89.00"}, "currency": {"CNY"}, "date": {"2026-11-20"},
		"story": {"买的童装有质量问题，商家不给退款。"}, "wants": {"退货退款"},
	}
}

func TestShowForm(t *testing.T) {
	ts := newTestServer(t, nil)
	for _, tt := range []struct {
		name, target, acceptLanguage string
		code                         int
		htmlLang, word               string
	}{
		{name: "Chinese by default", target: "/complaint", code: 200, htmlLang: "zh-CN", word: "消费投诉"},
		{name: "English by Accept-Language", target: "/complaint", acceptLanguage: "en-GB,en;q=0.9,zh;q=0.3", code: 200, htmlLang: "en", word: "Consumer complaint"},
		{name: "Chinese preferred over English", target: "/complaint", acceptLanguage: "de, zh-TW;q=0.8, en;q=0.5", code: 200, htmlLang: "zh-CN", word: "消费投诉"},
		{name: "switched with ?lang", target: "/complaint?lang=en", acceptLanguage: "zh-CN", code: 200, htmlLang: "en", word: "Your phone number"},
		{name: "the case prefix names the station", target: "/complaint/yw", code: 200, htmlLang: "zh-CN", word: "Yiwu station"},
		{name: "so does the name slug, in any case", target: "/complaint/YIWU?lang=en", code: 200, htmlLang: "en", word: "Yiwu station"},
		{name: "another station", target: "/complaint/hz", code: 404, htmlLang: "zh-CN", word: "没有这个页面"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.get(t, tt.target, "Accept-Language", tt.acceptLanguage)
			if r.code != tt.code || !strings.Contains(r.body, `<html lang="`+tt.htmlLang+`">`) || !strings.Contains(r.body, tt.word) {
				t.Errorf("GET %s: %d, body lacks lang %s or %q:\n%s", tt.target, r.code, tt.htmlLang, tt.word, r.body)
			}
			if tt.code == 200 && !strings.Contains(r.body, `action="`+strings.Split(tt.target, "?")[0]+`"`) {
				t.Errorf("the form does not post to %s", tt.target)
			}
		})
	}
	css := ts.get(t, "/complaint/form.css")
	if css.code != 200 || css.header.Get("Content-Type") != "text/css; charset=utf-8" || !strings.Contains(css.body, "--accent") {
		t.Errorf("stylesheet: %d %q", css.code, css.header.Get("Content-Type"))
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts := newTestServer(t, func(o *Options) { o.AllowedOrigins = []string{"https://www.yweca.org.example"} })
	r := ts.get(t, "/complaint")
	csp := r.header.Get("Content-Security-Policy")
	for _, want := range []string{"frame-ancestors 'self' https://www.yweca.org.example", "default-src 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("headers %v", r.header)
	}
	if strings.Contains(r.body, "<script") {
		t.Error("the page has a script: it must work without JavaScript")
	}
}

func TestSubmitComplete(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			ts := newTestServer(t, nil)
			v := ts.complete(t, lang)
			r := ts.post(t, "/complaint", v, []upload{{"截图.png", pngData}})
			if r.code != 200 || !strings.Contains(r.body, `id="case-ref" data-state="open">YW-2026-00001<`) {
				t.Fatalf("%d, no case reference:\n%s", r.code, r.body)
			}
			got := ts.rec.filings()
			if len(got) != 1 {
				t.Fatalf("%d filings", len(got))
			}
			f := got[0]
			if f.Form.Channel != "web" || f.Form.Language != lang || f.Form.Name != "赵丽" || f.Form.Email != "zhaoli@qq.example" ||
				f.Form.MerchantURL != "lele.yangkeduo.com" || f.Form.OrderNumber != "PDD-2026-77" {
				t.Errorf("form %+v", f.Form)
			}
			for _, want := range []string{"买的童装有质量问题", "诉求 / Wants: 退货退款", "平台 / Platform: 拼多多", "金额 / Amount: 89.00 CNY"} {
				if !strings.Contains(f.Form.Text, want) {
					t.Errorf("text %q lacks %q", f.Form.Text, want)
				}
			}
			if len(f.Files) != 1 || f.Files[0].Filename != "截图.png" || f.Files[0].ContentType != "image/png" {
				t.Errorf("files %+v", f.Files)
			}
			var raw struct {
				Nonce       string            `json:"nonce"`
				Language    string            `json:"language"`
				Fields      map[string]string `json:"fields"`
				Attachments []struct {
					SHA256 string `json:"sha256"`
				} `json:"attachments"`
			}
			if err := json.Unmarshal(f.Raw, &raw); err != nil {
				t.Fatal(err)
			}
			if raw.Nonce == "" || raw.Language != lang || raw.Fields["merchant_name"] != "乐乐童装" || len(raw.Attachments) != 1 || len(raw.Attachments[0].SHA256) != 64 {
				t.Errorf("raw record %s", f.Raw)
			}
		})
	}
}

// The same form sent twice is the same evidence: the desk opens one case.
func TestSubmitTwiceSameEvidence(t *testing.T) {
	ts := newTestServer(t, nil)
	v := ts.complete(t, "zh")
	ts.post(t, "/complaint", v, nil)
	ts.post(t, "/complaint", v, nil)
	got := ts.rec.filings()
	if len(got) != 2 || !bytes.Equal(got[0].Raw, got[1].Raw) {
		t.Errorf("the same form gave different evidence:\n%s\n%s", got[0].Raw, got[1].Raw)
	}
}

func TestValidationNextToTheField(t *testing.T) {
	for _, tt := range []struct {
		name   string
		edit   map[string]string
		field  string
		errTxt string
	}{
		{name: "a phone that is not one", edit: map[string]string{"phone": "call me"}, field: "phone", errTxt: "这不像一个电话号码"},
		{name: "in English", edit: map[string]string{"lang": "en", "phone": "12"}, field: "phone", errTxt: "does not look like a phone number"},
		{name: "an e-mail that is not one", edit: map[string]string{"email": "zhaoli at qq"}, field: "email", errTxt: "这不像一个电子邮箱地址"},
		{name: "a shop link that is not a link", edit: map[string]string{"lang": "en", "merchant_url": "the shop on taobao"}, field: "merchant_url", errTxt: "does not look like a link"},
		{name: "the merchant's phone", edit: map[string]string{"merchant_phone": "none"}, field: "merchant_phone", errTxt: "这不像一个电话号码"},
		{name: "an amount", edit: map[string]string{"amount": "about 90"}, field: "amount", errTxt: "请填写数字金额"},
		{name: "a date after today", edit: map[string]string{"date": "2027-01-01"}, field: "date", errTxt: "请填写有效日期"},
		{name: "no story", edit: map[string]string{"story": " "}, field: "story", errTxt: "请写下发生了什么"},
		{name: "a name too long", edit: map[string]string{"name": strings.Repeat("王", 201)}, field: "name", errTxt: "内容太长"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, nil)
			v := ts.complete(t, "zh")
			for k, val := range tt.edit {
				v.Set(k, val)
			}
			r := ts.post(t, "/complaint", v, nil)
			if r.code != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422", r.code)
			}
			// The problem next to the field, tied to it for screen
			// readers, and listed at the top with a link to it.
			p := regexp.MustCompile(`<p class="error" id="e-` + tt.field + `">([^<]*)</p>`).FindStringSubmatch(r.body)
			if p == nil || !strings.Contains(html.UnescapeString(p[1]), tt.errTxt) {
				t.Errorf("no error %q next to %s:\n%s", tt.errTxt, tt.field, r.body)
			}
			if !regexp.MustCompile(`id="f-` + tt.field + `"[^>]*aria-describedby="[^"]*e-` + tt.field + `"[^>]*aria-invalid="true"`).MatchString(r.body) {
				t.Errorf("field %s is not marked invalid and described by its error", tt.field)
			}
			if !strings.Contains(r.body, `href="#f-`+tt.field+`"`) {
				t.Errorf("the summary does not link to %s", tt.field)
			}
			if len(ts.rec.filings()) != 0 {
				t.Error("an invalid form was filed")
			}
			if v.Get("name") != "" && !strings.Contains(r.body, html.EscapeString(v.Get("name"))) && tt.field != "name" {
				t.Error("the consumer's input is lost")
			}
		})
	}
}

func TestRequiredAskedThenAccepted(t *testing.T) {
	ts := newTestServer(t, nil)
	v := url.Values{"csrf": {ts.token(t)}, "lang": {"en"}, "kind": {"complaint"}, "email": {"anon@mail.example"}, "story": {"The kettle broke on the first day and the seller does not answer."}}
	r := ts.post(t, "/complaint", v, nil)
	if r.code != 200 || len(ts.rec.filings()) != 0 {
		t.Fatalf("status %d, %d filed; want the form again, nothing filed", r.code, len(ts.rec.filings()))
	}
	for _, want := range []string{`id="e-name"`, "We need your name", `id="e-phone"`, `id="e-merchant_name"`, "at least one of the shop link", `id="submit-anyway"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the form does not ask clearly: lacks %q", want)
		}
	}
	// A merchant named only in the story counts: not asked for.
	v2 := url.Values{"csrf": {ts.token(t)}, "lang": {"zh"}, "name": {"赵丽"}, "phone": {"13705791234"},
		"story": {"衣服有质量问题。\n商家：乐乐童装\n店铺链接：https://lele.yangkeduo.com"}}
	if r := ts.post(t, "/complaint", v2, nil); r.code != 200 || !strings.Contains(r.body, `id="case-ref"`) {
		t.Errorf("a story naming the merchant was asked for it again:\n%s", r.body)
	}
	v.Set("anyway", "1")
	r = ts.post(t, "/complaint", v, nil)
	if r.code != 200 || !strings.Contains(r.body, `id="case-ref"`) || len(ts.rec.filings()) != 2 {
		t.Fatalf("submitting without them: %d, %d filed", r.code, len(ts.rec.filings()))
	}
}

func TestCSRF(t *testing.T) {
	for _, tt := range []struct {
		name   string
		token  func(ts *testServer, t *testing.T) string
		header []string
		code   int
	}{
		{name: "no token", token: func(*testServer, *testing.T) string { return "" }, code: 403},
		{name: "a forged token", token: func(*testServer, *testing.T) string { return strings.Repeat("A", 75) }, code: 403},
		{name: "a token of another server", token: func(_ *testServer, t *testing.T) string {
			other := newTestServer(t, func(o *Options) { o.Key = []byte("other key") })
			return other.token(t)
		}, code: 403},
		{name: "expired: the form again, kept", token: func(ts *testServer, t *testing.T) string {
			tok := ts.token(t)
			ts.clock.add(tokenLifetime + time.Minute)
			return tok
		}, code: 422},
		{name: "posted from a foreign site", token: (*testServer).token, header: []string{"Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"}, code: 403},
		{name: "posted from the allowed site", token: (*testServer).token, header: []string{"Sec-Fetch-Site", "cross-site", "Origin", "https://www.yweca.org.example"}, code: 200},
		{name: "posted from the form itself", token: (*testServer).token, header: []string{"Sec-Fetch-Site", "same-origin"}, code: 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, func(o *Options) { o.AllowedOrigins = []string{"https://www.yweca.org.example"} })
			v := ts.complete(t, "zh")
			v.Set("csrf", tt.token(ts, t))
			r := ts.post(t, "/complaint", v, nil, tt.header...)
			if r.code != tt.code {
				t.Fatalf("status %d, want %d:\n%s", r.code, tt.code, r.body)
			}
			filed := len(ts.rec.filings()) == 1
			if filed != (tt.code == 200) {
				t.Errorf("filed %v with status %d", filed, r.code)
			}
			if tt.code == 422 && (!strings.Contains(r.body, "表单已过期") || !strings.Contains(r.body, "乐乐童装")) {
				t.Errorf("expired form not shown again with its fields:\n%s", r.body)
			}
		})
	}
}

func TestHoneypot(t *testing.T) {
	ts := newTestServer(t, nil)
	v := ts.complete(t, "zh")
	v.Set("website", "http://spam.example")
	if r := ts.post(t, "/complaint", v, nil); r.code != 400 || len(ts.rec.filings()) != 0 {
		t.Errorf("a filled honeypot: %d, %d filed", r.code, len(ts.rec.filings()))
	}
	body := ts.get(t, "/complaint").body
	if !regexp.MustCompile(`<div class="hp" aria-hidden="true">\s*<label for="f-website">[^<]+</label>\s*<input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off">`).MatchString(body) {
		t.Error("the honeypot is not hidden from people and assistive technology")
	}
}

func TestRateLimits(t *testing.T) {
	t.Run("per client", func(t *testing.T) {
		ts := newTestServer(t, func(o *Options) { o.PerIPPerHour = 2 })
		bad := ts.complete(t, "zh")
		bad.Set("phone", "x")
		for range 3 {
			if r := ts.post(t, "/complaint", bad, nil); r.code != 422 {
				t.Fatalf("a form sent back to be corrected: %d", r.code)
			}
		}
		for i := range 2 {
			v := ts.complete(t, "zh")
			v.Set("email", fmt.Sprintf("c%d@mail.example", i))
			if r := ts.post(t, "/complaint", v, nil); r.code != 200 {
				t.Fatalf("submission %d: %d", i, r.code)
			}
		}
		r := ts.post(t, "/complaint", ts.complete(t, "zh"), nil)
		if r.code != 429 || r.header.Get("Retry-After") == "" || !strings.Contains(r.body, "提交过于频繁") {
			t.Fatalf("third submission: %d %v", r.code, r.header)
		}
		// Another client is not held back.
		req := func(ip string) response {
			v := ts.complete(t, "zh")
			v.Set("email", ip+"@mail.example")
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			for k, vs := range v {
				mw.WriteField(k, vs[0])
			}
			mw.Close()
			r := httptest.NewRequest("POST", "/complaint", &body)
			r.Header.Set("Content-Type", mw.FormDataContentType())
			r.RemoteAddr = ip + ":5555"
			return ts.do(t, r)
		}
		if r := req("203.0.113.9"); r.code != 200 {
			t.Errorf("another client: %d", r.code)
		}
		// An hour later the first has its share again.
		ts.clock.add(time.Hour)
		if r := ts.post(t, "/complaint", ts.complete(t, "zh"), nil); r.code != 200 {
			t.Errorf("an hour later: %d", r.code)
		}
	})
	t.Run("per address", func(t *testing.T) {
		ts := newTestServer(t, func(o *Options) { o.PerAddressPerDay = 1 })
		if r := ts.post(t, "/complaint", ts.complete(t, "zh"), nil); r.code != 200 {
			t.Fatalf("first: %d", r.code)
		}
		v := ts.complete(t, "en")
		v.Set("email", "ZhaoLi@qq.example")
		if r := ts.post(t, "/complaint", v, nil); r.code != 429 {
			t.Errorf("second for the same address: %d", r.code)
		}
		v.Set("email", "other@qq.example")
		if r := ts.post(t, "/complaint", v, nil); r.code != 200 {
			t.Errorf("another address: %d", r.code)
		}
	})
	t.Run("behind a proxy", func(t *testing.T) {
		ts := newTestServer(t, func(o *Options) { o.PerIPPerHour = 1; o.ClientIPHeader = "X-Forwarded-For" })
		v := ts.complete(t, "zh")
		if r := ts.post(t, "/complaint", v, nil, "X-Forwarded-For", "1.1.1.1, 203.0.113.5"); r.code != 200 {
			t.Fatalf("first: %d", r.code)
		}
		v = ts.complete(t, "zh")
		v.Set("email", "b@mail.example")
		if r := ts.post(t, "/complaint", v, nil, "X-Forwarded-For", "9.9.9.9, 203.0.113.6"); r.code != 200 {
			t.Errorf("another client behind the same proxy: %d", r.code)
		}
		v.Set("email", "c@mail.example")
		if r := ts.post(t, "/complaint", v, nil, "X-Forwarded-For", "8.8.8.8, 203.0.113.5"); r.code != 429 {
			t.Errorf("the first client with a forged first entry: %d", r.code)
		}
	})
}

func TestUploads(t *testing.T) {
	pdf := []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
	for _, tt := range []struct {
		name  string
		files []upload
		code  int
		err   string
		types []string
	}{
		{name: "a photo and a PDF", files: []upload{{"a.png", pngData}, {"b.pdf", pdf}}, code: 200, types: []string{"image/png", "application/pdf"}},
		{name: "a script named as a photo", files: []upload{{"photo.png", []byte("<script>alert(1)</script>")}}, code: 422, err: "“photo.png”不是图片或 PDF"},
		{name: "an executable", files: []upload{{"x.exe", []byte("MZ\x90\x00\x03\x00\x00\x00")}}, code: 422, err: "不是图片或 PDF"},
		{name: "too many", files: []upload{{"a.png", pngData}, {"b.png", pngData}, {"c.png", pngData}}, code: 422, err: "文件太多：最多 2 个"},
		{name: "too big", files: []upload{{"big.png", append(slices.Clone(pngData), make([]byte, 5000)...)}}, code: 422, err: "“big.png”太大"},
		{name: "a path in the name", files: []upload{{`C:\Users\me\..\shot.png`, pngData}}, code: 200, types: []string{"image/png"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, nil)
			r := ts.post(t, "/complaint", ts.complete(t, "zh"), tt.files)
			if r.code != tt.code || !strings.Contains(html.UnescapeString(r.body), tt.err) {
				t.Fatalf("status %d (want %d), body lacks %q:\n%s", r.code, tt.code, tt.err, r.body)
			}
			if tt.code != 200 {
				return
			}
			f := ts.rec.filings()[0]
			var types []string
			for _, a := range f.Files {
				types = append(types, a.ContentType)
				if strings.ContainsAny(a.Filename, `/\`) {
					t.Errorf("file name %q keeps its path", a.Filename)
				}
			}
			if !slices.Equal(types, tt.types) {
				t.Errorf("types %v, want %v", types, tt.types)
			}
		})
	}
}

func TestBodyAndContentType(t *testing.T) {
	ts := newTestServer(t, nil)
	// Larger than every file at its largest and the fields.
	huge := []upload{{"a.png", append(slices.Clone(pngData), make([]byte, 2<<20)...)}}
	if r := ts.post(t, "/complaint", ts.complete(t, "zh"), huge); r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("an oversized body: %d", r.code)
	}
	r := httptest.NewRequest("POST", "/complaint", strings.NewReader("story=x"))
	r.Header.Set("Content-Type", "text/plain")
	if got := ts.do(t, r); got.code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: %d", got.code)
	}
	// A plain form without files is taken too.
	v := ts.complete(t, "en")
	r = httptest.NewRequest("POST", "/complaint", strings.NewReader(v.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if got := ts.do(t, r); got.code != 200 {
		t.Errorf("urlencoded: %d", got.code)
	}
}

func TestSubmitFailureIsTheStations(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.rec.fail = errors.New("database is locked")
	r := ts.post(t, "/complaint", ts.complete(t, "en"), nil)
	if r.code != 503 || !strings.Contains(r.body, "write to us by e-mail") || strings.Contains(r.body, "locked") {
		t.Errorf("%d:\n%s", r.code, r.body)
	}
}

func TestSeveralStations(t *testing.T) {
	a, b := &recorder{}, &recorder{}
	s, err := New(Options{
		Stations: []Station{
			{Name: "Yiwu", Slugs: []string{"yw"}, Submit: a.submit},
			{Name: "Hangzhou", Slugs: []string{"hz"}, Submit: b.submit},
		},
		MaxAttachments: 1, MaxAttachmentBytes: 4096, PerIPPerHour: 10, PerAddressPerDay: 10, Key: []byte("k"),
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{h: s.Handler(), rec: b}
	list := ts.get(t, "/complaint?lang=en")
	if list.code != 200 || !strings.Contains(list.body, `href="/complaint/yw?lang=en"`) || !strings.Contains(list.body, `href="/complaint/hz?lang=en"`) || strings.Contains(list.body, `name="csrf"`) {
		t.Fatalf("the list of stations:\n%s", list.body)
	}
	form := ts.get(t, "/complaint/hz")
	tok := tokenRE.FindStringSubmatch(form.body)
	if form.code != 200 || tok == nil {
		t.Fatalf("station form: %d", form.code)
	}
	v := url.Values{"csrf": {tok[1]}, "kind": {"inquiry"}, "story": {"请问七天无理由退货怎么算？"}}
	if r := ts.post(t, "/complaint", v, nil); r.code != 404 {
		t.Errorf("a post naming no station: %d", r.code)
	}
	if r := ts.post(t, "/complaint/hz", v, nil); r.code != 200 || len(b.filings()) != 1 || len(a.filings()) != 0 {
		t.Errorf("a post to hz: %d, filed at hz %d, at yw %d", r.code, len(b.filings()), len(a.filings()))
	}
}

func TestNewRefusesIncompleteOptions(t *testing.T) {
	ok := Options{Stations: []Station{{Slugs: []string{"yw"}, Submit: (&recorder{}).submit}}, MaxAttachments: 1, MaxAttachmentBytes: 1, PerIPPerHour: 1, PerAddressPerDay: 1}
	for _, tt := range []struct {
		name string
		edit func(*Options)
	}{
		{name: "no station", edit: func(o *Options) { o.Stations = nil }},
		{name: "no slug", edit: func(o *Options) { o.Stations = []Station{{Submit: (&recorder{}).submit}} }},
		{name: "no limit", edit: func(o *Options) { o.PerIPPerHour = 0 }},
		{name: "a bad origin", edit: func(o *Options) { o.AllowedOrigins = []string{"://x"} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := ok
			tt.edit(&o)
			if _, err := New(o); err == nil {
				t.Error("New took it")
			}
		})
	}
	if _, err := New(ok); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkFormPage: serving the form must take well under a second
// (it takes well under a millisecond).
func BenchmarkFormPage(b *testing.B) {
	s, err := New(Options{Stations: []Station{{Name: "Yiwu", Slugs: []string{"yw"}, Submit: (&recorder{}).submit}},
		MaxAttachments: 5, MaxAttachmentBytes: 5 << 20, PerIPPerHour: 10, PerAddressPerDay: 5})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/complaint", nil))
		io.Copy(io.Discard, w.Body)
	}
}
