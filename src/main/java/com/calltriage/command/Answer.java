package com.calltriage.command;

import com.calltriage.access.AuditEntry;

/**
 * A handler's reply together with what the audit log records about it.
 *
 * @param reply         the view model to render
 * @param subjectUserId the Entra object id of the user the question turned out to be about; may be null
 * @param callId        the call record the question was about; may be null
 * @param outcome       answered or refused
 * @param detail        why it was refused, or what was not found; may be null
 */
record Answer(Reply reply, String subjectUserId, String callId, AuditEntry.Outcome outcome, String detail) {

    static Answer answered(Reply reply) {
        return new Answer(reply, null, null, AuditEntry.Outcome.ANSWERED, null);
    }

    static Answer refused(Reply reply, String why) {
        return new Answer(reply, null, null, AuditEntry.Outcome.REFUSED, why);
    }

    Answer about(String userId) {
        return new Answer(reply, userId, callId, outcome, detail);
    }

    Answer call(String id) {
        return new Answer(reply, subjectUserId, id, outcome, detail);
    }

    Answer noting(String note) {
        return new Answer(reply, subjectUserId, callId, outcome, note);
    }
}
