package com.calltriage.testing;

import com.calltriage.ingest.ClaimedNotification;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.QueuedNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The notification queue in memory, held to the same contract as the database one. */
public final class FakeNotificationQueue extends LeasedEntries<FakeNotificationQueue.Entry>
        implements NotificationQueue {

    @Override
    public synchronized void enqueue(List<QueuedNotification> notifications) {
        for (QueuedNotification n : notifications) {
            entries.add(new Entry(nextId(), n.callRecordId(), n.changeType(), n.receivedAt()));
        }
    }

    @Override
    public synchronized List<ClaimedNotification> claimDue(Instant now, int max, Duration lease) {
        return claim(now, max, lease).stream()
                .map(e -> new ClaimedNotification(e.id, e.callRecordId, e.changeType, e.receivedAt, e.attempts,
                        e.lastError))
                .toList();
    }

    @Override
    public synchronized void complete(long id) {
        entries.removeIf(e -> e.id == id);
    }

    @Override
    public synchronized Optional<Instant> oldestReceivedAt() {
        return entries.stream().filter(LeasedEntry::waits).map(e -> e.receivedAt).min(Comparator.naturalOrder());
    }

    /** The error kept with the queued notification of this record; null while it has none. */
    public synchronized String lastError(String callRecordId) {
        return entries.stream().filter(e -> e.callRecordId.equals(callRecordId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No notification of " + callRecordId + " is queued"))
                .lastError;
    }

    static final class Entry extends LeasedEntry {
        final String callRecordId;
        final String changeType;
        final Instant receivedAt;

        Entry(long id, String callRecordId, String changeType, Instant receivedAt) {
            super(id, receivedAt);
            this.callRecordId = callRecordId;
            this.changeType = changeType;
            this.receivedAt = truncate(receivedAt);
        }
    }
}
