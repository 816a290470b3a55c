package desk

import "sync"

// budget bounds the bytes of mail being parsed at once: parsing costs
// several times a mail's size in memory, so the parse workers together
// never hold more than one mail of the largest size parsed whole
// (policy.max_message_bytes), however many of them there are.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	total int64
	used  int64
}

func newBudget(total int64) *budget {
	b := &budget{total: total}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes fit (a mail larger than the whole budget
// waits until nothing else is parsed) and takes them; it returns what to
// give back.
func (b *budget) acquire(n int64) int64 {
	n = min(max(n, 1), b.total)
	b.mu.Lock()
	for b.used+n > b.total {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
	return n
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
