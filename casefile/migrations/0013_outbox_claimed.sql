-- A mail claimed for sending is marked, so that a claim left by a process
-- that died mid-send can be told from a retry's backoff (both are a later
-- next_attempt) and released by the next holder of the station lock,
-- instead of waiting out the claim's lease.
ALTER TABLE outbox ADD COLUMN claimed INTEGER NOT NULL DEFAULT 0;
