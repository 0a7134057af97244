package com.calltriage.testing;

import io.github.bucket4j.BlockingStrategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Waits that a rate limiter asked for: recorded, and spent by moving the test clock instead of sleeping. */
public final class RecordedWaits implements BlockingStrategy {
    private final TestClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    public RecordedWaits(TestClock clock) {
        this.clock = clock;
    }

    @Override
    public void park(long nanosToPark) {
        Duration wait = Duration.ofNanos(nanosToPark);
        waits.add(wait);
        clock.advance(wait);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public Duration total() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
