package parser

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// truncatedMail is a complaint with a text part, then a large base64
// attachment, then an HTML alternative of nothing: what a phone sends with
// a photo. attachmentAt is where the attachment's base64 starts.
func truncatedMail(t *testing.T, photo int) (raw []byte, attachmentAt int) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("From: =?UTF-8?B?546L6Iqz?= <wangfang@example.com>\r\n" +
		"To: tousu@yweca.org.example\r\nSubject: =?UTF-8?B?5oqV6K+J77ya5p2v5a2Q5Z2P5LqG?=\r\n" +
		"Message-ID: <cut@example.com>\r\nDate: Tue, 17 Mar 2026 15:11:04 +0800\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
		"--outer\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
		"我在义乌小商品店买的杯子坏了，商家不给退款。\r\n订单号：A123\r\n\r\n" +
		"--outer\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	attachmentAt = b.Len()
	data := make([]byte, photo)
	for i := range data {
		data[i] = byte(i * 7)
	}
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n--outer--\r\n")
	return b.Bytes(), attachmentAt
}

// TestDecodeTruncated: the desk decodes only the first part of a mail over
// its size limit. A multipart mail cut anywhere in its base64 attachment
// still gives its header fields and its first text part, without error,
// with a warning that it may be truncated.
func TestDecodeTruncated(t *testing.T) {
	raw, at := truncatedMail(t, 3<<20)
	tests := []struct {
		name string
		cut  int
	}{
		{name: "at 1 MiB", cut: 1 << 20},
		{name: "just inside the base64", cut: at + 1},
		{name: "mid-quantum", cut: at + 4*1000 + 2},
		{name: "between CR and LF", cut: at + 77},
		{name: "after a whole line", cut: at + 78},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode(raw[:tt.cut], Options{MaxSize: 1 << 20})
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if m.MessageID != "cut@example.com" || m.Subject != "投诉：杯子坏了" || m.From != (Address{Name: "王芳", Address: "wangfang@example.com"}) || m.Date.IsZero() {
				t.Errorf("header fields lost: id %q subject %q from %+v date %v", m.MessageID, m.Subject, m.From, m.Date)
			}
			if !strings.Contains(m.Text, "商家不给退款") || !strings.Contains(m.Text, "订单号：A123") {
				t.Errorf("text = %q, want the first text part", m.Text)
			}
			if !strings.Contains(strings.Join(m.Warnings, "\n"), "truncated") {
				t.Errorf("warnings %q do not say the message may be truncated", m.Warnings)
			}
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != "photo.jpg" {
				t.Fatalf("attachments = %+v, want the cut photo listed", m.Attachments)
			}
			if a := m.Attachments[0]; a.Data != nil && int64(len(a.Data)) != a.Size {
				t.Errorf("attachment size %d with %d bytes of data", a.Size, len(a.Data))
			}
		})
	}
	// The whole message reads without a truncation warning.
	m, err := Decode(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(m.Warnings, "\n"); strings.Contains(w, "truncated") {
		t.Errorf("the whole message warns %q", w)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Size != 3<<20 {
		t.Errorf("attachments = %+v, want the 3 MiB photo", m.Attachments)
	}
}
