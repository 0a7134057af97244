-- No query reads call records by rule-set version: the refresh of stale ratings walks the primary key. The index
-- cost every stored record one more index entry, and every recomputed rating an update that could not stay on its
-- page (a change to an indexed column is never a heap-only update).
DROP INDEX call_record_by_rule_set;
