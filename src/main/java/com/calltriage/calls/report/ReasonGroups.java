package com.calltriage.calls.report;

import static com.calltriage.callrecord.Metric.AVERAGE_JITTER;
import static com.calltriage.callrecord.Metric.AVERAGE_PACKET_LOSS_RATE;
import static com.calltriage.callrecord.Metric.AVERAGE_RATIO_OF_CONCEALED_SAMPLES;
import static com.calltriage.callrecord.Metric.AVERAGE_ROUND_TRIP_TIME;
import static com.calltriage.callrecord.Metric.MAX_JITTER;
import static com.calltriage.callrecord.Metric.MAX_PACKET_LOSS_RATE;
import static com.calltriage.callrecord.Metric.MAX_RATIO_OF_CONCEALED_SAMPLES;
import static com.calltriage.callrecord.Metric.MAX_ROUND_TRIP_TIME;

import com.calltriage.access.Masking;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.Cause;
import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A call's reasons as a person can take them in: grouped per person and media, a measure's average and peak in
 * one line, the worst group and line first. The same reason found in several sessions or on several media lines
 * is said once, with its worst value.
 */
public final class ReasonGroups {
    private ReasonGroups() {
    }

    /** Measures Graph reports as an average and a peak, each judged by a rule of its own. */
    private enum Measure {
        JITTER("jitter", AVERAGE_JITTER, MAX_JITTER),
        PACKET_LOSS("packet loss", AVERAGE_PACKET_LOSS_RATE, MAX_PACKET_LOSS_RATE),
        ROUND_TRIP("round trip", AVERAGE_ROUND_TRIP_TIME, MAX_ROUND_TRIP_TIME),
        CONCEALED("concealed samples", AVERAGE_RATIO_OF_CONCEALED_SAMPLES, MAX_RATIO_OF_CONCEALED_SAMPLES);

        private final String words;
        private final Metric average;
        private final Metric peak;

        Measure(String words, Metric average, Metric peak) {
            this.words = words;
            this.average = average;
            this.peak = peak;
        }

        static Measure of(Metric metric) {
            return Stream.of(values()).filter(m -> m.average == metric || m.peak == metric).findFirst().orElse(null);
        }
    }

    /**
     * Whose reasons, on which connection, about what: a media, their device or their network; the call itself for
     * failures.
     */
    private record GroupKey(boolean call, Identity person, String connection, String about) {
    }

    /** One line of a group: a measure (its average and peak together), or a rule. */
    private record LineKey(Reason.Direction direction, Object measureOrRule) {
    }

    /**
     * @param ranked the reasons main cause first, as a diagnosis ranks them
     * @param masking names people as the asker may see them, and hides Wi-Fi details from those who may not
     */
    public static List<ReasonGroup> of(List<Reason> ranked, Masking masking) {
        Map<GroupKey, Map<LineKey, List<Reason>>> groups = new LinkedHashMap<>();
        for (Reason reason : ranked) {
            List<Reason> parts = groups.computeIfAbsent(groupKey(reason), key -> new LinkedHashMap<>())
                    .computeIfAbsent(lineKey(reason), key -> new ArrayList<>());
            // Ranked, so the first reason about a metric is its worst value.
            if (parts.stream().noneMatch(part -> part.metric() == reason.metric())) {
                parts.add(reason);
            }
        }
        return groups.entrySet().stream()
                .map(group -> new ReasonGroup(title(group.getKey(), masking), group.getValue().values().stream()
                        .map(parts -> line(parts, masking)).toList()))
                .toList();
    }

    private static GroupKey groupKey(Reason reason) {
        boolean call = reason.cause() == Cause.CALL_SETUP || reason.cause() == Cause.DROPPED;
        if (call) {
            return new GroupKey(true, null, null, null);
        }
        if (reason.media() != null) {
            return new GroupKey(false, reason.person(), reason.connection(), reason.media().words());
        }
        // A device is the same whatever the connection.
        return reason.cause() == Cause.DEVICE ? new GroupKey(false, reason.person(), null, "device")
                : new GroupKey(false, reason.person(), reason.connection(), "network");
    }

    private static LineKey lineKey(Reason reason) {
        Measure measure = reason.metric() == null ? null : Measure.of(reason.metric());
        return new LineKey(reason.direction(), measure != null ? measure : reason.ruleId());
    }

    /** "Alice Wood · Wi-Fi · audio", "Alice Wood · Wi-Fi · network", "Alice Wood · device", "The call". */
    private static String title(GroupKey key, Masking masking) {
        if (key.call()) {
            return "The call";
        }
        String who = key.person() == null ? "Teams service" : masking.nameOf(key.person());
        return Stream.of(who, key.connection() == null ? null : ReasonText.connectionName(key.connection()),
                key.about()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private static ReasonGroup.Line line(List<Reason> parts, Masking masking) {
        Severity severity = parts.stream().map(Reason::severity).min(Comparator.naturalOrder()).orElseThrow();
        return new ReasonGroup.Line(severity, text(parts, masking));
    }

    private static String text(List<Reason> parts, Masking masking) {
        Reason first = parts.get(0);
        if (first.metric() == null || first.severity() == Severity.NOTE) {
            return first.cause() == Cause.CALL_SETUP || first.cause() == Cause.DROPPED
                    || first.severity() == Severity.NOTE ? ReasonText.sentence(first, masking) : first.words();
        }
        if (first.metric() == Metric.WIFI_SIGNAL_STRENGTH && !masking.showsDebug()) {
            return "weak Wi-Fi signal";
        }
        Measure measure = Measure.of(first.metric());
        String value = measure == null ? first.words() + " " + ReasonText.format(first.metric(), first.measured())
                : measure.words + " " + averageAndPeak(parts, measure);
        if (first.direction() != null) {
            String who = first.person() == null ? "the Teams service" : masking.nameOf(first.person());
            return value + " on " + first.media().words() + " " + who + " "
                    + (first.direction() == Reason.Direction.RECEIVED ? "received" : "sent");
        }
        return switch (first.metric().unit()) {
            case RATIO -> first.words() + " for " + ReasonText.format(first.metric(), first.measured())
                    + " of the call";
            case COUNT -> first.words() + " " + (first.measured() == 1 ? "once" : Math.round(first.measured())
                    + " times");
            default -> value;
        };
    }

    /** "48 ms on average, 95 ms at peak", or the one of them that broke its rule. */
    private static String averageAndPeak(List<Reason> parts, Measure measure) {
        List<String> values = new ArrayList<>();
        parts.stream().filter(part -> part.metric() == measure.average).findFirst()
                .ifPresent(average -> values.add(ReasonText.format(average.metric(), average.measured())
                        + " on average"));
        parts.stream().filter(part -> part.metric() == measure.peak).findFirst()
                .ifPresent(peak -> values.add(ReasonText.format(peak.metric(), peak.measured()) + " at peak"));
        return String.join(", ", values);
    }
}
