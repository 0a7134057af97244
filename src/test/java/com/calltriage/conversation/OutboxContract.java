// Long because: every outbox, the databases and the fake, runs this one list of behaviours, no part left out.
package com.calltriage.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.conversation.Outbox.Delivery;
import com.calltriage.conversation.Outbox.PendingMessage;
import com.calltriage.conversation.OutgoingMessage.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Outbox} of the project must do, the database ones and the fake alike. A subclass hands out an
 * empty outbox before each test, and another replica's outbox over the same messages; the class lives per subclass
 * so it can keep a database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OutboxContract {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";
    private static final String CARD = "{\"type\":\"message\",\"attachments\":[{\"contentType\":"
            + "\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"body\":[]}}]}";

    private Outbox outbox;

    /** An outbox with no messages, backed by whatever this subclass tests. */
    protected abstract Outbox emptyOutbox() throws Exception;

    /** Another replica's outbox over the same messages: on a database, through a data source of its own. */
    protected Outbox otherReplica() {
        // Replicas in one process share one fake.
        return outbox;
    }

    @BeforeEach
    void startWithAnEmptyOutbox() throws Exception {
        outbox = emptyOutbox();
    }

    @Test
    void queuedMessageIsDueAtOnceAndClaimedAsItWasQueued() {
        OutgoingMessage message = new OutgoingMessage("private:turn-1",
                Target.personalChat(TENANT, "cb25c4bf-18bb-370c-8432-ae85023e6242"), CARD);

        assertThat(outbox.enqueue(message, NINE)).isTrue();

        assertThat(outbox.claimDue(NINE, 10, LEASE)).singleElement().satisfies(pending -> {
            assertThat(pending.message()).isEqualTo(message);
            assertThat(pending.attempts()).isEqualTo(1);
            assertThat(pending.lastError()).isNull();
        });
    }

    @Test
    void everyKindOfTargetComesBackAsItWasQueued() {
        List<OutgoingMessage> messages = List.of(
                new OutgoingMessage("escalation:E-12:card", Target.conversation(TENANT, "19:abc@thread.tacv2"), CARD),
                new OutgoingMessage("escalation:E-12:resolved", Target.update(TENANT, "escalation:E-12:card"), CARD),
                new OutgoingMessage("summary:maria:2026-11-20", Target.personalChat(TENANT, "ced10d46"), CARD));
        messages.forEach(m -> outbox.enqueue(m, NINE));

        assertThat(outbox.claimDue(NINE, 10, LEASE)).extracting(PendingMessage::message)
                .containsExactlyElementsOf(messages);
    }

    @Test
    void keyQueuedTwiceIsKeptOnceAsFirstQueued() {
        outbox.enqueue(message("private:turn-1", "first"), NINE);

        assertThat(outbox.enqueue(message("private:turn-1", "second"), NINE.plusSeconds(1))).isFalse();

        assertThat(outbox.depth()).isEqualTo(1);
        assertThat(outbox.claimDue(NINE.plusSeconds(5), 10, LEASE)).singleElement()
                .satisfies(pending -> assertThat(pending.message().activityJson()).contains("first"));
    }

    @Test
    void keyOfADeliveredMessageStaysTaken() {
        outbox.enqueue(message("private:turn-1", "first"), NINE);
        deliver(outbox.claimDue(NINE, 1, LEASE).get(0), "a:chat", "1");

        assertThat(outbox.enqueue(message("private:turn-1", "again"), NINE.plusSeconds(60))).isFalse();
        assertThat(outbox.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE)).isEmpty();
    }

    @Test
    void twoThreadsQueuingOneKeyAtOnceKeepOne() throws Exception {
        for (int round = 0; round < 20; round++) {
            String key = "escalation:E-" + round + ":card";
            CyclicBarrier start = new CyclicBarrier(2);
            List<Outbox> replicas = List.of(outbox, otherReplica());
            List<Boolean> queued = inParallel(replicas.stream().<Callable<Boolean>>map(replica -> () -> {
                start.await(10, TimeUnit.SECONDS);
                return replica.enqueue(message(key, "card"), NINE);
            }).toList());
            assertThat(queued).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
        assertThat(outbox.depth()).isEqualTo(20);
    }

    @Test
    void emptyOutboxHasNothingToClaimAndNoDepth() {
        assertThat(outbox.claimDue(NINE, 10, LEASE)).isEmpty();
        assertThat(outbox.depth()).isZero();
        assertThat(outbox.deadLetters()).isZero();
    }

    @Test
    void claimTakesAtMostTheAskedNumberLongestDueFirst() {
        outbox.enqueue(message("m-3", "3"), NINE.plusSeconds(3));
        outbox.enqueue(message("m-1", "1"), NINE.plusSeconds(1));
        outbox.enqueue(message("m-2", "2"), NINE.plusSeconds(2));
        outbox.enqueue(message("m-4", "4"), NINE.plusSeconds(4));

        assertThat(keys(outbox.claimDue(NINE.plusSeconds(10), 3, LEASE))).containsExactly("m-1", "m-2", "m-3");
        assertThat(keys(outbox.claimDue(NINE.plusSeconds(10), 3, LEASE))).containsExactly("m-4");
    }

    @Test
    void claimedMessageIsHiddenFromOtherClaimsUntilItsLeaseEnds() {
        outbox.enqueue(message("m-1", "1"), NINE);
        outbox.claimDue(NINE, 10, LEASE);

        assertThat(otherReplica().claimDue(NINE.plus(LEASE).minusMillis(1), 10, LEASE)).isEmpty();
        assertThat(otherReplica().claimDue(NINE.plus(LEASE), 10, LEASE)).singleElement()
                .extracting(PendingMessage::attempts).isEqualTo(2);
    }

    @Test
    void replicasClaimingAtTheSameMomentNeverShareAMessage() throws Exception {
        IntStream.range(0, 60).forEach(i -> outbox.enqueue(message("m-" + i, "" + i), NINE));
        CyclicBarrier start = new CyclicBarrier(4);
        List<Outbox> replicas = List.of(outbox, otherReplica(), outbox, otherReplica());

        List<List<String>> claimed = inParallel(replicas.stream().<Callable<List<String>>>map(replica -> () -> {
            start.await(10, TimeUnit.SECONDS);
            List<String> mine = new ArrayList<>();
            for (List<PendingMessage> batch = replica.claimDue(NINE, 3, LEASE); !batch.isEmpty();
                 batch = replica.claimDue(NINE, 3, LEASE)) {
                mine.addAll(keys(batch));
            }
            return mine;
        }).toList());

        assertThat(claimed.stream().flatMap(List::stream).toList()).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void deliveredMessageIsNeverClaimedAgainAndTellsWhereItWent() {
        outbox.enqueue(message("m-1", "1"), NINE);
        outbox.enqueue(message("m-2", "2"), NINE.plusSeconds(1));
        PendingMessage first = outbox.claimDue(NINE, 1, LEASE).get(0);

        outbox.delivered(first.id(), "a:personal-chat", "1700000000001", NINE.plusSeconds(2));

        assertThat(outbox.deliveryOf("m-1")).contains(new Delivery("a:personal-chat", "1700000000001",
                NINE.plusSeconds(2)));
        assertThat(outbox.depth()).isEqualTo(1);
        assertThat(keys(outbox.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE))).containsExactly("m-2");
    }

    @Test
    void deliveredIsFinal() {
        outbox.enqueue(message("m-1", "1"), NINE);
        PendingMessage pending = outbox.claimDue(NINE, 1, LEASE).get(0);
        outbox.delivered(pending.id(), "a:personal-chat", "first", NINE);

        outbox.delivered(pending.id(), "a:other-chat", "second", NINE.plusSeconds(1));
        outbox.retryLater(pending.id(), "late failure", NINE);
        outbox.deadLetter(pending.id(), "late failure", NINE);

        assertThat(outbox.deliveryOf("m-1")).contains(new Delivery("a:personal-chat", "first", NINE));
        assertThat(outbox.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE)).isEmpty();
        assertThat(outbox.deadLetters()).isZero();
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void messageNotDeliveredYetOrNeverQueuedHasNoDelivery() {
        outbox.enqueue(message("m-1", "1"), NINE);
        outbox.claimDue(NINE, 1, LEASE);

        assertThat(outbox.deliveryOf("m-1")).isEmpty();
        assertThat(outbox.deliveryOf("never-queued")).isEmpty();
    }

    @Test
    void messageToRetryWaitsForItsNextAttemptAndTellsTheLastError() {
        outbox.enqueue(message("m-1", "1"), NINE);
        PendingMessage pending = outbox.claimDue(NINE, 10, LEASE).get(0);
        Instant next = NINE.plus(Duration.ofSeconds(8));

        outbox.retryLater(pending.id(), "the Bot Connector answered 502", next);

        assertThat(outbox.claimDue(next.minusMillis(1), 10, LEASE)).isEmpty();
        assertThat(outbox.claimDue(next, 10, LEASE)).singleElement().satisfies(again -> {
            assertThat(again.attempts()).isEqualTo(2);
            assertThat(again.lastError()).isEqualTo("the Bot Connector answered 502");
        });
    }

    @Test
    void retryingAtOnceReleasesTheLeaseAtOnce() {
        outbox.enqueue(message("m-1", "1"), NINE);
        PendingMessage pending = outbox.claimDue(NINE, 10, LEASE).get(0);

        outbox.retryLater(pending.id(), "paced", NINE);

        assertThat(otherReplica().claimDue(NINE, 10, LEASE)).hasSize(1);
    }

    @Test
    void overlongErrorIsCutNotRefused() {
        outbox.enqueue(message("m-1", "1"), NINE);
        PendingMessage pending = outbox.claimDue(NINE, 10, LEASE).get(0);

        outbox.retryLater(pending.id(), "x".repeat(5000), NINE);

        assertThat(outbox.claimDue(NINE, 10, LEASE).get(0).lastError()).isEqualTo("x".repeat(2000));
    }

    @Test
    void deadLetterIsNeverClaimedAgainAndNoLongerWaits() {
        outbox.enqueue(message("m-dead", "1"), NINE);
        outbox.enqueue(message("m-live", "2"), NINE.plusSeconds(1));
        PendingMessage dead = outbox.claimDue(NINE, 1, LEASE).get(0);

        outbox.deadLetter(dead.id(), "the Bot Connector answered 403", NINE);
        outbox.retryLater(dead.id(), "too late", NINE);

        assertThat(keys(outbox.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE))).containsExactly("m-live");
        assertThat(outbox.depth()).isEqualTo(1);
        assertThat(outbox.deadLetters()).isEqualTo(1);
        assertThat(outbox.deliveryOf("m-dead")).isEmpty();
    }

    @Test
    void depthCountsWaitingClaimedAndRescheduledMessages() {
        IntStream.range(0, 3).forEach(i -> outbox.enqueue(message("m-" + i, "" + i), NINE));
        List<PendingMessage> claimed = outbox.claimDue(NINE, 2, LEASE);
        outbox.retryLater(claimed.get(1).id(), "later", NINE.plus(Duration.ofHours(1)));

        assertThat(outbox.depth()).isEqualTo(3);
    }

    @Test
    void unknownIdsAreIgnored() {
        outbox.enqueue(message("m-1", "1"), NINE);

        outbox.delivered(987_654L, "a:chat", "1", NINE);
        outbox.retryLater(987_654L, "no such message", NINE.plusSeconds(60));
        outbox.deadLetter(987_654L, "no such message", NINE);

        assertThat(keys(outbox.claimDue(NINE, 10, LEASE))).containsExactly("m-1");
        assertThat(outbox.deadLetters()).isZero();
    }

    @Test
    void claimOfFewerThanOneMessageIsRefused() {
        assertThatThrownBy(() -> outbox.claimDue(NINE, 0, LEASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void messageWithoutWhatItsDeliveryNeedsIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMessage("m-1", Target.personalChat(TENANT, null), CARD),
                NINE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m-1");
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMessage("m-2", Target.update(TENANT, " "), CARD), NINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMessage(" ", Target.conversation(TENANT, "a:1"), CARD),
                NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.enqueue(message("k".repeat(401), "1"), NINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("401");
        assertThat(outbox.depth()).isZero();
    }

    private void deliver(PendingMessage pending, String conversationId, String activityId) {
        outbox.delivered(pending.id(), conversationId, activityId, NINE);
    }

    private static OutgoingMessage message(String key, String text) {
        return new OutgoingMessage(key, Target.conversation(TENANT, "19:helpdesk@thread.tacv2"),
                "{\"type\":\"message\",\"text\":\"" + text + "\"}");
    }

    private static List<String> keys(List<PendingMessage> claimed) {
        return claimed.stream().map(p -> p.message().key()).toList();
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
