package com.calltriage.jobs;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.config.CallTriageProperties;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps call records within {@code calltriage.store.retention}: every hour, and a minute after start-up, calls that
 * started before the retention time are deleted in batches, by one replica at a time. Never throws: a failed round is
 * logged and the next one tries again.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class CallRecordRetention {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecordRetention.class);
    /** Small enough that each batch's transaction is short, large enough that a month's purge is a few rounds. */
    static final int BATCH = 500;
    private static final String LOCK = "call-record-retention";

    private final CallRecordStore store;
    private final OnceAcrossReplicas once;
    private final Duration retention;
    private final Clock clock;

    CallRecordRetention(CallRecordStore store, OnceAcrossReplicas once, CallTriageProperties properties, Clock clock) {
        this.store = store;
        this.once = once;
        this.retention = properties.store().retention();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void deleteExpired() {
        try {
            once.run(LOCK, Duration.ofMinutes(30), Duration.ofMinutes(5), this::purge).filter(deleted -> deleted > 0)
                    .ifPresent(deleted -> LOG.info("Deleted {} call records older than {}", deleted, retention));
        } catch (RuntimeException e) {
            LOG.warn("Deleting expired call records failed; trying again next round: {}", e.toString());
        }
    }

    /** Deletes every call started before the retention time, batch by batch; returns how many. */
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = store.deleteCallsStartedBefore(cutoff, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
