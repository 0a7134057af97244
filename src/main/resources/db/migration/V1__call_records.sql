-- Call records as Graph sent them, plus the index the questions need.
-- Times are epoch milliseconds (UTC) so H2 and PostgreSQL behave the same.

CREATE TABLE call_record (
    id          VARCHAR(128) PRIMARY KEY,
    version     BIGINT       NOT NULL,
    start_ms    BIGINT       NOT NULL,
    end_ms      BIGINT,
    raw_json    TEXT         NOT NULL,
    stored_ms   BIGINT       NOT NULL
);

CREATE INDEX call_record_by_start ON call_record (start_ms);

-- One row per distinct identity in a call: users by Entra object id, phones by number.
CREATE TABLE call_participant (
    call_id        VARCHAR(128) NOT NULL REFERENCES call_record (id) ON DELETE CASCADE,
    identity_kind  VARCHAR(40)  NOT NULL,
    identity_id    VARCHAR(255) NOT NULL,
    start_ms       BIGINT       NOT NULL,
    PRIMARY KEY (call_id, identity_kind, identity_id)
);

CREATE INDEX call_participant_by_identity ON call_participant (identity_id, start_ms, call_id);

-- The users seen in call records, for "show last calls for alice" by alias, UPN or display name.
CREATE TABLE known_user (
    id               VARCHAR(255) PRIMARY KEY,
    display_name     VARCHAR(512),
    display_name_lc  VARCHAR(512),
    upn              VARCHAR(512),
    upn_lc           VARCHAR(512),
    alias            VARCHAR(255),
    tenant_id        VARCHAR(64),
    last_seen_ms     BIGINT       NOT NULL
);

CREATE INDEX known_user_by_alias ON known_user (alias);
CREATE INDEX known_user_by_upn ON known_user (upn_lc);
CREATE INDEX known_user_by_name ON known_user (display_name_lc);
