package com.calltriage.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of change notifications between the webhook and the workers that fetch the records, shared
 * by every replica. Implementations must be safe for concurrent use by several processes: an entry is held
 * by at most one worker at a time.
 */
public interface NotificationQueue {

    /** Adds the notifications, each due at once (at its {@code receivedAt}), in one go. */
    void enqueue(List<QueuedNotification> notifications);

    /**
     * Claims up to {@code max} entries that are due at {@code now} and not held by another worker, the
     * longest due first, and hides them from other claims until {@code now + lease}. Each claim counts as
     * an attempt. An entry whose lease ran out without being completed or rescheduled is due again.
     */
    List<ClaimedNotification> claimDue(Instant now, int max, Duration lease);

    /** Removes the entry: its record is stored, gone, or given up on. Unknown ids are ignored. */
    void complete(long id);

    /**
     * Releases the entry to be claimed again from {@code nextAttemptAt}, keeping why this attempt failed.
     * The error is cut to what the store can keep. Unknown ids are ignored.
     */
    void retryLater(long id, String error, Instant nextAttemptAt);

    /**
     * Sets the entry aside for good: it is never claimed again and no longer counts as waiting, but it is kept, with
     * why its last attempt failed, and counted by {@link #deadLetters()}. Unknown ids are ignored.
     */
    void deadLetter(long id, String error, Instant at);

    /** How many entries wait, due or not, claimed or not; dead letters do not wait. */
    long depth();

    /** How many entries were set aside as dead letters. */
    long deadLetters();

    /** When the oldest waiting entry was received; empty when none waits. */
    Optional<Instant> oldestReceivedAt();
}
