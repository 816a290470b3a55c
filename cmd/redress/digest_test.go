package main

import (
	"testing"
	"time"

	"github.com/yweca/redress/config"
)

func TestDigestClock(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, sh) }
	tests := []struct {
		name string
		spec string
		now  time.Time
		done string
		want bool
	}{
		{name: "before the time", spec: "0 8 * * 1-5", now: at(16, 7, 59), want: false},
		{name: "at the time", spec: "0 8 * * 1-5", now: at(16, 8, 0), want: true},
		{name: "later that day, after a restart", spec: "0 8 * * 1-5", now: at(16, 17, 30), want: true},
		{name: "done today", spec: "0 8 * * 1-5", now: at(16, 9, 0), done: "2026-03-16", want: false},
		{name: "done yesterday", spec: "0 8 * * 1-5", now: at(17, 9, 0), done: "2026-03-16", want: true},
		{name: "not on Saturday", spec: "0 8 * * 1-5", now: at(14, 9, 0), want: false},
		// 00:30 UTC is 08:30 in Shanghai: the schedule is the station's.
		{name: "station time", spec: "0 8 * * *", now: time.Date(2026, 3, 16, 0, 30, 0, 0, time.UTC), want: true},
		{name: "station time, not yet", spec: "0 8 * * *", now: time.Date(2026, 3, 15, 23, 30, 0, 0, time.UTC), want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := &config.Config{Station: config.Station{Timezone: "Asia/Shanghai"}, Schedule: config.Schedule{Digest: tt.spec}}
			c, err := newDigestClock(cfg)
			if err != nil {
				t.Fatal(err)
			}
			c.done = tt.done
			if got := c.due(tt.now); got != tt.want {
				t.Errorf("due(%s) = %v, want %v", tt.now.In(sh), got, tt.want)
			}
		})
	}
	if c, err := newDigestClock(&config.Config{}); c != nil || err != nil {
		t.Errorf("no schedule.digest: clock %v, %v; want none", c, err)
	}
}
