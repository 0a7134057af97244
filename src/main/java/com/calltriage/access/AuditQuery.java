package com.calltriage.access;

import java.time.Instant;

/**
 * Which audit entries to read. Every criterion that is null is not applied.
 *
 * @param callerId           only questions asked by this Entra object id
 * @param callerNameContains only questions asked by someone whose name contains this, ignoring case
 * @param subjectUserId      only questions about this Entra object id
 * @param from               only questions asked at or after this instant
 * @param to                 only questions asked before this instant
 * @param limit              at most this many entries, newest first
 */
public record AuditQuery(String callerId, String callerNameContains, String subjectUserId, Instant from, Instant to,
                         int limit) {
    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("An audit query must ask for at least one entry, not " + limit);
        }
    }
}
