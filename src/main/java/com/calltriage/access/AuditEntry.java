package com.calltriage.access;

import java.time.Instant;

/**
 * One question put to CallTriage and what became of it.
 *
 * @param at            when it was asked
 * @param callerId      the asker's Entra object id; null when the channel sent none
 * @param callerName    the asker's display name as the channel sent it; may be null
 * @param role          the asker's highest role; null when they hold none (or it could not be established)
 * @param command       what was asked, as typed or as the button carried it
 * @param subjectUserId the Entra object id of the user the question was about; null when none
 * @param callId        the call record asked about; null when none
 * @param outcome       answered, refused, not understood or failed
 * @param detail        why it was refused or failed, in a sentence; may be null
 */
public record AuditEntry(Instant at, String callerId, String callerName, Role role, String command,
                         String subjectUserId, String callId, Outcome outcome, String detail) {

    /** What became of a question. */
    public enum Outcome {
        ANSWERED,
        REFUSED,
        NOT_UNDERSTOOD,
        FAILED
    }
}
