-- Escalation handoff: each tenant's escalations channel, the tickets and their history.

-- The team channel (its conversation id, without a thread) where a tenant's escalations are posted.
CREATE TABLE escalation_channel (
    tenant_id        VARCHAR(64)    PRIMARY KEY,
    conversation_id  VARCHAR(512)   NOT NULL,
    set_by           VARCHAR(64),
    set_at           BIGINT         NOT NULL
);

-- One row per ticket; its id is the number people read (E-12). version rises with each change, and a change is
-- written only over the version it was made from. open_call_id holds the call id while the ticket is open and is
-- NULL once resolved, so its unique index keeps one open ticket per call (NULLs are distinct in both databases).
-- Only what a specialist may see is kept: the channel's card can show nothing more.
CREATE TABLE escalation (
    id                      BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id               VARCHAR(64)    NOT NULL,
    state                   VARCHAR(20)    NOT NULL CHECK (state IN ('OPEN', 'TAKEN', 'RESOLVED')),
    version                 INT            NOT NULL,
    channel_id              VARCHAR(512)   NOT NULL,
    call_id                 VARCHAR(256)   NOT NULL,
    open_call_id            VARCHAR(256),
    subject_id              VARCHAR(64),
    subject_name            VARCHAR(256),
    subject_upn             VARCHAR(256),
    call_start              BIGINT,
    call_kind               VARCHAR(64),
    verdict                 VARCHAR(32),
    cause                   VARCHAR(1000),
    note                    VARCHAR(500),
    requester_id            VARCHAR(64),
    requester_name          VARCHAR(256),
    requester_upn           VARCHAR(256),
    owner_id                VARCHAR(64),
    owner_name              VARCHAR(256),
    owner_upn               VARCHAR(256),
    opened_at               BIGINT         NOT NULL,
    changed_at              BIGINT         NOT NULL,
    thread_conversation_id  VARCHAR(512),
    thread_activity_id      VARCHAR(512),
    resolution              VARCHAR(500)
);

CREATE UNIQUE INDEX escalation_open_call ON escalation (tenant_id, open_call_id);
CREATE INDEX escalation_by_tenant ON escalation (tenant_id, id);

-- Every step of every ticket, oldest first by id.
CREATE TABLE escalation_event (
    id             BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    escalation_id  BIGINT         NOT NULL REFERENCES escalation (id),
    at             BIGINT         NOT NULL,
    step           VARCHAR(20)    NOT NULL,
    by_id          VARCHAR(64),
    by_name        VARCHAR(256),
    to_id          VARCHAR(64),
    to_name        VARCHAR(256),
    note           VARCHAR(500)
);

CREATE INDEX escalation_event_by_ticket ON escalation_event (escalation_id, id);
