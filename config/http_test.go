package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/yweca/redress/config"
)

func TestHTTP(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		listen  string
		within  time.Duration
		wantErr string
	}{
		{name: "defaults", yaml: "", listen: "127.0.0.1:9090", within: 30 * time.Minute},
		{name: "server off", yaml: "http: {listen: \"\"}\n", listen: "", within: 30 * time.Minute},
		{name: "all interfaces", yaml: "http: {listen: \":9100\", healthy_within: 2h}\n", listen: ":9100", within: 2 * time.Hour},
		{name: "hourly polls widen the default", yaml: "schedule: {poll: \"0 * * * *\"}\n", listen: "127.0.0.1:9090", within: 3 * time.Hour},
		{name: "office hours: the weekend is the longest gap", yaml: "schedule: {poll: \"*/10 9-17 * * 1-5\"}\n",
			listen: "127.0.0.1:9090", within: 3 * (63*time.Hour + 10*time.Minute)},
		{name: "no port", yaml: "http: {listen: 127.0.0.1}\n",
			wantErr: `http.listen: must be host:port with a port 1-65535 such as 127.0.0.1:9090, or "" for no server, got "127.0.0.1"`},
		{name: "port out of range", yaml: "http: {listen: \"127.0.0.1:99999\"}\n", wantErr: `http.listen: must be host:port`},
		{name: "port zero", yaml: "http: {listen: \"127.0.0.1:0\"}\n", wantErr: `http.listen: must be host:port`},
		{name: "not a duration", yaml: "http: {healthy_within: 3d}\n", wantErr: `http.healthy_within: must be a duration such as 30m or 2h, got "3d"`},
		{name: "zero", yaml: "http: {healthy_within: 0s}\n", wantErr: `http.healthy_within: must be a duration such as 30m or 2h, got "0s"`},
		{name: "shorter than the schedule", yaml: "schedule: {poll: \"0 * * * *\"}\nhttp: {healthy_within: 30m}\n",
			wantErr: `http.healthy_within: must be longer than the longest time between polls of schedule.poll (1h0m0s), or /healthz fails between polls; got "30m"`},
		{name: "unknown key", yaml: "http: {port: 9090}\n", wantErr: "http.port: unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(minimal+tt.yaml), t.TempDir())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.HTTPListen() != tt.listen || c.HealthyWithin() != tt.within {
				t.Errorf("listen %q, healthy within %s; want %q, %s", c.HTTPListen(), c.HealthyWithin(), tt.listen, tt.within)
			}
		})
	}
}
