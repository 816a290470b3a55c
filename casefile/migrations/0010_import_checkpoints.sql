-- 0010: how far `redress import --mbox` got in each archive, so that an
-- interrupted import of a big file seeks instead of reading it again from
-- the start. Written in the transaction that files the messages before
-- it. Only a shortcut: messages already filed are recognised anyway.
CREATE TABLE import_checkpoints (
    source TEXT PRIMARY KEY,        -- the archive: its absolute path
    byte_offset INTEGER NOT NULL,   -- where the first message not yet filed starts
    separator TEXT NOT NULL,        -- its From_ line ('' at the end of the file), checked before seeking
    messages INTEGER NOT NULL,      -- messages read before byte_offset
    updated_at TEXT NOT NULL
);
