package desk

import (
	"context"
	"crypto/rand"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
	"github.com/yweca/redress/workflow"
)

// maxDigestCases bounds one digest mail; more cases wait for the next.
const maxDigestCases = 500

// noticeLine is a case's line in the staff digest.
func noticeLine(o workflow.Outgoing, c *casefile.Case) string {
	why := "new case"
	switch o.Notice {
	case workflow.NoticeFollowUp:
		why = "the consumer wrote again"
	case workflow.NoticeComplete:
		why = "details completed"
	case workflow.NoticeReopened:
		why = "reopened"
	case workflow.NoticeUnreachable:
		why = "closed: unreachable"
	case workflow.NoticeUndeliverable:
		why = "consumer's address bounced"
	}
	subj := strings.Join(strings.Fields(c.Subject), " ")
	if r := []rune(subj); len(r) > 60 {
		subj = string(r[:59]) + "…"
	}
	return fmt.Sprintf("%s (%s, %s): %s", why, c.Kind, c.State, subj)
}

// digestNotices sends staff one mail for the staff notices a backlog
// round batched (Config.NoticeBatch) instead of one per case, and marks
// them told, in one transaction. Notices batched in a round that crashed
// before its digest go into the next round's.
func (d *Desk) digestNotices(ctx context.Context) (Stats, error) {
	if d.cfg.NoticeBatch <= 0 || len(d.cfg.Workflow.StaffNotify) == 0 {
		return Stats{}, nil
	}
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		batched, err := tx.UndigestedNotices()
		if err != nil || len(batched) == 0 {
			return err
		}
		if len(batched) > maxDigestCases {
			batched = batched[:maxDigestCases]
		}
		var b strings.Builder
		fmt.Fprintf(&b, "本轮新收邮件较多，以下 %d 个案件未单独发送通知。\n", len(batched))
		fmt.Fprintf(&b, "Many mails came in this round: these %d cases got no notice of their own.\n\n", len(batched))
		for _, n := range batched {
			fmt.Fprintf(&b, "%s  %s\n", n.CaseRef, n.Line)
		}
		b.WriteString("\nredress cases show REF -config …  (or: redress cases list)\n")
		now := d.now()
		out := d.staffMail("staff_digest", fmt.Sprintf("[%s] %d cases without their own notice", d.cfg.StationName, len(batched)),
			b.String(), strings.ToLower(rand.Text()), now)
		if _, err := tx.Queue(0, out); err != nil {
			return err
		}
		st.Queued++
		for _, n := range batched {
			if err := tx.AddEvent(casefile.Event{CaseID: n.CaseID, At: now, Actor: workflow.ActorSystem,
				Kind: casefile.EventNoticeDigested, Detail: "told to staff in the round's digest " + out.MessageID}); err != nil {
				return err
			}
		}
		count := len(batched)
		*logs = append(*logs, func() {
			d.log.Info("staff digest queued instead of one notice per case", "cases", count, "notice_batch", d.cfg.NoticeBatch)
		})
		return nil
	})
	return st, storageFault(err)
}

// staffMail is a mail of the station to staff.notify about no one case
// (the digests), with Message-ID id@station-domain.
func (d *Desk) staffMail(purpose, subject, text, id string, now time.Time) casefile.Outgoing {
	return casefile.Outgoing{
		Purpose: purpose, From: d.cfg.StationAddress, FromName: d.cfg.StationName,
		To:        append([]string(nil), d.cfg.Workflow.StaffNotify...),
		Subject:   subject,
		MessageID: id + "@" + d.domain(), AutoSubmitted: "auto-generated",
		Text: text, Date: now,
	}
}

// PurposeDailyDigest is the outbox purpose of the daily digest.
const PurposeDailyDigest = "daily_digest"

