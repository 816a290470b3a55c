-- 0013 (PostgreSQL): the translation of ../0013_outbox_claimed.sql.
ALTER TABLE outbox ADD COLUMN claimed bigint NOT NULL DEFAULT 0;
