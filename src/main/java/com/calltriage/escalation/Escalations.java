package com.calltriage.escalation;

import com.calltriage.conversation.OutgoingMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tickets and each tenant's escalations channel, shared by every replica. A ticket and the messages its change
 * causes are written in one transaction, so a card or a note is queued exactly when its change is stored; changes
 * are written only over the version they were made from, so two replicas, a retried press or a second press change
 * a ticket once. Implementations are safe for concurrent use by several processes.
 */
public interface Escalations {

    /** Where this tenant's escalations go from now on: a team channel's conversation id. */
    void useChannel(String tenantId, String channelConversationId, Ticket.Person setBy, Instant at);

    /** The tenant's escalations channel; empty until an admin set one. */
    Optional<String> channelOf(String tenantId);

    /**
     * Opens a ticket about the call, numbered by the store, with its first history step, and queues what
     * {@code messages} makes of the numbered ticket in the same transaction; unless the call already has an open
     * ticket in the tenant, which is then returned as it is and nothing is queued.
     *
     * @param draft the ticket to open; its number, version and thread are ignored
     */
    Opened open(Ticket draft, Function<Ticket, List<OutgoingMessage>> messages);

    /** A ticket opened, or the open one the call had already. */
    record Opened(Ticket ticket, boolean isNew) {
    }

    Optional<Ticket> find(String tenantId, long number);

    /**
     * Writes {@code after} over the ticket, records the step and queues the messages, all in one transaction, when
     * the stored ticket still has {@code after.version() - 1}; otherwise changes nothing.
     *
     * @return whether the change was written
     */
    boolean change(Ticket after, TicketEvent event, List<OutgoingMessage> messages);

    /**
     * Tickets of the tenant, newest first.
     *
     * @param requesterId only those this person escalated; null for everyone's
     * @param openOnly    leave resolved tickets out
     */
    List<Ticket> list(String tenantId, String requesterId, boolean openOnly, int max);

    /** The ticket's steps, oldest first. */
    List<TicketEvent> history(String tenantId, long number);

    /** Tickets whose card is not known to be in the channel yet, of every tenant, oldest first. */
    List<Ticket> unposted(int max);
}
