package com.calltriage.jobs;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The rounds of a drainer of claimed rows (notifications, outbox messages), and how they end when the replica shuts
 * down: the drainer is told to stop, which hands the rows it claimed but has not started back to the other replicas
 * at once, and shutdown waits, up to {@link #LONGEST_WAIT}, for the row in hand to be finished.
 *
 * <p>Stopped before the web server's graceful shutdown begins, so rows go back while turns in flight finish.
 */
abstract class DrainRounds implements SmartLifecycle {
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(DrainRounds.class);

    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean running;
    private volatile boolean stopped;

    /** One round of draining, under the lock shutdown waits for; skipped once stopped. */
    protected final void inRound(Runnable drain) {
        round.lock();
        try {
            if (!stopped) {
                drain.run();
            }
        } finally {
            round.unlock();
        }
    }

    /** Tells the drainer to finish the row in hand and give back the rest. */
    protected abstract void stopDraining();

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopped = true;
        running = false;
        stopDraining();
        try {
            if (round.tryLock(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                round.unlock();
            } else {
                LOG.warn("A drain round was still busy after {}; its rows go back when their lease ends",
                        LONGEST_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown (SmartLifecycle.DEFAULT_PHASE - 1024). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }
}
