// Long because: every store of tickets, the databases and the fake, runs this one list of behaviours.
package com.calltriage.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.escalation.EscalationState.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Escalations} of the project must do, the database ones and the fake alike: tickets numbered by
 * the store, their messages queued with them or not at all, changes written once over the version they were made
 * from, one open ticket per call, also across two replicas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EscalationsContract {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";
    private static final String OTHER_TENANT = "8f4e2a10-0000-4000-8000-000000000002";
    private static final String CHANNEL = "19:escalations@thread.tacv2";
    private static final Ticket.Person SAM = new Ticket.Person("2e22d799-3658-36e5-9ca3-b7d0c9fc6b25",
            "Sam Rivera", "sam@contoso.com");
    private static final Ticket.Person ERIN = new Ticket.Person("d1539408-7f8a-310b-92b1-e1e868a257cc",
            "Erin Cho", null);
    private static final String CARD = "{\"type\":\"message\",\"attachments\":[]}";

    private Escalations tickets;
    private Outbox outbox;

    /** Empty tickets, and the outbox they queue their messages in, backed by what this subclass tests. */
    protected abstract Stores emptyStores() throws Exception;

    /** Another replica's tickets over the same rows. */
    protected Escalations otherReplica() {
        return tickets;
    }

    /** The tickets under test and their outbox. */
    public record Stores(Escalations tickets, Outbox outbox) {
    }

    @BeforeEach
    void startEmpty() throws Exception {
        Stores stores = emptyStores();
        tickets = stores.tickets();
        outbox = stores.outbox();
    }

    @Test
    void aTenantHasNoChannelUntilOneIsSetAndTheLastOneSetCounts() {
        assertThat(tickets.channelOf(TENANT)).isEmpty();

        tickets.useChannel(TENANT, "19:first@thread.tacv2", SAM, NINE);
        tickets.useChannel(TENANT, CHANNEL, SAM, NINE.plusSeconds(60));

        assertThat(tickets.channelOf(TENANT)).contains(CHANNEL);
        assertThat(tickets.channelOf(OTHER_TENANT)).isEmpty();
    }

    @Test
    void openingNumbersTheTicketKeepsItsStepAndQueuesItsMessagesWithIt() {
        Escalations.Opened opened = tickets.open(draft("call-1", TENANT), this::post);

        Ticket ticket = opened.ticket();
        assertThat(opened.isNew()).isTrue();
        assertThat(ticket.number()).isPositive();
        assertThat(ticket.version()).isEqualTo(1);
        assertThat(ticket.state()).isEqualTo(EscalationState.OPEN);
        assertThat(ticket.note()).isEqualTo("headset crackles");
        assertThat(ticket.call().cause()).isEqualTo("Alice Wood's Wi-Fi was unstable during the call");
        assertThat(ticket.requester()).isEqualTo(SAM);
        assertThat(tickets.find(TENANT, ticket.number())).contains(ticket);
        assertThat(tickets.history(TENANT, ticket.number())).singleElement()
                .satisfies(step -> assertThat(step.step()).isEqualTo(Step.ESCALATED));
        assertThat(claimAll()).extracting(m -> m.key()).containsExactly("card:" + ticket.number());
    }

    @Test
    void aCallWithAnOpenTicketGetsNoSecondOneAndNothingIsQueued() {
        Ticket first = tickets.open(draft("call-1", TENANT), this::post).ticket();

        Escalations.Opened again = tickets.open(draft("call-1", TENANT), this::post);

        assertThat(again.isNew()).isFalse();
        assertThat(again.ticket().number()).isEqualTo(first.number());
        assertThat(claimAll()).hasSize(1);
        assertThat(tickets.open(draft("call-1", OTHER_TENANT), this::post).isNew()).isTrue();
    }

    @Test
    void aResolvedTicketLeavesTheCallFreeForANewOne() {
        Ticket first = tickets.open(draft("call-1", TENANT), this::post).ticket();
        assertThat(tickets.change(first.after(EscalationState.RESOLVED, ERIN, NINE.plusSeconds(5)),
                event(first, Step.RESOLVED), List.of())).isTrue();

        Escalations.Opened again = tickets.open(draft("call-1", TENANT), this::post);

        assertThat(again.isNew()).isTrue();
        assertThat(again.ticket().number()).isNotEqualTo(first.number());
    }

    @Test
    void aTicketWhoseMessageCannotBeQueuedIsNotOpened() {
        assertThatThrownBy(() -> tickets.open(draft("call-1", TENANT), ticket -> List.of(
                new OutgoingMessage("", OutgoingMessage.Target.conversation(TENANT, CHANNEL), CARD))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(tickets.list(TENANT, null, false, 10)).isEmpty();
        assertThat(claimAll()).isEmpty();
    }

    @Test
    void aChangeIsWrittenOnceOverTheVersionItWasMadeFromWithItsStepAndMessages() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();
        claimAll();
        Ticket taken = ticket.after(EscalationState.TAKEN, ERIN, NINE.plusSeconds(10));

        boolean first = tickets.change(taken, event(ticket, Step.TAKEN), List.of(update(taken)));
        boolean second = tickets.change(taken, event(ticket, Step.TAKEN), List.of(update(taken)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Ticket stored = tickets.find(TENANT, ticket.number()).orElseThrow();
        assertThat(stored.state()).isEqualTo(EscalationState.TAKEN);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.owner().id()).isEqualTo(ERIN.id());
        assertThat(stored.changedAt()).isEqualTo(NINE.plusSeconds(10));
        assertThat(tickets.history(TENANT, ticket.number())).extracting(TicketEvent::step)
                .containsExactly(Step.ESCALATED, Step.TAKEN);
        assertThat(claimAll()).extracting(m -> m.key()).containsExactly("v2:" + ticket.number());
    }

    @Test
    void aResolutionIsKeptWithTheTicket() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();

        tickets.change(ticket.resolved(ERIN, "replaced headset", NINE.plusSeconds(20)), event(ticket, Step.RESOLVED),
                List.of());

        Ticket stored = tickets.find(TENANT, ticket.number()).orElseThrow();
        assertThat(stored.resolution()).isEqualTo("replaced headset");
        assertThat(stored.owner().id()).isEqualTo(ERIN.id());
        assertThat(stored.state().isOpen()).isFalse();
    }

    @Test
    void aChangeWhoseMessageCannotBeQueuedChangesNothing() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();
        Ticket taken = ticket.after(EscalationState.TAKEN, ERIN, NINE.plusSeconds(10));

        assertThatThrownBy(() -> tickets.change(taken, event(ticket, Step.TAKEN), List.of(new OutgoingMessage(
                "x", OutgoingMessage.Target.personalChat(TENANT, null), CARD))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(tickets.find(TENANT, ticket.number()).orElseThrow().state()).isEqualTo(EscalationState.OPEN);
        assertThat(tickets.history(TENANT, ticket.number())).hasSize(1);
    }

    @Test
    void aPostedCardsThreadIsKeptAndTheTicketIsNoLongerUnposted() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();
        assertThat(tickets.unposted(10)).extracting(Ticket::number).containsExactly(ticket.number());

        Ticket posted = ticket.posted(new Ticket.Thread(CHANNEL + ";messageid=171", "171"), NINE.plusSeconds(3));
        assertThat(tickets.change(posted, new TicketEvent(ticket.number(), NINE.plusSeconds(3), Step.POSTED, null,
                null, null), List.of())).isTrue();

        assertThat(tickets.unposted(10)).isEmpty();
        assertThat(tickets.find(TENANT, ticket.number()).orElseThrow().thread()).isEqualTo(posted.thread());
    }

    @Test
    void aCardPostedWithoutAnIdCountsAsPosted() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();

        Ticket posted = ticket.posted(new Ticket.Thread(CHANNEL, null), NINE.plusSeconds(3));
        tickets.change(posted, new TicketEvent(ticket.number(), NINE.plusSeconds(3), Step.POSTED, null, null, null),
                List.of());

        assertThat(tickets.unposted(10)).isEmpty();
        assertThat(tickets.find(TENANT, ticket.number()).orElseThrow().thread()).isEqualTo(posted.thread());
    }

    @Test
    void listsAreNewestFirstAndNarrowToARequesterAndToOpenTickets() {
        Ticket first = tickets.open(draft("call-1", TENANT), this::post).ticket();
        Ticket second = tickets.open(draft("call-2", TENANT), this::post).ticket();
        Ticket erins = tickets.open(new Ticket(0, TENANT, EscalationState.OPEN, 1, CHANNEL, summary("call-3"), null,
                ERIN, null, NINE, NINE, null, null), this::post).ticket();
        tickets.change(first.after(EscalationState.RESOLVED, ERIN, NINE.plusSeconds(5)), event(first,
                Step.RESOLVED), List.of());

        assertThat(tickets.list(TENANT, null, false, 10)).extracting(Ticket::number)
                .containsExactly(erins.number(), second.number(), first.number());
        assertThat(tickets.list(TENANT, null, true, 10)).extracting(Ticket::number)
                .containsExactly(erins.number(), second.number());
        assertThat(tickets.list(TENANT, SAM.id().toUpperCase(), true, 10)).extracting(Ticket::number)
                .containsExactly(second.number());
        assertThat(tickets.list(TENANT, null, false, 1)).hasSize(1);
        assertThat(tickets.list(OTHER_TENANT, null, false, 10)).isEmpty();
    }

    @Test
    void anotherTenantsTicketIsNotFound() {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();

        assertThat(tickets.find(OTHER_TENANT, ticket.number())).isEmpty();
        assertThat(tickets.history(OTHER_TENANT, ticket.number())).isEmpty();
    }

    @Test
    void twoReplicasTakingOneTicketAtOnceChangeItOnce() throws Exception {
        Ticket ticket = tickets.open(draft("call-1", TENANT), this::post).ticket();
        claimAll();
        Escalations other = otherReplica();
        Ticket byErin = ticket.after(EscalationState.TAKEN, ERIN, NINE.plusSeconds(10));
        Ticket bySam = ticket.after(EscalationState.TAKEN, SAM, NINE.plusSeconds(10));

        List<Boolean> written = atOnce(
                () -> tickets.change(byErin, event(ticket, Step.TAKEN), List.of(update(byErin))),
                () -> other.change(bySam, event(ticket, Step.TAKEN), List.of(update(bySam))));

        assertThat(written).containsExactlyInAnyOrder(true, false);
        assertThat(tickets.history(TENANT, ticket.number())).hasSize(2);
        assertThat(claimAll()).hasSize(1);
    }

    @Test
    void twoReplicasEscalatingOneCallAtOnceOpenOneTicket() throws Exception {
        Escalations other = otherReplica();

        List<Boolean> opened = atOnce(() -> tickets.open(draft("call-1", TENANT), this::post).isNew(),
                () -> other.open(draft("call-1", TENANT), this::post).isNew());

        assertThat(opened).containsExactlyInAnyOrder(true, false);
        assertThat(tickets.list(TENANT, null, false, 10)).hasSize(1);
        assertThat(claimAll()).hasSize(1);
    }

    private List<Boolean> atOnce(Callable<Boolean> one, Callable<Boolean> two) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> each : List.of(one, two)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            List<Boolean> done = new ArrayList<>();
            for (Future<Boolean> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<OutgoingMessage> claimAll() {
        return outbox.claimDue(NINE.plus(Duration.ofDays(1)), 100, Duration.ofMinutes(5)).stream()
                .map(Outbox.PendingMessage::message).toList();
    }

    private List<OutgoingMessage> post(Ticket ticket) {
        return List.of(new OutgoingMessage("card:" + ticket.number(),
                OutgoingMessage.Target.conversation(ticket.tenantId(), ticket.channelId()), CARD));
    }

    private static OutgoingMessage update(Ticket ticket) {
        return new OutgoingMessage("v" + ticket.version() + ":" + ticket.number(),
                OutgoingMessage.Target.update(ticket.tenantId(), "card:" + ticket.number()), CARD);
    }

    private static TicketEvent event(Ticket ticket, Step step) {
        return new TicketEvent(ticket.number(), NINE.plusSeconds(10), step, ERIN, null, null);
    }

    private static Ticket draft(String callId, String tenant) {
        return new Ticket(0, tenant, EscalationState.OPEN, 1, CHANNEL, summary(callId), "headset crackles", SAM,
                null, NINE, NINE, null, null);
    }

    private static Ticket.CallSummary summary(String callId) {
        return new Ticket.CallSummary(callId, "cb25c4bf-18bb-370c-8432-ae85023e6242", "Alice Wood",
                "alice@contoso.com", NINE.minusSeconds(3600), "Call", "Poor",
                "Alice Wood's Wi-Fi was unstable during the call");
    }
}
