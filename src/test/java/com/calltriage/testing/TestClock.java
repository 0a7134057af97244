package com.calltriage.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it forward. */
public final class TestClock extends Clock {
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
