package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.calltriage.ingest.SubscriptionState;
import com.calltriage.ingest.subscription.CallRecordSubscriptions;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SubscriptionState} of the project must do, the database ones and the fake alike, and what a
 * database must do for ShedLock's locks, which replicas rely on alike. A subclass hands out the state as the
 * migration leaves it before each test; the class lives per subclass so it can keep a database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SubscriptionStateContract {
    private static final Instant EXPIRY = Instant.parse("2026-11-23T07:30:00Z");
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");

    private SubscriptionState state;

    /** A state that knows no subscription and no progress, with no lock held, backed by whatever is tested. */
    protected abstract SubscriptionState freshState() throws Exception;

    /**
     * One more replica's way to run a task once across replicas, locking in the same store as the others; empty
     * when the store has no locks to share. An in-memory fake lives in one process, with no other replica to
     * keep out, so the lock cases are skipped for it (and reported as skipped) rather than run against nothing.
     */
    protected abstract Optional<OnceAcrossReplicas> replica();

    @BeforeEach
    void startFromTheMigratedRow() throws Exception {
        state = freshState();
    }

    @Nested
    class Subscription {

        @Test
        void theMigrationLeavesNothingKnown() {
            assertThat(state.read()).isEqualTo(new SubscriptionState.Snapshot(null, null, false, null, null));
        }

        @Test
        void aSubscriptionIsKeptWithItsExpiry() {
            state.subscribed("sub-1", EXPIRY);

            assertThat(state.read().subscriptionId()).isEqualTo("sub-1");
            assertThat(state.read().expiresAt()).isEqualTo(EXPIRY);
            assertThat(state.read().isLiveAt(EXPIRY.minusMillis(1))).isTrue();
            assertThat(state.read().isLiveAt(EXPIRY)).isFalse();
        }

        @Test
        void aRenewalRequestHoldsUntilTheNextSubscribed() {
            state.subscribed("sub-1", EXPIRY);

            state.requestRenewal("sub-1");
            assertThat(state.read().renewalRequested()).isTrue();
            state.subscribed("sub-1", EXPIRY.plus(Duration.ofDays(1)));

            assertThat(state.read().renewalRequested()).isFalse();
        }

        @Test
        void eventsAboutAnotherSubscriptionChangeNothing() {
            state.subscribed("sub-1", EXPIRY);

            state.requestRenewal("sub-old");
            state.forget("sub-old");

            assertThat(state.read()).isEqualTo(new SubscriptionState.Snapshot("sub-1", EXPIRY, false, null, null));
        }

        @Test
        void aForgottenSubscriptionLeavesNone() {
            state.subscribed("sub-1", EXPIRY);

            state.forget("sub-1");

            assertThat(state.read().subscriptionId()).isNull();
            assertThat(state.read().isLiveAt(NINE)).isFalse();
        }
    }

    @Nested
    class Progress {

        @Test
        void timesOnlyMoveForward() {
            state.notificationHandled(NINE);
            state.notificationHandled(NINE.minusSeconds(60));
            state.backfilledUntil(NINE.minusSeconds(30));
            state.backfilledUntil(NINE.minusSeconds(90));

            assertThat(state.read().lastNotificationAt()).isEqualTo(NINE);
            assertThat(state.read().backfilledUntil()).isEqualTo(NINE.minusSeconds(30));
        }

        @Test
        void theLastKnownGoodTimeIsTheLaterOfTheTwo() {
            assertThat(state.read().lastKnownGood()).isEmpty();

            state.backfilledUntil(NINE);
            assertThat(state.read().lastKnownGood()).contains(NINE);
            state.notificationHandled(NINE.plusSeconds(5));

            assertThat(state.read().lastKnownGood()).contains(NINE.plusSeconds(5));
        }

        @Test
        void progressAndSubscriptionDoNotTouchEachOther() {
            state.notificationHandled(NINE);
            state.subscribed("sub-1", EXPIRY);
            state.forget("sub-1");

            assertThat(state.read().lastNotificationAt()).isEqualTo(NINE);
        }
    }

    @Nested
    class Locks {

        @BeforeEach
        void onlyWhereReplicasShareTheStore() {
            assumeTrue(replica().isPresent(), "this store has no locks shared across replicas");
        }

        @Test
        void aSecondReplicaSkipsWhileTheFirstHoldsTheLockAndRunsOnceItIsFree() throws Exception {
            OnceAcrossReplicas first = replica().orElseThrow();
            OnceAcrossReplicas second = replica().orElseThrow();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Optional<String>> firstRun = CompletableFuture.supplyAsync(() ->
                    first.run("graph-subscription", Duration.ofMinutes(10), Duration.ZERO, () -> {
                        holding.countDown();
                        await(release);
                        return "first";
                    }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            Optional<String> whileHeld = second.run("graph-subscription", Duration.ofMinutes(10), Duration.ZERO,
                    () -> "second");
            release.countDown();

            assertThat(whileHeld).isEmpty();
            assertThat(firstRun.get(10, TimeUnit.SECONDS)).contains("first");
            assertThat(second.run("graph-subscription", Duration.ofMinutes(10), Duration.ZERO, () -> "second"))
                    .contains("second");
        }

        @Test
        void aLockKeptAfterTheTaskSkipsTheNextRunner() {
            OnceAcrossReplicas first = replica().orElseThrow();
            OnceAcrossReplicas second = replica().orElseThrow();

            assertThat(first.run("graph-catch-up", Duration.ofHours(1), Duration.ofMinutes(10), () -> "done"))
                    .contains("done");

            assertThat(second.run("graph-catch-up", Duration.ofHours(1), Duration.ofMinutes(10), () -> "again"))
                    .isEmpty();
            assertThat(second.run("graph-subscription", Duration.ofHours(1), Duration.ZERO, () -> "other lock"))
                    .contains("other lock");
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
