-- 0009: reserved for a migration of another branch of the operations
-- work (migration numbers run without gaps). Stand-in on the import
-- branch only: delete this file when the real 0009 is merged.
SELECT 1;
