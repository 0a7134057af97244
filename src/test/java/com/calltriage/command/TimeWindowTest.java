package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");
    private static final Instant EVENING_IN_LOS_ANGELES = Instant.parse("2026-11-22T03:00:00Z");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @ParameterizedTest(name = "\"{0}\" runs from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "today|2026-11-21T00:00:00Z|2026-11-21T16:00:00Z",
        "yesterday|2026-11-20T00:00:00Z|2026-11-21T00:00:00Z",
        "last 7 days|2026-11-15T00:00:00Z|2026-11-21T16:00:00Z",
        "past 1 day|2026-11-21T00:00:00Z|2026-11-21T16:00:00Z",
        "since yesterday|2026-11-20T00:00:00Z|2026-11-21T16:00:00Z",
        "since 2026-11-01|2026-11-01T00:00:00Z|2026-11-21T16:00:00Z",
        "from 2026-11-01 to 2026-11-05|2026-11-01T00:00:00Z|2026-11-06T00:00:00Z",
        "from 2026-11-05 to 2026-11-05|2026-11-05T00:00:00Z|2026-11-06T00:00:00Z",
        "from 2026-10-01|2026-10-01T00:00:00Z|2026-10-31T00:00:00Z",
        "from 2026-11-10|2026-11-10T00:00:00Z|2026-11-21T16:00:00Z",
        "from 2026-11-14T16:00:00Z to 2026-11-21T15:30:00Z|2026-11-14T16:00:00Z|2026-11-21T15:30:00Z",
        "from 2026-11-14t16:00:00z to 2026-11-20|2026-11-14T16:00:00Z|2026-11-21T00:00:00Z"
    })
    void readsWindowsAsTheSessionDetailsReportDoes(String phrase, Instant from, Instant to) {
        assertThat(TimeWindow.parse(phrase, NOW, ZoneOffset.UTC)).isEqualTo(new TimeWindow(from, to));
    }

    /**
     * At 19:00 on 21 November in Los Angeles it is already the 22nd in UTC. Summer time ends there on 1 November
     * 2026, so that day starts at 07:00 UTC and later days at 08:00. Exact instants mean the same anywhere.
     */
    @ParameterizedTest(name = "\"{0}\" asked in Los Angeles runs from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "today|2026-11-21T08:00:00Z|2026-11-22T03:00:00Z",
        "yesterday|2026-11-20T08:00:00Z|2026-11-21T08:00:00Z",
        "last 7 days|2026-11-15T08:00:00Z|2026-11-22T03:00:00Z",
        "since yesterday|2026-11-20T08:00:00Z|2026-11-22T03:00:00Z",
        "from 2026-11-01 to 2026-11-05|2026-11-01T07:00:00Z|2026-11-06T08:00:00Z",
        "from 2026-10-15|2026-10-15T07:00:00Z|2026-11-14T08:00:00Z",
        "from 2026-11-14T16:00:00Z to 2026-11-21T15:30:00Z|2026-11-14T16:00:00Z|2026-11-21T15:30:00Z"
    })
    void readsDaysAsTheAskersDays(String phrase, Instant from, Instant to) {
        assertThat(TimeWindow.parse(phrase, EVENING_IN_LOS_ANGELES, LOS_ANGELES)).isEqualTo(new TimeWindow(from, to));
    }

    @ParameterizedTest(name = "{0} to {1} is \"{3}\" in {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01T07:00:00Z|2026-11-06T08:00:00Z|America/Los_Angeles|"
                + "from 2026-11-01 to 2026-11-05 (America/Los_Angeles)",
        "2026-11-01T07:00:00Z|2026-11-06T08:00:00Z|UTC|from 2026-11-01 to 2026-11-06 (UTC)",
        "2026-11-20T08:00:00Z|2026-11-21T08:00:00Z|America/Los_Angeles|on 2026-11-20 (America/Los_Angeles)",
        "2026-10-23T03:00:00Z|2026-11-22T03:00:00Z|America/Los_Angeles|"
                + "from 2026-10-22 to 2026-11-21 (America/Los_Angeles)"
    })
    void namesTheDaysItTouchesInTheAskersZone(Instant from, Instant to, ZoneId zone, String days) {
        assertThat(new TimeWindow(from, to).days(zone)).isEqualTo(days);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "from 2026-11-05 to 2026-11-01|ends before it starts",
        "from 2026-12-01|starts in the future",
        "since tomorrow|is not a date I can read",
        "from 2026-13-01|is not a date I can read",
        "last 0 days|empty window",
        "from 2026-11-14T25:00:00Z|is not a time I can read",
        "from 2026-11-14T16:00:00Z to 2026-11-14T15:00:00Z|ends before it starts",
        "next week|can't read"
    })
    void refusesWindowsThatCannotBeMeant(String phrase, String problem) {
        assertThatThrownBy(() -> TimeWindow.parse(phrase, NOW, ZoneOffset.UTC))
                .isInstanceOf(UnclearQuestionException.class).hasMessageContaining(problem);
    }
}
