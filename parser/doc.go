// Package parser turns the raw bytes of one e-mail into a Message: decoded
// headers, the new text of the message (quoted history and signatures
// trimmed), attachments, and what a complaint desk needs from it — who
// complains and how to reach them, against which merchant, which order and
// amount, what kind of mail it is, and which required details are missing.
//
// parser is a leaf: it knows nothing of IMAP, SQL or SMTP, does no I/O and
// keeps no state. Every function here must accept any input without
// panicking; fuzz targets hold it to that.
package parser
