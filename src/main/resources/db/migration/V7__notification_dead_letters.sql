-- A notification whose record kept failing is kept, marked dead, instead of being deleted: operators see how
-- many there are in health and metrics, and the error of each, until a backfill of their days stores the records.
ALTER TABLE notification_queue ADD COLUMN dead_at BIGINT;
