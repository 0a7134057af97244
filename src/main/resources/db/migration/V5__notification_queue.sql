-- Graph change notifications waiting for their call record to be fetched. The webhook only inserts here,
-- so it can answer Graph at once; workers on any replica claim due rows, fetch and store the record, and
-- delete the row. A claimed row is hidden from other workers until claimed_until passes, so a worker that
-- dies mid-batch leaves its rows to be picked up again once the lease is over.
-- attempts counts claims, so a record that keeps failing (or keeps killing its worker) is given up on.

CREATE TABLE notification_queue (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_record_id   VARCHAR(128)  NOT NULL,
    change_type      VARCHAR(40)   NOT NULL,
    received_at      BIGINT        NOT NULL,
    attempts         INT           DEFAULT 0 NOT NULL,
    next_attempt_at  BIGINT        NOT NULL,
    last_error       VARCHAR(2000),
    claimed_until    BIGINT
);

-- Picking due work, oldest due first.
CREATE INDEX notification_queue_due ON notification_queue (next_attempt_at, id);
-- The queue's lag: when the oldest waiting notification arrived.
CREATE INDEX notification_queue_by_received ON notification_queue (received_at);
