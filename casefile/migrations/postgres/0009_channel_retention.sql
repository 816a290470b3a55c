-- 0009 (PostgreSQL): the translation of ../0009_channel_retention.sql.
ALTER TABLE cases ADD COLUMN channel text COLLATE "C" NOT NULL DEFAULT 'mail';
CREATE INDEX cases_closed ON cases (state, updated_at) WHERE state = 'closed';

CREATE TABLE purged (
    sha256 text COLLATE "C" PRIMARY KEY,
    id_key text COLLATE "C" NOT NULL DEFAULT '',
    purged_at text COLLATE "C" NOT NULL
);
CREATE INDEX purged_id_key ON purged (id_key) WHERE id_key <> '';
