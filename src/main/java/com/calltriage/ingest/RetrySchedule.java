package com.calltriage.ingest;

import java.time.Duration;

/**
 * When to try a notification again after a failed attempt: one minute after the first, doubling, never more
 * than an hour apart; after twenty attempts (about fourteen hours) it is given up on. A Graph outage
 * is usually over within that time, and a record Graph cannot serve for so long is not coming.
 */
final class RetrySchedule {
    static final int MAX_ATTEMPTS = 20;
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Duration LONGEST_DELAY = Duration.ofHours(1);

    private RetrySchedule() {
    }

    /** True when the attempt just failed was the last one allowed. */
    static boolean exhausted(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }

    /** How long to wait after the given number of attempts failed; at least one. */
    static Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("A delay follows at least one attempt, was " + attempts);
        }
        // Past seven doublings the delay is capped anyway; stopping there keeps the shift from overflowing.
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 7));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
