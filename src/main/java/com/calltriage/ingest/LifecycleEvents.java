package com.calltriage.ingest;

/**
 * What to do when Graph signals trouble with the call records subscription (lifecycle notifications).
 * Implemented by subscription management; the webhook answers Graph at once, so implementations should hand
 * slow work (renewing, backfilling) to a background task.
 */
public interface LifecycleEvents {

    /** The subscription needs reauthorizing soon, or Graph stops sending notifications. */
    void reauthorizationRequired(String subscriptionId);

    /** Graph removed the subscription: create it again and backfill what arrived meanwhile. */
    void subscriptionRemoved(String subscriptionId);

    /** Graph could not deliver some notifications: backfill the records they were about. */
    void missed(String subscriptionId);
}
