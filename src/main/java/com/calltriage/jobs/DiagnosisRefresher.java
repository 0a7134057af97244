package com.calltriage.jobs;

import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.DiagnosisStore.RefreshedBatch;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Recomputes the diagnoses stored under an older rule set (and the list summaries of calls stored before they were
 * kept), so a new rule or a changed yellow band applies to every stored call, not only to new ones. Records
 * themselves are not touched.
 *
 * <p>Start-up does not wait for it: it runs in the background, on a thread of its own (so long rounds hold up no
 * other scheduled work), in batches of {@link DiagnosisStore#REFRESH_BATCH},
 * in rounds of at most {@link #ROUND} each under a ShedLock lock, so one replica at a time does it; meanwhile answers
 * recompute any stale call they show. Rounds follow each other until one finds nothing stale left; after that this
 * replica stops looking, so replicas of an older release in a rolling update do not take turns undoing each other's
 * rules. Never throws: a failed round is logged and the next one carries on.
 */
@Component
@ConditionalOnWebApplication
class DiagnosisRefresher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisRefresher.class);
    /** Long enough for many batches, short enough that another replica takes over soon if this one stops. */
    static final Duration ROUND = Duration.ofMinutes(2);
    private static final String LOCK = "diagnosis-refresh";
    /** Longer than a batch takes, shorter than an orchestrator's grace period. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final DiagnosisStore diagnoses;
    private final OnceAcrossReplicas once;
    private final Clock clock;
    private volatile boolean done;
    private volatile String resumeAfter = "";
    private int recomputed;
    private ScheduledExecutorService thread;

    DiagnosisRefresher(DiagnosisStore diagnoses, OnceAcrossReplicas once, Clock clock) {
        this.diagnoses = diagnoses;
        this.once = once;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread refreshing = new Thread(runnable, "diagnosis-refresh");
                refreshing.setDaemon(true);
                return refreshing;
            });
            thread.scheduleWithFixedDelay(this::refreshInTheBackground, 1, 5, TimeUnit.SECONDS);
        }
    }

    /**
     * Stops between batches at the latest, and waits a while for the batch under way: a batch is one transaction, so
     * one cut short leaves no trace, but cut short by the store's connections closing under it, it fills the log
     * of an orderly shutdown with their errors.
     */
    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.info("Stopping with a batch of stale diagnoses still being recomputed; it is rolled back");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    void refreshInTheBackground() {
        if (done) {
            return;
        }
        try {
            once.run(LOCK, ROUND.multipliedBy(5), Duration.ZERO, this::round);
        } catch (RuntimeException e) {
            LOG.warn("Recomputing stale diagnoses failed; trying again next round: {}", e.toString());
        }
    }

    /**
     * One round: batches back to back, from where the last round of this replica stopped, until none is left or the
     * round's time is up.
     *
     * @return whether nothing stale is left
     */
    boolean round() {
        Instant until = clock.instant().plus(ROUND);
        RefreshedBatch batch;
        do {
            batch = diagnoses.refreshStaleDiagnoses(resumeAfter, DiagnosisStore.REFRESH_BATCH);
            recomputed += batch.recomputed();
            if (!batch.finished()) {
                resumeAfter = batch.lastCallId();
            }
        } while (!batch.finished() && clock.instant().isBefore(until) && !Thread.currentThread().isInterrupted());
        if (batch.finished()) {
            done = true;
            if (recomputed > 0) {
                LOG.info("Recomputed {} diagnoses made under an older rule set", recomputed);
            }
        }
        return done;
    }

    /** Whether a round found nothing stale left. */
    boolean done() {
        return done;
    }
}
