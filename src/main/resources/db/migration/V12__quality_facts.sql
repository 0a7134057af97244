-- Facts for the managers' summaries, made for GROUP BY: one row per call and one per person's side of each session,
-- written with the call's diagnosis (when the record is stored or re-diagnosed) and deleted with the record.
CREATE TABLE call_quality (
    call_id       VARCHAR(128) PRIMARY KEY REFERENCES call_record (id) ON DELETE CASCADE,
    start_ms      BIGINT       NOT NULL,
    verdict       VARCHAR(16)  NOT NULL,
    cause         VARCHAR(32),
    setup_failed  BOOLEAN      NOT NULL,
    dropped       BOOLEAN      NOT NULL,
    audio_good    INT          NOT NULL,
    audio_poor    INT          NOT NULL
);

CREATE INDEX call_quality_by_start ON call_quality (start_ms);

-- side is 'caller' or 'callee'; media the session's first kind (audio, video, ...); verdict and cause the session's;
-- poor whether a red reason of the session is on this side; inside_corp NULL when no network was reported.
CREATE TABLE session_quality (
    call_id         VARCHAR(128) NOT NULL REFERENCES call_record (id) ON DELETE CASCADE,
    session_id      VARCHAR(128) NOT NULL,
    side            VARCHAR(8)   NOT NULL,
    start_ms        BIGINT       NOT NULL,
    media           VARCHAR(32),
    verdict         VARCHAR(16)  NOT NULL,
    cause           VARCHAR(32),
    poor            BOOLEAN      NOT NULL,
    setup_failed    BOOLEAN      NOT NULL,
    dropped         BOOLEAN      NOT NULL,
    audio_good      INT          NOT NULL,
    audio_poor      INT          NOT NULL,
    connection_type VARCHAR(32),
    wifi_band       VARCHAR(32),
    vpn             BOOLEAN      NOT NULL,
    building        VARCHAR(255),
    subnet          VARCHAR(64),
    inside_corp     BOOLEAN,
    client_version  VARCHAR(128),
    PRIMARY KEY (call_id, session_id, side)
);

-- The totals of the facts above per UTC hour, per dimension (all, cause, building, network, connection, corp,
-- version) and value, kept after the records are gone (calltriage.summary.retention), so trends reach back a year.
-- An hour, not a day: any time zone with a whole-hour offset sums its own days from them exactly. building is ''
-- for the whole tenant's totals, or a building's name for the totals of the calls someone there took part in, broken
-- down within it; the key leads with it, so either is one range of the index.
CREATE TABLE quality_hourly (
    building      VARCHAR(255) NOT NULL,
    hour_ms       BIGINT       NOT NULL,
    dimension     VARCHAR(16)  NOT NULL,
    dim_value     VARCHAR(255) NOT NULL,
    calls         BIGINT       NOT NULL,
    poor          BIGINT       NOT NULL,
    unrated       BIGINT       NOT NULL,
    setup_failed  BIGINT       NOT NULL,
    dropped       BIGINT       NOT NULL,
    audio_good    BIGINT       NOT NULL,
    audio_poor    BIGINT       NOT NULL,
    PRIMARY KEY (building, hour_ms, dimension, dim_value)
);

-- The managers' morning card: who turned it off, and the last local day each was sent, claimed by a conditional
-- update before the card is queued, so one replica sends it once a day.
CREATE TABLE summary_subscription (
    tenant_id       VARCHAR(64)  NOT NULL,
    user_object_id  VARCHAR(64)  NOT NULL,
    paused          BOOLEAN      DEFAULT FALSE NOT NULL,
    last_sent_day   VARCHAR(10),
    PRIMARY KEY (tenant_id, user_object_id)
);
