package com.calltriage.calls.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTextTest {
    @ParameterizedTest(name = "{0} {1} reads {2}")
    @CsvSource({
        "AVERAGE_JITTER, 48.4, 48 ms",
        "AVERAGE_PACKET_LOSS_RATE, 0.14, 14%",
        "MAX_RATIO_OF_CONCEALED_SAMPLES, 0.07, 7%",
        "AVERAGE_PACKET_LOSS_RATE, 0.0333, 3.3%",
        "CAPTURE_NOT_FUNCTIONING_EVENT_RATIO, 0.005, 0.5%",
        "AVERAGE_AUDIO_DEGRADATION, 1.0, 1",
        "AVERAGE_AUDIO_DEGRADATION, 1.25, 1.3",
        "AVERAGE_VIDEO_FRAME_RATE, 6.5, 6.5 fps",
        "WIFI_SIGNAL_STRENGTH, 29, 29%"
    })
    void valuesReadAsPeopleSayThem(Metric metric, double value, String text) {
        assertThat(ReasonText.format(metric, value)).isEqualTo(text);
    }
}
