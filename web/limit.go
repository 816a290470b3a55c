package web

import (
	"sync"
	"time"
)

// limiter is a token bucket per key: each key may spend burst tokens at
// once, and gets them back at burst per period. Keys idle for a whole
// period are dropped, so memory stays bounded by the keys active in one
// period.
type limiter struct {
	burst  float64
	period time.Duration
	now    func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(burst int, period time.Duration, now func() time.Time) *limiter {
	return &limiter{burst: float64(burst), period: period, now: now, buckets: map[string]*bucket{}}
}

// allow spends one token of key; false, and how long until one is back,
// when there is none.
func (l *limiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.swept) > l.period {
		for k, b := range l.buckets {
			if now.Sub(b.at) > l.period {
				delete(l.buckets, k)
			}
		}
		l.swept = now
	}
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	rate := l.burst / float64(l.period) // tokens per nanosecond
	b.tokens = min(l.burst, b.tokens+float64(now.Sub(b.at))*rate)
	b.at = now
	if b.tokens < 1 {
		return false, time.Duration((1 - b.tokens) / rate)
	}
	b.tokens--
	return true, 0
}

// refund gives back a token spent on a request that turned out not to
// count (a form sent back to be corrected).
func (l *limiter) refund(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if b, ok := l.buckets[key]; ok {
		b.tokens = min(l.burst, b.tokens+1)
	}
}
