-- 0004 (PostgreSQL): the translation of ../0004_staff_replies.sql.

CREATE TABLE secrets (
    name text COLLATE "C" PRIMARY KEY CHECK (name IN ('current', 'previous')),
    value bytea NOT NULL,
    created_at text COLLATE "C" NOT NULL
);

ALTER TABLE messages ADD COLUMN reply_to text COLLATE "C" NOT NULL DEFAULT '';
