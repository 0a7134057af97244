package com.calltriage.calls.report;

import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Audio client events, Audio signals and Video client events tabs: what each end's devices and network
 * reported on the audio or video lines, a column per end, coloured as the device and network rules rate it.
 */
final class ClientEventFacts {
    /** Share of the call each event lasted, or how often it happened; devices first, then the network. */
    private static final List<Metric> EVENTS = List.of(
            Metric.CAPTURE_NOT_FUNCTIONING_EVENT_RATIO, Metric.RENDER_NOT_FUNCTIONING_EVENT_RATIO,
            Metric.DEVICE_GLITCH_EVENT_RATIO, Metric.MIC_GLITCH_RATE, Metric.SPEAKER_GLITCH_RATE,
            Metric.DEVICE_CLIPPING_EVENT_RATIO, Metric.LOW_SPEECH_LEVEL_EVENT_RATIO,
            Metric.LOW_SPEECH_TO_NOISE_EVENT_RATIO, Metric.HOWLING_EVENT_COUNT, Metric.RENDER_MUTE_EVENT_RATIO,
            Metric.RENDER_ZERO_VOLUME_EVENT_RATIO, Metric.CPU_INSUFFICIENT_EVENT_RATIO,
            Metric.RECEIVED_QUALITY_EVENT_RATIO, Metric.SENT_QUALITY_EVENT_RATIO, Metric.DELAY_EVENT_RATIO,
            Metric.BANDWIDTH_LOW_EVENT_RATIO);
    private static final List<Metric> SIGNALS = List.of(
            Metric.INITIAL_SIGNAL_LEVEL_RMS, Metric.SENT_SIGNAL_LEVEL, Metric.SENT_NOISE_LEVEL,
            Metric.RECEIVED_SIGNAL_LEVEL, Metric.RECEIVED_NOISE_LEVEL);

    private final ValueMarks marks;

    ClientEventFacts(ValueMarks marks) {
        this.marks = marks;
    }

    Optional<SessionSection> audioEvents(List<SessionLine> lines) {
        return section(SessionTab.AUDIO_CLIENT_EVENTS, MediaKind.AUDIO, "Event", EVENTS, lines);
    }

    Optional<SessionSection> audioSignals(List<SessionLine> lines) {
        return section(SessionTab.AUDIO_SIGNALS, MediaKind.AUDIO, "Signal", SIGNALS, lines);
    }

    Optional<SessionSection> videoEvents(List<SessionLine> lines) {
        return section(SessionTab.VIDEO_CLIENT_EVENTS, MediaKind.VIDEO, "Event", EVENTS, lines);
    }

    private Optional<SessionSection> section(SessionTab tab, MediaKind kind, String rowsAre, List<Metric> metrics,
                                             List<SessionLine> lines) {
        return MetricTables.section(tab, lines.stream().filter(line -> line.kind() == kind)
                .map(line -> MetricTables.table(line.caption(), rowsAre,
                        line.ends().stream().map(this::column).toList(), List.of(), metrics))
                .flatMap(Optional::stream).toList());
    }

    /** An end's device and network values in one column: Graph reports them apart, people read them together. */
    private MetricTables.Column column(SessionLine.End end) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Map<Metric, Severity> rated = new EnumMap<>(Metric.class);
        if (end.device() != null) {
            values.putAll(end.device().metrics().asMap());
            rated.putAll(marks.ofDevice(end.device().metrics(), end.isPerson()));
        }
        if (end.network() != null) {
            values.putAll(end.network().metrics().asMap());
            rated.putAll(marks.ofNetwork(end.network(), end.isPerson()));
        }
        return new MetricTables.Column(end.who(), Measurements.of(values), rated);
    }
}
