// Package workflow decides what happens to a case: given the case, an
// event (a mail filed, later a timer due or a staff command) and the time,
// it returns the actions — the case as it stands afterwards, the
// transitions and other events to record, the mail to send — as data.
//
// It does no I/O and keeps no state: the caller (package desk) looks the
// case up, asks for a decision, renders the mail it names, and carries all
// of it out in one casefile transaction. That keeps every rule of a case's
// life in one place, table-tested without servers, in the manner of mox's
// smtpserver/analyze.go.
//
// workflow knows the analysis types it decides over and nothing of IMAP,
// SMTP, SQL, templates or configuration files.
package workflow
