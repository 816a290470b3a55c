-- 0009: how a case came in, and what retention (redress purge) leaves of
-- the mail it removes.
--
-- channel: 'mail' for a case opened by a mail (every case before this
-- version); 'phone', 'visit' or 'letter' for one staff took by telephone,
-- at the counter or from a paper letter (redress case new).
ALTER TABLE cases ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail';
CREATE INDEX cases_closed ON cases (state, updated_at) WHERE state = 'closed';

-- One tombstone per purged incoming mail, so that a mail the IMAP server
-- still holds is never filed again: the SHA-256 of its raw bytes (what
-- recognises a download as a duplicate) and a SHA-256 of its Message-ID
-- and size (what recognises it without a download when a changed
-- UIDVALIDITY makes the folder be read again). Nothing readable of the
-- mail is kept. The IMAP cursors are not touched by a purge.
CREATE TABLE purged (
    sha256 TEXT PRIMARY KEY,
    id_key TEXT NOT NULL DEFAULT '',
    purged_at TEXT NOT NULL
);
CREATE INDEX purged_id_key ON purged (id_key) WHERE id_key <> '';
