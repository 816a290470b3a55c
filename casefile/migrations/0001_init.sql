-- 0001: cases, messages (in and out) with raw bytes and attachments, the
-- outbox, the per-year case counter and the per-folder IMAP cursors.
-- Times are TEXT in UTC, fixed width (2006-01-02T15:04:05.000000000Z), so
-- they sort as strings; '' is "no time". Lists are JSON arrays.

CREATE TABLE case_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'awaiting_info', 'closed')),
    missing TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    contact_address TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    complainant_name TEXT NOT NULL DEFAULT '',
    complainant_phones TEXT NOT NULL DEFAULT '[]',
    complainant_emails TEXT NOT NULL DEFAULT '[]',
    complainant_address TEXT NOT NULL DEFAULT '',
    respondent_name TEXT NOT NULL DEFAULT '',
    respondent_urls TEXT NOT NULL DEFAULT '[]',
    respondent_phones TEXT NOT NULL DEFAULT '[]',
    respondent_address TEXT NOT NULL DEFAULT '',
    order_number TEXT NOT NULL DEFAULT '',
    order_amount TEXT NOT NULL DEFAULT '',
    order_currency TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cases_ref ON cases (ref COLLATE NOCASE);
CREATE INDEX cases_created ON cases (created_at, id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    purpose TEXT NOT NULL DEFAULT '',
    from_addr TEXT NOT NULL DEFAULT '',
    from_name TEXT NOT NULL DEFAULT '',
    to_addrs TEXT NOT NULL DEFAULT '[]',
    subject TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    auto_submitted TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    sha256 TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    uidvalidity INTEGER NOT NULL DEFAULT 0,
    uid INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL DEFAULT '',
    CHECK ((direction = 'in') = (sha256 IS NOT NULL)),
    CHECK (direction = 'in' OR message_id <> '')
);
-- Rule: one stored copy of each incoming mail (by Message-ID when it has
-- one, always by the hash of its raw bytes), and unique outgoing IDs.
CREATE UNIQUE INDEX messages_in_message_id ON messages (message_id) WHERE direction = 'in' AND message_id <> '';
CREATE UNIQUE INDEX messages_out_message_id ON messages (message_id) WHERE direction = 'out';
CREATE UNIQUE INDEX messages_sha256 ON messages (sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX messages_thread ON messages (message_id);
CREATE INDEX messages_case ON messages (case_id, date, id);

-- The raw bytes apart, so listing messages never reads them.
CREATE TABLE message_raw (
    message_id INTEGER PRIMARY KEY REFERENCES messages (id),
    data BLOB NOT NULL
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id),
    filename TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    data BLOB
);
CREATE INDEX attachments_message ON attachments (message_id, id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX outbox_message ON outbox (message_id);
CREATE INDEX outbox_due ON outbox (state, next_attempt, id);

CREATE TABLE cursors (
    folder TEXT PRIMARY KEY,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL
);
