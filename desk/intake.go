package desk

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// OpenIntake opens a case for a complaint staff took by telephone, at the
// counter or from a letter (`redress case new`), in one transaction:
// the case with its channel, its timeline, and the mail the workflow
// sends (the staff notice; an acknowledgement only to an e-mail address
// the form gives). actor is who took it. The form is checked first
// (IntakeForm.Check); its problems are returned as they are.
func (d *Desk) OpenIntake(ctx context.Context, f workflow.IntakeForm, actor string) (*casefile.Case, Stats, error) {
	m, err := workflow.IntakeMail(f, d.cfg.Analysis)
	if err != nil {
		return nil, Stats{}, err
	}
	var c *casefile.Case
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		now := d.now()
		cands, err := tx.OpenCasesOf(m.Complainant.Phones, append(slices.Clone(m.Complainant.Emails), m.From.Address), 0)
		if err != nil {
			return err
		}
		var earlier []*workflow.Case
		for _, e := range cands {
			earlier = append(earlier, toWorkflow(e))
		}
		dec := workflow.OpenIntake(d.cfg.Workflow, workflow.Intake{Channel: f.Channel, Mail: m, Actor: actor, Now: now, Earlier: earlier})
		var queued int
		if c, queued, err = d.apply(tx, nil, dec, m, nil, item{received: now}, now); err != nil {
			return err
		}
		if err := tx.SetChannel(c.ID, f.Channel); err != nil {
			return err
		}
		c.Channel = f.Channel
		st.NewCases++
		st.Queued += queued
		ref, state, missing, noAck := c.Ref, c.State, strings.Join(c.Missing, ","), dec.NoAck
		*logs = append(*logs, func() {
			d.log.Info("new case taken in", "case", ref, "channel", f.Channel, "kind", c.Kind, "state", state, "missing", missing)
			if noAck != "" {
				d.log.Info("no acknowledgement", "case", ref, "reason", noAck)
			}
		})
		return nil
	})
	if err != nil {
		return nil, Stats{}, fmt.Errorf("opening a case taken in by %s: %w", f.Channel, err)
	}
	return c, st, nil
}
