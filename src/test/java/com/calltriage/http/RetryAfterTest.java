package com.calltriage.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-18T09:00:00Z"));

    @ParameterizedTest(name = "\"{0}\" waits {1}")
    @CsvSource(delimiter = '|', value = {
        "7                             | PT7S",
        "' 120 '                       | PT2M",
        "0                             | PT0S",
        "Wed, 18 Nov 2026 09:01:30 GMT | PT1M30S",
        "Wed, 18 Nov 2026 08:00:00 GMT | PT0S",
    })
    void secondsAndDatesBecomeTheWait(String header, Duration wait) {
        assertThat(RetryAfter.parse(header, clock)).contains(wait);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "-5", "1.5", "99999999999999999999", "2026-11-18T09:01:30Z"})
    void anythingElseLeavesTheWaitToTheBackoff(String header) {
        assertThat(RetryAfter.parse(header, clock)).isEmpty();
    }
}
