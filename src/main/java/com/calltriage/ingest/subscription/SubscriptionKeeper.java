package com.calltriage.ingest.subscription;

import com.calltriage.ingest.LifecycleEvents;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one call records subscription alive for all replicas. Each {@link #keep()} runs on one replica at a
 * time and, from the {@link SubscriptionState} they share: adopts a live subscription of ours that Graph still
 * lists (same resource and notification URL) or creates one when there is none; renews the current one when
 * less than {@link #RENEWAL_MARGIN} is left or Graph asked for reauthorization; and creates a new one when
 * renewal answers that Graph no longer has it, or fails.
 *
 * <p>Lifecycle notifications change the shared state at once and hand the slow part to the background executor:
 * {@code reauthorizationRequired} renews, {@code subscriptionRemoved} creates a new subscription and then catches
 * up, {@code missed} catches up. Events about a subscription that is not the current one change nothing, except
 * {@code missed}, since missed records are missed whichever subscription lost them.
 *
 * <p>Nothing here throws: Graph being down is logged, and the next {@code keep()} tries again.
 */
public final class SubscriptionKeeper implements LifecycleEvents {
    /**
     * What creating and renewing ask for: Graph's maximum, less half an hour, so a clock running ahead of
     * Graph's does not make the request exceed it.
     */
    public static final Duration LIFETIME = CallRecordSubscriptions.MAX_LIFETIME.minus(Duration.ofMinutes(30));
    /** Renewal starts when less than a third of the lifetime is left: a day of tries before it lapses. */
    public static final Duration RENEWAL_MARGIN = LIFETIME.dividedBy(3);
    static final String LOCK = "graph-subscription";
    // Creating waits for Graph to validate both webhooks, with retries; far less than this.
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionKeeper.class);

    private final CallRecordSubscriptions subscriptions;
    private final SubscriptionState state;
    private final OnceAcrossReplicas once;
    private final NotificationUrls urls;
    private final String clientState;
    private final CatchUp catchUp;
    private final Executor background;
    private final Clock clock;
    private final LongAdder created = new LongAdder();
    private final LongAdder renewed = new LongAdder();
    private final LongAdder failures = new LongAdder();

    /**
     * @param clientState the secret our webhooks check; Graph echoes it in every notification
     * @param background  runs what lifecycle events start, so the webhook answers Graph at once
     * @throws IllegalArgumentException when the client state is blank: every notification would be refused
     */
    public SubscriptionKeeper(CallRecordSubscriptions subscriptions, SubscriptionState state, OnceAcrossReplicas once,
                              NotificationUrls urls, String clientState, CatchUp catchUp, Executor background,
                              Clock clock) {
        if (clientState == null || clientState.isBlank()) {
            throw new IllegalArgumentException("A subscription needs a client state, or our webhook refuses every "
                    + "notification: set calltriage.graph.client-state");
        }
        this.subscriptions = subscriptions;
        this.state = state;
        this.once = once;
        this.urls = urls;
        this.clientState = clientState;
        this.catchUp = catchUp;
        this.background = background;
        this.clock = clock;
    }

    /**
     * Makes sure a live subscription exists and will not lapse soon, unless another replica is doing so.
     *
     * @return false when another replica held the lock and this one did nothing
     */
    public boolean keep() {
        return once.run(LOCK, LOCK_AT_MOST, Duration.ZERO, () -> {
            try {
                keepLocked();
            } catch (IOException | RuntimeException e) {
                failures.increment();
                LOG.warn("Keeping the call records subscription failed; trying again next time: {}", e.toString());
            }
            return Boolean.TRUE;
        }).isPresent();
    }

    @Override
    public void reauthorizationRequired(String subscriptionId) {
        if (isCurrent(subscriptionId)) {
            state.requestRenewal(subscriptionId);
            background.execute(this::keep);
        }
    }

    @Override
    public void subscriptionRemoved(String subscriptionId) {
        if (isCurrent(subscriptionId)) {
            state.forget(subscriptionId);
            background.execute(() -> {
                keep();
                catchUp.run(CatchUp.Reason.SUBSCRIPTION_REMOVED);
            });
        }
    }

    @Override
    public void missed(String subscriptionId) {
        background.execute(() -> catchUp.run(CatchUp.Reason.MISSED_NOTIFICATIONS));
    }

    /** Subscriptions created since start-up. */
    public long created() {
        return created.sum();
    }

    /** Renewals since start-up. */
    public long renewed() {
        return renewed.sum();
    }

    /** Runs that ended with Graph failing or refusing, since start-up. */
    public long failures() {
        return failures.sum();
    }

    private boolean isCurrent(String subscriptionId) {
        String current = state.read().subscriptionId();
        if (!Objects.equals(current, subscriptionId)) {
            LOG.info("Graph's lifecycle event names subscription {}, not the current one ({}); nothing to do",
                    subscriptionId, current);
            return false;
        }
        return true;
    }

    private void keepLocked() throws IOException {
        Instant now = clock.instant();
        SubscriptionState.Snapshot current = state.read();
        if (!current.isLiveAt(now)) {
            Optional<Subscription> adopted = adoptOurs(now);
            if (adopted.isEmpty()) {
                create(now);
                return;
            }
            current = state.read();
        }
        Duration left = Duration.between(now, current.expiresAt());
        if (current.renewalRequested() || left.compareTo(RENEWAL_MARGIN) < 0) {
            renew(current.subscriptionId(), now);
        }
    }

    /** A live subscription of ours that Graph lists, after the state lost it; the others of ours are deleted. */
    private Optional<Subscription> adoptOurs(Instant now) throws IOException {
        List<Subscription> ours = subscriptions.list().stream()
                .filter(s -> isCallRecords(s.resource()) && urls.notifications().equals(s.notificationUrl()))
                .filter(s -> s.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(Subscription::expiresAt).reversed())
                .toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        Subscription kept = ours.get(0);
        state.subscribed(kept.id(), kept.expiresAt());
        LOG.info("Using call records subscription {}, which Graph lists until {}", kept.id(), kept.expiresAt());
        ours.stream().skip(1).forEach(extra -> deleteQuietly(extra.id()));
        return Optional.of(kept);
    }

    private void create(Instant now) throws IOException {
        Subscription made = subscriptions.create(new CallRecordSubscriptions.NewSubscription(urls.notifications(),
                urls.lifecycle(), clientState, now.plus(LIFETIME)));
        state.subscribed(made.id(), made.expiresAt());
        created.increment();
        LOG.info("Created call records subscription {} until {}, notifying {}", made.id(), made.expiresAt(),
                urls.notifications());
    }

    private void renew(String subscriptionId, Instant now) throws IOException {
        Optional<Subscription> renewal;
        try {
            renewal = subscriptions.renew(subscriptionId, now.plus(LIFETIME));
        } catch (IOException e) {
            failures.increment();
            LOG.warn("Renewing call records subscription {} failed ({}); replacing it", subscriptionId, e.toString());
            deleteQuietly(subscriptionId);
            create(now);
            return;
        }
        if (renewal.isEmpty()) {
            LOG.warn("Graph no longer has call records subscription {}; creating a new one", subscriptionId);
            create(now);
            return;
        }
        state.subscribed(subscriptionId, renewal.get().expiresAt());
        renewed.increment();
        LOG.info("Renewed call records subscription {} until {}", subscriptionId, renewal.get().expiresAt());
    }

    /** A duplicate or a failing subscription goes; if Graph will not delete it now, it lapses on its own. */
    private void deleteQuietly(String subscriptionId) {
        try {
            subscriptions.delete(subscriptionId);
            LOG.info("Deleted call records subscription {}", subscriptionId);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete call records subscription {}; it lapses on its own: {}", subscriptionId,
                    e.toString());
        }
    }

    /** Graph may write the resource with or without its leading slash, in any case. */
    private static boolean isCallRecords(String resource) {
        if (resource == null) {
            return false;
        }
        String normalized = resource.startsWith("/") ? resource : "/" + resource;
        return normalized.toLowerCase(Locale.ROOT).equals(CallRecordSubscriptions.RESOURCE.toLowerCase(Locale.ROOT));
    }
}
