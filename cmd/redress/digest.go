package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/yweca/redress/config"
)

// digestClock says when `redress run` sends the daily digest
// (schedule.digest): at the schedule's first time of the station's day,
// or as soon after it as the daemon runs that day. desk.DailyDigest keeps
// it to once a day across restarts; the clock only keeps the daemon from
// asking again all day once the day's digest is done or had nothing to
// say.
type digestClock struct {
	sched cron.Schedule
	loc   *time.Location
	done  string // the station day whose digest is done
}

// newDigestClock is the clock of cfg's schedule.digest, nil when it is
// empty.
func newDigestClock(cfg *config.Config) (*digestClock, error) {
	if cfg.Schedule.Digest == "" {
		return nil, nil
	}
	sched, err := cron.ParseStandard(cfg.Schedule.Digest)
	if err != nil {
		return nil, fmt.Errorf("schedule.digest: %w", err)
	}
	return &digestClock{sched: sched, loc: cfg.Location()}, nil
}

// due reports whether the digest of now's station day is due: its first
// scheduled time that day has come and it is not done.
func (c *digestClock) due(now time.Time) bool {
	now = now.In(c.loc)
	day := now.Format(time.DateOnly)
	if c.done == day {
		return false
	}
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, c.loc)
	first := c.sched.Next(midnight.Add(-time.Second))
	return first.Format(time.DateOnly) == day && !first.After(now)
}

// next is the digest's next scheduled time after now, for the daemon's
// wait.
func (c *digestClock) next(now time.Time) time.Time { return c.sched.Next(now.In(c.loc)) }

// sendDigest queues the daily digest when it is due; an error is logged
// and the digest tried again on the next round.
func (s *wiring) sendDigest(ctx context.Context, c *digestClock, logger *slog.Logger) {
	now := s.store.Now()
	if c == nil || !c.due(now) {
		return
	}
	if _, err := s.desk.DailyDigest(ctx, now); err != nil {
		logger.Error("the daily digest could not be queued; it is tried again after the next poll", "component", "desk", "err", err)
		return
	}
	c.done = now.In(c.loc).Format(time.DateOnly)
}
