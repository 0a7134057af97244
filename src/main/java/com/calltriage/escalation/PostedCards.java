package com.calltriage.escalation;

import com.calltriage.conversation.Outbox;
import com.calltriage.escalation.EscalationState.Step;
import com.calltriage.conversation.OutgoingMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the ids Teams gave each ticket's card once the outbox delivered it: the thread's conversation id and the
 * card's activity id go into the ticket, as a change of its own, which updates the card with the link to its
 * thread and tells the requester where it is (a card Teams gave no id is kept as posted, and is not updated: there is
 * nothing to replace it by). A card whose post failed stays in the outbox, which tries it again,
 * and its ticket waits here until it is delivered: no ticket is orphaned. Run after each round of delivery, by
 * every replica; the ticket's version makes each card's step happen once.
 */
public final class PostedCards {
    static final int BATCH = 50;

    private final Escalations tickets;
    private final Outbox outbox;
    private final TicketMessages messages;
    private final Clock clock;

    public PostedCards(Escalations tickets, Outbox outbox, MessageWriter writer, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.messages = new TicketMessages(writer);
        this.clock = clock;
    }

    /** @return how many tickets were found posted this time */
    public int keepThreads() {
        int posted = 0;
        for (Ticket ticket : tickets.unposted(BATCH)) {
            Optional<Outbox.Delivery> delivery = outbox.deliveryOf(TicketMessages.cardKey(ticket));
            if (delivery.isEmpty()) {
                continue;
            }
            Ticket after = ticket.posted(new Ticket.Thread(delivery.get().conversationId(),
                    delivery.get().activityId()), clock.instant());
            String what = "CallTriage posted it in the escalations channel. Engineers take it there.";
            List<OutgoingMessage> queued = new ArrayList<>(messages.cardUpdate(after));
            queued.add(messages.note(after, what, null));
            if (tickets.change(after, new TicketEvent(ticket.number(), clock.instant(), Step.POSTED, null, null,
                    null), queued)) {
                posted++;
            }
        }
        return posted;
    }
}
