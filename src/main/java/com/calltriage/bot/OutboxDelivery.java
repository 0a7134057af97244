package com.calltriage.bot;

import com.calltriage.bot.DeliveryAttempts.Failed;
import com.calltriage.bot.DeliveryAttempts.Paced;
import com.calltriage.bot.DeliveryAttempts.Sent;
import com.calltriage.bot.DeliveryAttempts.Waiting;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.Outbox.PendingMessage;
import com.calltriage.conversation.OutgoingMessage;
import com.microsoft.bot.schema.Activity;
import io.github.bucket4j.BlockingStrategy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the Bot Connector of each conversation's kept serviceUrl. Each {@link #drainOnce()}
 * claims a batch of due messages under a lease and, for each: opens the personal chat of a person the bot has no
 * chat id for yet and posts into it; posts a new message (in a channel, a new thread); or replaces a message
 * delivered before. It then records the ids Teams gave, at once, in a statement of its own: a message is sent once
 * per outbox row. A message that fails is handled as below, and the batch goes on; only a store that cannot be
 * written ends the batch, whose messages then wait for their lease to end.
 *
 * <ul>
 *   <li>429: the message, and anything else for that conversation, waits what Retry-After says (or the backoff).
 *   <li>408, 412, 5xx, timeouts, failed connections, no usable reference yet, an update whose original is not
 *       delivered yet: tried again after an exponential backoff with jitter, {@value #FIRST_BACKOFF_SECONDS} s
 *       doubling to at most {@value #LONGEST_BACKOFF_MINUTES} minutes.
 *   <li>Any other refusal, or a message that failed {@value #MAX_ATTEMPTS} attempts (a few hours): a dead letter.
 * </ul>
 *
 * <p>Sends stay within Teams' limits per conversation ({@link ConversationPace}): a short wait is waited out, through
 * the given {@link BlockingStrategy}, a longer one puts the message back until then. A message is only started while
 * its lease has room for it, so no other replica can claim a message while it is being sent; a replica that dies
 * leaves its messages to the others once their lease ends.
 */
public final class OutboxDelivery {
    static final int MAX_ATTEMPTS = 20;
    static final long FIRST_BACKOFF_SECONDS = 4;
    static final long LONGEST_BACKOFF_MINUTES = 15;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final DeliveryAttempts attempts;
    private final Clock clock;
    private final RandomGenerator random;
    private final int batchSize;
    private final Duration lease;
    private final Duration oneMessage;
    private final LongAdder delivered = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean stopped;

    /**
     * @param adapter          whose connector clients, timeout and credentials the messages go through
     * @param waits            how a pace wait is spent: {@link BlockingStrategy#PARKING} in production
     * @param random           the backoff's jitter, shared by every thread in production
     * @param batchSize        how many messages one {@link #drainOnce()} claims
     * @param lease            how long a claim hides its messages from other replicas
     * @param connectorTimeout how long one call to the Bot Connector may take: the lease must hold several
     * @throws IllegalArgumentException when the batch is empty or the lease too short for one message
     */
    public OutboxDelivery(Outbox outbox, ConversationReferences references, CallTriageAdapter adapter, Clock clock,
                          BlockingStrategy waits, RandomGenerator random, int batchSize, Duration lease,
                          Duration connectorTimeout) {
        // Opening a personal chat and posting into it, after waiting for the conversation's pace.
        this.oneMessage = connectorTimeout.multipliedBy(2).plus(DeliveryAttempts.MOST_WAITED_OUT);
        if (batchSize < 1 || lease.compareTo(oneMessage.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("Outbox delivery needs a batch of at least one message and a lease of "
                    + "at least " + oneMessage.multipliedBy(2) + ", not " + batchSize + " and " + lease);
        }
        this.outbox = outbox;
        this.attempts = new DeliveryAttempts(outbox, references, new ConnectorCalls(adapter), clock, waits);
        this.clock = clock;
        this.random = random;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** Claims one batch of due messages and delivers each; returns how many were claimed, 0 when none was due. */
    public int drainOnce() {
        if (stopped) {
            return 0;
        }
        Instant claimedAt = clock.instant();
        List<PendingMessage> batch = outbox.claimDue(claimedAt, batchSize, lease);
        Instant lastStart = claimedAt.plus(lease).minus(oneMessage);
        int released = 0;
        for (PendingMessage pending : batch) {
            if (stopped) {
                outbox.retryLater(pending.id(), "released unsent: the replica holding it was stopping",
                        clock.instant());
                released++;
                continue;
            }
            if (clock.instant().isAfter(lastStart)) {
                // Released while the lease still holds it, so no other replica can have it yet.
                outbox.retryLater(pending.id(), "released unsent: its lease had no room left", clock.instant());
                continue;
            }
            deliver(pending);
        }
        if (released > 0) {
            LOG.info("Stopping: handed {} claimed outbox messages back to the other replicas", released);
        }
        return stopped ? 0 : batch.size();
    }

    /**
     * For a replica shutting down: the message being sent is finished, the rest of the batch goes back due at once,
     * so another replica sends it now rather than when the lease ends, and nothing more is claimed.
     */
    public void stop() {
        stopped = true;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Messages Teams took, since start-up. */
    public long delivered() {
        return delivered.sum();
    }

    /** Messages put back to be tried again after a failure, since start-up. */
    public long retries() {
        return retries.sum();
    }

    /** 429 answers, since start-up. */
    public long throttled() {
        return throttled.sum();
    }

    /** Messages set aside as dead letters, since start-up. */
    public long dropped() {
        return dropped.sum();
    }

    private void deliver(PendingMessage pending) {
        OutgoingMessage message = pending.message();
        Optional<Activity> activity = ActivityRequests.activity(
                message.activityJson().getBytes(StandardCharsets.UTF_8));
        if (activity.isEmpty()) {
            setAside(pending, "the queued activity is not a Bot Framework activity");
            return;
        }
        DeliveryAttempts.Outcome outcome;
        try {
            outcome = attempts.attempt(message, activity.get());
        } catch (RuntimeException e) {
            // The references or the outbox could not be read: the store is down, and that passes.
            outcome = new Failed(null, e);
        }
        settle(pending, outcome);
    }

    private void settle(PendingMessage pending, DeliveryAttempts.Outcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof Sent sent) {
            markDelivered(pending, sent, now);
        } else if (outcome instanceof Waiting waiting) {
            retry(pending, waiting.why(), backoff(pending.attempts()));
        } else if (outcome instanceof Paced paced) {
            outbox.retryLater(pending.id(), "waits for the pace of conversation " + paced.conversationId(),
                    paced.until());
        } else if (outcome instanceof Failed failed) {
            String error = ConnectorFailures.describe(failed.failure()).orElse(failed.failure().toString());
            switch (DeliveryFailure.of(failed.failure())) {
                case REFUSED -> setAside(pending, error);
                case PASSING -> retry(pending, error, backoff(pending.attempts()));
                case THROTTLED -> {
                    throttled.increment();
                    Duration wait = DeliveryFailure.retryAfter(failed.failure(), clock)
                            .orElseGet(() -> backoff(pending.attempts()));
                    if (failed.conversationId() != null) {
                        attempts.holdBack(failed.conversationId(), now.plus(wait));
                    }
                    retry(pending, error, wait);
                }
            }
        }
    }

    private void markDelivered(PendingMessage pending, Sent sent, Instant now) {
        try {
            outbox.delivered(pending.id(), sent.conversationId(), sent.activityId(), now);
            delivered.increment();
        } catch (RuntimeException e) {
            LOG.error("Message {} reached Teams as activity {} in {}, but could not be marked delivered; it will be "
                    + "sent again once its lease ends", pending.message().key(), sent.activityId(),
                    sent.conversationId(), e);
        }
    }

    private void retry(PendingMessage pending, String error, Duration wait) {
        if (pending.attempts() >= MAX_ATTEMPTS) {
            setAside(pending, "gave up after " + pending.attempts() + " attempts: " + error);
            return;
        }
        Instant next = clock.instant().plus(wait);
        LOG.warn("Message {} not delivered (attempt {} of {}), trying again at {}: {}", pending.message().key(),
                pending.attempts(), MAX_ATTEMPTS, next, error);
        outbox.retryLater(pending.id(), error, next);
        retries.increment();
    }

    private void setAside(PendingMessage pending, String error) {
        LOG.error("Message {} is a dead letter now: {}", pending.message().key(), error);
        outbox.deadLetter(pending.id(), error, clock.instant());
        dropped.increment();
    }

    /** Equal jitter: uniformly between half and all of the doubled delay, so throttled replicas spread out. */
    private Duration backoff(int attempts) {
        long ceiling = Math.min(Duration.ofMinutes(LONGEST_BACKOFF_MINUTES).toMillis(),
                Duration.ofSeconds(FIRST_BACKOFF_SECONDS).toMillis() << Math.min(Math.max(attempts - 1, 0), 20));
        return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2)));
    }
}
