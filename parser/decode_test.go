package parser

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func readMIME(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "mime", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeFiles decodes the hand-made messages of testdata/mime.
func TestDecodeFiles(t *testing.T) {
	type att struct{ name, ct string }
	tests := []struct {
		name        string
		file        string
		subject     string
		from        Address
		contains    []string
		notContains []string
		atts        []att
		warning     string // a warning containing this must be present
		noWarnings  bool
	}{
		{name: "gb2312 label over GB18030 text", file: "charset-gb2312-holds-gb18030.eml",
			subject: "䶮记𠮷野家投诉", contains: []string{"䶮记小吃店的𠮷野家套餐变质", "金额88元"}, noWarnings: true},
		{name: "big5", file: "charset-big5.eml", subject: "茶葉退款問題", contains: []string{"我在台北買的茶葉有問題"}, noWarnings: true},
		{name: "iso-2022-jp", file: "charset-iso2022jp.eml", subject: "返金のお願い", contains: []string{"注文した商品が届きません"}, noWarnings: true},
		{name: "shift_jis", file: "charset-shiftjis.eml", subject: "壊れた商品", contains: []string{"商品が壊れていました"}, noWarnings: true},
		{name: "euc-kr as ks_c_5601-1987", file: "charset-euckr.eml", subject: "환불 요청", contains: []string{"환불을 원합니다"}, noWarnings: true},
		{name: "iso-8859-2 quoted-printable", file: "charset-iso8859-2.eml", subject: "Zwrot pieniędzy", contains: []string{"Dzień dobry, zamówienie nie dotarło", "pieniędzy."}, noWarnings: true},
		{name: "koi8-r", file: "charset-koi8r.eml", subject: "Возврат денег", contains: []string{"товар пришёл сломанным"}, noWarnings: true},
		{name: "windows-1251", file: "charset-windows1251.eml", subject: "Заказ", contains: []string{"Добрый день, заказ не получен."}, noWarnings: true},
		{name: "windows-1252 euro and quotes", file: "charset-windows1252.eml", contains: []string{"I paid €45.00 and the seller said “no refund”."}, noWarnings: true},
		{name: "unknown charset falls back to GB18030", file: "charset-unknown-label.eml",
			contains: []string{"商家电话：0579-85551234，订单号：1234567890"}, warning: `unknown charset "x-made-up": decoded as GB18030`},
		{name: "8-bit without charset", file: "charset-8bit-no-label.eml", contains: []string{"商家电话：0579-85551234"}},
		{name: "raw 8-bit headers and broken encoded words", file: "headers-broken.eml",
			subject: "退款申请：订单123", from: Address{Name: "张三", Address: "zhangsan@example.com"}, contains: []string{"body"}},
		{name: "subject split mid-character, QQ quoted name", file: "subject-split-gb.eml",
			subject: "义乌小商品投诉", from: Address{Name: "王芳", Address: "wf@qq.com"}, contains: []string{"你好"}},
		{name: "unencoded GB18030 subject and name", file: "subject-raw-gb.eml",
			subject: "投诉：商家不退款", from: Address{Name: "王芳", Address: "wf@163.com"}, contains: []string{"你好"}},
		{name: "attachments in MIME order", file: "attachments.eml", contains: []string{"见附件。"}, notContains: []string{"attached notes"},
			atts: []att{{"内嵌图.png", "image/png"}, {"发票扫描件.pdf", "application/pdf"}, {"聊天记录截图-第二部分.png", "image/png"}, {"notes.txt", "text/plain"}, {"订单.xlsx", "application/octet-stream"}}},
		{name: "forwarded message/rfc822 is text", file: "forward-rfc822.eml", subject: "转发：商家回复",
			contains: []string{"请看下面商家的回复", "From: 商家 <shop@seller.example>", "Subject: 回复", "本店不退货。"},
			atts:     []att{{"receipt.jpg", "image/jpeg"}}},
		{name: "delivery report", file: "dsn-rfc822.eml", from: Address{Name: "Mail Delivery System", Address: "mailer-daemon@mx.example.net"},
			contains: []string{"failed permanently"}, notContains: []string{"调解结果", "Reporting-MTA"}},
		{name: "html only", file: "html-only.eml", contains: []string{"Dear station,", "The seller & the platform refuse a refund <order 42>.", "- first", "Order:\tA-1", "¥88.00", "my shop (https://shop.example/x)"},
			notContains: []string{"ignored title", "alert", "color:red", "Please send the order number", "wrote:"}},
		{name: "format=flowed with delsp", file: "flowed.eml", contains: []string{"商家发错了尺码，拒绝换货。The shop refuses to exchange.\nFrom here on, space-stuffed.\n-- \nFlow"}},
		{name: "damaged base64 and missing close delimiter", file: "damaged.eml", contains: []string{"商家不退款"},
			atts: []att{{"cut.pdf", "application/pdf"}}, warning: "damaged base64"},
		{name: "several text/plain parts joined", file: "multi-plain.eml", contains: []string{"First part before the photo.\n\nSecond part after the photo."},
			atts: []att{{"photo.jpg", "image/jpeg"}}},
		{name: "boundary parameter missing", file: "no-boundary-param.eml", contains: []string{"text found with a guessed boundary"}, warning: "boundary guessed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode(readMIME(t, tt.file), Options{})
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if tt.subject != "" && m.Subject != tt.subject {
				t.Errorf("subject = %q, want %q", m.Subject, tt.subject)
			}
			if tt.from != (Address{}) && m.From != tt.from {
				t.Errorf("from = %+v, want %+v", m.From, tt.from)
			}
			for _, s := range tt.contains {
				if !strings.Contains(m.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, m.Text)
				}
			}
			for _, s := range tt.notContains {
				if strings.Contains(m.Text, s) {
					t.Errorf("text holds %q:\n%s", s, m.Text)
				}
			}
			if len(m.Attachments) != len(tt.atts) {
				t.Fatalf("attachments = %+v, want %v", m.Attachments, tt.atts)
			}
			for i, a := range tt.atts {
				if m.Attachments[i].Filename != a.name || m.Attachments[i].ContentType != a.ct {
					t.Errorf("attachment %d = %q %q, want %q %q", i, m.Attachments[i].Filename, m.Attachments[i].ContentType, a.name, a.ct)
				}
				if m.Attachments[i].Size != int64(len(m.Attachments[i].Data)) {
					t.Errorf("attachment %d: size %d but %d bytes", i, m.Attachments[i].Size, len(m.Attachments[i].Data))
				}
			}
			if tt.warning != "" && !strings.Contains(strings.Join(m.Warnings, "\n"), tt.warning) {
				t.Errorf("warnings %q lack %q", m.Warnings, tt.warning)
			}
			if tt.noWarnings && len(m.Warnings) > 0 {
				t.Errorf("unexpected warnings %q", m.Warnings)
			}
		})
	}
}

