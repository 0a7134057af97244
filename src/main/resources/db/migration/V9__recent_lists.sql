-- The last list shown in each conversation, so that "details 3" and "more" work on whichever replica Teams sends
-- the next turn to. Rows older than the lists' time to live are ignored and deleted now and then.
CREATE TABLE recent_list (
    conversation_id VARCHAR(512) NOT NULL PRIMARY KEY,
    subject_id      VARCHAR(64),
    call_ids        VARCHAR,
    next_label      VARCHAR(512),
    next_from_ms    BIGINT,
    next_to_ms      BIGINT,
    next_count      INTEGER,
    next_cursor     VARCHAR(512),
    next_note       VARCHAR(1000),
    continuation    VARCHAR(4000),
    updated_ms      BIGINT NOT NULL
);
CREATE INDEX recent_list_updated ON recent_list (updated_ms);
