// Package mailbox is the IMAP client side of redress: it connects to the
// complaint desk's mailbox, logs in, and hands every new message to the
// caller as raw bytes, in ascending UID order, exactly once per cursor.
//
// It owns the IMAP conversation only: TLS mode, LOGIN, EXAMINE, the
// UIDVALIDITY/UID synchronisation rules of RFC 9051 §2.3.1.1, UID SEARCH and
// UID FETCH BODY.PEEK[]. It never changes the mailbox: it opens folders
// read-only and never sets or clears \Seen, so the staff's mail client still
// shows what nobody has read.
//
// Between polls, Client.Idle waits with IMAP IDLE (RFC 2177) for the
// server to report new mail; a wake-up is only a hint to Poll, never proof
// that nothing else arrived.
//
// It knows nothing of MIME, cases, SQLite or SMTP, and imports no other
// package of this module. The caller keeps the Cursor (UIDVALIDITY and the
// last UID it stored) and advances it from its handle function; Poll only
// reports what it saw. All imports of github.com/emersion/go-imap/v2 stay in
// this directory, so an upgrade of that beta library touches one package.
//
// The imapclient library has no context support and sets its own per-command
// deadlines, so Dial and Poll bound their work themselves: when the context
// is done or Config.Timeout expires, the connection is closed. A Client whose
// connection was closed that way returns ErrConnectionClosed from Poll; dial
// again.
//
// Package mailboxtest starts an in-process IMAP server for tests of this and
// other packages.
package mailbox
