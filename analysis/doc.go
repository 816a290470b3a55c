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
// Phones (phone.go) are read in two steps. The project's own rules find
// the candidates and decide what libphonenumber cannot know: a cheap scan
// takes runs of digits and separators at word boundaries; a run under an
// order, QQ, ticket, transaction, tracking, courier, ID-card or passport
// label, a date, a sum, or digits in a URL or e-mail address is no phone;
// a bare number without separators or a phone label must be a mobile; a
// landline written without its trunk prefix is not taken, nor a Chinese
// subscriber number starting with 0 or 1; a number without a country code
// is read in China first in Chinese text, else first in the regions the
// text names (country and city names, regionNames) and then in China, and
// in a named foreign region only under a phone label; "(415) 555-0132"
// and a Taiwan mobile in groups are read without their country named;
// "(0)" after a country code is dropped; and whose a number is (phoneParty
// in extract.go). github.com/nyaruka/phonenumbers (libphonenumber's
// metadata) does the rest for every country: country codes, trunk and
// international prefixes, which ranges are assigned and of which type,
// and the E.164 form. After a written + a number of a length its country
// uses is taken even outside the assigned ranges (libphonenumber's trail
// new allocations and leave out fiction ranges such as +44 7700 900…);
// "00…" and national forms must be in an assigned range.
//
// analysis knows only parser (and libphonenumber's compiled-in metadata):
// no IMAP, SQL, SMTP, configuration files or case storage; the station
// facts come in Options. It does no I/O, keeps no state and must not panic
// on any message; fuzz targets hold it to that. Its rules were tuned on
// the labelled sets under testdata/ (see TestEval); those measure nothing
// about fresh mail: the blind held-out sets (heldout9, heldout-kind,
// trim-heldout; TestMeasure*, TestHeldOutKind) do, and are never tuned to.
package analysis
