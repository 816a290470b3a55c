package desk

import (
	"context"
	"errors"
	"fmt"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/workflow"
)

// timerBatch is how many due timers one sweep reads at a time.
const timerBatch = 100

// Sweep carries out the timers that are due (reminders, and closing cases
// whose reminders went unanswered), each in a transaction of its own. It
// runs after every poll.
func (d *Desk) Sweep(ctx context.Context) (Stats, error) {
	var st Stats
	now := d.now()
	seen := map[[2]any]bool{}
	for {
		due, err := d.store.DueTimers(ctx, now, timerBatch)
		if err != nil {
			return st, storageFault(err)
		}
		handled := 0
		for _, t := range due {
			key := [2]any{t.CaseID, t.Kind}
			if seen[key] {
				continue // set again for now or earlier: next sweep
			}
			seen[key] = true
			handled++
			if err := ctx.Err(); err != nil {
				return st, err
			}
			if err := d.fire(ctx, t, &st); err != nil {
				return st, err
			}
		}
		if handled == 0 || len(due) < timerBatch {
			return st, nil
		}
	}
}

func (d *Desk) fire(ctx context.Context, t casefile.Timer, st *Stats) error {
	one, err := d.write(ctx, func(tx *casefile.Tx, one *Stats, logs *[]func()) error {
		now := d.now()
		// Fired, moved or cleared since it was listed (by another
		// instance sharing the store, or by mail filed meanwhile): not
		// again.
		if due, err := tx.ClaimTimer(t.CaseID, t.Kind, now); err != nil || !due {
			return err
		}
		c, err := tx.CaseByID(t.CaseID)
		if err != nil {
			return err
		}
		dec := workflow.FireTimer(d.cfg.Workflow, workflow.TimerDue{Case: toWorkflow(c), Kind: t.Kind, Now: now})
		var queued int
		err = tx.Savepoint(func() error {
			var err error
			_, queued, err = d.apply(tx, c, dec, nil, nil, item{}, now)
			return err
		})
		var rej *rejected
		if errors.As(err, &rej) {
			// The mail cannot be rendered: drop the timer rather than
			// firing it every round; staff see it in the log.
			*logs = append(*logs, func() {
				d.log.Error("a timer's mail could not be made; the timer is dropped", "case", c.Ref, "timer", t.Kind, "err", rej.err)
			})
			return tx.ClearTimer(c.ID, t.Kind)
		}
		if err != nil {
			return err
		}
		one.Queued += queued
		for _, e := range dec.Events {
			switch {
			case e.Kind == workflow.EventReminder:
				one.Reminders++
			case e.Kind == workflow.EventState && e.To == workflow.StateClosed:
				one.Closed++
			}
		}
		ref, detail := c.Ref, ""
		if len(dec.Events) > 0 {
			detail = dec.Events[len(dec.Events)-1].Detail
		}
		*logs = append(*logs, func() { d.log.Info("timer fired", "case", ref, "timer", t.Kind, "what", detail) })
		return nil
	})
	if err != nil {
		return storageFault(fmt.Errorf("carrying out the %s timer of case #%d: %w", t.Kind, t.CaseID, err))
	}
	st.add(one)
	return nil
}
