package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * What every {@link NotificationQueue} of the project must do, the database ones and the fake alike. A
 * subclass hands out an empty queue before each test; the class lives per subclass so it can keep a
 * database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotificationQueueContract {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private NotificationQueue queue;

    /** A queue with no entries, backed by whatever this subclass tests. */
    protected abstract NotificationQueue emptyQueue() throws Exception;

    @BeforeEach
    void startWithAnEmptyQueue() throws Exception {
        queue = emptyQueue();
    }

    @Test
    void enqueuedNotificationIsDueAtOnceAndClaimedAsItWasQueued() {
        queue.enqueue(List.of(new QueuedNotification("e523d2ed-2966-4b6b-925b-754a88034cc5", "updated", NINE)));

        List<ClaimedNotification> claimed = queue.claimDue(NINE, 10, LEASE);

        assertThat(claimed).singleElement().satisfies(entry -> {
            assertThat(entry.callRecordId()).isEqualTo("e523d2ed-2966-4b6b-925b-754a88034cc5");
            assertThat(entry.changeType()).isEqualTo("updated");
            assertThat(entry.receivedAt()).isEqualTo(NINE);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).isNull();
        });
    }

    @Test
    void notificationReceivedLaterIsNotDueYet() {
        queue.enqueue(List.of(queued("call-a", NINE.plusSeconds(1))));

        assertThat(queue.claimDue(NINE, 10, LEASE)).isEmpty();
        assertThat(queue.claimDue(NINE.plusSeconds(1), 10, LEASE)).hasSize(1);
    }

    @Test
    void emptyQueueHasNothingToClaimNoDepthAndNoOldestEntry() {
        assertThat(queue.claimDue(NINE, 10, LEASE)).isEmpty();
        assertThat(queue.depth()).isZero();
        assertThat(queue.oldestReceivedAt()).isEmpty();
    }

    @Test
    void claimTakesAtMostTheAskedNumberLongestDueFirst() {
        queue.enqueue(List.of(queued("call-3", NINE.plusSeconds(3)), queued("call-1", NINE.plusSeconds(1))));
        queue.enqueue(List.of(queued("call-2", NINE.plusSeconds(2)), queued("call-4", NINE.plusSeconds(4))));

        assertThat(ids(queue.claimDue(NINE.plusSeconds(10), 3, LEASE))).containsExactly("call-1", "call-2", "call-3");
        assertThat(ids(queue.claimDue(NINE.plusSeconds(10), 3, LEASE))).containsExactly("call-4");
    }

    @Test
    void claimedEntryIsHiddenFromOtherClaimsUntilItsLeaseEnds() {
        queue.enqueue(List.of(queued("call-a", NINE)));
        queue.claimDue(NINE, 10, LEASE);

        assertThat(queue.claimDue(NINE.plus(LEASE).minusMillis(1), 10, LEASE)).isEmpty();
        assertThat(queue.claimDue(NINE.plus(LEASE), 10, LEASE)).singleElement()
                .extracting(ClaimedNotification::attempts).isEqualTo(2);
    }

    @Test
    void completedEntryIsGoneForGood() {
        queue.enqueue(List.of(queued("call-a", NINE), queued("call-b", NINE)));
        ClaimedNotification first = queue.claimDue(NINE, 1, LEASE).get(0);

        queue.complete(first.id());

        assertThat(queue.depth()).isEqualTo(1);
        assertThat(ids(queue.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE))).containsExactly("call-b");
    }

    @Test
    void entryToRetryWaitsForItsNextAttemptAndTellsTheLastError() {
        queue.enqueue(List.of(queued("call-a", NINE)));
        ClaimedNotification claimed = queue.claimDue(NINE, 10, LEASE).get(0);
        Instant next = NINE.plus(Duration.ofMinutes(2));

        queue.retryLater(claimed.id(), "Graph answered 503", next);

        assertThat(queue.claimDue(next.minusMillis(1), 10, LEASE)).isEmpty();
        assertThat(queue.claimDue(next, 10, LEASE)).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.lastError()).isEqualTo("Graph answered 503");
            assertThat(entry.receivedAt()).isEqualTo(NINE);
        });
    }

    @Test
    void retryingAtOnceReleasesTheLeaseAtOnce() {
        queue.enqueue(List.of(queued("call-a", NINE)));
        ClaimedNotification claimed = queue.claimDue(NINE, 10, LEASE).get(0);

        queue.retryLater(claimed.id(), "interrupted", NINE);

        assertThat(queue.claimDue(NINE, 10, LEASE)).hasSize(1);
    }

    @Test
    void overlongErrorIsCutNotRefused() {
        queue.enqueue(List.of(queued("call-a", NINE)));
        ClaimedNotification claimed = queue.claimDue(NINE, 10, LEASE).get(0);

        queue.retryLater(claimed.id(), "x".repeat(5000), NINE);

        assertThat(queue.claimDue(NINE, 10, LEASE).get(0).lastError()).isEqualTo("x".repeat(2000));
    }

    @Test
    void deadLetterIsNeverClaimedAgainAndNoLongerWaits() {
        queue.enqueue(List.of(queued("call-dead", NINE), queued("call-live", NINE.plusSeconds(1))));
        ClaimedNotification dead = queue.claimDue(NINE, 1, LEASE).get(0);

        queue.deadLetter(dead.id(), "no startDateTime", NINE);

        assertThat(queue.claimDue(NINE.plus(Duration.ofDays(1)), 10, LEASE))
                .extracting(ClaimedNotification::callRecordId).containsExactly("call-live");
        assertThat(queue.depth()).isEqualTo(1);
        assertThat(queue.deadLetters()).isEqualTo(1);
        assertThat(queue.oldestReceivedAt()).contains(NINE.plusSeconds(1));
    }

    @Test
    void unknownEntriesAreIgnored() {
        queue.enqueue(List.of(queued("call-a", NINE)));

        queue.complete(987_654L);
        queue.retryLater(987_654L, "no such entry", NINE.plusSeconds(60));

        assertThat(ids(queue.claimDue(NINE, 10, LEASE))).containsExactly("call-a");
    }

    @Test
    void depthCountsWaitingClaimedAndRescheduledEntries() {
        queue.enqueue(List.of(queued("call-a", NINE), queued("call-b", NINE), queued("call-c", NINE)));
        List<ClaimedNotification> claimed = queue.claimDue(NINE, 2, LEASE);
        queue.retryLater(claimed.get(1).id(), "later", NINE.plus(Duration.ofHours(1)));

        assertThat(queue.depth()).isEqualTo(3);
    }

    @Test
    void oldestReceivedAtIsTheEarliestWaitingEntryToTheMillisecond() {
        queue.enqueue(List.of(queued("call-b", NINE.plusSeconds(30)),
                queued("call-a", Instant.parse("2026-11-20T08:59:59.123456789Z"))));

        assertThat(queue.oldestReceivedAt()).contains(Instant.parse("2026-11-20T08:59:59.123Z"));
    }

    @Test
    void sameRecordNotifiedTwiceIsQueuedTwice() {
        queue.enqueue(List.of(queued("call-a", NINE), queued("call-a", NINE.plusSeconds(1))));

        assertThat(ids(queue.claimDue(NINE.plusSeconds(1), 10, LEASE))).containsExactly("call-a", "call-a");
    }

    @Test
    void claimOfFewerThanOneEntryIsRefused() {
        assertThatThrownBy(() -> queue.claimDue(NINE, 0, LEASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void workersClaimingAtTheSameMomentNeverShareAnEntry() throws Exception {
        queue.enqueue(IntStream.range(0, 60).mapToObj(i -> queued("call-" + i, NINE)).toList());
        int workers = 4;
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                results.add(pool.submit(claimUntilEmpty(start)));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(60).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<List<String>> claimUntilEmpty(CyclicBarrier start) {
        return () -> {
            List<String> mine = new ArrayList<>();
            start.await(10, TimeUnit.SECONDS);
            List<ClaimedNotification> batch;
            while (!(batch = queue.claimDue(NINE, 3, LEASE)).isEmpty()) {
                mine.addAll(ids(batch));
            }
            return mine;
        };
    }

    private static QueuedNotification queued(String callRecordId, Instant receivedAt) {
        return new QueuedNotification(callRecordId, "created", receivedAt);
    }

    private static List<String> ids(List<ClaimedNotification> claimed) {
        return claimed.stream().map(ClaimedNotification::callRecordId).toList();
    }
}
