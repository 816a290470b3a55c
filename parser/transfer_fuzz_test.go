package parser

import (
	"bytes"
	"encoding/base64"
	"testing"
)

// The standard decoder's fast path must read well-formed base64 exactly as
// the lenient path does, and whatever it accepts must be what the lenient
// path makes of it.
func FuzzBase64Paths(f *testing.F) {
	for _, s := range []string{"", "QQ==", "aGVsbG8gd29ybGQ=\r\n", "QQ==QQ==", "YW Jj\r\nZA==", "!!!!", "5L2g5aW9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if strict, ok := decodeBase64Strict(b); ok {
			lenient, warn := decodeBase64Lenient(b)
			if !bytes.Equal(strict, lenient) || warn != "" {
				t.Errorf("%q: strict %q, lenient %q (%s)", b, strict, lenient, warn)
			}
		}
		// Any bytes, encoded as a client would (76-column lines, CRLF),
		// come back whole through the fast path.
		enc := base64.StdEncoding.EncodeToString(b)
		var wrapped bytes.Buffer
		for len(enc) > 76 {
			wrapped.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		wrapped.WriteString(enc + "\r\n")
		got, warn := decodeBase64Body(wrapped.Bytes())
		if !bytes.Equal(got, b) || warn != "" {
			t.Errorf("round trip of %q gave %q (%s)", b, got, warn)
		}
	})
}

// BenchmarkBase64Attachment decodes a 2 MiB attachment's base64 body, as
// 1% of the mail of the bench's second workload carries.
func BenchmarkBase64Attachment(b *testing.B) {
	raw := bytes.Repeat([]byte("redress \x00\x01\x02"), 2<<20/11)
	enc := base64.StdEncoding.EncodeToString(raw)
	var body bytes.Buffer
	for len(enc) > 76 {
		body.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	body.WriteString(enc)
	for _, path := range []struct {
		name   string
		decode func([]byte) ([]byte, string)
	}{{"body", decodeBase64Body}, {"lenient", decodeBase64Lenient}} {
		b.Run(path.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if out, _ := path.decode(body.Bytes()); len(out) != len(raw) {
					b.Fatal("short")
				}
			}
		})
	}
}
