package com.calltriage.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of the notification path since start-up, for metrics: what Graph sent, what we refused,
 * and what became of the records. Safe for concurrent use.
 */
public final class NotificationCounters {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong gone = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    void countReceived(int count) {
        received.addAndGet(count);
    }

    void countRefused(int count) {
        refused.addAndGet(count);
    }

    void countFetched() {
        fetched.incrementAndGet();
    }

    void countStored() {
        stored.incrementAndGet();
    }

    void countGone() {
        gone.incrementAndGet();
    }

    void countFailure() {
        failures.incrementAndGet();
    }

    void countDropped() {
        dropped.incrementAndGet();
    }

    /** Notifications Graph posted, accepted or not. */
    public long received() {
        return received.get();
    }

    /** Notifications refused for a client state that was missing or wrong. */
    public long refused() {
        return refused.get();
    }

    /** Records fetched whole from Graph. */
    public long fetched() {
        return fetched.get();
    }

    /** Records that were new or newer than the stored version. */
    public long stored() {
        return stored.get();
    }

    /** Notifications whose record Graph no longer had. */
    public long gone() {
        return gone.get();
    }

    /** Attempts that failed to fetch or store a record; each is retried later or given up on. */
    public long failures() {
        return failures.get();
    }

    /** Notifications given up on after too many failed attempts. */
    public long dropped() {
        return dropped.get();
    }
}
