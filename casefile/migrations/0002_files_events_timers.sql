-- 0002: mail bodies move out of SQLite into files named by their SHA-256
-- (the Go side of Open moves existing BLOBs out, then empties
-- message_raw); one Message-ID may now name several different mails (the
-- same bytes are still stored once); the case timeline (events) and the
-- case timers (reminders, deadlines) the workflow needs; and the fetch
-- failures that let a mail which cannot be downloaded be given up on.

-- Attachment content lives in a file named by this hash; NULL when the
-- content was dropped. data stays for rows not yet moved out.
ALTER TABLE attachments ADD COLUMN sha256 TEXT;
CREATE INDEX attachments_sha256 ON attachments (sha256) WHERE sha256 IS NOT NULL;

-- The same Message-ID on different bytes is a different mail (a broken
-- client or a forger): both are kept, so the index is no longer unique.
-- Identical bytes stay unique by messages_sha256.
DROP INDEX messages_in_message_id;

-- Every change in a case's life, in order: who did what, from which state
-- to which. kind is e.g. 'opened', 'mail_in', 'state'.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    message_id INTEGER REFERENCES messages (id)
);
CREATE INDEX events_case ON events (case_id, at, id);

-- One pending timer of each kind per case (a reminder, a deadline), swept
-- when due.
CREATE TABLE timers (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    due TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX timers_case_kind ON timers (case_id, kind);
CREATE INDEX timers_due ON timers (due, id);

-- Mail whose download failed, per UID, so that one mail that always fails
-- is given up on (listed with the unfiled mail, with the reason and its
-- size; it stays on the server) instead of jamming the folder.
CREATE TABLE fetch_failures (
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL,
    given_up INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL,
    last_at TEXT NOT NULL,
    PRIMARY KEY (folder, uidvalidity, uid)
);
