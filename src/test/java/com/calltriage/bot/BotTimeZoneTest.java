package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Days are the asker's: Sam asks from Los Angeles at 19:00 on 21 November, when it is already the 22nd in UTC, and
 * his Teams client says so in the activity. The card's Export button repeats the window searched to the second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-time-zone;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true"
})
class BotTimeZoneTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String ALICE = DemoTenant.objectIdOf("alice");
    private static final Instant EVENING_IN_LOS_ANGELES = Instant.parse("2026-11-22T03:00:00Z");

    @LocalServerPort
    int port;

    /** The server starts, and generates its demo calls, in the evening in Los Angeles. */
    @TestConfiguration
    static class EveningInLosAngeles {
        @Bean
        @Primary
        TestClock eveningClock() {
            return new TestClock(EVENING_IN_LOS_ANGELES);
        }
    }

    /** Where the activity carries the zone of the asker's Teams client, if anywhere. */
    enum ZoneSent {
        LOCAL_TIMEZONE {
            @Override
            void into(ObjectNode activity, String zone) {
                activity.put("localTimezone", zone);
            }
        },
        CLIENT_INFO {
            @Override
            void into(ObjectNode activity, String zone) {
                activity.putArray("entities").addObject().put("type", "clientInfo").put("locale", "en-US")
                        .put("timezone", zone);
            }
        },
        NOWHERE {
            @Override
            void into(ObjectNode activity, String zone) {
            }
        };

        abstract void into(ObjectNode activity, String zone);
    }

    @ParameterizedTest(name = "\"{0}\" with {2} in {1} reads \"{3}\" and searches from {4} to {5}")
    @CsvSource(delimiter = '|', value = {
        "yesterday|LOCAL_TIMEZONE|America/Los_Angeles|on 2026-11-20 (America/Los_Angeles)"
                + "|2026-11-20T08:00:00Z|2026-11-21T08:00:00Z",
        "today|LOCAL_TIMEZONE|America/Los_Angeles|{{DATE(2026-11-21T08:00:00Z, SHORT)}}"
                + "|2026-11-21T08:00:00Z|2026-11-22T03:00:00Z",
        // Summer time ended in Los Angeles on 1 November: that day starts at 07:00 UTC, the 6th at 08:00.
        "from 2026-11-01 to 2026-11-05|CLIENT_INFO|America/Los_Angeles"
                + "|from 2026-11-01 to 2026-11-05 (America/Los_Angeles)|2026-11-01T07:00:00Z|2026-11-06T08:00:00Z",
        "yesterday|NOWHERE||on 2026-11-21 (UTC)|2026-11-21T00:00:00Z|2026-11-22T00:00:00Z",
        // A zone no one could place a time in counts as none.
        "yesterday|LOCAL_TIMEZONE|America/Los Angeles|on 2026-11-21 (UTC)|2026-11-21T00:00:00Z|2026-11-22T00:00:00Z"
    })
    void daysAreThoseOfTheZoneTheAskersClientSendsAndTheCardNamesIt(String window, ZoneSent sent, String zone,
                                                                      String words, String from, String to)
            throws Exception {
        ObjectNode question = BotActivities.message("calls for alice " + window, SAM, DemoTenant.HOME_TENANT_ID,
                "http://localhost:9/");
        sent.into(question, zone);

        String card = new BotClient(port).cardFor(question).toString();

        assertThat(card).contains(words).contains("export calls for " + ALICE + " from " + from + " to " + to);
    }
}
