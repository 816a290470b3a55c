// Package casefile is the desk's memory: a SQLite file holding every case,
// every message received or sent (incoming ones with their raw bytes and
// SHA-256), attachments, the outbox of mail waiting to be delivered, and the
// IMAP sync cursor of each folder.
//
// It owns the schema and its numbered migrations (migrations/*.sql, applied
// in order, each in its own transaction, the version kept in PRAGMA
// user_version) and the case lifecycle: Ingest decides, in one transaction,
// whether a message is a duplicate, which case it belongs to (by reference,
// by In-Reply-To/References, or a new one), what it adds to the case, which
// details are still missing, and what goes into the outbox in reply.
//
// casefile takes parser types as input. It never speaks IMAP or SMTP and
// knows nothing of templates: the mailbox package fetches bytes, the notify
// package renders and delivers what the outbox holds, and cmd/redress wires
// them together.
package casefile
