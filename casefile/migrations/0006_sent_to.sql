-- 0006: one row per recipient of each outgoing mail, indexed by address and
-- time, so that counting the automatic mail an address got in the last day
-- (policy.ack_limit) reads only that address's rows, however large the
-- outbox of a busy day.
CREATE TABLE sent_to (
    message_id INTEGER NOT NULL REFERENCES messages (id),
    addr TEXT NOT NULL,
    purpose TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX sent_to_addr ON sent_to (addr, at);
INSERT INTO sent_to (message_id, addr, purpose, at)
    SELECT m.id, lower(j.value), m.purpose, m.date
    FROM messages m, json_each(m.to_addrs) j WHERE m.direction = 'out';
