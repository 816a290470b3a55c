package mailbox_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/yweca/redress/mailbox"
	"github.com/yweca/redress/mailbox/mailboxtest"
)

func TestIdleWithoutPollReturnsAtOnce(t *testing.T) {
	s := mailboxtest.Start(t)
	c := dial(t, testConfig(s))
	woke, err := c.Idle(context.Background(), "INBOX", time.Hour)
	if err != nil || !woke {
		t.Fatalf("Idle before any Poll = %v, %v; want true, nil", woke, err)
	}
}

func TestIdleSeesMessageAppendedSincePoll(t *testing.T) {
	s := mailboxtest.Start(t)
	c := dial(t, testConfig(s))
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
		t.Fatal(err)
	}
	s.Append(t, "INBOX", rawMessage(1))
	woke, err := c.Idle(context.Background(), "INBOX", time.Hour)
	if err != nil || !woke {
		t.Fatalf("Idle after an append = %v, %v; want true, nil", woke, err)
	}
}

func TestIdleQuietFolderTimesOut(t *testing.T) {
	for _, rev1 := range []bool{false, true} { // IMAP4rev1Only: no IDLE capability
		s := mailboxtest.StartWith(t, mailboxtest.Options{IMAP4rev1Only: rev1})
		s.Append(t, "INBOX", rawMessage(1))
		c := dial(t, testConfig(s))
		var r recorder
		if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
			t.Fatal(err)
		}
		woke, err := c.Idle(context.Background(), "INBOX", 50*time.Millisecond)
		if err != nil || woke {
			t.Fatalf("rev1=%v: Idle on a quiet folder = %v, %v; want false, nil", rev1, woke, err)
		}
		// The connection is usable afterwards.
		if _, err := c.Poll(context.Background(), "INBOX", r.msgs[0].Cursor(), mailbox.PollOptions{}, r.handle); err != nil {
			t.Errorf("rev1=%v: Poll after Idle: %v", rev1, err)
		}
	}
}

func TestIdleWakesOnNewMessage(t *testing.T) {
	s := mailboxtest.Start(t)
	c := dial(t, testConfig(s))
	var r recorder
	stats, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle)
	if err != nil {
		t.Fatal(err)
	}

	started := make(chan struct{}, 1)
	s.SetIdleHook(func() { started <- struct{}{} })
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		// The memory server misses a message appended as its IDLE
		// starts: append until Idle returns (a bounded number of times).
		<-started
		for i := range 100 {
			if _, err := s.AppendMessage("INBOX", rawMessage(i)); err != nil {
				t.Error(err)
				return
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	woke, err := c.Idle(context.Background(), "INBOX", time.Minute)
	close(done)
	<-finished
	if err != nil || !woke {
		t.Fatalf("Idle = %v, %v; want true, nil", woke, err)
	}

	r = recorder{}
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{UIDValidity: stats.UIDValidity}, mailbox.PollOptions{}, r.handle); err != nil {
		t.Fatal(err)
	}
	if len(r.msgs) == 0 || r.msgs[0].UID != 1 {
		t.Errorf("Poll after wake-up handed %v, want the appended messages from uid 1", r.uids())
	}
}

func TestIdleCancelled(t *testing.T) {
	s := mailboxtest.Start(t)
	s.Append(t, "INBOX", rawMessage(1))
	c := dial(t, testConfig(s))
	var r recorder
	if _, err := c.Poll(context.Background(), "INBOX", mailbox.Cursor{}, mailbox.PollOptions{}, r.handle); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.SetIdleHook(cancel)
	woke, err := c.Idle(ctx, "INBOX", time.Hour)
	if !errors.Is(err, context.Canceled) || woke {
		t.Fatalf("Idle with cancelled context = %v, %v; want false, context.Canceled", woke, err)
	}
	// IDLE was ended with DONE: the connection is still usable.
	uid := s.Append(t, "INBOX", rawMessage(2))
	r2 := recorder{}
	if _, err := c.Poll(context.Background(), "INBOX", r.msgs[0].Cursor(), mailbox.PollOptions{}, r2.handle); err != nil {
		t.Fatalf("Poll after cancelled Idle: %v", err)
	}
	if !slices.Equal(r2.uids(), []uint32{uid}) {
		t.Errorf("Poll after cancelled Idle handed %v, want [%d]", r2.uids(), uid)
	}
}
