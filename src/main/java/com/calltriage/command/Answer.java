package com.calltriage.command;

import com.calltriage.access.AuditEntry;
import com.calltriage.command.reply.Reply;

/**
 * A handler's reply together with what the audit log records about it.
 *
 * @param reply         the view model to render
 * @param subjectUserId the Entra object id of the user the question turned out to be about; may be null
 * @param callId        the call record the question was about; may be null
 * @param outcome       answered or refused
 * @param detail        why it was refused, or what was not found; may be null
 * @param instead       the command to answer instead of this one; null for an answer of its own
 */
public record Answer(Reply reply, String subjectUserId, String callId, AuditEntry.Outcome outcome, String detail,
                     String instead) {

    /** An answer of its own, not a pointer to another question. */
    public Answer(Reply reply, String subjectUserId, String callId, AuditEntry.Outcome outcome, String detail) {
        this(reply, subjectUserId, callId, outcome, detail, null);
    }

    /**
     * Not an answer but the question to answer instead, such as the next page of a list for "more": the dispatcher
     * reads it like typed text and checks the asker's roles for it as for any question.
     */
    public static Answer askInstead(String command) {
        return new Answer(null, null, null, AuditEntry.Outcome.ANSWERED, null, command);
    }

    public static Answer answered(Reply reply) {
        return new Answer(reply, null, null, AuditEntry.Outcome.ANSWERED, null);
    }

    public static Answer refused(Reply reply, String why) {
        return new Answer(reply, null, null, AuditEntry.Outcome.REFUSED, why);
    }

    public Answer about(String userId) {
        return new Answer(reply, userId, callId, outcome, detail, instead);
    }

    public Answer call(String id) {
        return new Answer(reply, subjectUserId, id, outcome, detail, instead);
    }

    public Answer noting(String note) {
        return new Answer(reply, subjectUserId, callId, outcome, note, instead);
    }
}
