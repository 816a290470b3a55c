package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/config"
)

func TestRetain(t *testing.T) {
	now := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, policy, wantErr string
		want                  time.Time // the cutoff at now
	}{
		{name: "default three years", want: time.Date(2023, 3, 1, 8, 0, 0, 0, time.UTC)},
		{name: "years", policy: "policy: {retain: 5y}\n", want: time.Date(2021, 3, 1, 8, 0, 0, 0, time.UTC)},
		{name: "days", policy: "policy: {retain: 1095d}\n", want: now.AddDate(0, 0, -1095)},
		{name: "both", policy: "policy: {retain: 1y30d}\n", want: time.Date(2025, 1, 30, 8, 0, 0, 0, time.UTC)},
		{name: "one day", policy: "policy: {retain: 1d}\n", want: now.AddDate(0, 0, -1)},
		{name: "zero", policy: "policy: {retain: 0d}\n", wantErr: "policy.retain: must be between 1d and 100y"},
		{name: "too long", policy: "policy: {retain: 101y}\n", wantErr: "policy.retain: must be between 1d and 100y"},
		{name: "a Go duration", policy: "policy: {retain: 26280h}\n", wantErr: `policy.retain: must be a number of years or days such as 3y or 1095d, got "26280h"`},
		{name: "months", policy: "policy: {retain: 36m}\n", wantErr: "policy.retain: must be a number of years or days"},
		{name: "negative", policy: "policy: {retain: -3y}\n", wantErr: "policy.retain"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(minimal+tt.policy), t.TempDir())
			switch {
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
			case err != nil:
				t.Errorf("%v", err)
			case !c.Retain().Cutoff(now).Equal(tt.want):
				t.Errorf("Retain %s: cutoff %s, want %s", c.Retain(), c.Retain().Cutoff(now), tt.want)
			}
		})
	}
}
