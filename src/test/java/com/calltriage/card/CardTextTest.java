package com.calltriage.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTextTest {

    @ParameterizedTest(name = "{0} to {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01T00:00:00Z|2026-11-06T00:00:00Z|from 2026-11-01 to 2026-11-05 (UTC)",
        "2026-11-20T00:00:00Z|2026-11-21T00:00:00Z|on 2026-11-20 (UTC)",
        "2026-11-14T16:00:00Z|2026-11-21T16:00:00Z|from {{DATE(2026-11-14T16:00:00Z, SHORT)}}, "
                + "{{TIME(2026-11-14T16:00:00Z)}} to {{DATE(2026-11-21T16:00:00Z, SHORT)}}, {{TIME(2026-11-21T16:00:00Z)}}",
        "2026-11-21T00:00:00Z|2026-11-21T16:00:00Z|from {{DATE(2026-11-21T00:00:00Z, SHORT)}}, "
                + "{{TIME(2026-11-21T00:00:00Z)}} to {{DATE(2026-11-21T16:00:00Z, SHORT)}}, {{TIME(2026-11-21T16:00:00Z)}}"
    })
    void windowsOfWholeDaysAreNamedAsAskedAndOthersInTheReadersTime(Instant from, Instant to, String words) {
        assertThat(CardText.window(from, to)).isEqualTo(words);
    }
}
