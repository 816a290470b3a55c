package report

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"time"

	"github.com/yweca/redress/casefile"
)

// Purpose is the outbox purpose of the report mail.
const Purpose = "report"

// Mailing says who sends the monthly report to whom.
type Mailing struct {
	Station  string   // the station's name
	From     string   // the station's address
	To       []string // report.to
	Domain   string   // the station's domain, for Message-ID and Content-IDs
	Due      casefile.DueFunc
	FromName string // "" : Station
}

// MonthBefore is the calendar month before the one now falls in, in
// loc: the period a report made at now covers, and its name ("2026-11").
func MonthBefore(now time.Time, loc *time.Location) (since, until time.Time, period string) {
	n := now.In(loc)
	until = time.Date(n.Year(), n.Month(), 1, 0, 0, 0, 0, loc)
	since = until.AddDate(0, -1, 0)
	return since, until, since.Format("2006-01")
}

// QueueMonthly queues the report of the calendar month before now
// (station time) in the outbox, unless that month's report was queued
// before: a daemon restarted on the day of the report sends it once. It
// returns the month and whether it queued the mail now.
func QueueMonthly(ctx context.Context, store *casefile.Store, m Mailing, now time.Time) (period string, queued bool, err error) {
	since, until, period := MonthBefore(now, store.Location())
	done, err := store.ReportQueued(ctx, period)
	if err != nil || done {
		return period, false, err
	}
	// Gathered and drawn before the write transaction, which then only
	// inserts rows.
	in, err := Gather(ctx, store, m.Station, since, until, m.Due)
	if err != nil {
		return period, false, err
	}
	r, err := Render(in, m.Domain)
	if err != nil {
		return period, false, err
	}
	out := casefile.Outgoing{
		Purpose: Purpose, From: m.From, FromName: m.FromName, To: m.To, Subject: r.Subject,
		MessageID: strings.ToLower(rand.Text()) + "@" + m.Domain, AutoSubmitted: "auto-generated",
		Text: r.Text, HTML: r.HTML, Date: now,
	}
	if out.FromName == "" {
		out.FromName = m.Station
	}
	for _, img := range r.Images {
		b, err := store.PutBlob(ctx, bytes.NewReader(img.PNG))
		if err != nil {
			return period, false, err
		}
		out.Attachments = append(out.Attachments, casefile.NewAttachment{Filename: img.Filename,
			ContentType: "image/png", Size: b.Size, SHA256: b.SHA256, ContentID: img.ContentID})
	}
	err = store.Write(ctx, func(tx *casefile.Tx) error {
		id, err := tx.Queue(0, out)
		if err != nil {
			return err
		}
		return tx.RecordReport(period, id)
	})
	if errors.Is(err, casefile.ErrReportQueued) {
		return period, false, nil // another process queued it meanwhile
	}
	return period, err == nil, err
}
