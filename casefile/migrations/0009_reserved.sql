-- 0009: reserved for another branch of the operations work (drop this
-- placeholder when that branch's 0009 is merged).
SELECT 1;
