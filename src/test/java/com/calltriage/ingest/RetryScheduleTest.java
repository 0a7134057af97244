package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "4, PT8M", "5, PT16M", "6, PT32M", "7, PT1H", "8, PT1H",
        "19, PT1H", "20, PT1H", "64, PT1H", "2147483647, PT1H"})
    void delayDoublesFromOneMinuteAndNeverExceedsAnHour(int attempts, Duration delay) {
        assertThat(RetrySchedule.delayAfter(attempts)).isEqualTo(delay);
    }

    @Test
    void twentiethFailedAttemptIsTheLast() {
        assertThat(RetrySchedule.exhausted(19)).isFalse();
        assertThat(RetrySchedule.exhausted(20)).isTrue();
        assertThat(RetrySchedule.exhausted(21)).isTrue();
    }

    @Test
    void delayBeforeAnyAttemptIsRefused() {
        assertThatThrownBy(() -> RetrySchedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
