package config_test

import (
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

func TestLogAndDigest(t *testing.T) {
	tests := []struct {
		name    string
		extra   string
		want    config.Log
		digest  string
		wantErr string
	}{
		{name: "defaults", want: config.Log{Format: "text", Level: "info"}},
		{name: "json, debug, pii", extra: "log: {format: json, level: debug, pii: true}\n",
			want: config.Log{Format: "json", Level: "debug", PII: true}},
		{name: "level in capitals", extra: "log: {level: WARN}\n", want: config.Log{Format: "text", Level: "WARN"}},
		{name: "unknown format", extra: "log: {format: logfmt}\n", wantErr: `log.format: must be text or json, got "logfmt"`},
		{name: "unknown level", extra: "log: {level: verbose}\n", wantErr: `log.level: must be debug, info, warn or error, got "verbose"`},
		{name: "level with an offset", extra: "log: {level: info+2}\n", wantErr: `log.level: must be debug, info, warn or error, got "info+2"`},
		{name: "unknown log key", extra: "log: {pil: true}\n", wantErr: "log.pil: unknown key"},
		{name: "digest on weekdays", extra: "staff: {notify: [cases@x.example]}\nschedule: {digest: \"0 8 * * 1-5\"}\n",
			want: config.Log{Format: "text", Level: "info"}, digest: "0 8 * * 1-5"},
		{name: "digest not cron", extra: "staff: {notify: [cases@x.example]}\nschedule: {digest: \"at eight\"}\n",
			wantErr: `schedule.digest: must be a cron expression such as "0 8 * * 1-5" (or empty for no digest), got "at eight"`},
		{name: "digest to nobody", extra: "schedule: {digest: \"0 8 * * *\"}\n", wantErr: "schedule.digest: needs staff.notify"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(minimal+tt.extra), t.TempDir())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Log != tt.want {
				t.Errorf("log = %+v, want %+v", c.Log, tt.want)
			}
			if c.Schedule.Digest != tt.digest {
				t.Errorf("schedule.digest = %q, want %q", c.Schedule.Digest, tt.digest)
			}
		})
	}
}
