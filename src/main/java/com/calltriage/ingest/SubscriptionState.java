package com.calltriage.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The call records subscription and how far ingestion has got, as every replica sees it. Implementations must
 * be safe for concurrent use by several processes; each method is one atomic change.
 */
public interface SubscriptionState {

    Snapshot read();

    /** The subscription now in use and when it expires; clears a pending renewal request. */
    void subscribed(String subscriptionId, Instant expiresAt);

    /** Forgets the subscription if it is the one in use; a keeper then makes a new one. */
    void forget(String subscriptionId);

    /** Asks the next keeper run to renew the subscription if it is the one in use, whatever its expiry. */
    void requestRenewal(String subscriptionId);

    /** A change notification was handled at this time; an earlier time than the one kept changes nothing. */
    void notificationHandled(Instant at);

    /** A backfill got every record that started before this time; an earlier time changes nothing. */
    void backfilledUntil(Instant until);

    /**
     * @param subscriptionId     null when there is none
     * @param expiresAt          null when there is none
     * @param renewalRequested   Graph asked for reauthorization since the last renewal
     * @param lastNotificationAt null before the first notification
     * @param backfilledUntil    null before the first complete backfill
     */
    record Snapshot(String subscriptionId, Instant expiresAt, boolean renewalRequested, Instant lastNotificationAt,
                    Instant backfilledUntil) {

        /** True when a subscription is kept and expires after {@code now}. */
        public boolean isLiveAt(Instant now) {
            return subscriptionId != null && expiresAt != null && expiresAt.isAfter(now);
        }

        /**
         * The last time ingestion is known to have worked: the later of the last notification handled and the
         * end of the last complete backfill; empty when neither happened yet.
         */
        public Optional<Instant> lastKnownGood() {
            return Stream.of(lastNotificationAt, backfilledUntil).filter(t -> t != null).max(Instant::compareTo);
        }
    }
}
