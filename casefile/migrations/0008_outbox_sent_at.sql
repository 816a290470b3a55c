-- 0008: the sending limits (smtp.max_per_minute, smtp.max_per_day) count
-- the mail sent in the last minute and the last day; this index makes
-- that a range of the sent rows by time, however long the outbox grows.
CREATE INDEX outbox_sent_at ON outbox (state, sent_at);
