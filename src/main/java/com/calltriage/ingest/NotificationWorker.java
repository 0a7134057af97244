package com.calltriage.ingest;

import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.Identity;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.bucket4j.BlockingStrategy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns queued notifications into stored records: claims a batch, fetches each record whole and imports it.
 *
 * <p>Importing is an upsert by id and version, so a repeated, late or out-of-order notification changes
 * nothing and a newer version replaces the stored one. A record Graph no longer has is dropped. A failed
 * fetch or store is retried later on the {@link RetrySchedule} and given up on after its last attempt. A
 * worker that stops mid-batch loses nothing: its entries are claimed again once their lease ends.
 *
 * <p>Each fetch spends one request from the fetching budget first, the one backfill spends from too, so that the
 * two together stay under Graph's limit.
 */
public final class NotificationWorker {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);
    static final String RELEASED = "released unhandled: the replica holding it was stopping";

    private final NotificationQueue queue;
    private final CallRecordSource source;
    private final CallRecordImporter importer;
    private final RecordStoredListener listener;
    private final NotificationCounters counters;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final RequestBudget fetchBudget;
    private volatile boolean stopped;

    /**
     * @param batchSize how many entries one {@link #drainOnce()} claims
     * @param lease     how long a claim hides its entries from other workers: longer than a batch takes
     */
    public NotificationWorker(NotificationQueue queue, CallRecordSource source, CallRecordImporter importer,
                              RecordStoredListener listener, NotificationCounters counters, Clock clock,
                              int batchSize, Duration lease) {
        this(queue, source, importer, listener, counters, clock, batchSize, lease,
                RequestBudget.fetching(clock, BlockingStrategy.PARKING));
    }

    /** @param fetchBudget the budget each fetch spends one request from, shared with backfill */
    public NotificationWorker(NotificationQueue queue, CallRecordSource source, CallRecordImporter importer,
                              RecordStoredListener listener, NotificationCounters counters, Clock clock,
                              int batchSize, Duration lease, RequestBudget fetchBudget) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one notification, was " + batchSize);
        }
        this.queue = queue;
        this.source = source;
        this.importer = importer;
        this.listener = listener;
        this.counters = counters;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
        this.fetchBudget = fetchBudget;
    }

    /** Claims one batch of due notifications and handles each; returns how many, 0 when none was due. */
    public int drainOnce() {
        if (stopped) {
            return 0;
        }
        List<ClaimedNotification> batch = queue.claimDue(clock.instant(), batchSize, lease);
        int released = 0;
        for (ClaimedNotification entry : batch) {
            if (stopped) {
                queue.retryLater(entry.id(), RELEASED, clock.instant());
                released++;
            } else {
                handle(entry);
            }
        }
        if (released > 0) {
            LOG.info("Stopping: handed {} claimed notifications back to the other replicas", released);
        }
        return stopped ? 0 : batch.size();
    }

    /**
     * For a replica shutting down: the entry being handled is finished, the rest of the batch goes back due at once,
     * so another replica takes it now rather than when the lease ends, and nothing more is claimed.
     */
    public void stop() {
        stopped = true;
    }

    public int batchSize() {
        return batchSize;
    }

    private void handle(ClaimedNotification entry) {
        try {
            fetchBudget.spend(1);
        } catch (InterruptedException e) {
            // Stopping: the entry goes back as it was, for this or another worker.
            Thread.currentThread().interrupt();
            queue.retryLater(entry.id(), RELEASED, clock.instant());
            return;
        }
        Optional<JsonNode> json;
        try {
            json = source.fetch(entry.callRecordId());
        } catch (IOException | RuntimeException e) {
            // Anything the source throws is treated alike, so one bad record cannot stall the batch.
            failed(entry, "fetch failed: " + e);
            return;
        }
        if (json.isEmpty()) {
            counters.countGone();
            LOG.info("Call record {} is gone from Graph; its {} notification is dropped", entry.callRecordId(),
                    entry.changeType());
            queue.complete(entry.id());
            return;
        }
        counters.countFetched();
        List<String> said = new ArrayList<>();
        Optional<ImportedRecord> imported = importer.importRecord("notification", json.get(), new ImportReport(),
                said::add);
        if (imported.isEmpty()) {
            // Graph completes records over time and a store outage passes, so a rejection is tried again too.
            failed(entry, String.join("; ", said));
            return;
        }
        LOG.debug("{}", String.join("; ", said));
        if (imported.get().outcome().changedStore()) {
            counters.countStored();
            tellListener(imported.get());
        }
        queue.complete(entry.id());
    }

    private void tellListener(ImportedRecord imported) {
        Set<String> users = new LinkedHashSet<>();
        for (Identity identity : CallParticipants.of(imported.record())) {
            if (identity.kind() == Identity.Kind.USER) {
                users.add(identity.id());
            }
        }
        try {
            listener.recordStored(imported.record().id(), Set.copyOf(users));
        } catch (RuntimeException e) {
            // The record is stored; fetching it again would not help the listener.
            LOG.warn("Call record {} is stored, but its listener failed", imported.record().id(), e);
        }
    }

    private void failed(ClaimedNotification entry, String error) {
        counters.countFailure();
        if (RetrySchedule.exhausted(entry.attempts())) {
            counters.countDropped();
            LOG.error("Gave up on call record {} after {} attempts since {}; its notification is a dead letter now: {}",
                    entry.callRecordId(), entry.attempts(), entry.receivedAt(), error);
            queue.deadLetter(entry.id(), error, clock.instant());
            return;
        }
        Instant next = clock.instant().plus(RetrySchedule.delayAfter(entry.attempts()));
        LOG.warn("Call record {} not stored (attempt {} of {}), trying again at {}: {}", entry.callRecordId(),
                entry.attempts(), RetrySchedule.MAX_ATTEMPTS, next, error);
        queue.retryLater(entry.id(), error, next);
    }
}
