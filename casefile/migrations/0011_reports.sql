-- 0011: the monthly report mail. An outgoing mail may carry an HTML
-- alternative to its text, and attachments shown inline in it, named by
-- a Content-ID its HTML references as cid: (RFC 2392). reports records
-- each period a report was queued for, so that a restarted daemon does
-- not send one twice.
ALTER TABLE messages ADD COLUMN html TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN content_id TEXT NOT NULL DEFAULT '';
CREATE TABLE reports (
    -- The calendar month in station time, "2026-11".
    period TEXT PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id),
    queued_at TEXT NOT NULL
);
