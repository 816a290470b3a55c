// Package mailboxtest runs an in-process IMAP server (go-imap's imapserver
// over imapmemserver) on 127.0.0.1 for tests, and for `redress demo`.
//
// It stores messages in memory only; nothing touches the disk except the
// CA file that StartTLS writes into the test's temporary directory. A
// message added with Server.AppendStream is not stored at all: the server
// streams it from a function for every FETCH, so tests of very large mail
// (LargeMessage) measure the client's memory, and readers that stall
// (StallAfter) or trickle (Trickle) play a broken or slow link.
//
// Its API takes and returns plain Go types, so packages outside mailbox/
// can use it without importing go-imap.
//
// It must not be imported by non-test code except the `redress demo`
// command.
package mailboxtest
