package com.calltriage.testing;

import com.calltriage.ingest.SubscriptionState;
import java.time.Instant;
import java.util.Objects;

/** The shared subscription state in memory, as the JDBC one keeps it. */
public final class FakeSubscriptionState implements SubscriptionState {
    private Snapshot snapshot = new Snapshot(null, null, false, null, null);

    @Override
    public synchronized Snapshot read() {
        return snapshot;
    }

    @Override
    public synchronized void subscribed(String subscriptionId, Instant expiresAt) {
        snapshot = new Snapshot(subscriptionId, expiresAt, false, snapshot.lastNotificationAt(),
                snapshot.backfilledUntil());
    }

    @Override
    public synchronized void forget(String subscriptionId) {
        if (Objects.equals(snapshot.subscriptionId(), subscriptionId)) {
            snapshot = new Snapshot(null, null, false, snapshot.lastNotificationAt(), snapshot.backfilledUntil());
        }
    }

    @Override
    public synchronized void requestRenewal(String subscriptionId) {
        if (Objects.equals(snapshot.subscriptionId(), subscriptionId)) {
            snapshot = new Snapshot(snapshot.subscriptionId(), snapshot.expiresAt(), true,
                    snapshot.lastNotificationAt(), snapshot.backfilledUntil());
        }
    }

    @Override
    public synchronized void notificationHandled(Instant at) {
        if (snapshot.lastNotificationAt() == null || snapshot.lastNotificationAt().isBefore(at)) {
            snapshot = new Snapshot(snapshot.subscriptionId(), snapshot.expiresAt(), snapshot.renewalRequested(), at,
                    snapshot.backfilledUntil());
        }
    }

    @Override
    public synchronized void backfilledUntil(Instant until) {
        if (snapshot.backfilledUntil() == null || snapshot.backfilledUntil().isBefore(until)) {
            snapshot = new Snapshot(snapshot.subscriptionId(), snapshot.expiresAt(), snapshot.renewalRequested(),
                    snapshot.lastNotificationAt(), until);
        }
    }
}
