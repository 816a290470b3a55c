-- 0010 (PostgreSQL): the translation of ../0010_import_checkpoints.sql.
CREATE TABLE import_checkpoints (
    source text COLLATE "C" PRIMARY KEY,
    byte_offset bigint NOT NULL,
    separator text COLLATE "C" NOT NULL,
    messages bigint NOT NULL,
    updated_at text COLLATE "C" NOT NULL
);
