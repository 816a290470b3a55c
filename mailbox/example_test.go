package mailbox_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

// A poll from the zero cursor reads the whole folder; the caller stores
// each message and advances its cursor as it goes.
func ExampleClient_Poll() {
	srv, err := mailboxtest.StartServer("127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.AppendMessage("INBOX", []byte("Subject: refund refused\r\n\r\n...\r\n"))
	srv.AppendMessage("INBOX", []byte("Subject: broken kettle\r\n\r\n...\r\n"))

	ctx := context.Background()
	c, err := mailbox.Dial(ctx, mailbox.Config{
		Host: srv.Host, Port: srv.Port, TLS: mailbox.TLSNone,
		Username: srv.User, Password: srv.Password,
	})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	var cur mailbox.Cursor // loaded from the store in real use
	stats, err := c.Poll(ctx, "INBOX", cur, mailbox.PollOptions{Batch: 50}, func(ctx context.Context, m mailbox.Message) error {
		// Body streams from the connection: read it here, to the end.
		raw, err := io.ReadAll(m.Body)
		if err != nil {
			return err
		}
		subject, _, _ := bytes.Cut(raw, []byte("\r\n"))
		fmt.Printf("uid %d: %s\n", m.UID, subject)
		cur = m.Cursor() // stored with the message, in one transaction
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("fetched", stats.Fetched, "rescan", stats.Rescan, "cursor uid", cur.LastUID)
	// Output:
	// uid 1: Subject: refund refused
	// uid 2: Subject: broken kettle
	// fetched 2 rescan false cursor uid 2
}

// Check tests the settings the way an operator's "redress check" would.
func ExampleCheck() {
	srv, err := mailboxtest.StartServer("127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	cfg := mailbox.Config{
		Host: srv.Host, Port: srv.Port, TLS: mailbox.TLSNone,
		Username: srv.User, Password: "wrong",
	}
	err = mailbox.Check(context.Background(), cfg, "INBOX")
	fmt.Println(err != nil)
	// Output: true
}
