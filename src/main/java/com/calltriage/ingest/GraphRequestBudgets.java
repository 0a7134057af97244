package com.calltriage.ingest;

import io.github.bucket4j.BlockingStrategy;
import java.time.Clock;

/**
 * The two budgets of Graph's call records limits that every request to Graph spends from: {@code listing} for
 * listing pages (backfill) and {@code fetching} for everything else (backfill's fetches and the notification
 * worker's). One pair serves a whole process; replicas sharing a store share one pair kept in it.
 */
public record GraphRequestBudgets(RequestBudget listing, RequestBudget fetching) {

    /** Budgets of this process alone: for a store only one process opens (H2), and for tests. */
    public static GraphRequestBudgets inMemory(Clock clock, BlockingStrategy waits) {
        return new GraphRequestBudgets(RequestBudget.listing(clock, waits), RequestBudget.fetching(clock, waits));
    }
}
