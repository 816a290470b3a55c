// Package report makes the station's monthly report: the figures of
// casefile.StationFigures for a period, as an HTML mail body with a
// plain-text alternative and two PNG charts shown inline by cid: (cases
// opened per week by kind, money recovered per month), or as one HTML
// file that opens in a browser on its own.
//
// It owns gathering a period's figures from the store, drawing the
// charts (gonum.org/v1/plot, labels in Chinese and English in an
// embedded subset of Noto Sans CJK SC: see font/), rendering the mail,
// and queueing it in the outbox once per calendar month (the reports
// table remembers which months went). It must not know SMTP, IMAP or the
// config file: notify sends what it queues, and cmd/redress says when
// and to whom.
package report
