-- 0005: counting the automatic mail sent to one address in the last day
-- (policy.ack_limit) reads outgoing mail by date.
CREATE INDEX messages_out_date ON messages (direction, date) WHERE direction = 'out';
