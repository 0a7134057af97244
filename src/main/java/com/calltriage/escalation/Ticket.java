package com.calltriage.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One escalation as stored: its number, state and version, the call it is about as a specialist may see it, the
 * note, who asked and who owns it, and where its card was posted once Teams took it. Only what a specialist may see
 * is kept, so nothing on the channel's card can show more.
 *
 * @param number    shown as {@code E-<number>}; unique across tenants
 * @param version   rises with each change; a change is written only over the version it was made from
 * @param channelId the escalations channel's conversation id when the ticket was opened
 * @param note      what the requester wrote; null when nothing
 * @param owner     the engineer who has it; null while open
 * @param thread    where the card was posted; null until Teams took it
 * @param resolution what the engineer wrote when resolving it; null when nothing, or not resolved
 */
public record Ticket(long number, String tenantId, EscalationState state, int version, String channelId,
                     CallSummary call, String note, Person requester, Person owner, Instant openedAt,
                     Instant changedAt, Thread thread, String resolution) {
    public Ticket {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(requester, "requester");
    }

    /** {@code E-12}. */
    public String reference() {
        return reference(number);
    }

    public static String reference(long number) {
        return "E-" + number;
    }

    /** The ticket after a step: the next version, in {@code state}, owned by {@code owner}, changed at {@code at}. */
    Ticket after(EscalationState next, Person newOwner, Instant at) {
        return new Ticket(number, tenantId, next, version + 1, channelId, call, note, requester, newOwner, openedAt,
                at, thread, resolution);
    }

    /** The ticket resolved by {@code by}, who is its owner from then on, with what they wrote. */
    Ticket resolved(Person by, String howResolved, Instant at) {
        return new Ticket(number, tenantId, EscalationState.RESOLVED, version + 1, channelId, call, note, requester,
                by, openedAt, at, thread, howResolved);
    }

    /** The ticket once its card is known to be in the channel, as a change of its own. */
    Ticket posted(Thread where, Instant at) {
        return new Ticket(number, tenantId, state, version + 1, channelId, call, note, requester, owner, openedAt, at,
                where, resolution);
    }

    /**
     * A person named on a ticket.
     *
     * @param id   Entra object id
     * @param name display name; may be null
     * @param upn  user principal name, for the "Chat with" link; null when not known
     */
    public record Person(String id, String name, String upn) {
        public String label() {
            return name != null && !name.isBlank() ? name : upn != null ? upn : id;
        }

        public boolean is(Person other) {
            return other != null && id != null && id.equalsIgnoreCase(other.id());
        }
    }

    /**
     * The call as a specialist sees it, frozen when the ticket was opened.
     *
     * @param subjectId   the user the call was looked at for; null when none was named
     * @param subjectName their name (a specialist sees the searched user's name); null when none
     * @param subjectUpn  their UPN; null when none
     * @param kind        "Call", "Meeting", ...
     * @param verdict     Good, Poor or Unavailable
     * @param cause       the main cause in plain words; null unless the call was Poor
     */
    public record CallSummary(String callId, String subjectId, String subjectName, String subjectUpn, Instant start,
                              String kind, String verdict, String cause) {
        public CallSummary {
            Objects.requireNonNull(callId, "callId");
        }
    }

    /**
     * Where the card is: the thread Teams made of it and the card's own activity id.
     *
     * @param conversationId the thread's conversation id ({@code <channel>;messageid=<activity>})
     * @param activityId     the card's id; null when Teams gave none, and then the card cannot be updated
     */
    public record Thread(String conversationId, String activityId) {
        public boolean updatable() {
            return activityId != null;
        }
    }

    /** Whether the posted card can be updated: not yet known (an update waits for it), or posted with an id. */
    boolean cardUpdatable() {
        return thread == null || thread.updatable();
    }
}
