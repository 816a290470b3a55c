// Package parser decodes the raw bytes of one e-mail into a Message: header
// fields (RFC 2047 words, addresses, dates, message IDs), the body text in
// UTF-8 from any charset, HTML turned into text, the new text split from
// quoted history and signature, a bounce's returned message with its
// delivery status (RFC 3464) and returned headers, and the attachments.
// It reads MIME leniently: a damaged, mislabelled or truncated mail yields
// what could be read and the problems in Warnings.
//
// # Reply trimming
//
// The new text of a reply is split from what the writer's client added,
// in the languages Yiwu's buyers write (English, Chinese simplified and
// traditional, Russian, Ukrainian, Arabic, Spanish, Portuguese, French,
// German, Italian, Dutch, Polish, Turkish, Korean, Japanese, Swedish,
// Norwegian, Danish, Finnish, Czech, Vietnamese, Thai, Indonesian; the
// words are in trim_words.go):
//
//   - history: ">" quoting; attributions ("On … wrote:", "Am … schrieb
//     …:", "…님이 작성:", Gmail's date-first "2026-11-03 17:14 GMT+08:00
//     Name <addr>:", one wrapped over two lines before the address, Zoho's
//     "---- On … wrote ----"); Outlook header blocks (From/Sent/To/Subject
//     and their translations, after a rule of underscores or not, with
//     mailto: remnants); "-----Original Message-----" and its
//     translations; QQ Mail's "原始邮件" block. Text below a marked quote
//     (bottom posting, inline answers) is kept, one answer after another.
//   - signatures: a mail client's own last line ("Sent from my iPhone",
//     "Get Outlook for Android", "Von meinem iPhone gesendet", "发自我的
//     iPhone"), always; a "-- " or "--" block, in a reply. Both go to
//     Message.Signature, where the writer's details still count.
//   - forwards (a localised forward separator, Apple's "Begin forwarded
//     message:", a subject with a forward prefix) stay whole, and a line
//     of dashes, underscores or equals signs is not a delimiter by itself.
//
// parser is a leaf. It knows nothing of IMAP, SQL or SMTP, does no I/O and
// keeps no state, and it knows no station policy: what a mail says (kind,
// case reference, parties, missing details) and who the station and its
// staff are belong to the analysis package, which builds on this one.
// Every function here must accept any input without panicking; fuzz
// targets hold it to that.
package parser
