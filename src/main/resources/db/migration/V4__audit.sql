-- Every question put to CallTriage and what became of it, for admins to read back.
-- Entra object ids are stored lower-case so lookups compare plain values and can use the indexes.
-- caller_name_lc is the name lower-cased by the application: the databases' LOWER() disagree on
-- non-ASCII letters (and PostgreSQL's follows the server locale), so name searches compare this instead.
-- role is a lower-case Role name and outcome an Outcome name; a new value in either enum needs a
-- migration that widens its check.

CREATE TABLE audit_entry (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asked_at         BIGINT        NOT NULL,
    caller_id        VARCHAR(255),
    caller_name      VARCHAR(512),
    caller_name_lc   VARCHAR(512),
    role             VARCHAR(20)   CHECK (role IN ('manager', 'specialist', 'engineer', 'admin')),
    command          VARCHAR(2000),
    subject_user_id  VARCHAR(255),
    call_id          VARCHAR(255),
    outcome          VARCHAR(20)   NOT NULL
                     CHECK (outcome IN ('ANSWERED', 'REFUSED', 'NOT_UNDERSTOOD', 'FAILED')),
    detail           VARCHAR(2000)
);

-- Reading the newest entries and deleting the ones past retention.
CREATE INDEX audit_entry_by_time ON audit_entry (asked_at);
-- "What did this person ask" and "who asked about this user", each within a time window.
CREATE INDEX audit_entry_by_caller ON audit_entry (caller_id, asked_at);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject_user_id, asked_at);
