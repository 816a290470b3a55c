// Package parser decodes the raw bytes of one e-mail into a Message: header
// fields (RFC 2047 words, addresses, dates, message IDs), the body text in
// UTF-8 from any charset, HTML turned into text, the new text split from
// quoted history and signature, a bounce's returned message with its
// delivery status (RFC 3464) and returned headers, and the attachments.
// It reads MIME leniently: a damaged, mislabelled or truncated mail yields
// what could be read and the problems in Warnings.
//
// # Decoding
//
// Text comes out as valid UTF-8 whatever it was sent in. A charset label is
// looked up in the WHATWG table first (so latin1 means Windows-1252), then
// IANA's; gb2312 and gbk labels are read as GB18030, their superset. UTF-7
// (RFC 2152), which neither table knows but old Outlook/Exchange and spam
// use, is decoded here (utf7.go), in bodies and in encoded words; malformed
// UTF-7 becomes U+FFFD with a warning. Single-byte labels on text that is
// really UTF-8 give way to UTF-8.
//
// Unlabelled 8-bit text (no charset, us-ascii or an unknown label on bytes
// of 0x80 and up, and raw 8-bit header bytes) is kept when it is valid UTF-8;
// else the detector (detect.go) decodes it with each candidate charset —
// GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252, ISO-8859-2, Windows-1250,
// Windows-1251, KOI8-U — and takes the one whose reading is the most
// plausible writing in the script the charset implies: frequent characters
// of that script, letters of one language's alphabet, no U+FFFD, C1
// controls, symbols or case changes inside words. Chinese is the desk's prior: GB18030 gets a
// bonus and wins ties, so short GBK text stays Chinese. Bytes that read as
// no text under any candidate (binary sent as text) keep the old guess by
// the shape of the 8-bit bytes. The detector runs
// only on such text; labelled mail never pays for it. testdata/detect holds
// the samples it is measured on (TestDetectAccuracy), with a held-out part
// that was not used to tune it.
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
