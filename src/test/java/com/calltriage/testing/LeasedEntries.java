package com.calltriage.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fakes' counterpart of the database's leased rows, the base of the fake notification queue and outbox: the
 * claim both make (due and free entries that still wait, the longest due first, each claim an attempt), and
 * rescheduling, setting aside and counting, which leave entries that no longer wait as they are. The public methods
 * implement those of the queues' ports that share their names.
 */
abstract class LeasedEntries<E extends LeasedEntry> {
    protected final List<E> entries = new ArrayList<>();
    private long nextId = 1;

    protected long nextId() {
        return nextId++;
    }

    protected synchronized List<E> claim(Instant now, int max, Duration lease) {
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
            e.claimedUntil = LeasedEntry.truncate(now.plus(lease));
            e.attempts++;
        });
        return claimed;
    }

    public synchronized void retryLater(long id, String error, Instant nextAttemptAt) {
        byId(id).ifPresent(e -> e.retryLater(error, nextAttemptAt));
    }

    public synchronized void deadLetter(long id, String error, Instant at) {
        byId(id).ifPresent(e -> e.deadLetter(error, at));
    }

    public synchronized long depth() {
        return entries.stream().filter(LeasedEntry::waits).count();
    }

    public synchronized long deadLetters() {
        return entries.stream().filter(e -> e.deadAt != null).count();
    }

    protected Optional<E> byId(long id) {
        return entries.stream().filter(e -> e.id == id).findFirst();
    }
}
