-- 0008 (PostgreSQL): the translation of ../0008_outbox_sent_at.sql.
CREATE INDEX outbox_sent_at ON outbox (state, sent_at);
