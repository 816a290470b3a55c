package desk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/notify"
)

// Outbox lets notify's delivery policy work on the case file's outbox.
func Outbox(s *casefile.Store) notify.Outbox { return outbox{s} }

type outbox struct{ s *casefile.Store }

func (o outbox) Due(ctx context.Context, now time.Time, limit int) ([]notify.Queued, error) {
	rows, err := o.s.DueMail(ctx, now, limit)
	if err != nil {
		return nil, err
	}
	q := make([]notify.Queued, len(rows))
	for i, r := range rows {
		m := r.Mail
		var atts []notify.Attachment
		for _, a := range m.Attachments {
			if a.SHA256 == "" {
				continue // content dropped when received: nothing to send
			}
			sum := a.SHA256
			atts = append(atts, notify.Attachment{Filename: a.Filename, ContentType: a.ContentType, ContentID: a.ContentID,
				Open: func() (io.ReadSeekCloser, error) { return o.s.OpenBlob(sum) }})
		}
		q[i] = notify.Queued{ID: r.ID, Attempts: r.Attempts, CaseRef: r.CaseRef, Purpose: m.Purpose, Mail: notify.Mail{Attachments: atts,
			From: m.From, FromName: m.FromName, ReplyTo: m.ReplyTo, To: m.To, Subject: m.Subject, MessageID: m.MessageID,
			InReplyTo: m.InReplyTo, References: m.References, AutoSubmitted: m.AutoSubmitted, Date: m.Date, Text: m.Text, HTML: m.HTML,
		}}
	}
	return q, nil
}

func (o outbox) Sent(ctx context.Context, id int64, at time.Time) error {
	return o.s.MarkSent(ctx, id, at)
}

func (o outbox) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	return o.s.MarkRetry(ctx, id, next, reason)
}

func (o outbox) Failed(ctx context.Context, id int64, reason string) error {
	return o.s.MarkFailed(ctx, id, reason)
}

func (o outbox) Claim(ctx context.Context, id int64, until time.Time) error {
	err := o.s.ClaimMail(ctx, id, until)
	if errors.Is(err, casefile.ErrClaimed) {
		return fmt.Errorf("%w: %w", notify.ErrClaimed, err)
	}
	return err
}

func (o outbox) SentSince(ctx context.Context, since time.Time) (int, time.Time, error) {
	return o.s.SentSince(ctx, since)
}
