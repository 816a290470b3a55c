package desk

import (
	"context"
	"errors"
	"fmt"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// RunCommands applies staff commands given on the command line to case
// ref, with the rules of a staff reply (actor: the local user), and
// relays text to the consumer when it is not empty.
func (d *Desk) RunCommands(ctx context.Context, ref string, cmds []workflow.Command, text, actor string) (Stats, error) {
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, _ *[]func()) error {
		c, err := tx.CaseByRef(ref)
		if err != nil {
			return err
		}
		now := d.now()
		var target *workflow.Case
		for _, cmd := range cmds {
			if cmd.Name == "merge" {
				if t, err := tx.CaseByRef(cmd.Ref); err == nil {
					target = toWorkflow(t)
				} else if !errors.Is(err, casefile.ErrNotFound) {
					return err
				}
			}
		}
		dec, cerr := workflow.RunCommands(d.cfg.Workflow, workflow.CommandsGiven{Case: toWorkflow(c), Commands: cmds,
			Text: text, Actor: actor, Now: now, MergeTarget: target})
		if cerr != nil {
			return cerr
		}
		_, queued, err := d.apply(tx, c, dec, nil, nil, item{}, now)
		st.Queued = queued
		return err
	})
	var cerr *workflow.CommandError
	if errors.As(err, &cerr) {
		return st, err
	}
	if errors.Is(err, casefile.ErrNotFound) {
		return st, fmt.Errorf("case %s: %w", ref, casefile.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("applying commands to case %s: %w", ref, err)
	}
	return st, nil
}
