-- What a list row needs, kept beside the record as received so a list reads neither raw_json nor diagnosis:
-- per call its kind, media and parties (everyone in a 1:1 or phone call; none in a meeting) and how many took
-- part; per user in it the verdict and main cause for that user (a ranked reason as JSON, null when none).
-- Rows stored before this version are marked stale (no rule-set version): the background refresh fills them in,
-- in batches, from raw_json, and so does the first answer that shows one.
ALTER TABLE call_record ADD COLUMN kind VARCHAR(16);
ALTER TABLE call_record ADD COLUMN modalities VARCHAR(255);
ALTER TABLE call_record ADD COLUMN parties TEXT;
ALTER TABLE call_record ADD COLUMN party_count INTEGER;
ALTER TABLE call_participant ADD COLUMN verdict VARCHAR(16);
ALTER TABLE call_participant ADD COLUMN main_cause TEXT;
UPDATE call_record SET rule_set_version = NULL;
