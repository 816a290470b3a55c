-- 0006 (PostgreSQL): the translation of ../0006_sent_to.sql; SQLite's JSON
-- table function is json_array_elements_text here.
CREATE TABLE sent_to (
    message_id bigint NOT NULL REFERENCES messages (id),
    addr text COLLATE "C" NOT NULL,
    purpose text COLLATE "C" NOT NULL,
    at text COLLATE "C" NOT NULL
);
CREATE INDEX sent_to_addr ON sent_to (addr, at);
INSERT INTO sent_to (message_id, addr, purpose, at)
    SELECT m.id, lower(j.value), m.purpose, m.date
    FROM messages m, json_array_elements_text(m.to_addrs::json) j (value) WHERE m.direction = 'out';
