package desk

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"

	"github.com/yweca/redress/casefile"
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
		out := casefile.Outgoing{
			Purpose: "staff_digest", From: d.cfg.StationAddress, FromName: d.cfg.StationName,
			To:        append([]string(nil), d.cfg.Workflow.StaffNotify...),
			Subject:   fmt.Sprintf("[%s] %d cases without their own notice", d.cfg.StationName, len(batched)),
			MessageID: strings.ToLower(rand.Text()) + "@" + d.domain(), AutoSubmitted: "auto-generated",
			Text: b.String(), Date: now,
		}
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
