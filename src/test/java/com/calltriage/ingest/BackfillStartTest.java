package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.BackfillStart.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a backfill begins: where asked while Graph has the calls, at its oldest call on the day that holds it. */
class BackfillStartTest {
    private static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");
    private static final Instant OLDEST = Instant.parse("2026-10-22T16:00:00Z");

    @ParameterizedTest(name = "day {0}: {1} at {2}")
    @CsvSource({
        "2026-11-15, AS_ASKED,         2026-11-15T00:00:00Z",
        "2026-10-23, AS_ASKED,         2026-10-23T00:00:00Z",
        "2026-10-22, AT_OLDEST_CALL,   2026-10-22T16:00:00Z",
        "2026-10-21, BEYOND_RETENTION, 2026-10-21T00:00:00Z",
        "2026-11-22, NOT_IN_THE_PAST,  2026-11-22T00:00:00Z"})
    void aDayBeginsWhereGraphStillHasItsCalls(LocalDate day, Verdict verdict, Instant at) {
        assertThat(BackfillStart.ofDay(day, NOW)).isEqualTo(new BackfillStart(verdict, at, OLDEST));
    }

    @ParameterizedTest(name = "time {0}: {1}")
    @CsvSource({
        "2026-11-21T08:30:00Z, AS_ASKED",
        "2026-10-22T16:00:00Z, AS_ASKED",
        "2026-10-22T15:59:59Z, BEYOND_RETENTION",
        "2026-11-21T16:00:00Z, NOT_IN_THE_PAST"})
    void aTimeBeginsWhereAskedOrNotAtAll(Instant time, Verdict verdict) {
        assertThat(BackfillStart.ofTime(time, NOW)).isEqualTo(new BackfillStart(verdict, time, OLDEST));
    }
}
