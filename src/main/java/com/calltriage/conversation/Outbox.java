package com.calltriage.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of messages the bot sends on its own, shared by every replica: private full answers,
 * escalation cards and their updates, notes, daily summaries. A message is queued in the same transaction as the
 * change that causes it (where there is one) and delivered later by whichever replica claims it. Implementations
 * must be safe for concurrent use by several processes: a message is held by at most one deliverer at a time, and
 * once {@link #delivered} it is never handed out again.
 */
public interface Outbox {

    /** Queues the message, due at once; a key queued before is ignored. @return true when it was new */
    boolean enqueue(OutgoingMessage message, Instant now);

    /**
     * Claims up to {@code max} messages due at {@code now} that no one else holds, the longest due first, hiding
     * them from other claims until {@code now + lease}. Each claim counts as an attempt. A message whose lease ran
     * out without being delivered, rescheduled or set aside is due again.
     */
    List<PendingMessage> claimDue(Instant now, int max, Duration lease);

    /** The message reached Teams, which gave it these ids; it will not be sent again. */
    void delivered(long id, String conversationId, String activityId, Instant at);

    /** Releases the message to be claimed again from {@code nextAttemptAt}, keeping why this attempt failed. */
    void retryLater(long id, String error, Instant nextAttemptAt);

    /** Sets the message aside for good, with why; counted by {@link #deadLetters()}. */
    void deadLetter(long id, String error, Instant at);

    /** Where the message with this key was delivered; empty while it is not (yet). */
    Optional<Delivery> deliveryOf(String key);

    /** Messages waiting to be delivered, due or not. */
    long depth();

    /** Messages set aside after failing too often. */
    long deadLetters();

    /** A claimed message, with what the previous attempts left. */
    record PendingMessage(long id, OutgoingMessage message, int attempts, String lastError) {
    }

    /** The ids Teams gave a delivered message: the conversation (a new thread's, for a channel post) and activity. */
    record Delivery(String conversationId, String activityId, Instant at) {
    }
}
