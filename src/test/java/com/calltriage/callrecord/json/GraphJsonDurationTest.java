package com.calltriage.callrecord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphJsonDurationTest {

    private static Double read(String text) {
        ObjectNode parent = JsonNodeFactory.instance.objectNode().put("averageJitter", text);
        return GraphJson.durationMillis(parent, "averageJitter", "$.media[0]");
    }

    /** What {@link Duration#parse} makes of the text, in the milliseconds durationMillis gives. */
    private static double byDurationParse(String text) {
        Duration duration = Duration.parse(text);
        return duration.getSeconds() * 1000.0 + duration.getNano() / 1_000_000.0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0.045S", "PT0S", "PT12.5S", "PT0,5S", "PT1.123456789S", "PT604800S", "PT0.000000001S",
        "PT1M2.5S", "PT1H", "-PT0.5S", "PT-0.5S", "P1D", "PT0.02S", "PT00012.10S"})
    void readsEveryIsoFormToWhatDurationParseMakesOfIt(String text) {
        assertThat(read(text)).isEqualTo(byDurationParse(text));
    }

    @Test
    void readsTheSecondsFormAsDurationParseDoesForAnyNumberOfDecimals() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextInt(604_800);
            int decimals = 1 + random.nextInt(9);
            String fraction = String.format("%09d", random.nextInt(1_000_000_000)).substring(0, decimals);
            String text = "PT" + seconds + "." + fraction + "S";
            assertThat(read(text)).as(text).isEqualTo(byDurationParse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToDurationParse() {
        assertThat(GraphJson.secondsDurationNanos("PT0.045S")).isEqualTo(45_000_000L);
        assertThat(GraphJson.secondsDurationNanos("PT3S")).isEqualTo(3_000_000_000L);
        for (String other : new String[] {"PT1M2S", "-PT1S", "PT.5S", "PT5.S", "PT1.1234567891S", "PTS", "PT5",
            "P1D", "PT1234567890S", "PT 5S", "PT+5S"}) {
            assertThat(GraphJson.secondsDurationNanos(other)).as(other).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PT999999999S | 'PT999999999S' is longer than any call lasts",
        "PT604800.000000001S | is longer than any call lasts",
        "PT9999999999S | is longer than any call lasts",
        "PT.5S | 'PT.5S' is not an ISO-8601 duration",
        "PT1.1234567891S | is not an ISO-8601 duration",
        "Pfive | 'Pfive' is not an ISO-8601 duration"})
    void rejectsWhatNoCallLastsAndWhatIsNoDurationWithItsPath(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidCallRecordException.class)
                .hasMessageStartingWith("$.media[0].averageJitter: ").hasMessageContaining(message);
    }
}
