package com.calltriage.testing;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.escalation.EscalationState;
import com.calltriage.escalation.Escalations;
import com.calltriage.escalation.Ticket;
import com.calltriage.escalation.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Tickets in memory, with their messages queued in the given outbox under the same lock, as the store does. */
public final class FakeEscalations implements Escalations {
    private final Outbox outbox;
    private final Map<String, String> channels = new HashMap<>();
    private final Map<Long, Ticket> tickets = new HashMap<>();
    private final List<TicketEvent> events = new ArrayList<>();
    private long lastNumber;

    public FakeEscalations(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public synchronized void useChannel(String tenantId, String channelConversationId, Ticket.Person setBy,
                                        Instant at) {
        channels.put(tenantId, channelConversationId);
    }

    @Override
    public synchronized Optional<String> channelOf(String tenantId) {
        return Optional.ofNullable(channels.get(tenantId));
    }

    @Override
    public synchronized Opened open(Ticket draft, Function<Ticket, List<OutgoingMessage>> messages) {
        Optional<Ticket> open = tickets.values().stream().filter(t -> t.tenantId().equals(draft.tenantId())
                && t.state().isOpen() && t.call().callId().equals(draft.call().callId())).findFirst();
        if (open.isPresent()) {
            return new Opened(open.get(), false);
        }
        Ticket ticket = new Ticket(lastNumber + 1, draft.tenantId(), EscalationState.OPEN, 1, draft.channelId(),
                draft.call(), draft.note(), draft.requester(), null, draft.openedAt(), draft.openedAt(), null, null);
        // Made before anything is kept: a message that cannot be made leaves no ticket, as a rollback would.
        List<OutgoingMessage> queued = messages.apply(ticket);
        queued.forEach(OutgoingMessage::requireDeliverable);
        lastNumber++;
        tickets.put(ticket.number(), ticket);
        events.add(new TicketEvent(ticket.number(), ticket.openedAt(), EscalationState.Step.ESCALATED,
                ticket.requester(), null, ticket.note()));
        queued.forEach(message -> outbox.enqueue(message, ticket.openedAt()));
        return new Opened(ticket, true);
    }

    @Override
    public synchronized Optional<Ticket> find(String tenantId, long number) {
        return Optional.ofNullable(tickets.get(number)).filter(t -> t.tenantId().equals(tenantId));
    }

    @Override
    public synchronized boolean change(Ticket after, TicketEvent event, List<OutgoingMessage> messages) {
        Ticket before = tickets.get(after.number());
        if (before == null || !before.tenantId().equals(after.tenantId())
                || before.version() != after.version() - 1) {
            return false;
        }
        messages.forEach(OutgoingMessage::requireDeliverable);
        tickets.put(after.number(), after);
        events.add(event);
        messages.forEach(message -> outbox.enqueue(message, after.changedAt()));
        return true;
    }

    @Override
    public synchronized List<Ticket> list(String tenantId, String requesterId, boolean openOnly, int max) {
        return tickets.values().stream().filter(t -> t.tenantId().equals(tenantId))
                .filter(t -> requesterId == null || requesterId.equalsIgnoreCase(t.requester().id()))
                .filter(t -> !openOnly || t.state().isOpen())
                .sorted(Comparator.comparingLong(Ticket::number).reversed()).limit(max).toList();
    }

    @Override
    public synchronized List<TicketEvent> history(String tenantId, long number) {
        return find(tenantId, number).isEmpty() ? List.of()
                : events.stream().filter(e -> e.number() == number).toList();
    }

    @Override
    public synchronized List<Ticket> unposted(int max) {
        return tickets.values().stream().filter(t -> t.thread() == null)
                .sorted(Comparator.comparingLong(Ticket::number)).limit(max).toList();
    }
}
