-- 0011 (PostgreSQL): the translation of ../0011_reports.sql.
ALTER TABLE messages ADD COLUMN html text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN content_id text COLLATE "C" NOT NULL DEFAULT '';
CREATE TABLE reports (
    period text COLLATE "C" PRIMARY KEY,
    message_id bigint NOT NULL REFERENCES messages (id),
    queued_at text COLLATE "C" NOT NULL
);
