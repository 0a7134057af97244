package com.calltriage.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An entry of a fake queue that replicas claim under a lease (the notification queue, the outbox), and the claim
 * both fakes make, as the database's do: due and free entries that still wait, the longest due first, each claim an
 * attempt. Times are kept to the millisecond, as the database keeps them.
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

    static <E extends LeasedEntry> List<E> claim(List<E> entries, Instant now, int max, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("A claim takes at least one entry, asked for " + max);
        }
        List<E> claimed = entries.stream()
                .filter(LeasedEntry::waits)
                .filter(e -> !e.nextAttemptAt.isAfter(now))
                .filter(e -> e.claimedUntil == null || !e.claimedUntil.isAfter(now))
                .sorted(Comparator.comparing((E e) -> e.nextAttemptAt).thenComparingLong(e -> e.id))
                .limit(max)
                .toList();
        claimed.forEach(e -> {
            e.claimedUntil = truncate(now.plus(lease));
            e.attempts++;
        });
        return claimed;
    }

    static long waiting(List<? extends LeasedEntry> entries) {
        return entries.stream().filter(LeasedEntry::waits).count();
    }

    static long dead(List<? extends LeasedEntry> entries) {
        return entries.stream().filter(e -> e.deadAt != null).count();
    }

    static Instant truncate(Instant time) {
        return Instant.ofEpochMilli(time.toEpochMilli());
    }
}
