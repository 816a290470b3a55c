// Package archive reads archives of past mail for `redress import`: mbox
// files (mboxo and mboxrd, RFC 4155) and maildir directories.
//
// It owns only the archive formats: where one message ends and the next
// begins, the ">From " unescaping of mbox bodies, the order of a maildir's
// files, and the byte position an interrupted mbox import resumes from.
// An mbox is read as a stream, one message at a time, through a fixed
// buffer: a file of gigabytes costs no more memory than a small one, and a
// message's bytes go straight to the caller's reader (the desk writes them
// to the mail directory).
//
// archive is a leaf: it knows nothing of parsing, cases, storage or
// sending. What a message says and whether it is filed already are the
// desk's.
package archive
