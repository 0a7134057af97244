package com.calltriage.testing;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox in memory, held to the same contract as the database one. */
public final class FakeOutbox extends LeasedEntries<FakeOutbox.Entry> implements Outbox {
    private boolean failNextClaim;

    @Override
    public synchronized boolean enqueue(OutgoingMessage message, Instant now) {
        message.requireDeliverable();
        if (entries.stream().anyMatch(e -> e.message.key().equals(message.key()))) {
            return false;
        }
        entries.add(new Entry(nextId(), message, now));
        return true;
    }

    @Override
    public synchronized List<PendingMessage> claimDue(Instant now, int max, Duration lease) {
        if (failNextClaim) {
            failNextClaim = false;
            throw new IllegalStateException("connection refused");
        }
        return claim(now, max, lease).stream()
                .map(e -> new PendingMessage(e.id, e.message, e.attempts, e.lastError))
                .toList();
    }

    @Override
    public synchronized void delivered(long id, String conversationId, String activityId, Instant at) {
        byId(id).filter(LeasedEntry::waits).ifPresent(e -> {
            e.delivery = new Delivery(conversationId, activityId, LeasedEntry.truncate(at));
            e.claimedUntil = null;
        });
    }

    @Override
    public synchronized Optional<Delivery> deliveryOf(String key) {
        return byKey(key).map(e -> e.delivery);
    }

    /** Every message queued, delivered or not, in the order queued. */
    public synchronized List<OutgoingMessage> queued() {
        return entries.stream().map(e -> e.message).toList();
    }

    /** The next claim fails as a database that cannot be reached does, during a failover say. */
    public synchronized void failNextClaim() {
        failNextClaim = true;
    }

    /** Why the last attempt at the message with this key failed; null while none did. */
    public synchronized String lastError(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("No message " + key + " is queued"))
                .lastError;
    }

    /** When the message with this key is due next. */
    public synchronized Instant nextAttemptAt(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("No message " + key + " is queued"))
                .nextAttemptAt;
    }

    private Optional<Entry> byKey(String key) {
        return entries.stream().filter(e -> e.message.key().equals(key)).findFirst();
    }

    static final class Entry extends LeasedEntry {
        final OutgoingMessage message;
        Delivery delivery;

        Entry(long id, OutgoingMessage message, Instant queuedAt) {
            super(id, queuedAt);
            this.message = message;
        }

        /** A delivered message no longer waits, like a dead letter. */
        @Override
        boolean waits() {
            return super.waits() && delivery == null;
        }
    }
}
