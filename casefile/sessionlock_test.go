//go:build postgres

package casefile

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"
)

func TestSessionLock(t *testing.T) {
	u := pgTestURL(t)
	ctx := context.Background()
	name := "redress:test:" + t.Name() + time.Now().Format(time.RFC3339Nano)
	a, err := TrySessionLock(ctx, u, "", name, 5*time.Second)
	if err != nil {
		t.Fatalf("first TrySessionLock: %v", err)
	}
	if err := a.Check(ctx); err != nil {
		t.Fatalf("Check of a held lock: %v", err)
	}
	if _, err := TrySessionLock(ctx, u, "", name, 5*time.Second); !errors.Is(err, ErrLockHeld) {
		t.Fatalf("second TrySessionLock while held: %v, want ErrLockHeld", err)
	}
	other, err := TrySessionLock(ctx, u, "", name+":other", 5*time.Second)
	if err != nil {
		t.Fatalf("a lock of another name: %v", err)
	}
	other.Release()
	// Keys are 64-bit and half of them negative: Check must find each.
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		l, err := TrySessionLock(ctx, u, "", name+":"+n, 5*time.Second)
		if err != nil {
			t.Fatalf("lock %s: %v", n, err)
		}
		if err := l.Check(ctx); err != nil {
			t.Errorf("Check of held lock %s: %v", n, err)
		}
		l.Release()
	}
	if err := a.Release(); err != nil {
		t.Fatalf("Release: %v", err)
	}
	b, err := TrySessionLock(ctx, u, "", name, 5*time.Second)
	if err != nil {
		t.Fatalf("TrySessionLock after Release: %v", err)
	}

	// The holder's session ends without it knowing (its machine died, an
	// administrator killed it): Check says so, Hold calls lost, and
	// another may take the lock.
	admin, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var pid int
	if err := b.conn.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.ExecContext(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	lost := make(chan error, 1)
	go b.Hold(ctx, 50*time.Millisecond, func(err error) { lost <- err })
	select {
	case err := <-lost:
		if err == nil {
			t.Error("Hold reported a nil error")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Hold did not notice the session had ended")
	}
	c, err := TrySessionLock(ctx, u, "", name, 5*time.Second)
	if err != nil {
		t.Fatalf("TrySessionLock after the holder's session ended: %v", err)
	}
	c.Release()
	b.Release()
}

// The session holding a store's instance lock ends while the process
// lives (the server restarted): at its next claim the store finds out and
// takes the lock again, so another process still cannot release its
// claims.
func TestInstanceLockRetakenAfterSessionLoss(t *testing.T) {
	ctx := context.Background()
	u := pgSchema(t)
	a := openPostgresTest(t, u, "")
	b := openPostgresTest(t, u, "")
	c := ingest(t, a, in(1, complaint("c1@x")))
	for _, mid := range []string{"one@desk", "two@desk"} {
		if err := a.Queue(ctx, c.Case.ID, Outgoing{Purpose: "ack", To: []string{"liwei@example.com"}, Subject: mid, MessageID: mid}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := a.ListOutbox(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, e := range list {
		ids[e.Subject] = e.ID
	}
	lease := time.Now().Add(time.Hour)
	if err := a.ClaimMail(ctx, ids["one@desk"], lease); err != nil {
		t.Fatal(err)
	}
	if n, err := b.ReleaseClaims(ctx); err != nil || n != 0 {
		t.Fatalf("b released %d of a's claims (%v) while a lives, want 0", n, err)
	}

	var pid int
	a.instanceLock.mu.Lock()
	err = a.instanceLock.conn.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid)
	a.instanceLock.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	a.instanceMu.Lock()
	a.instanceChecked = time.Time{} // its recheck is due
	a.instanceMu.Unlock()

	if err := a.ClaimMail(ctx, ids["two@desk"], lease); err != nil {
		t.Fatalf("a's claim after its session ended: %v", err)
	}
	if n, err := b.ReleaseClaims(ctx); err != nil || n != 0 {
		t.Errorf("b released %d of a's claims (%v) after a's session was replaced, want 0", n, err)
	}
}
