// Long because: every store and queue, the databases and the fakes, runs this one list of behaviours, no part left out.
package com.calltriage.ingest;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.calltriage.testing.GraphUser.carol;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The notification worker against a store and a queue, the database ones or the fakes, with Graph played by a
 * {@link FakeCallRecordSource}. A subclass hands out replicas' stores and queues over what it keeps, empty at
 * the start of each test; the class lives per subclass so it can keep a database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotificationWorkerContract {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private TestClock clock;
    private FakeCallRecordSource graph;
    private List<String> told;
    private Map<String, Set<String>> toldUsers;
    private CallRecordStore store;
    private NotificationQueue queue;
    private NotificationCounters counters;

    /** Empties the records and the queue that this class's stores and queues keep. */
    protected abstract void startEmpty() throws Exception;

    /** One replica's call record store; every replica's keeps the same records. */
    protected abstract CallRecordStore store(Clock clock);

    /** One replica's notification queue; every replica's holds the same entries. */
    protected abstract NotificationQueue queue();

    /** The error kept with the queued notification of this record. */
    protected abstract String lastErrorOf(String callRecordId);

    @BeforeEach
    void startWithEmptyTablesAndAQuietGraph() throws Exception {
        clock = new TestClock(NINE);
        graph = new FakeCallRecordSource();
        told = new ArrayList<>();
        toldUsers = new HashMap<>();
        startEmpty();
        store = store(clock);
        queue = queue();
        counters = new NotificationCounters();
    }

    @Nested
    class Storing {

        @Test
        void notificationBringsTheWholeRecordIntoTheStore() {
            graph.serve(call("call-a").version(2).with(alice(), bob()));
            graphNotifies("call-a");

            assertThat(worker(10).drainOnce()).isEqualTo(1);

            assertThat(store.findById("call-a")).contains(call("call-a").version(2).with(alice(), bob()).record());
            assertThat(queue.depth()).isZero();
            assertThat(toldUsers).containsExactly(Map.entry("call-a", Set.of(alice().id(), bob().id())));
            assertThat(counters.fetched()).isEqualTo(1);
            assertThat(counters.stored()).isEqualTo(1);
        }

        @Test
        void repeatedNotificationChangesNothingAndTellsNoOneAgain() {
            graph.serve(call("call-a").version(2).with(alice()));
            graphNotifies("call-a", "call-a");
            NotificationWorker worker = worker(10);

            assertThat(worker.drainOnce()).isEqualTo(2);
            graphNotifies("call-a");
            worker.drainOnce();

            assertThat(versionOf("call-a")).isEqualTo(2);
            assertThat(told).containsExactly("call-a");
            assertThat(store.countCalls()).isEqualTo(1);
        }

        @Test
        void olderVersionArrivingAfterANewerOneLeavesTheNewest() {
            graph.serve(call("call-a").version(3).with(alice(), carol()));
            graphNotifies("call-a");
            worker(10).drainOnce();

            graph.serve(call("call-a").version(2).with(alice(), bob()));
            graphNotifies("call-a");
            worker(10).drainOnce();

            assertThat(versionOf("call-a")).isEqualTo(3);
            assertThat(toldUsers.get("call-a")).containsExactlyInAnyOrder(alice().id(), carol().id());
            assertThat(told).hasSize(1);
            assertThat(queue.depth()).isZero();
        }

        @Test
        void eachFetchSpendsOneRequestFromTheFetchingBudgetThatBackfillSharesToo() {
            serveAndNotify(3);
            RecordedWaits waits = new RecordedWaits(clock);
            RequestBudget fetching = new RequestBudget(2, Duration.ofSeconds(1), clock, waits);
            NotificationWorker worker = new NotificationWorker(queue, graph, new CallRecordImporter(store),
                    RecordStoredListener.NONE, counters, clock, 10, LEASE, fetching);

            assertThat(worker.drainOnce()).isEqualTo(3);

            assertThat(store.countCalls()).isEqualTo(3);
            assertThat(waits.waits()).containsExactly(Duration.ofMillis(500));
        }

        @Test
        void newerVersionReplacesTheStoredOneAndNamesItsUsers() {
            graph.serve(call("call-a").version(1).with(alice(), bob()));
            graphNotifies("call-a");
            worker(10).drainOnce();

            graph.serve(call("call-a").version(2).with(alice(), carol()).withPhone("+14255550123"));
            graphNotifies("call-a");
            worker(10).drainOnce();

            assertThat(versionOf("call-a")).isEqualTo(2);
            assertThat(told).containsExactly("call-a", "call-a");
            assertThat(toldUsers.get("call-a")).containsExactlyInAnyOrder(alice().id(), carol().id());
        }

        @Test
        void recordGraphNoLongerHasIsDroppedWithoutRetrying() {
            graphNotifies("call-gone");

            worker(10).drainOnce();
            clock.advance(Duration.ofHours(2));
            worker(10).drainOnce();

            assertThat(graph.fetched()).containsExactly("call-gone");
            assertThat(queue.depth()).isZero();
            assertThat(counters.gone()).isEqualTo(1);
        }

        @Test
        void listenerThatFailsDoesNotCostTheRecord() {
            graph.serve(call("call-a").with(alice()));
            graphNotifies("call-a");
            NotificationWorker worker = new NotificationWorker(queue, graph, new CallRecordImporter(store),
                    (id, users) -> {
                        throw new IllegalStateException("cache unavailable");
                    }, counters, clock, 10, LEASE);

            worker.drainOnce();

            assertThat(store.findById("call-a")).isPresent();
            assertThat(queue.depth()).isZero();
        }

        @Test
        void oneDrainTakesAtMostABatch() {
            IntStream.range(0, 5).forEach(i -> graph.serve(call("call-" + i).with(alice())));
            graphNotifies("call-0", "call-1", "call-2", "call-3", "call-4");
            NotificationWorker worker = worker(3);

            assertThat(List.of(worker.drainOnce(), worker.drainOnce(), worker.drainOnce())).containsExactly(3, 2, 0);
            assertThat(store.countCalls()).isEqualTo(5);
        }
    }

    @Nested
    class Failures {

        @Test
        void failedFetchIsTriedAgainAfterOneMinuteThenTwoAndThenSucceeds() {
            graph.serve(call("call-a").with(alice())).failing("call-a", 2);
            graphNotifies("call-a");
            NotificationWorker worker = worker(10);

            assertThat(worker.drainOnce()).isEqualTo(1);
            assertThat(worker.drainOnce()).isZero();
            clock.advance(Duration.ofSeconds(59));
            assertThat(worker.drainOnce()).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(worker.drainOnce()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(2).minusMillis(1));
            assertThat(worker.drainOnce()).isZero();
            assertThat(store.findById("call-a")).isEmpty();
            clock.advance(Duration.ofMillis(1));
            assertThat(worker.drainOnce()).isEqualTo(1);

            assertThat(store.findById("call-a")).isPresent();
            assertThat(queue.depth()).isZero();
            assertThat(graph.fetched()).hasSize(3);
            assertThat(counters.failures()).isEqualTo(2);
        }

        @Test
        void notificationIsGivenUpOnAfterTwentyFailedAttempts() {
            graph.serve(call("call-a").with(alice())).failingAlways("call-a");
            graphNotifies("call-a");
            NotificationWorker worker = worker(10);

            for (int hour = 0; hour < 19; hour++) {
                worker.drainOnce();
                clock.advance(Duration.ofHours(1));
            }
            assertThat(queue.depth()).isEqualTo(1);
            worker.drainOnce();

            assertThat(queue.depth()).isZero();
            clock.advance(Duration.ofDays(1));
            assertThat(worker.drainOnce()).isZero();
            assertThat(graph.fetched()).hasSize(20);
            assertThat(counters.dropped()).isEqualTo(1);
            assertThat(queue.deadLetters()).isEqualTo(1);
            assertThat(store.findById("call-a")).isEmpty();
        }

        @Test
        void documentThatIsNotYetACallRecordIsTriedAgainWithTheReasonKept() throws Exception {
            graph.serve("call-a", new ObjectMapper().readTree(call("call-a").with(alice()).without("startDateTime")
                    .json()));
            graphNotifies("call-a");

            worker(10).drainOnce();

            assertThat(lastErrorOf("call-a")).contains("no startDateTime");
            graph.serve(call("call-a").with(alice()));
            clock.advance(Duration.ofMinutes(1));
            worker(10).drainOnce();
            assertThat(store.findById("call-a")).isPresent();
        }

        @Test
        void sourceThatThrowsUnexpectedlyDoesNotStallTheRestOfTheBatch() {
            graph.serve(call("call-b").with(bob()));
            graphNotifies("call-a", "call-b");
            CallRecordSource broken = id -> id.equals("call-a") ? failUnexpectedly() : graph.fetch(id);
            NotificationWorker worker = new NotificationWorker(queue, broken, new CallRecordImporter(store),
                    RecordStoredListener.NONE, counters, clock, 10, LEASE);

            assertThat(worker.drainOnce()).isEqualTo(2);

            assertThat(store.findById("call-b")).isPresent();
            assertThat(queue.depth()).isEqualTo(1);
        }

        private Optional<JsonNode> failUnexpectedly() {
            throw new IllegalStateException("unexpected answer");
        }
    }

    @Nested
    class Restarts {

        @Test
        void workerStoppedAfterABatchLeavesTheRestToTheNextWorker() {
            List<String> ids = serveAndNotify(10);
            assertThat(worker(3).drainOnce()).isEqualTo(3);

            NotificationWorker next = worker(3);
            while (next.drainOnce() > 0) {
                // until the queue is empty
            }

            assertThat(store.countCalls()).isEqualTo(10);
            ids.forEach(id -> assertThat(store.findById(id)).isPresent());
            assertThat(graph.fetched()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(queue.depth()).isZero();
        }

        @Test
        void entriesOfAWorkerThatDiedMidBatchAreTakenUpOnceTheirLeaseEnds() {
            List<String> ids = serveAndNotify(4);
            queue.claimDue(clock.instant(), 3, LEASE);

            NotificationWorker next = worker(10);
            assertThat(next.drainOnce()).isEqualTo(1);
            clock.advance(LEASE);
            assertThat(next.drainOnce()).isEqualTo(3);

            ids.forEach(id -> assertThat(store.findById(id)).isPresent());
            assertThat(queue.depth()).isZero();
        }

        @Test
        void aWorkerStoppedMidBatchFinishesItsRecordAndHandsTheRestToAnotherAtOnce() throws IOException {
            List<String> ids = serveAndNotify(4);
            List<NotificationWorker> stopping = new ArrayList<>();
            NotificationWorker shuttingDown = new NotificationWorker(queue, id -> {
                stopping.get(0).stop();
                return graph.fetch(id);
            }, new CallRecordImporter(store), RecordStoredListener.NONE, counters, clock, 10, LEASE);
            stopping.add(shuttingDown);

            assertThat(shuttingDown.drainOnce()).isZero();
            assertThat(shuttingDown.drainOnce()).isZero();
            assertThat(store.countCalls()).isEqualTo(1);
            assertThat(worker(10).drainOnce()).isEqualTo(3);

            ids.forEach(id -> assertThat(store.findById(id)).isPresent());
            assertThat(graph.fetched()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(queue.depth()).isZero();
        }

        @Test
        void twoWorkersOnOneDatabaseNeverFetchTheSameRecordTwice() throws Exception {
            List<String> ids = serveAndNotify(40);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> handled = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    NotificationWorker worker = new NotificationWorker(queue(), graph,
                            new CallRecordImporter(store(clock)), RecordStoredListener.NONE, counters, clock, 3, LEASE);
                    handled.add(pool.submit(() -> drainUntilEmpty(worker, start)));
                }
                assertThat(handled.get(0).get(60, TimeUnit.SECONDS) + handled.get(1).get(60, TimeUnit.SECONDS))
                        .isEqualTo(40);
            } finally {
                pool.shutdownNow();
            }

            assertThat(graph.fetched().stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()))).hasSize(40).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            assertThat(store.countCalls()).isEqualTo(40);
            assertThat(ids).allSatisfy(id -> assertThat(store.findById(id)).isPresent());
        }

        private int drainUntilEmpty(NotificationWorker worker, CyclicBarrier start) throws Exception {
            start.await(10, TimeUnit.SECONDS);
            int total = 0;
            for (int n = worker.drainOnce(); n > 0; n = worker.drainOnce()) {
                total += n;
            }
            return total;
        }
    }

    private NotificationWorker worker(int batchSize) {
        return new NotificationWorker(queue, graph, new CallRecordImporter(store), (id, users) -> {
            told.add(id);
            toldUsers.put(id, users);
        }, counters, clock, batchSize, LEASE);
    }

    private void graphNotifies(String... callRecordIds) {
        queue.enqueue(Arrays.stream(callRecordIds)
                .map(id -> new QueuedNotification(id, "updated", clock.instant())).toList());
    }

    private List<String> serveAndNotify(int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> "call-" + i).toList();
        ids.forEach(id -> graph.serve(call(id).with(alice(), bob())));
        graphNotifies(ids.toArray(String[]::new));
        return ids;
    }

    private long versionOf(String callRecordId) {
        return store.findById(callRecordId).map(CallRecord::version).orElseThrow();
    }
}
