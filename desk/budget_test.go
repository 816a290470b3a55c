package desk

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestBudgetBoundsBytesInFlight(t *testing.T) {
	b := newBudget(100)
	var inFlight, peak atomic.Int64
	var wg sync.WaitGroup
	for _, n := range []int64{60, 60, 30, 30, 500, 1, 99} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := b.acquire(n)
			now := inFlight.Add(got)
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			inFlight.Add(-got)
			b.release(got)
		}()
	}
	wg.Wait()
	if p := peak.Load(); p > 100 {
		t.Errorf("peak bytes in flight %d, want at most the budget of 100", p)
	}
	if b.used != 0 {
		t.Errorf("budget used %d after all were released", b.used)
	}
}
