package com.calltriage.calls.report;

import com.calltriage.quality.Severity;
import java.util.List;

/**
 * The reasons about one person's media (audio, video, screen sharing), or about their device and network, or
 * about the call itself, worst first, with a measure's average and peak said in one line.
 *
 * @param title who and what, e.g. "Alice Wood · Wi-Fi · audio"
 * @param lines worst first
 */
public record ReasonGroup(String title, List<Line> lines) {
    public ReasonGroup {
        lines = List.copyOf(lines);
    }

    /** A line with its severity for colour, e.g. "jitter 48 ms on average, 95 ms at peak on audio Alice received". */
    public record Line(Severity severity, String text) {
    }
}
