package com.calltriage.jobs;

import com.calltriage.summary.FactsBackfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after stale diagnoses are recomputed, writes the summary's facts of stored calls that have none: a
 * store from before the summaries existed is filled from its records on the first start after the upgrade. Batch by
 * batch, each in its own transaction, so a replica that stops half-way leaves the rest to the next start; replicas
 * starting together may both fill a batch, and the second write of a call's facts replaces the first. Never throws.
 */
@Component
@ConditionalOnWebApplication
@Order(1)
class QualityFactsBackfill implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(QualityFactsBackfill.class);
    static final int BATCH = 500;

    private final FactsBackfill facts;

    QualityFactsBackfill(FactsBackfill facts) {
        this.facts = facts;
    }

    @Override
    public void run(ApplicationArguments args) {
        fill();
    }

    /** Fills every call without facts; returns how many. */
    int fill() {
        int total = 0;
        try {
            int filled;
            do {
                filled = facts.fillMissingFacts(BATCH);
                total += filled;
            } while (filled == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Writing the summary's facts of stored calls failed; the next start tries again: {}", e.toString());
        }
        if (total > 0) {
            LOG.info("Wrote the summary's facts of {} stored calls", total);
        }
        return total;
    }
}
