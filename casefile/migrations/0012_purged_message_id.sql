-- A purged mail's tombstone also keeps a SHA-256 of its Message-ID alone,
-- so that `redress import`, which takes one Message-ID for one mail, does
-- not file a purged mail again from an archive whose copy has other bytes
-- (another line ending, another mbox escape). IMAP intake keeps matching
-- on the bytes and on Message-ID with size: two mails may share an ID.
ALTER TABLE purged ADD COLUMN mid_key TEXT NOT NULL DEFAULT '';
CREATE INDEX purged_mid_key ON purged (mid_key) WHERE mid_key <> '';
