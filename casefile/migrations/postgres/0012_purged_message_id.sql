-- 0012 (PostgreSQL): the translation of ../0012_purged_message_id.sql.
ALTER TABLE purged ADD COLUMN mid_key text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX purged_mid_key ON purged (mid_key) WHERE mid_key <> '';