// TestDecodeHeaderFields checks every header fact of a message with broken
// header encodings.
func TestDecodeHeaderFields(t *testing.T) {
	m, err := Decode(readMIME(t, "headers-broken.eml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantTo := []Address{{Name: "投诉：拖鞋尺码", Address: "a@example.com"}, {Name: "李四", Address: "li@qq.com"}}
	if !equalAddrs(m.To, wantTo) {
		t.Errorf("to = %+v, want %+v", m.To, wantTo)
	}
	wantCc := []Address{{Name: "Café Owner", Address: "cafe@example.com"}, {Name: "Plain Person", Address: "plain@example.com"},
		{Address: "g1@example.com"}, {Address: "g2@example.com"}}
	if !equalAddrs(m.Cc, wantCc) {
		t.Errorf("cc = %+v, want %+v", m.Cc, wantCc)
	}
	if !equalAddrs(m.ReplyTo, []Address{{Address: "reply@example.com"}}) {
		t.Errorf("reply-to = %+v", m.ReplyTo)
	}
	if strings.Join(m.InReplyTo, " ") != "parent@example.com" || strings.Join(m.References, " ") != "root@example.com parent@example.com" {
		t.Errorf("in-reply-to %q references %q", m.InReplyTo, m.References)
	}
	if m.AutoSubmitted != "auto-replied" || m.Precedence != "bulk" || m.ListID != "Complaints <complaints.example.com>" {
		t.Errorf("auto-submitted %q precedence %q list-id %q", m.AutoSubmitted, m.Precedence, m.ListID)
	}
	want := time.Date(2026, 3, 17, 15, 11, 4, 0, time.UTC)
	if !m.Date.Equal(want) {
		t.Errorf("date = %v, want %v", m.Date, want)
	}
	if m.MessageID != "hdr@example.com" {
		t.Errorf("message id = %q", m.MessageID)
	}
}

func equalAddrs(a, b []Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDecodeReturned(t *testing.T) {
	m, err := Decode(readMIME(t, "dsn-rfc822.eml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !m.IsDSN {
		t.Error("multipart/report; report-type=delivery-status is not a DSN")
	}
	for _, s := range []string{"Subject: [YW-2026-00042] 调解结果", "您好，调解结果如下。"} {
		if !strings.Contains(m.Returned, s) {
			t.Errorf("returned lacks %q:\n%s", s, m.Returned)
		}
	}
	if len(m.Attachments) != 0 {
		t.Errorf("report parts became attachments: %+v", m.Attachments)
	}
	wantStatus := []RecipientStatus{{FinalRecipient: "nobody@126.com", Action: "failed", Status: "5.1.1"}}
	if !reflect.DeepEqual(m.DeliveryStatus, wantStatus) {
		t.Errorf("delivery status = %+v, want %+v", m.DeliveryStatus, wantStatus)
	}
	wantHdrs := []HeaderFacts{{Subject: "[YW-2026-00042] 调解结果", From: Address{Name: "楼晓燕", Address: "louxiaoyan@yweca.org.example"}, To: []Address{{Address: "nobody@126.com"}}}}
	if !reflect.DeepEqual(m.ReturnedHeaders, wantHdrs) {
		t.Errorf("returned headers = %+v, want %+v", m.ReturnedHeaders, wantHdrs)
	}
}

func TestDecodeNotMail(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{name: "empty", in: nil},
		{name: "blank lines", in: []byte("\r\n\r\n\n")},
		{name: "jpeg", in: []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")},
		{name: "binary junk", in: []byte{0, 1, 2, 3, 0xfe, 0x80, ':', 'x'}},
		{name: "prose", in: []byte("Hello, I want to complain about a shop.\nThey sold me broken shoes.\n")},
		{name: "prose with a colon line", in: []byte("Note: this is not a mail\nat all\n")},
		{name: "body only", in: []byte("\r\nNo header, only content.")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode(tt.in, Options{})
			if !errors.Is(err, ErrNotMail) {
				t.Fatalf("err = %v (message %+v), want ErrNotMail", err, m)
			}
		})
	}
}

func TestDecodeMaxSize(t *testing.T) {
	raw := readMIME(t, "attachments.eml")
	m, err := Decode(raw, Options{MaxSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 5 {
		t.Fatalf("%d attachments, want 5 kept as metadata", len(m.Attachments))
	}
	for _, a := range m.Attachments {
		if a.Data != nil || a.Size == 0 {
			t.Errorf("attachment %q: data %d bytes, size %d; want no data and the real size", a.Filename, len(a.Data), a.Size)
		}
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "over the 100-byte limit") {
		t.Errorf("warnings %q do not say why content was dropped", m.Warnings)
	}
	m, err = Decode(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Attachments[1].Data == nil || string(m.Attachments[1].Data) != "%PDF-1.4\n" {
		t.Errorf("default limit dropped content: %q", m.Attachments[1].Data)
	}
}

// TestDecodeDeepNesting feeds multiparts nested far beyond the limit.
func TestDecodeDeepNesting(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("From: x@example.com\r\nSubject: deep\r\n")
	const n = 200
	for i := 0; i < n; i++ {
		b.WriteString("Content-Type: multipart/mixed; boundary=\"b" + itoa(i) + "\"\r\n\r\n--b" + itoa(i) + "\r\n")
	}
	b.WriteString("Content-Type: text/plain\r\n\r\ninnermost\r\n")
	for i := n - 1; i >= 0; i-- {
		b.WriteString("--b" + itoa(i) + "--\r\n")
	}
	m, err := Decode(b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "nesting deeper than") {
		t.Errorf("warnings %q do not mention the nesting limit", m.Warnings)
	}
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)))
}

func TestDecodeHeaderText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain", in: "hello  world", want: "hello world"},
		{name: "adjacent words joined", in: "=?utf-8?q?a?= =?utf-8?q?b?=", want: "ab"},
		{name: "text between words kept", in: "=?utf-8?q?a?= x =?utf-8?q?b?=", want: "a x b"},
		{name: "q underscore", in: "=?UTF-8?Q?Caf=C3=A9_au_lait?=", want: "Café au lait"},
		{name: "utf-8 split mid-character", in: "=?utf-8?B?5oqV?= =?utf-8?B?6K+J?=", want: "投诉"},
		{name: "utf-8 split inside bytes", in: "=?utf-8?B?5oqV6K+?= =?utf-8?B?J?=", want: "投诉"},
		{name: "gb2312 holding gb18030", in: "=?gb2312?B?/p8=?= =?gbk?B?lTSyNQ==?=", want: "䶮𠮷"},
		{name: "unknown charset utf-8 bytes", in: "=?x-unknown?B?5oqV6K+J?=", want: "投诉"},
		{name: "unknown charset gb bytes", in: "=?x-unknown?B?zbbL3w==?=", want: "投诉"},
		{name: "raw utf-8", in: "投诉 ok", want: "投诉 ok"},
		{name: "raw gb18030", in: "\xcd\xb6\xcb\xdf", want: "投诉"},
		{name: "language suffix", in: "=?utf-8*zh?B?5oqV6K+J?=", want: "投诉"},
		{name: "unterminated word kept", in: "=?utf-8?B?5oqV", want: "=?utf-8?B?5oqV"},
		{name: "bad encoding letter kept", in: "=?utf-8?X?abc?=", want: "=?utf-8?X?abc?="},
		{name: "folded", in: "a\r\n\tb", want: "a b"},
		{name: "different charsets adjacent", in: "=?gbk?B?zbY=?= =?utf-8?B?6K+J?=", want: "投诉"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeHeaderText(tt.in); got != tt.want {
				t.Errorf("decodeHeaderText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseAddressList(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Address
	}{
		{name: "qq quoted encoded word", in: `"=?gb18030?B?zfS9qLn6?=" <wangjg_1979@qq.com>`, want: []Address{{"汪建国", "wangjg_1979@qq.com"}}},
		{name: "bare", in: "X@Y.com", want: []Address{{"", "x@y.com"}}},
		{name: "angle only", in: "<X@Y.com>", want: []Address{{"", "x@y.com"}}},
		{name: "comment name", in: "x@y.com (John Doe)", want: []Address{{"John Doe", "x@y.com"}}},
		{name: "quoted comma", in: `"Doe, John" <j@d.com>, k@d.com`, want: []Address{{"Doe, John", "j@d.com"}, {"", "k@d.com"}}},
		{name: "escaped quote", in: `"A \"B\" C" <a@b.c>`, want: []Address{{`A "B" C`, "a@b.c"}}},
		{name: "single quotes", in: `'Jane' <jane@x.com>`, want: []Address{{"Jane", "jane@x.com"}}},
		{name: "unquoted name with address token", in: "张三 zhangsan@x.com", want: []Address{{"张三", "zhangsan@x.com"}}},
		{name: "group", in: "undisclosed-recipients:;", want: nil},
		{name: "missing close bracket", in: "Name <a@b.c", want: []Address{{"Name", "a@b.c"}}},
		{name: "empty", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseAddressList(tt.in); !equalAddrs(got, tt.want) {
				t.Errorf("parseAddressList(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseMediaHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		mt     string
		params map[string]string
	}{
		{name: "simple", in: `Text/Plain; Charset="UTF-8"; format=flowed`, mt: "text/plain", params: map[string]string{"charset": "UTF-8", "format": "flowed"}},
		{name: "rfc 2231 utf-8", in: `attachment; filename*=UTF-8''%E6%8A%95%E8%AF%89.txt`, mt: "attachment", params: map[string]string{"filename": "投诉.txt"}},
		{name: "rfc 2231 continuations gb18030", in: "attachment; filename*0*=gb18030''%CD%B6; filename*1*=%CB%DF; filename*2=.doc", mt: "attachment", params: map[string]string{"filename": "投诉.doc"}},
		{name: "continuations out of order", in: `attachment; filename*1="b.txt"; filename*0="a"`, mt: "attachment", params: map[string]string{"filename": "ab.txt"}},
		{name: "rfc 2231 wins over plain", in: `attachment; filename="fallback.txt"; filename*=utf-8''real.txt`, mt: "attachment", params: map[string]string{"filename": "real.txt"}},
		{name: "rfc 2047 in quotes", in: `image/jpeg; name="=?gb2312?B?y/XLrrbUsci=?=.jpg"`, mt: "image/jpeg", params: map[string]string{"name": "缩水对比.jpg"}},
		{name: "unquoted with spaces", in: `attachment; filename=my file.pdf`, mt: "attachment", params: map[string]string{"filename": "my file.pdf"}},
		{name: "unterminated quote", in: `text/plain; charset="utf-8`, mt: "text/plain", params: map[string]string{"charset": "utf-8"}},
		{name: "junk in type", in: `text/plain>`, mt: "text/plain", params: map[string]string{}},
		{name: "param without value", in: `text/html;iso-8859-1`, mt: "text/html", params: map[string]string{}},
		{name: "empty", in: ``, mt: "", params: map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mt, params := parseMediaHeader(tt.in)
			if mt != tt.mt {
				t.Errorf("media type = %q, want %q", mt, tt.mt)
			}
			if len(params) != len(tt.params) {
				t.Errorf("params = %q, want %q", params, tt.params)
			}
			for k, v := range tt.params {
				if params[k] != v {
					t.Errorf("param %s = %q, want %q", k, params[k], v)
				}
			}
		})
	}
}

func TestDecodeTransfer(t *testing.T) {
	tests := []struct {
		name, cte, in, want string
		warn                bool
	}{
		{name: "base64 lines", cte: "base64", in: "aGVs\r\nbG8=\r\n", want: "hello"},
		{name: "base64 junk", cte: "BASE64", in: "aGVsbG8*!", want: "hello", warn: true},
		{name: "base64 concatenated blocks", cte: "base64", in: "aGk=aGk=", want: "hihi"},
		{name: "qp soft break", cte: "quoted-printable", in: "a=\r\nb=3D=E2=82=AC\r\n", want: "ab=€\r\n"},
		{name: "qp invalid escape kept", cte: "quoted-printable", in: "100%=ZZ =4", want: "100%=ZZ =4"},
		{name: "qp trailing blanks", cte: "quoted-printable", in: "a  \nb", want: "a\nb"},
		{name: "8bit", cte: "8Bit", in: "\xcd\xb6", want: "\xcd\xb6"},
		{name: "unknown", cte: "base9000", in: "x", want: "x", warn: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, w := decodeTransfer([]byte(tt.in), tt.cte)
			if string(got) != tt.want {
				t.Errorf("decodeTransfer = %q, want %q", got, tt.want)
			}
			if (w != "") != tt.warn {
				t.Errorf("warning %q, want warning %v", w, tt.warn)
			}
		})
	}
}

func TestDecodeFlowed(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		delsp bool
		want  string
	}{
		{name: "joined", in: "a \nb\nc", want: "a b\nc"},
		{name: "delsp", in: "ab \ncd", delsp: true, want: "abcd"},
		{name: "signature never flows", in: "x\n-- \nsig", want: "x\n-- \nsig"},
		{name: "quote depth", in: "> q1 \n> q2\nnew", want: "> q1 q2\nnew"},
		{name: "depth change ends paragraph", in: "> q \nnew", want: "> q \nnew"},
		{name: "space stuffing", in: " From here", want: "From here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeFlowed(tt.in, tt.delsp); got != tt.want {
				t.Errorf("decodeFlowed(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHTMLPlaceholder(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{name: "chinese client pointer", text: "此邮件为HTML格式，请使用支持HTML的邮件客户端查看。", want: true},
		{name: "please see html", text: "请看HTML版本", want: true},
		{name: "english pointer", text: "This message is in HTML format. Please view it in an HTML-capable client.", want: true},
		{name: "real text", text: "我在网店买的鞋子坏了，订单号123456。", want: false},
		{name: "long text mentioning html", text: strings.Repeat("商家网页是HTML做的，请看看。", 10), want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlPlaceholder(tt.text); got != tt.want {
				t.Errorf("htmlPlaceholder(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestPlaceholderPlainPartYieldsHTML(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease view this message in HTML.\r\n" +
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>订单号：A-1<br>商家拒绝退款</p>\r\n--b--\r\n"
	m, err := Decode([]byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "商家拒绝退款") {
		t.Errorf("text = %q, want the HTML part's text", m.Text)
	}
}

// TestDecodeHistoryCutSpansParts: once a text part has a history cut, the
// text parts after it belong to the history too.
func TestDecodeHistoryCutSpansParts(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: Re: cup\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMy phone is 13800138000.\r\n\r\n" +
		"On Mon, Mar 16, 2026 at 3:45 PM Station <tousu@yweca.org.example> wrote:\r\n> Please send your phone.\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe station's earlier mail, split by the client.\r\n--b--\r\n"
	m, err := Decode([]byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "My phone is 13800138000." {
		t.Errorf("text = %q, want only the new part", m.Text)
	}
	if !strings.Contains(m.Quoted, "Please send your phone.") || !strings.Contains(m.Quoted, "split by the client") {
		t.Errorf("quoted = %q, want the quote and the part after it", m.Quoted)
	}
}
