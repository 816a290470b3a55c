// Command benchseed writes a Maildir of N complaint mails for
// scripts/bench.sh: the example complaints of a directory cycled, each
// with its own Message-ID and, unless it is the station's own mail, its
// own sender, and every big-every'th one carrying an attachment of
// big-size random bytes. Writing the Maildir directly, then letting
// Dovecot index it, seeds 10,000 mails in a second where IMAP APPEND or
// SMTP would take minutes.
//
//	benchseed -n 10000 -corpus ../shared/testdata/complaints -out MAILDIR [-big-every 100 -big-size 2097152]
package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchseed:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("benchseed", flag.ContinueOnError)
	n := fs.Int("n", 10000, "how many mails to write")
	corpus := fs.String("corpus", "", "directory of example .eml files to cycle (required)")
	out := fs.String("out", "", "Maildir to write into (its cur/ is created; required)")
	keep := fs.String("keep-domain", "yweca.org.example", "senders in this domain (the station's own) keep their address")
	bigEvery := fs.Int("big-every", 0, "every this many mails, one carries an attachment (0: none)")
	bigSize := fs.Int("big-size", 2<<20, "the attachment's size in bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *corpus == "" || *out == "" || *n <= 0 {
		return errors.New("-corpus DIR, -out MAILDIR and -n > 0 are required")
	}
	files, _ := filepath.Glob(filepath.Join(*corpus, "*.eml"))
	if len(files) == 0 {
		return fmt.Errorf("no .eml files in %s", *corpus)
	}
	var examples [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		examples = append(examples, raw)
	}
	for _, d := range []string{"cur", "new", "tmp"} {
		if err := os.MkdirAll(filepath.Join(*out, d), 0o700); err != nil {
			return err
		}
	}
	now := time.Now().Unix()
	host, _ := os.Hostname()
	for i := range *n {
		raw := rewrite(examples[i%len(examples)], i, *keep)
		if *bigEvery > 0 && i%*bigEvery == *bigEvery/2 {
			raw = attach(raw, i, *bigSize)
		}
		// Maildir name with S= (size) so Dovecot need not stat the file;
		// ":2," is the info part of an unread mail.
		name := fmt.Sprintf("%d.M%dP%d.%s,S=%d:2,", now, i, os.Getpid(), host, len(raw))
		if err := os.WriteFile(filepath.Join(*out, "cur", name), raw, 0o600); err != nil {
			return err
		}
	}
	return nil
}

var angleAddr = regexp.MustCompile(`<[^<>@\s]+@([^<>\s]+)>`)

// rewrite gives mail i its own Message-ID and, for a sender outside keep,
// its own address (consumer+bI@example.com, which the stack delivers to
// the consumer's mailbox): otherwise the cycled copies would be
// duplicates, or follow-ups of one case.
func rewrite(raw []byte, i int, keep string) []byte {
	head, body := split(raw)
	var out bytes.Buffer
	sawID := false
	for _, f := range fields(head) {
		name := strings.ToLower(string(f[:bytes.IndexByte(f, ':')+1]))
		switch name {
		case "message-id:":
			sawID = true
			fmt.Fprintf(&out, "Message-ID: <bench%d@bench.station.test>\r\n", i)
			continue
		case "from:":
			if m := angleAddr.FindSubmatchIndex(f); m != nil && !strings.HasSuffix(strings.ToLower(string(f[m[2]:m[3]])), keep) {
				f = append(append(append([]byte(nil), f[:m[0]]...), fmt.Sprintf("<consumer+b%d@example.com>", i)...), f[m[1]:]...)
			}
		}
		out.Write(f)
	}
	if !sawID {
		fmt.Fprintf(&out, "Message-ID: <bench%d@bench.station.test>\r\n", i)
	}
	out.WriteString("\r\n")
	out.Write(body)
	return out.Bytes()
}

// attach wraps mail i into multipart/mixed with its original body as the
// first part and size random bytes, base64, as a PDF attachment.
func attach(raw []byte, i, size int) []byte {
	head, body := split(raw)
	var top, part bytes.Buffer
	for _, f := range fields(head) {
		name := strings.ToLower(string(f[:bytes.IndexByte(f, ':')+1]))
		switch name {
		case "content-type:", "content-transfer-encoding:":
			part.Write(f)
		case "mime-version:":
		default:
			top.Write(f)
		}
	}
	if part.Len() == 0 {
		part.WriteString("Content-Type: text/plain; charset=us-ascii\r\n")
	}
	boundary := fmt.Sprintf("=_bench_%d_", i)
	fmt.Fprintf(&top, "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n", boundary)
	fmt.Fprintf(&top, "--%s\r\n%s\r\n", boundary, part.Bytes())
	top.Write(body)
	fmt.Fprintf(&top, "\r\n--%s\r\nContent-Type: application/pdf; name=\"scan%d.pdf\"\r\n"+
		"Content-Disposition: attachment; filename=\"scan%d.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n", boundary, i, i)
	data := make([]byte, size)
	r := rand.NewChaCha8([32]byte{byte(i), byte(i >> 8), byte(i >> 16)})
	r.Read(data)
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		top.WriteString(enc[:76])
		top.WriteString("\r\n")
		enc = enc[76:]
	}
	top.WriteString(enc)
	fmt.Fprintf(&top, "\r\n--%s--\r\n", boundary)
	return top.Bytes()
}

// split cuts a mail at the blank line after its header.
func split(raw []byte) (head, body []byte) {
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		return raw[:i+2], raw[i+4:]
	}
	if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		return raw[:i+1], raw[i+2:]
	}
	return raw, nil
}

// fields are the header's fields, each with its continuation lines and
// line ends.
func fields(head []byte) [][]byte {
	var out [][]byte
	for len(head) > 0 {
		end := 0
		for {
			nl := bytes.IndexByte(head[end:], '\n')
			if nl < 0 {
				end = len(head)
				break
			}
			end += nl + 1
			if end >= len(head) || (head[end] != ' ' && head[end] != '\t') {
				break
			}
		}
		if bytes.IndexByte(head[:end], ':') > 0 {
			out = append(out, head[:end])
		}
		head = head[end:]
	}
	return out
}
