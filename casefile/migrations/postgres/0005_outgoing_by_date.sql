-- 0005 (PostgreSQL): the translation of ../0005_outgoing_by_date.sql.
CREATE INDEX messages_out_date ON messages (direction, date) WHERE direction = 'out';
