-- The diagnosis of each call, computed when the record is stored, with the rule-set version that made
-- it: a different version means the diagnosis is stale and is recomputed from raw_json.
ALTER TABLE call_record ADD COLUMN rule_set_version VARCHAR(64);
ALTER TABLE call_record ADD COLUMN diagnosis TEXT;
CREATE INDEX call_record_by_rule_set ON call_record (rule_set_version);
