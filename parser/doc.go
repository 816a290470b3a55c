// Package parser decodes the raw bytes of one e-mail into a Message: header
// fields (RFC 2047 words, addresses, dates, message IDs), the body text in
// UTF-8 from any charset, HTML turned into text, the new text split from
// quoted history and signature, a bounce's returned message with its
// delivery status (RFC 3464) and returned headers, and the attachments.
// It reads MIME leniently: a damaged, mislabelled or truncated mail yields
// what could be read and the problems in Warnings.
//
// parser is a leaf. It knows nothing of IMAP, SQL or SMTP, does no I/O and
// keeps no state, and it knows no station policy: what a mail says (kind,
// case reference, parties, missing details) and who the station and its
// staff are belong to the analysis package, which builds on this one.
// Every function here must accept any input without panicking; fuzz
// targets hold it to that.
package parser
