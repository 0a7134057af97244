package com.calltriage.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.QueuedNotification;
import com.calltriage.testing.FakeNotificationQueue;
import com.calltriage.testing.FakeSubscriptionState;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What operators read under graphSubscription: whether Graph will keep sending, and how far behind the queue is. */
class GraphSubscriptionHealthIndicatorTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final TestClock clock = new TestClock(NOW);
    private final FakeSubscriptionState state = new FakeSubscriptionState();
    private final FakeNotificationQueue queue = new FakeNotificationQueue();

    @Test
    void aSubscriptionThatExpiresLaterIsUpWithItsIdExpiryAndTheQueue() {
        state.subscribed("sub-1", NOW.plus(Duration.ofDays(2)));
        queue.enqueue(List.of(new QueuedNotification("call-1", "created", NOW.minusSeconds(90)),
                new QueuedNotification("call-2", "updated", NOW.minusSeconds(10))));

        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("subscriptionId", "sub-1")
                .containsEntry("expiresAt", "2026-11-22T09:00:00Z")
                .containsEntry("queueDepth", 2L)
                .containsEntry("queueLagSeconds", 90L);
    }

    @Test
    void aNotificationSetAsideAsADeadLetterShowsInTheDetails() {
        queue.enqueue(List.of(new QueuedNotification("call-1", "created", NOW.minusSeconds(5))));
        queue.deadLetter(queue.claimDue(NOW, 1, Duration.ofMinutes(1)).get(0).id(), "no startDateTime", NOW);

        Health health = indicator(false).health();

        assertThat(health.getDetails()).containsEntry("deadLetters", 1L).containsEntry("queueDepth", 0L);
    }

    @Test
    void noSubscriptionYetIsDownWhenOneShouldBeKept() {
        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("subscription", "none yet").containsEntry("queueDepth", 0L)
                .containsEntry("queueLagSeconds", 0L);
    }

    @Test
    void anExpiredSubscriptionIsDown() {
        state.subscribed("sub-1", NOW);

        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("subscription", "expired").containsEntry("subscriptionId", "sub-1");
    }

    @Test
    void aServerThatDoesNotSubscribeIsUnknownButStillShowsTheQueue() {
        queue.enqueue(List.of(new QueuedNotification("call-1", "created", NOW.minusSeconds(5))));

        Health health = indicator(false).health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("queueDepth", 1L);
    }

    @Test
    void theLastNotificationAndBackfillAreShownOnceKnown() {
        state.subscribed("sub-1", NOW.plus(Duration.ofDays(2)));
        state.notificationHandled(NOW.minusSeconds(30));
        state.backfilledUntil(NOW.minus(Duration.ofHours(1)));

        assertThat(indicator(true).health().getDetails())
                .containsEntry("lastNotificationAt", "2026-11-20T08:59:30Z")
                .containsEntry("backfilledUntil", "2026-11-20T08:00:00Z");
    }

    private GraphSubscriptionHealthIndicator indicator(boolean subscribing) {
        return new GraphSubscriptionHealthIndicator(state, queue, clock, subscribing);
    }
}
