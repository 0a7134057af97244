package com.calltriage.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTextTest {

    @ParameterizedTest(name = "{0} to {1} asked in {2} reads \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01T00:00:00Z|2026-11-06T00:00:00Z|UTC|from 2026-11-01 to 2026-11-05 (UTC)",
        "2026-11-20T00:00:00Z|2026-11-21T00:00:00Z|UTC|on 2026-11-20 (UTC)",
        // Summer time ends in Los Angeles on 1 November 2026: that day starts at 07:00 UTC, the 6th at 08:00.
        "2026-11-01T07:00:00Z|2026-11-06T08:00:00Z|America/Los_Angeles|"
                + "from 2026-11-01 to 2026-11-05 (America/Los_Angeles)",
        "2026-11-20T08:00:00Z|2026-11-21T08:00:00Z|America/Los_Angeles|on 2026-11-20 (America/Los_Angeles)",
        "2026-11-20T00:00:00Z|2026-11-21T00:00:00Z|America/Los_Angeles|from {{DATE(2026-11-20T00:00:00Z, SHORT)}}, "
                + "{{TIME(2026-11-20T00:00:00Z)}} to {{DATE(2026-11-21T00:00:00Z, SHORT)}}, {{TIME(2026-11-21T00:00:00Z)}}",
        "2026-11-14T16:00:00Z|2026-11-21T16:00:00Z|UTC|from {{DATE(2026-11-14T16:00:00Z, SHORT)}}, "
                + "{{TIME(2026-11-14T16:00:00Z)}} to {{DATE(2026-11-21T16:00:00Z, SHORT)}}, {{TIME(2026-11-21T16:00:00Z)}}",
        "2026-11-21T00:00:00Z|2026-11-21T16:00:00Z|UTC|from {{DATE(2026-11-21T00:00:00Z, SHORT)}}, "
                + "{{TIME(2026-11-21T00:00:00Z)}} to {{DATE(2026-11-21T16:00:00Z, SHORT)}}, {{TIME(2026-11-21T16:00:00Z)}}"
    })
    void windowsOfWholeDaysAreNamedAsAskedInTheAskersZoneAndOthersInTheReadersTime(Instant from, Instant to,
                                                                                    ZoneId asked, String words) {
        assertThat(CardText.window(from, to, asked)).isEqualTo(words);
    }
}
