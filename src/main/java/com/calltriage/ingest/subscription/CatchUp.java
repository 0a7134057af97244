package com.calltriage.ingest.subscription;

import com.calltriage.callrecord.GraphRetention;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.BackfillReport;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills what notifications may have missed, from the last time ingestion is known to have worked
 * ({@link SubscriptionState.Snapshot#lastKnownGood()}) until now, on one replica at a time.
 *
 * <p>Graph lists records by start time, but a record exists only once its call ended, so a call that began
 * before that time and ended while notifications were lost starts earlier: the window reaches back a further
 * {@link #LONGEST_CALL}. It never reaches back past {@link GraphRetention#PERIOD}, which is also where it
 * starts when nothing is known yet.
 */
public final class CatchUp {
    /** How long a call may run and still be caught up after it ended during an outage. */
    public static final Duration LONGEST_CALL = Duration.ofDays(1);
    static final String LOCK = "graph-catch-up";
    // A catch-up of all that Graph keeps runs for an hour or so; a replica that dies mid-way frees the lock after this.
    static final Duration LOCK_AT_MOST = Duration.ofHours(12);
    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);

    /** What asked for a catch-up; each says how long the lock is kept after it. */
    public enum Reason {
        /**
         * A server started. Replicas of a rolling deployment start minutes apart: the lock is kept ten minutes
         * after the first one's catch-up, so the others skip theirs.
         */
        START_UP(Duration.ofMinutes(10)),
        /** Graph could not deliver some notifications. */
        MISSED_NOTIFICATIONS(Duration.ZERO),
        /** Graph removed the subscription, so notifications stopped until a new one was made. */
        SUBSCRIPTION_REMOVED(Duration.ZERO);

        private final Duration lockAtLeast;

        Reason(Duration lockAtLeast) {
            this.lockAtLeast = lockAtLeast;
        }
    }

    private final Backfill backfill;
    private final SubscriptionState state;
    private final OnceAcrossReplicas once;
    private final Clock clock;

    public CatchUp(Backfill backfill, SubscriptionState state, OnceAcrossReplicas once, Clock clock) {
        this.backfill = backfill;
        this.state = state;
        this.once = once;
        this.clock = clock;
    }

    /** @return what the backfill did; empty when another replica was catching up already */
    public Optional<BackfillReport> run(Reason reason) {
        Optional<BackfillReport> report = once.run(LOCK, LOCK_AT_MOST, reason.lockAtLeast, () -> {
            Instant now = clock.instant();
            Instant since = since(state.read(), now);
            LOG.info("Catching up on call records ({}) from {}", reason, since);
            BackfillReport done = backfill.run(since, now, LOG::info);
            LOG.info("{}", done.summary());
            return done;
        });
        if (report.isEmpty()) {
            LOG.info("Another replica is catching up on call records; skipped ({})", reason);
        }
        return report;
    }

    static Instant since(SubscriptionState.Snapshot snapshot, Instant now) {
        Instant oldest = now.minus(GraphRetention.PERIOD);
        // A time ahead of this clock (another replica's clock runs fast) still leaves a window to list.
        Instant newest = now.minus(LONGEST_CALL);
        return snapshot.lastKnownGood().map(good -> good.minus(LONGEST_CALL))
                .map(start -> start.isAfter(newest) ? newest : start)
                .filter(start -> start.isAfter(oldest)).orElse(oldest);
    }
}
