package com.calltriage.testing;

import java.time.Instant;

/**
 * An entry of a fake queue that replicas claim under a lease (the notification queue, the outbox), kept in
 * {@link LeasedEntries}. Times are kept to the millisecond, as the database keeps them.
 */
abstract class LeasedEntry {
    private static final int ERROR_LENGTH = 2000;

    final long id;
    int attempts;
    Instant nextAttemptAt;
    Instant claimedUntil;
    Instant deadAt;
    String lastError;

    LeasedEntry(long id, Instant dueAt) {
        this.id = id;
        this.nextAttemptAt = truncate(dueAt);
    }

    /** Whether the entry still waits to be handled; a dead letter does not. */
    boolean waits() {
        return deadAt == null;
    }

    void retryLater(String error, Instant next) {
        if (waits()) {
            nextAttemptAt = truncate(next);
            release(error);
        }
    }

    void deadLetter(String error, Instant at) {
        if (waits()) {
            deadAt = truncate(at);
            release(error);
        }
    }

    /** Ends the claim, keeping why the attempt failed, cut as the database cuts it. */
    void release(String error) {
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        claimedUntil = null;
    }

    static Instant truncate(Instant time) {
        return Instant.ofEpochMilli(time.toEpochMilli());
    }
}
