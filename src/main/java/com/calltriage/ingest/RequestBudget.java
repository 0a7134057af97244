package com.calltriage.ingest;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How many Graph requests a backfill may send per period, so it stays under Graph's published call records
 * limits instead of learning them from 429s: {@link #listing} for listing call records (40 requests per 20
 * seconds) and {@link #fetching} for everything else (1,500 requests per 20 seconds per app and tenant). A
 * budget starts full, so short backfills never wait, then refills evenly: one listing request every half second.
 * {@link #spend} waits until the requests are covered.
 *
 * <p>A token bucket from Bucket4j rather than our own: both its time source ({@link TimeMeter}) and the way it
 * waits ({@link BlockingStrategy}) can be passed in, so tests move a clock and record the waits instead of
 * spending them. Resilience4j's RateLimiter reads {@code System.nanoTime()} and parks the thread itself, so it
 * could only be tested in real time.
 *
 * <p>Graph counts per app and tenant, not per process: replicas sharing a store share their budgets through a
 * bucket kept there ({@link #RequestBudget(Bucket, BlockingStrategy)} with a bucket of Bucket4j's JDBC modules).
 */
public final class RequestBudget {
    public static final int LIST_REQUESTS = 40;
    public static final int FETCH_REQUESTS = 1_500;
    public static final Duration PERIOD = Duration.ofSeconds(20);

    private final Bucket bucket;
    private final BlockingStrategy waits;

    /**
     * @param requests how many requests a period allows, and how many may go at once after a quiet spell
     * @param waits    {@link BlockingStrategy#PARKING} in production
     */
    public RequestBudget(long requests, Duration period, Clock clock, BlockingStrategy waits) {
        this(Bucket.builder().addLimit(configuration(requests, period).getBandwidths()[0])
                .withCustomTimePrecision(timeOf(clock)).build(), waits);
    }

    /**
     * A budget on a bucket made elsewhere, such as one shared in a database.
     *
     * @param bucket a bucket with the limit of {@link #configuration}
     * @param waits  {@link BlockingStrategy#PARKING} in production
     */
    public RequestBudget(Bucket bucket, BlockingStrategy waits) {
        this.bucket = bucket;
        this.waits = waits;
    }

    /** The limit of a budget of {@code requests} per {@code period}, starting full and refilling evenly. */
    public static BucketConfiguration configuration(long requests, Duration period) {
        if (requests < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A request budget needs requests >= 1 per positive period, not "
                    + requests + " per " + period);
        }
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period))
                .build();
    }

    public static RequestBudget listing(Clock clock, BlockingStrategy waits) {
        return new RequestBudget(LIST_REQUESTS, PERIOD, clock, waits);
    }

    public static RequestBudget fetching(Clock clock, BlockingStrategy waits) {
        return new RequestBudget(FETCH_REQUESTS, PERIOD, clock, waits);
    }

    /**
     * Takes the requests from the budget, waiting first as long as the budget needs to refill.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void spend(int requests) throws InterruptedException {
        bucket.asBlocking().consume(requests, waits);
    }

    /** Time as {@code clock} tells it, for buckets; tests pass a clock they move. */
    public static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
