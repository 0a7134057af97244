package com.calltriage.jobs;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.CallRecordSource;
import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.ingest.ClaimedNotification;
import com.calltriage.ingest.NotificationCounters;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.QueuedNotification;
import com.calltriage.ingest.RecordStoredListener;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.FakeNotificationQueue;
import com.calltriage.testing.FakeSubscriptionState;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class NotificationDrainerTest {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");

    private final TestClock clock = new TestClock(NINE);
    private final FakeCallRecordStore store = new FakeCallRecordStore();
    private final FakeCallRecordSource graph = new FakeCallRecordSource();
    private final FakeSubscriptionState state = new FakeSubscriptionState();

    @Test
    void withoutACallRecordSourceNotificationsStayQueued() {
        FakeNotificationQueue queue = queueOf(3);
        NotificationDrainer drainer = drainer(queue, null);

        drainer.drain();

        assertThat(drainer.isDraining()).isFalse();
        assertThat(queue.depth()).isEqualTo(3);
    }

    @Test
    void oneRoundDrainsFullBatchesUntilTheQueueIsEmpty() {
        FakeNotificationQueue queue = queueOf(25);
        IntStream.range(0, 25).forEach(i -> graph.serve(call("call-" + i).with(alice())));

        drainer(queue, graph).drain();

        assertThat(queue.depth()).isZero();
        assertThat(store.countCalls()).isEqualTo(25);
    }

    @Test
    void aRoundThatHandledNotificationsRemembersWhenForCatchingUpAfterDowntime() {
        FakeNotificationQueue queue = queueOf(1);
        graph.serve(call("call-0").with(alice()));
        NotificationDrainer drainer = drainer(queue, graph);
        clock.advance(Duration.ofMinutes(3));

        drainer.drain();
        clock.advance(Duration.ofMinutes(3));
        drainer.drain();

        assertThat(state.read().lastNotificationAt()).isEqualTo(NINE.plus(Duration.ofMinutes(3)));
    }

    @Test
    void failedRoundLeavesTheQueueToTheNextRound() {
        FakeNotificationQueue entries = queueOf(1);
        graph.serve(call("call-0").with(alice()));
        NotificationQueue unreachableOnce = new FailingOnceQueue(entries);
        NotificationDrainer drainer = drainer(unreachableOnce, graph);

        drainer.drain();
        assertThat(entries.depth()).isEqualTo(1);
        drainer.drain();

        assertThat(entries.depth()).isZero();
        assertThat(store.findById("call-0")).isPresent();
    }

    @Test
    void shutdownWaitsForTheRecordInHandAndHandsTheRestOfTheBatchBack() throws Exception {
        FakeNotificationQueue queue = queueOf(5);
        IntStream.range(0, 5).forEach(i -> graph.serve(call("call-" + i).with(alice())));
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch fetchMayEnd = new CountDownLatch(1);
        NotificationDrainer drainer = drainer(queue, id -> {
            fetching.countDown();
            await(fetchMayEnd);
            return graph.fetch(id);
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> round = threads.submit((Runnable) drainer::drain);
            await(fetching);
            Future<?> shutdown = threads.submit((Runnable) drainer::stop);
            assertThatThrownBy(() -> shutdown.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            fetchMayEnd.countDown();
            shutdown.get(10, TimeUnit.SECONDS);
            round.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(store.countCalls()).isEqualTo(1);
        assertThat(queue.claimDue(clock.instant(), 10, Duration.ofMinutes(5))).hasSize(4);
        drainer.drain();
        assertThat(store.countCalls()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private NotificationDrainer drainer(NotificationQueue queue, CallRecordSource source) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (source != null) {
            beans.addBean("callRecordSource", source);
        }
        return new NotificationDrainer(beans.getBeanProvider(CallRecordSource.class), queue,
                new CallRecordImporter(store), beans.getBeanProvider(RecordStoredListener.class),
                new NotificationCounters(), state, GraphRequestBudgets.inMemory(clock, nanos -> { }), clock, 10,
                Duration.ofMinutes(5));
    }

    private FakeNotificationQueue queueOf(int count) {
        FakeNotificationQueue queue = new FakeNotificationQueue();
        queue.enqueue(IntStream.range(0, count)
                .mapToObj(i -> new QueuedNotification("call-" + i, "created", NINE)).toList());
        return queue;
    }

    /** A queue whose database is unreachable for the first claim, as during a failover. */
    private static final class FailingOnceQueue implements NotificationQueue {
        private final NotificationQueue queue;
        private boolean failed;

        FailingOnceQueue(NotificationQueue queue) {
            this.queue = queue;
        }

        @Override
        public List<ClaimedNotification> claimDue(Instant now, int max, Duration lease) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("connection refused");
            }
            return queue.claimDue(now, max, lease);
        }

        @Override
        public void enqueue(List<QueuedNotification> notifications) {
            queue.enqueue(notifications);
        }

        @Override
        public void complete(long id) {
            queue.complete(id);
        }

        @Override
        public void retryLater(long id, String error, Instant nextAttemptAt) {
            queue.retryLater(id, error, nextAttemptAt);
        }

        @Override
        public void deadLetter(long id, String error, Instant at) {
            queue.deadLetter(id, error, at);
        }

        @Override
        public long depth() {
            return queue.depth();
        }

        @Override
        public long deadLetters() {
            return queue.deadLetters();
        }

        @Override
        public Optional<Instant> oldestReceivedAt() {
            return queue.oldestReceivedAt();
        }
    }
}
