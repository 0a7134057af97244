-- How the bot reaches people and conversations without being asked, and what it has to say to them.

-- One row per conversation the bot has seen an activity from, kept by every replica for all of them. A personal
-- chat row also names its person (user_object_id, lower-case): a person seen only in a group chat or a channel gets
-- a personal chat row without a conversation id, which holds what opening a chat with them needs (their Teams id,
-- the serviceUrl, the bot's id); the first message to them opens it and fills the id in. Only personal chat rows
-- carry user_object_id, so one unique index keeps one personal chat per person, and another one row per
-- conversation (NULLs are distinct in both databases' unique indexes). tenant_id is lower-case too.
-- usable turns false when the bot is removed, and true again with the next activity from the conversation.
CREATE TABLE conversation_reference (
    id               BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        VARCHAR(64)    NOT NULL,
    conversation_id  VARCHAR(512),
    kind             VARCHAR(20)    NOT NULL CHECK (kind IN ('PERSONAL', 'GROUP_CHAT', 'CHANNEL')),
    service_url      VARCHAR(2000)  NOT NULL,
    user_object_id   VARCHAR(64),
    user_teams_id    VARCHAR(512),
    team_id          VARCHAR(512),
    channel_id       VARCHAR(512),
    bot_id           VARCHAR(512),
    time_zone        VARCHAR(64),
    usable           BOOLEAN        DEFAULT TRUE NOT NULL,
    seen_at          BIGINT         NOT NULL
);

CREATE UNIQUE INDEX conversation_reference_by_conversation ON conversation_reference (tenant_id, conversation_id);
CREATE UNIQUE INDEX conversation_reference_by_person ON conversation_reference (tenant_id, user_object_id);

-- Messages the bot sends on its own, queued (often in the transaction of the change that causes them) and
-- delivered by whichever replica claims them, as the notification queue's rows are: claimed_until is the lease,
-- attempts counts claims, a message that keeps failing is kept as a dead letter (dead_at) with its last error.
-- message_key is chosen by whoever queues the message; its unique index keeps a message queued twice once.
-- A delivered row is kept with the ids Teams gave it, so that a later update can replace what was sent.
CREATE TABLE outbox (
    id                         BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_key                VARCHAR(400)   NOT NULL,
    kind                       VARCHAR(20)    NOT NULL CHECK (kind IN ('PERSONAL_CHAT', 'CONVERSATION', 'UPDATE')),
    tenant_id                  VARCHAR(64)    NOT NULL,
    user_object_id             VARCHAR(64),
    conversation_id            VARCHAR(512),
    updates_key                VARCHAR(400),
    activity_json              TEXT           NOT NULL,
    queued_at                  BIGINT         NOT NULL,
    attempts                   INT            DEFAULT 0 NOT NULL,
    next_attempt_at            BIGINT         NOT NULL,
    last_error                 VARCHAR(2000),
    claimed_until              BIGINT,
    delivered_at               BIGINT,
    delivered_conversation_id  VARCHAR(512),
    delivered_activity_id      VARCHAR(512),
    dead_at                    BIGINT
);

CREATE UNIQUE INDEX outbox_by_key ON outbox (message_key);
-- Picking due messages among the waiting ones (neither delivered nor dead), which stay few while delivered rows
-- pile up: both databases use the IS NULL conditions on the leading columns.
CREATE INDEX outbox_due ON outbox (delivered_at, dead_at, next_attempt_at, id);
