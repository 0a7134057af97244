package com.calltriage.calls.report;

import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.TraceRouteHop;
import com.calltriage.quality.MediaKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Traceroutes tab: the hops each end's client traced towards the media relay, a table per end. Clients trace
 * only while there is audio, so the audio lines are read; the media itself may have taken another path.
 */
final class TraceRouteFacts {
    private TraceRouteFacts() {
    }

    static Optional<SessionSection> of(List<SessionLine> lines) {
        List<SessionLine> audio = lines.stream().filter(line -> line.kind() == MediaKind.AUDIO).toList();
        List<FactTable> tables = new ArrayList<>();
        Set<List<TraceRouteHop>> seen = new HashSet<>();
        for (SessionLine line : audio) {
            for (SessionLine.End end : line.ends()) {
                NetworkInfo network = end.network();
                // A later segment over the same network traced the same path: once is enough.
                if (network == null || network.traceRouteHops().isEmpty() || !seen.add(network.traceRouteHops())) {
                    continue;
                }
                tables.add(new FactTable(audio.size() > 1 ? end.who() + " · segment " + line.segment() : end.who(),
                        List.of("Hop", "IP address", "Round trip"), network.traceRouteHops().stream()
                        .map(TraceRouteFacts::row).toList()));
            }
        }
        return tables.isEmpty() ? Optional.empty()
                : Optional.of(new SessionSection(SessionTab.TRACEROUTES, List.of(), tables));
    }

    private static FactTable.Row row(TraceRouteHop hop) {
        return new FactTable.Row(hop.hopCount() == null ? "?" : String.valueOf(hop.hopCount()), List.of(
                FactTable.Cell.of(hop.ipAddress()),
                FactTable.Cell.of(hop.roundTripTimeMs() == null ? null
                        : ReasonText.format(Metric.AVERAGE_ROUND_TRIP_TIME, hop.roundTripTimeMs()))));
    }
}
