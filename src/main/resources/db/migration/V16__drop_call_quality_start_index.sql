-- No query reads call facts by start: the summaries read the hourly totals, and facts are read and deleted by call.
-- The index cost every stored call one more index entry.
DROP INDEX call_quality_by_start;
