-- The Graph subscription that brings call records in, and how far ingestion has got, shared by every replica:
-- whichever replica renews the subscription or finishes a backfill leaves it here for the others.
-- One row per watched resource, made here, so the application only ever updates it.
-- renewal_requested: Graph asked for reauthorization; the next keeper run renews whatever the expiry.
-- last_notification_at: when a replica last handled a change notification, so Graph was delivering then.
-- backfilled_until: the end of the last backfill that got every listed record.

CREATE TABLE graph_subscription (
    resource              VARCHAR(200)  PRIMARY KEY,
    subscription_id       VARCHAR(128),
    expires_at            BIGINT,
    renewal_requested     BOOLEAN       DEFAULT FALSE NOT NULL,
    last_notification_at  BIGINT,
    backfilled_until      BIGINT
);

INSERT INTO graph_subscription (resource) VALUES ('/communications/callRecords');

-- ShedLock's lock table: scheduled work that must run once across replicas (keeping the subscription,
-- catching up after downtime) takes its named row first. Its layout is ShedLock's; TIMESTAMP because ShedLock
-- writes the database's own time there.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP     NOT NULL,
    locked_at   TIMESTAMP     NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);
