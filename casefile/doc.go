// Package casefile is the desk's memory: a SQLite file (Open), or a
// schema of a PostgreSQL database shared by stations (OpenPostgres),
// holding every case,
// every message received or sent, attachments, the outbox of mail waiting
// to be delivered, each case's timeline (events) and timers, the IMAP sync
// cursor of each folder and the mail whose download failed.
//
// It is storage only: schema, numbered migrations (migrations/*.sql,
// applied in order, each in its own transaction, the version kept in
// PRAGMA user_version) and queries, with its own types. It decides
// nothing: which case a mail belongs to, what state a case moves to and
// what mail that causes are decided by the caller, which owns the
// transaction: Store.Write(ctx, func(tx *Tx) error) runs everything one
// event changes — the message, the case, the events, the timers, the
// queued mail and the cursor — in one durable commit (synchronous=FULL).
//
// Big bytes (raw mail as received, attachment content) are not in SQLite:
// they are files named by their SHA-256 in the mail directory
// (storage.mail_dir), written and fsynced by PutBlob before the
// transaction that names them commits, verified against the hash when
// read back, and swept by SweepBlobs when a crash left them unnamed.
// Uniqueness of stored mail is by those bytes: the same Message-ID on
// different bytes is a different mail.
//
// One Store type serves both engines. The queries are written once, with
// ? placeholders and SQL both accept; the store's handles (sqlDB, sqlTx)
// number the placeholders for PostgreSQL, and the few constructs that
// still differ ask the Store's dialect (docs/postgres.md). Writers of a
// station run one at a time on both: BEGIN IMMEDIATE on SQLite, the
// schema's advisory lock on PostgreSQL.
//
// casefile never speaks IMAP or SMTP and knows nothing of parsing or
// templates.
package casefile
