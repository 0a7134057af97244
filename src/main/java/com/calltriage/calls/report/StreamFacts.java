package com.calltriage.calls.report;

import com.calltriage.callrecord.MediaStream;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.MediaKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Audio streams, Video streams and App sharing streams tabs: for each media line of the kind, a column per
 * stream headed by who sent it to whom, and each metric the stream reported, coloured as the rules rate it.
 */
final class StreamFacts {
    private static final List<Metric> METRICS = Arrays.stream(Metric.values())
            .filter(metric -> metric.scope() == Metric.Scope.STREAM).toList();
    private static final String CODEC = "Codec";
    private static final String BYPASSED = "Media bypassed";

    private final ValueMarks marks;

    StreamFacts(ValueMarks marks) {
        this.marks = marks;
    }

    /** One of the three stream tabs; empty when no line of its kind reported anything. */
    Optional<SessionSection> of(SessionTab tab, List<SessionLine> lines) {
        Set<MediaKind> kinds = switch (tab) {
            case AUDIO_STREAMS -> Set.of(MediaKind.AUDIO);
            case VIDEO_STREAMS -> Set.of(MediaKind.VIDEO);
            case APP_SHARING_STREAMS -> Set.of(MediaKind.VIDEO_BASED_SCREEN_SHARING, MediaKind.APP_SHARING);
            default -> throw new IllegalArgumentException("Not a stream tab: " + tab);
        };
        return MetricTables.section(tab, lines.stream().filter(line -> kinds.contains(line.kind()))
                .map(this::table).flatMap(Optional::stream).toList());
    }

    private Optional<FactTable> table(SessionLine line) {
        // "No" is what nearly every stream says; the row earns its place only when some stream was bypassed.
        boolean anyBypassed = line.media().streams().stream().anyMatch(s -> Boolean.TRUE.equals(s.wasMediaBypassed()));
        List<MetricTables.Column> columns = line.media().streams().stream()
                .map(stream -> new MetricTables.Column(direction(stream, line), stream.metrics(),
                        marks.ofStream(line.kind(), stream.metrics()), texts(stream, anyBypassed)))
                .toList();
        return MetricTables.table(line.caption(), "Metric", columns, List.of(CODEC, BYPASSED), METRICS);
    }

    private static Map<String, String> texts(MediaStream stream, boolean anyBypassed) {
        Map<String, String> texts = new HashMap<>();
        texts.put(CODEC, stream.audioCodec() != null ? stream.audioCodec() : stream.videoCodec());
        if (anyBypassed && stream.wasMediaBypassed() != null) {
            texts.put(BYPASSED, stream.wasMediaBypassed() ? "Yes" : "No");
        }
        return texts;
    }

    /**
     * Which way a stream went in people's terms: "Alice Wood → Bob Stone" between two people; "Sent by Alice
     * Wood" or "Received by Alice Wood" when the other end is a service, such as a meeting's media server.
     */
    static String direction(MediaStream stream, SessionLine line) {
        if (stream.direction() == MediaStream.StreamDirection.UNKNOWN) {
            return "Stream " + stream.streamId();
        }
        boolean toCallee = stream.direction() == MediaStream.StreamDirection.CALLER_TO_CALLEE;
        SessionLine.End from = toCallee ? line.caller() : line.callee();
        SessionLine.End to = toCallee ? line.callee() : line.caller();
        if (from.isPerson() == to.isPerson()) {
            return from.who() + " → " + to.who();
        }
        return from.isPerson() ? "Sent by " + from.who() : "Received by " + to.who();
    }
}
