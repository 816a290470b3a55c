-- 0010: reserved for another branch of the operations work (drop this
-- placeholder when that branch's 0010 is merged).
SELECT 1;
