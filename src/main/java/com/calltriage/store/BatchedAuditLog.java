package com.calltriage.store;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit off the answer's path: {@link #record} only queues the entry, and the queue is written to the log
 * behind it in batches, by {@link #flush()}: every flush interval once {@link #start started}, before every
 * {@link #find} and {@link #deleteBefore} (so the log reads as if written at once), and on {@link #close()} (a
 * normal shutdown loses nothing).
 *
 * <p>What a crash can lose is said in the log: at start, the flush interval (entries younger than it may not
 * be written yet); while the log behind cannot be written, how many entries are held; and, when more than
 * {@code maxPending} are held, each entry given up, oldest first, at error level with all its fields.
 */
public final class BatchedAuditLog implements AuditLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchedAuditLog.class);

    private final AuditLog log;
    private final int maxPending;
    private final Deque<AuditEntry> pending = new ArrayDeque<>();
    private final Object writing = new Object();
    private ScheduledExecutorService flusher;

    public BatchedAuditLog(AuditLog log, int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1, was " + maxPending);
        }
        this.log = log;
        this.maxPending = maxPending;
    }

    /** Flushes every {@code interval} on a thread of its own until {@link #close()}. */
    public synchronized BatchedAuditLog start(Duration interval) {
        if (flusher == null) {
            flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "audit-flush");
                thread.setDaemon(true);
                return thread;
            });
            flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info("Audit entries are written in batches every {} ms and on shutdown; a crash loses at most "
                    + "those of the last {} ms", interval.toMillis(), interval.toMillis());
        }
        return this;
    }

    /** Queues the entry; one without its time or outcome fails here, naming the field, as the log behind would. */
    @Override
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry.at(), "An audit entry needs the time it was asked");
        Objects.requireNonNull(entry.outcome(), "An audit entry needs an outcome");
        AuditEntry givenUp = null;
        synchronized (pending) {
            pending.addLast(entry);
            if (pending.size() > maxPending) {
                givenUp = pending.removeFirst();
            }
        }
        if (givenUp != null) {
            LOG.error("Audit entry given up, {} were waiting for the audit log: {}", maxPending, givenUp);
        }
    }

    /**
     * Writes every queued entry, in the order recorded, as one batch. When the log behind fails, the entries stay
     * queued, ahead of newer ones, for the next flush, and the failure is thrown.
     */
    public void flush() {
        synchronized (writing) {
            List<AuditEntry> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                log.recordAll(batch);
            } catch (RuntimeException e) {
                requeue(batch);
                throw e;
            }
        }
    }

    private void requeue(List<AuditEntry> batch) {
        List<AuditEntry> givenUp = new ArrayList<>();
        int held;
        synchronized (pending) {
            for (int i = batch.size() - 1; i >= 0; i--) {
                pending.addFirst(batch.get(i));
            }
            while (pending.size() > maxPending) {
                givenUp.add(pending.removeFirst());
            }
            held = pending.size();
        }
        LOG.warn("The audit log could not be written; {} entries are held for the next try", held);
        givenUp.forEach(entry -> LOG.error("Audit entry given up, {} were waiting for the audit log: {}", maxPending,
                entry));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.debug("Audit flush failed", e);
        }
    }

    /** How many entries wait to be written. */
    public int pending() {
        synchronized (pending) {
            return pending.size();
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        flush();
        return log.find(query);
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        flush();
        return log.deleteBefore(cutoff);
    }

    /** Stops the timed flushes and writes what is still queued. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = flusher;
            flusher = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }
}
