-- Which process claimed a mail for sending (Store.Instance): with several
-- instances sharing one PostgreSQL, a claim is released only when the
-- process that made it is gone, and a process may take back only its own.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
