// Package analysis reads what a decoded mail (a parser.Message) says to
// the complaint desk: its kind (complaint, inquiry, reply, bounce,
// auto-reply, spam), the case reference it names, its language, who
// complains and how to reach them, against which merchant, which order
// and amount, and which required details are missing; and of a delivery
// failure report, which of the station's mails failed for whom (Bounce:
// RFC 3464 reports and the common plain-text and Chinese 退信 notices,
// their phrases in bounce_phrases.txt). Mail carries the message with
// those findings; its JSON form (without Bounce) is the contract of
// `redress parse`.
//
// It is also the one home of the rules others share: IsStation (the
// station's own addresses), MachineSender (mailboxes no person reads),
// Missing (the required details a complainant and respondent lack), and
// DetectLanguage and ReplyLanguage.
//
// analysis knows only parser: no IMAP, SQL, SMTP, configuration files or
// case storage; the station facts come in Options. It does no I/O, keeps
// no state and must not panic on any message; fuzz targets hold it to
// that. Its rules were tuned on the labelled sets under testdata/ (see
// TestEval); those measure nothing about fresh mail.
package analysis
