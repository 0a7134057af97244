package com.calltriage.graph;

import com.calltriage.http.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a Graph request again when it failed for a reason that passes: 429 (throttled), 503 and 504, and
 * connection failures. Graph answers 429 without processing the request, so a POST is tried again too.
 *
 * <p>The wait is what the answer's {@code Retry-After} asks for, exactly, when it asks (seconds or an HTTP date);
 * otherwise exponential backoff with full jitter: before retry {@code n} (counted from 0) a random wait in
 * {@code [0, min(cap, base * 2^n)]}, so clients throttled together do not come back together. A failed answer is
 * closed before the next attempt. After the last attempt its answer is returned as it is, for the caller to
 * report its status, or its connection failure is thrown. A cancelled call is never tried again; an interrupt
 * while waiting ends the call with an {@link InterruptedIOException}.
 *
 * <p>Waiting may take minutes, so a client with this interceptor must not have a whole-call timeout shorter
 * than that; see {@link GraphHttp#graphClient}.
 */
public final class GraphRetry implements Interceptor {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    static final Duration BASE = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(60);
    private static final Set<Integer> PASSING_STATUSES = Set.of(429, 503, 504);
    private static final Logger log = LoggerFactory.getLogger(GraphRetry.class);

    private final int maxAttempts;
    private final long baseMillis;
    private final long capMillis;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;
    private final LongAdder retries = new LongAdder();
    private final LongAdder throttledAnswers = new LongAdder();

    /**
     * @param maxAttempts attempts in all, the first included; 1 turns retrying off
     * @param random      shared by every thread using the client, so it must be thread-safe in production
     * @param clock       what a Retry-After date is measured against
     */
    GraphRetry(int maxAttempts, Duration base, Duration cap, Sleeper sleeper, RandomGenerator random, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A Graph request needs at least one attempt, not " + maxAttempts);
        }
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < base <= cap, not base " + base + ", cap " + cap);
        }
        this.maxAttempts = maxAttempts;
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Up to {@code maxAttempts} attempts with the default backoff (1 s base, 60 s cap), waiting in real time: for
     * work nobody watches, such as fetching call records.
     */
    public static GraphRetry upTo(int maxAttempts, Clock clock) {
        // java.util.Random, unlike most RandomGenerators, is safe to share between threads.
        return new GraphRetry(maxAttempts, BASE, CAP, Sleeper.THREAD, new Random(), clock);
    }

    /** One attempt and no waiting, for answers someone waits for in a chat; 429s are still counted. */
    public static GraphRetry disabled() {
        return upTo(1, Clock.systemUTC());
    }

    /** Retries made so far, over all requests. */
    public long retries() {
        return retries.sum();
    }

    /** 429 answers received so far, the last attempt's included. */
    public long throttledAnswers() {
        return throttledAnswers.sum();
    }

    /** True when a call through this interceptor may wait between attempts. */
    boolean mayWait() {
        return maxAttempts > 1;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == maxAttempts;
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (last || chain.call().isCanceled()) {
                    throw e;
                }
                pause(request, e.toString(), backoff(attempt - 1), attempt);
                continue;
            }
            if (response.code() == 429) {
                throttledAnswers.increment();
            }
            if (last || !PASSING_STATUSES.contains(response.code())) {
                return response;
            }
            int retry = attempt - 1;
            Duration wait = RetryAfter.parse(response.header("Retry-After"), clock).orElseGet(() -> backoff(retry));
            response.close();
            pause(request, "HTTP " + response.code(), wait, attempt);
        }
    }

    /** Full jitter: uniformly in [0, min(cap, base * 2^retry)]. */
    private Duration backoff(int retry) {
        long ceiling = baseMillis;
        for (int doubled = 0; doubled < retry && ceiling < capMillis; doubled++) {
            ceiling *= 2;
        }
        return Duration.ofMillis(random.nextLong(Math.min(ceiling, capMillis) + 1));
    }

    private void pause(Request request, String failure, Duration wait, int attempt) throws IOException {
        log.info("{} {} failed with {}; attempt {} of {} follows in {} ms", request.method(),
                request.url().encodedPath(), failure, attempt + 1, maxAttempts, wait.toMillis());
        retries.increment();
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to try " + request.method() + " "
                    + request.url().encodedPath() + " again");
        }
    }
}