// DailyDigest queues the daily digest to staff.notify for the station's
// day of now: the cases waiting on staff and those awaiting the consumer
// (oldest first), the deadlines within two working days or passed (the
// soonest first) and the outgoing mail that failed for good (oldest
// first). It is queued at most once a station day: its Message-ID names
// the day, and a day that has one is not sent again, after a restart
// either. When all four lists are empty nothing is queued (and nothing
// recorded: staff need no mail that says nothing). queued says whether a
// digest was queued.
func (d *Desk) DailyDigest(ctx context.Context, now time.Time) (queued bool, err error) {
	if len(d.cfg.Workflow.StaffNotify) == 0 {
		return false, nil
	}
	s := d.cfg.Workflow
	loc := s.Location
	if loc == nil {
		loc = time.UTC
	}
	day := now.In(loc).Format(time.DateOnly)
	id := "daily-digest." + day
	data, err := d.digestData(ctx, now, loc)
	if err != nil {
		return false, storageFault(err)
	}
	data.Date = day
	if data.Empty() {
		return false, nil
	}
	subject, body, err := d.templates.DailyDigest(data)
	if err != nil {
		return false, fmt.Errorf("the daily digest: %w", err)
	}
	st, err := d.write(ctx, func(tx *casefile.Tx, st *Stats, logs *[]func()) error {
		out := d.staffMail(PurposeDailyDigest, subject, body, id, now)
		if done, err := tx.HasOutgoing(out.MessageID); err != nil || done {
			return err
		}
		if _, err := tx.Queue(0, out); err != nil {
			return err
		}
		st.Queued++
		*logs = append(*logs, func() {
			d.log.Info("daily digest queued", "day", day, "waiting_staff", len(data.WaitingStaff),
				"waiting_consumer", len(data.WaitingConsumer), "deadlines", len(data.Deadlines), "failed", len(data.Failed))
		})
		return nil
	})
	return st.Queued > 0, storageFault(err)
}

// digestWarnDays is how many working days ahead the daily digest lists a
// deadline, as the deadline warning does.
const digestWarnDays = 2

// lastDay is the day a deadline that ends at due (the midnight after its
// last working day, as workflow counts) is written as: that last day.
func lastDay(due time.Time, loc *time.Location) string {
	return due.In(loc).Add(-time.Nanosecond).Format(time.DateOnly)
}

// digestData gathers the lists of the daily digest at now.
func (d *Desk) digestData(ctx context.Context, now time.Time, loc *time.Location) (notify.DailyDigestData, error) {
	data := notify.DailyDigestData{StationName: d.cfg.StationName}
	line := func(c casefile.Case) notify.DigestCase {
		return notify.DigestCase{Ref: c.Ref, Kind: c.Kind, State: c.State, Subject: c.Subject,
			Since: c.CreatedAt.In(loc).Format(time.DateOnly)}
	}
	type due struct {
		at time.Time
		l  notify.DigestDeadline
	}
	var dues []due
	limit := d.cfg.Workflow.Calendar.AddWorkdays(now.In(loc), digestWarnDays)
	for _, state := range []string{casefile.StateOpen, casefile.StateAwaitingInfo, casefile.StateInMediation} {
		cs, err := d.store.CasesInState(ctx, state)
		if err != nil {
			return data, err
		}
		for _, c := range cs {
			if c.MergedInto != 0 {
				continue
			}
			switch state {
			case casefile.StateOpen:
				data.WaitingStaff = append(data.WaitingStaff, line(c))
			case casefile.StateAwaitingInfo:
				data.WaitingConsumer = append(data.WaitingConsumer, line(c))
			}
			which, at, overdue := Overdue(d.cfg.Workflow, &c, now)
			if which != "" && !at.After(limit) {
				dues = append(dues, due{at, notify.DigestDeadline{Ref: c.Ref, Subject: c.Subject, Which: which,
					Due: lastDay(at, loc), Overdue: overdue}})
			}
		}
	}
	slices.SortStableFunc(dues, func(a, b due) int { return a.at.Compare(b.at) })
	for _, x := range dues {
		data.Deadlines = append(data.Deadlines, x.l)
	}
	mail, err := d.store.ListOutbox(ctx, now)
	if err != nil {
		return data, err
	}
	for _, m := range mail {
		if m.State == casefile.OutboxFailed && !m.Dropped() {
			data.Failed = append(data.Failed, notify.DigestFailed{ID: m.ID, Ref: m.CaseRef, Purpose: m.Purpose,
				To: strings.Join(m.To, ", "), Error: m.LastError})
		}
	}
	return data, nil
}
