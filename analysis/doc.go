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
// The kind is decided on phrase lists kept as data: phrases/*.txt, one
// list a file (complaint subjects, problems, demands, questions, spam,
// phishing, automatic answers, …), embedded and matched in one
// Aho-Corasick pass over text folded for case, full-width forms and the ’
// apostrophe (after traditional characters are simplified). Each line is
// phrase, weight and where it comes from, separated by tabs; a phrase
// that begins or ends with an ASCII letter or digit matches whole words
// on that side, and a trailing * lets its last word run on. A list weighs
// the summed weights of its non-overlapping occurrences. Regular
// expressions in classify.go cover only wording with slots (我在…买了).
// A phrase belongs in a list when many people write it, not because one
// labelled mail did.
//
// analysis knows only parser: no IMAP, SQL, SMTP, configuration files or
// case storage; the station facts come in Options. It does no I/O, keeps
// no state and must not panic on any message; fuzz targets hold it to
// that. Its rules were tuned on the labelled sets under testdata/ (see
// TestEval); those measure nothing about fresh mail.
package analysis
