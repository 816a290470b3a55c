package main

import (
	"testing"

	"github.com/yweca/redress/config"
	"github.com/yweca/redress/workflow"
)

// TestConfigDefaultsMatchWorkflow: config stays a leaf, so it repeats the
// workflow's policy defaults; a station with no policy section must get
// the same behaviour as a workflow.Settings left at its zero values.
func TestConfigDefaultsMatchWorkflow(t *testing.T) {
	var cfg config.Config
	for _, c := range []struct {
		name    string
		cfg, wf any
	}{
		{"remind_after", cfg.RemindAfter(), workflow.DefaultRemindAfter},
		{"max_reminders", cfg.MaxReminders(), workflow.DefaultMaxReminders},
		{"ack_limit", cfg.AckLimit(), workflow.DefaultAckLimit},
	} {
		if c.cfg != c.wf {
			t.Errorf("policy.%s: config's default %v, workflow's %v", c.name, c.cfg, c.wf)
		}
	}
}
