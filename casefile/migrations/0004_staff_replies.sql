-- 0004: what staff replies from a mail client need: the station's secret
-- for the tokens in staff notices' Message-IDs (the current one and the
-- one it replaced, so replies to notices sent before a rotation still
-- verify), and a Reply-To for outgoing mail (notices are answered to the
-- station).

CREATE TABLE secrets (
    name TEXT PRIMARY KEY CHECK (name IN ('current', 'previous')),
    value BLOB NOT NULL,
    created_at TEXT NOT NULL
);

ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT '';
