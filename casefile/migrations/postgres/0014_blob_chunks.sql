-- 0014 (PostgreSQL only; ../0014_blob_chunks.sql changes nothing): raw mail
-- and attachment content, named by their SHA-256, kept in the database so
-- that instances on different machines share them without a shared file
-- system (casefile/blob_pg.go).

-- One row per stored content. Content is present exactly when its row
-- is: a put writes the chunks and this row in one transaction. created
-- (the server's clock, fixed-width UTC text) spares young content from
-- the sweep; a put of content already there sets it again.
CREATE TABLE blobs (
    sha256 text COLLATE "C" PRIMARY KEY,
    size bigint NOT NULL,
    chunks bigint NOT NULL,
    created text COLLATE "C" NOT NULL
);

-- The bytes, one row per chunk of 1 MiB (the last one shorter), seq from
-- 0. A put in progress writes them under a temporary key, renamed to the
-- SHA-256 in the same transaction.
CREATE TABLE blob_chunks (
    sha256 text COLLATE "C",
    seq bigint,
    data bytea NOT NULL,
    PRIMARY KEY (sha256, seq)
);

-- When stored content was last swept, for every instance of the station
-- (SQLite's counterpart is the mail directory's .swept file).
CREATE TABLE blob_sweep (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    at text COLLATE "C" NOT NULL
);
