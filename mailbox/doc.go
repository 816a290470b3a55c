// Package mailbox is the IMAP client side of redress: it connects to the
// complaint desk's mailbox, logs in, and hands every new message to the
// caller as a stream of its raw bytes, in ascending UID order, exactly once
// per cursor.
//
// It owns the IMAP conversation only: TLS mode, LOGIN, EXAMINE, the
// UIDVALIDITY/UID synchronisation rules of RFC 9051 §2.3.1.1, UID SEARCH and
// UID FETCH: sizes first, then BODY.PEEK[] streamed from the connection
// (memory does not grow with a message's size; a message of
// PollOptions.LargeSize or more is fetched alone), and after a UIDVALIDITY
// change the Message-ID headers first, so that mail the caller has already
// filed is not downloaded again. It never changes the mailbox: it opens folders
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
// The imapclient library has no context support and sets its own read
// deadlines (30 s per response, 5 min per message body), which would cut
// off a large message on a slow link. Client therefore owns the read
// deadlines of its connection (watchConn): during a Poll, a command fails
// and the connection is closed when no byte arrives for Config.Timeout,
// while a transfer that keeps making progress is never cut off; while the
// caller's handle function works and while IDLE waits, there is no read
// deadline. A message whose transfer fails is reported as a *FetchError
// with its UID, so that the caller can give up on that message after a few
// tries instead of on the whole inbox. Dial is bounded as a whole by
// Config.Timeout, and a done context closes the connection at once. A
// Client whose connection was closed returns ErrConnectionClosed from
// Poll; dial again.
//
// # Hosted mailboxes
//
// Dial logs in with LOGIN, SASL PLAIN, XOAUTH2 or OAUTHBEARER
// (Config.Auth; the OAuth2 token comes fresh from Config.Token on every
// Dial) and then, whenever the server offers ID (RFC 2971), says who it is
// (Config.ClientID): NetEase refuses SELECT to a client that does not.
// Client.Info keeps the greeting, capabilities, the server's ID answer and
// the mechanism, for check-config. Client.Folders lists folders with their
// special-use attributes (RFC 6154), and FindSent picks the Sent folder:
// the one marked \Sent, else a common name (SentNames: "Sent Messages" of
// Tencent, "已发送" of NetEase). A refusal that passes with time —
// [UNAVAILABLE], too many connections — wraps ErrThrottled (IsThrottled),
// so that the caller backs off rather than redialling at its poll rate.
//
// Package mailboxtest starts an in-process IMAP server for tests of this and
// other packages.
package mailbox
