package com.calltriage.ingest.subscription;

import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.SubscriptionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code graphSubscription} under {@code /actuator/health}: whether Graph will keep sending call records. UP
 * while the subscription expires in the future; DOWN when it is missing or expired although a notification URL
 * is configured; UNKNOWN when this server does not subscribe. The details name the subscription, its expiry,
 * the last notification handled, the end of the last complete backfill, and the notification queue's depth and
 * lag (seconds since its oldest notification arrived).
 */
public final class GraphSubscriptionHealthIndicator implements HealthIndicator {
    private final SubscriptionState state;
    private final NotificationQueue queue;
    private final Clock clock;
    private final boolean subscribing;

    /** @param subscribing whether this server keeps a subscription: Graph and a notification URL are configured */
    public GraphSubscriptionHealthIndicator(SubscriptionState state, NotificationQueue queue, Clock clock,
                                            boolean subscribing) {
        this.state = state;
        this.queue = queue;
        this.clock = clock;
        this.subscribing = subscribing;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        SubscriptionState.Snapshot snapshot = state.read();
        Health.Builder health;
        if (!subscribing) {
            health = Health.unknown().withDetail("subscription",
                    "not kept: calltriage.graph.notification-url or the Graph app registration is not set");
        } else if (snapshot.isLiveAt(now)) {
            health = Health.up();
        } else {
            health = Health.down().withDetail("subscription", snapshot.subscriptionId() == null
                    ? "none yet" : "expired");
        }
        if (snapshot.subscriptionId() != null) {
            health.withDetail("subscriptionId", snapshot.subscriptionId())
                    .withDetail("expiresAt", String.valueOf(snapshot.expiresAt()));
        }
        if (snapshot.lastNotificationAt() != null) {
            health.withDetail("lastNotificationAt", snapshot.lastNotificationAt().toString());
        }
        if (snapshot.backfilledUntil() != null) {
            health.withDetail("backfilledUntil", snapshot.backfilledUntil().toString());
        }
        return health.withDetail("queueDepth", queue.depth())
                .withDetail("deadLetters", queue.deadLetters())
                .withDetail("queueLagSeconds", queue.oldestReceivedAt()
                        .map(oldest -> Duration.between(oldest, now).toSeconds()).orElse(0L))
                .build();
    }
}
