package com.calltriage.testing;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it forward. It is also the Caffeine {@link Ticker} of the
 * caches under test, so what a cache remembers ages with the same time as tokens, leases and expiries.
 */
public final class TestClock extends Clock implements Ticker {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Volatile: a test moves it while a server it started reads it on other threads. */
    private volatile Instant now;

    public TestClock(Instant now) {
        this.now = now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Nanoseconds since the epoch by this clock; a ticker's origin is arbitrary, only differences count. */
    @Override
    public long read() {
        Instant at = now;
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANOS_PER_SECOND), at.getNano());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still moves with this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock owner = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return owner.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return owner.withZone(other);
            }
        };
    }
}
