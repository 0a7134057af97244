package com.calltriage.store;

import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.ingest.RequestBudget;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Graph request budgets kept in PostgreSQL, so every replica and its notification worker spend from the same two
 * buckets, as Graph counts them: per app and tenant. Bucket4j's PostgreSQL module keeps each bucket's state in a row
 * of {@code graph_request_budget} (migration V10), changed under an advisory lock.
 */
public final class PostgresRequestBudgets {
    static final String TABLE = "graph_request_budget";
    private static final long LISTING = 1;
    private static final long FETCHING = 2;

    private PostgresRequestBudgets() {
    }

    /** The shared pair, measured by {@code clock}, waiting with {@code waits} (PARKING in production). */
    public static GraphRequestBudgets shared(DataSource dataSource, Clock clock, BlockingStrategy waits) {
        ProxyManager<Long> buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .table(TABLE)
                .clientClock(RequestBudget.timeOf(clock))
                .build();
        return new GraphRequestBudgets(
                budget(buckets, LISTING, RequestBudget.configuration(RequestBudget.LIST_REQUESTS, RequestBudget.PERIOD),
                        waits),
                budget(buckets, FETCHING,
                        RequestBudget.configuration(RequestBudget.FETCH_REQUESTS, RequestBudget.PERIOD), waits));
    }

    private static RequestBudget budget(ProxyManager<Long> buckets, long key, BucketConfiguration limit,
                                        BlockingStrategy waits) {
        return new RequestBudget(buckets.builder().build(key, () -> limit), waits);
    }
}
