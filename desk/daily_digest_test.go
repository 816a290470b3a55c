package desk

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"

	"github.com/yweca/redress/calendar"
	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/notify/notifytest"
)

// The daily digest lists, in station time, the cases waiting on staff and
// on the consumer oldest first, the deadlines within two working days or
// passed soonest first, and the mail that failed (not the mail the
// operator dropped); it is queued once a station day, also across a
// restart, and sent through the outbox like any mail.
func TestDailyDigest(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int, hour int) time.Time { return time.Date(2026, 3, d, hour, 0, 0, 0, sh) }
	now := day(16, 8) // Monday 08:00
	dir := t.TempDir()
	opts := envOptions{dir: dir, now: func() time.Time { return now }, cfg: func(c *Config) {
		c.Workflow.Calendar = calendar.Weekends()
		c.Workflow.Location = sh
		c.Workflow.MediateWithin = 3
	}}
	e := newEnv(t, opts)
	ctx := t.Context()

	// Seeded out of order of age, so that the order is the digest's doing.
	seed := []casefile.Case{
		{Kind: "complaint", State: casefile.StateOpen, Subject: "newer open", CreatedAt: day(12, 9)},                               // accept due 03-23
		{Kind: "complaint", State: casefile.StateOpen, Subject: "older open", CreatedAt: day(2, 9)},                                // accept due 03-11: passed
		{Kind: "inquiry", State: casefile.StateOpen, Subject: "open inquiry", CreatedAt: day(13, 9)},                               // no deadline
		{Kind: "complaint", State: casefile.StateAwaitingInfo, Subject: "waits 1", CreatedAt: day(10, 9)},                          // accept due 03-19
		{Kind: "complaint", State: casefile.StateAwaitingInfo, Subject: "waits 2", CreatedAt: day(5, 9)},                           // accept due 03-16
		{Kind: "complaint", State: casefile.StateInMediation, Subject: "mediating", CreatedAt: day(1, 9), AcceptedAt: day(12, 10)}, // due 03-17
		{Kind: "complaint", State: casefile.StateClosed, CloseReason: casefile.CloseResolved, Subject: "done", CreatedAt: day(3, 9)},
	}
	refs := map[string]string{} // subject → ref
	if err := e.store.Write(ctx, func(tx *casefile.Tx) error {
		for _, c := range seed {
			c.UpdatedAt = c.CreatedAt
			if err := tx.OpenCase(&c, c.CreatedAt); err != nil {
				return err
			}
			refs[c.Subject] = c.Ref
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	older, _ := e.store.CaseByRef(ctx, refs["older open"])
	for _, m := range []casefile.Outgoing{
		{Purpose: "ack", To: []string{"gone@example.com"}, Subject: "ack", MessageID: "f1@yweca.org.example", Text: "x"},
		{Purpose: "ack", To: []string{"dropped@example.com"}, Subject: "ack", MessageID: "f2@yweca.org.example", Text: "x"},
	} {
		if err := e.store.Queue(ctx, older.ID, m); err != nil {
			t.Fatal(err)
		}
	}
	list, err := e.store.ListOutbox(ctx, now)
	if err != nil || len(list) != 2 {
		t.Fatalf("outbox = %+v, %v", list, err)
	}
	if err := e.store.MarkFailed(ctx, list[0].ID, "550 5.1.1 no such user"); err != nil {
		t.Fatal(err)
	}
	if err := e.store.Drop(ctx, list[1].ID, "wrong address", "staff1@yweca.org.example"); err != nil {
		t.Fatal(err)
	}

	if queued, err := e.desk.DailyDigest(ctx, now); err != nil || !queued {
		t.Fatalf("DailyDigest = %v, %v; want it queued", queued, err)
	}
	if queued, err := e.desk.DailyDigest(ctx, now.Add(time.Hour)); err != nil || queued {
		t.Fatalf("DailyDigest again the same day = %v, %v; want nothing queued", queued, err)
	}
	// A restart the same day: a new desk on the same database.
	e.store.Close()
	e2 := newEnv(t, opts)
	if queued, err := e2.desk.DailyDigest(ctx, day(16, 23)); err != nil || queued {
		t.Fatalf("DailyDigest after a restart the same day = %v, %v; want nothing queued", queued, err)
	}

	srv := notifytest.Start(t)
	d := &notify.Deliverer{Transport: notify.NewSender(notify.SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: notify.TLSNone, Timeout: 10 * time.Second}, nil),
		Outbox: Outbox(e2.store), Now: func() time.Time { return now }}
	if st, err := d.Flush(ctx); err != nil || st.Sent != 1 {
		t.Fatalf("Flush = %+v, %v; want the digest sent", st, err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 || len(msgs[0].To) != 1 || msgs[0].To[0] != "staff@yweca.org.example" {
		t.Fatalf("sent %+v, want one mail to staff", msgs)
	}
	body := decodedBody(t, msgs[0].Data)

	sections := strings.Split(body, "\n\n")
	section := func(head string) string {
		for _, s := range sections {
			if strings.Contains(s, head) {
				return s
			}
		}
		t.Fatalf("no section %q in:\n%s", head, body)
		return ""
	}
	inOrder(t, section("Waiting on staff"), refs["older open"], refs["newer open"], refs["open inquiry"])
	inOrder(t, section("Awaiting the consumer"), refs["waits 2"], refs["waits 1"])
	dl := section("Deadlines within two working days")
	inOrder(t, dl, refs["older open"], refs["waits 2"], refs["mediating"])
	for _, not := range []string{refs["newer open"], refs["waits 1"], refs["open inquiry"], refs["done"]} {
		if strings.Contains(dl, not) {
			t.Errorf("deadlines list %s, whose deadline is not near:\n%s", not, dl)
		}
	}
	for _, want := range []string{refs["older open"] + "  已过期 / passed 2026-03-11", refs["mediating"] + "  到期 / due 2026-03-17", "调解 / mediation"} {
		if !strings.Contains(dl, want) {
			t.Errorf("deadlines lack %q:\n%s", want, dl)
		}
	}
	failed := section("Outgoing mail that failed")
	if !strings.Contains(failed, "gone@example.com  550 5.1.1 no such user") || strings.Contains(failed, "dropped@example.com") {
		t.Errorf("failed mail section:\n%s", failed)
	}
	if strings.Contains(body, refs["done"]) {
		t.Errorf("the closed case %s is in the digest:\n%s", refs["done"], body)
	}

	// The next day has a digest of its own.
	if queued, err := e2.desk.DailyDigest(ctx, day(17, 8)); err != nil || !queued {
		t.Fatalf("DailyDigest the next day = %v, %v; want it queued", queued, err)
	}
}

// Nothing to say, no mail.
func TestDailyDigestEmptySkipped(t *testing.T) {
	e := newEnv(t, envOptions{})
	if queued, err := e.desk.DailyDigest(t.Context(), time.Now()); err != nil || queued {
		t.Fatalf("DailyDigest of an empty desk = %v, %v; want nothing", queued, err)
	}
	if n := len(e.outbox(t)); n != 0 {
		t.Errorf("%d mails queued, want none", n)
	}
}

// inOrder checks that each of refs appears in s, in that order.
func inOrder(t *testing.T, s string, refs ...string) {
	t.Helper()
	last := -1
	for _, r := range refs {
		i := strings.Index(s, r)
		if i < 0 {
			t.Errorf("%s is missing from:\n%s", r, s)
			continue
		}
		if i < last {
			t.Errorf("%s is out of order in:\n%s", r, s)
		}
		last = i
	}
}

// decodedBody is the text of a single-part mail as sent.
func decodedBody(t *testing.T, raw []byte) string {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(e.Body)
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n")
}
