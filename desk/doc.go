// Package desk is the loop of the complaint desk: it polls the inbox,
// has each mail decoded and analysed, asks the workflow what it does, and
// carries that out in one casefile transaction; then it hands the outbox
// to the delivery worker.
//
// The data path of one mail is one straight walk:
//
//	fetch (mailbox, streamed) → body file (casefile.PutBlob)
//	  → decode (parser) → analyse (analysis)        on a small worker pool
//	  → decide (workflow) → one transaction (casefile.Write)  batched, in UID order
//	  → outbox → send (notify)                      by a worker of its own
//
// Fetching, parsing and storing overlap. Several messages are committed
// per transaction, all or nothing, with the folder cursor at the batch's
// end, so a crash files the batch again exactly once.
//
// Mail that cannot be understood (not mail, the parser gave up, the
// filing was refused) is kept without a case, with the reason. A fault of
// the storage (disk full, read-only, locked, I/O error) is not the mail's
// fault: the round stops without moving the cursor, the error says what
// to do, and the same mail is filed on the next round once it is fixed.
//
// The inbox connection is kept between polls (one per mailbox: the Sent
// folder is read on the same one) and Wait waits on it with IDLE, or NOOP
// where there is no IDLE, so that the daemon polls as soon as mail
// arrives. A connection that fails is dropped and dialled again; after a
// failed dial the next waits 15 s, doubling to 30 min, with ±20% jitter,
// and a provider's refusal for now (too many connections) starts at 5 min:
// hosted mailboxes punish a client that comes back at its poll rate.
// Config.Sent "auto" finds the Sent folder on each new connection.
//
// desk holds no decision of its own: rules live in workflow and analysis,
// storage in casefile, protocols in mailbox and notify.
package desk
