package desk

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/workflow"
)

// OpenIntake opens a case for a complaint staff took by telephone, at the
// counter or from a letter (`redress case new`), in one transaction:
// the case with its channel, its timeline, and the mail the workflow
// sends (the staff notice; an acknowledgement only to an e-mail address
// the form gives). actor is who took it. The form is checked first
// (IntakeForm.Check); its problems are returned as they are.
func (d *Desk) OpenIntake(ctx context.Context, f workflow.IntakeForm, actor string) (*casefile.Case, Stats, error) {
	if f.Channel == workflow.ChannelWeb {
		return nil, Stats{}, fmt.Errorf("a web submission is opened with its evidence (OpenSubmission), not typed in")
	}
	return d.openIntake(ctx, f, actor, nil)
}

// Submission is what a consumer submitted on the web form, kept as the
// case's first incoming message: the evidence of what they said.
type Submission struct {
	// Raw is the submission as received: its fields as JSON. It is
	// stored under its SHA-256 as a mail's raw bytes are; the same bytes
	// submitted twice open one case.
	Raw   []byte
	Files []SubmittedFile // the attachments, checked by the caller
	// MessageID names the submission in the case's thread (without angle
	// brackets): the acknowledgement answers it. "": one is made.
	MessageID string
}

// SubmittedFile is one attachment of a Submission.
type SubmittedFile struct {
	Filename    string
	ContentType string
	Data        []byte
}

// OpenSubmission opens a case for a complaint the consumer submitted on
// the web form (f.Channel is workflow.ChannelWeb): the same decision as
// OpenIntake, with the consumer as its author, and the submission kept
// as the case's first incoming message (sub.Raw and the files stored by
// their SHA-256, as a mail's raw bytes and attachments are). The
// acknowledgement (asking for what is missing) goes to f.Email and
// answers that message, so the consumer's reply threads onto the case.
// Submitting the same bytes again returns the case they opened.
func (d *Desk) OpenSubmission(ctx context.Context, f workflow.IntakeForm, sub Submission) (*casefile.Case, Stats, error) {
	if f.Channel != workflow.ChannelWeb {
		return nil, Stats{}, fmt.Errorf("a submission comes in by %s, not %q", workflow.ChannelWeb, f.Channel)
	}
	if len(sub.Raw) == 0 {
		return nil, Stats{}, fmt.Errorf("a submission without its fields cannot be kept as evidence")
	}
	raw, err := d.store.PutBlobBytes(ctx, sub.Raw)
	if err != nil {
		return nil, Stats{}, storageFault(fmt.Errorf("keeping a web submission: %w", err))
	}
	ev := &evidence{raw: raw, messageID: sub.MessageID}
	if ev.messageID == "" {
		ev.messageID = strings.Trim(notify.NewMessageID(d.domain()), "<>")
	}
	for _, sf := range sub.Files {
		b, err := d.store.PutBlobBytes(ctx, sf.Data)
		if err != nil {
			return nil, Stats{}, storageFault(fmt.Errorf("keeping attachment %q of a web submission: %w", sf.Filename, err))
		}
		ev.files = append(ev.files, casefile.NewAttachment{Filename: sf.Filename, ContentType: sf.ContentType, Size: b.Size, SHA256: b.SHA256})
	}
	return d.openIntake(ctx, f, workflow.ActorConsumer, ev)
}

// evidence is a submission's stored form.
type evidence struct {
	raw       casefile.Blob
	files     []casefile.NewAttachment
	messageID string
}

func (d *Desk) openIntake(ctx context.Context, f workflow.IntakeForm, actor string, ev *evidence) (*casefile.Case, Stats, error) {
	m, err := workflow.IntakeMail(f, d.cfg.Analysis)
	if err != nil {
		return nil, Stats{}, err
	}
	var c *casefile.Case
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		now := d.now()
		var inc *casefile.Incoming
		if ev != nil {
			dup, err := tx.FindDuplicate("", ev.raw.SHA256)
			if err != nil {
				return err
			}
			if dup.CaseID != 0 {
				// Submitted twice (a double click, a reload): the case
				// the first one opened.
				st.Duplicates++
				c, err = tx.CaseByID(dup.CaseID)
				return err
			}
			m.MessageID = ev.messageID
			it := item{blob: ev.raw, parsed: &parsed{mail: m, attachments: ev.files}, received: now}
			inc = d.incoming(it, m, 0, nil)
		}
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
		if c, queued, err = d.apply(tx, nil, dec, m, inc, item{received: now}, now); err != nil {
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
