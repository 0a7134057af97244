package com.calltriage.testing;

import com.calltriage.ingest.ClaimedNotification;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.QueuedNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The notification queue in memory, held to the same contract as the database one. */
public final class FakeNotificationQueue implements NotificationQueue {
    private static final int ERROR_LENGTH = 2000;

    private final List<Entry> entries = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized void enqueue(List<QueuedNotification> notifications) {
        for (QueuedNotification n : notifications) {
            Entry entry = new Entry(nextId++, n.callRecordId(), n.changeType(), truncate(n.receivedAt()));
            entry.nextAttemptAt = entry.receivedAt;
            entries.add(entry);
        }
    }

    @Override
    public synchronized List<ClaimedNotification> claimDue(Instant now, int max, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("A claim takes at least one entry, asked for " + max);
        }
        return entries.stream()
                .filter(e -> e.deadAt == null)
                .filter(e -> !e.nextAttemptAt.isAfter(now))
                .filter(e -> e.claimedUntil == null || !e.claimedUntil.isAfter(now))
                .sorted(Comparator.comparing((Entry e) -> e.nextAttemptAt).thenComparingLong(e -> e.id))
                .limit(max)
                .map(e -> {
                    e.claimedUntil = truncate(now.plus(lease));
                    e.attempts++;
                    return new ClaimedNotification(e.id, e.callRecordId, e.changeType, e.receivedAt, e.attempts,
                            e.lastError);
                })
                .toList();
    }

    @Override
    public synchronized void complete(long id) {
        entries.removeIf(e -> e.id == id);
    }

    @Override
    public synchronized void retryLater(long id, String error, Instant nextAttemptAt) {
        entries.stream().filter(e -> e.id == id).forEach(e -> {
            e.lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
            e.nextAttemptAt = truncate(nextAttemptAt);
            e.claimedUntil = null;
        });
    }

    @Override
    public synchronized void deadLetter(long id, String error, Instant at) {
        entries.stream().filter(e -> e.id == id).forEach(e -> {
            e.lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
            e.deadAt = truncate(at);
            e.claimedUntil = null;
        });
    }

    @Override
    public synchronized long depth() {
        return entries.stream().filter(e -> e.deadAt == null).count();
    }

    @Override
    public synchronized long deadLetters() {
        return entries.stream().filter(e -> e.deadAt != null).count();
    }

    @Override
    public synchronized Optional<Instant> oldestReceivedAt() {
        return entries.stream().filter(e -> e.deadAt == null).map(e -> e.receivedAt).min(Comparator.naturalOrder());
    }

    /** The error kept with the queued notification of this record; null while it has none. */
    public synchronized String lastError(String callRecordId) {
        return entries.stream().filter(e -> e.callRecordId.equals(callRecordId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No notification of " + callRecordId + " is queued"))
                .lastError;
    }

    /** The database keeps milliseconds; so does the fake, so tests see the same times. */
    private static Instant truncate(Instant time) {
        return Instant.ofEpochMilli(time.toEpochMilli());
    }

    private static final class Entry {
        final long id;
        final String callRecordId;
        final String changeType;
        final Instant receivedAt;
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        Instant deadAt;
        String lastError;

        Entry(long id, String callRecordId, String changeType, Instant receivedAt) {
            this.id = id;
            this.callRecordId = callRecordId;
            this.changeType = changeType;
            this.receivedAt = receivedAt;
        }
    }
}
