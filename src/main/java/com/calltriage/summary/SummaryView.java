package com.calltriage.summary;

import com.calltriage.command.reply.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A summary of call quality for managers: aggregates only, never a person's name or a call.
 *
 * @param scope        what it covers: "All calls", or a building's name
 * @param from         start of the window
 * @param to           end of the window
 * @param zone         the time zone whose days the window's are
 * @param headline     one sentence: how many calls were poor and how that compares with the period before
 * @param table        the rows Calls, Poor calls, Unrated calls, Call setup failures, Dropped calls, Poor audio
 *                     streams, in that order
 * @param causes       the main causes of poor calls, most frequent first
 * @param placesTitle  what {@code places} are: worst buildings, or worst networks
 * @param places       the worst places with at least {@code minimumCalls} calls, worst first
 * @param minimumCalls the volume a place needs to be ranked
 * @param connections  wired, Wi-Fi 2.4 / 5 GHz, VPN ...
 * @param corporate    inside and outside the corporate network, against the targets of each
 * @param versions     client versions with the most poor calls
 * @param trend        the daily rates of the last 30 days up to the window's last day, oldest first
 * @param note         a remark on the window, such as calls reaching past what is kept; may be null
 * @param buttons      other summaries to ask for, as title and command
 */
public record SummaryView(String scope, Instant from, Instant to, ZoneId zone, String headline, List<Row> table,
                          List<Line> causes, String placesTitle, List<Line> places, int minimumCalls,
                          List<Line> connections, List<Line> corporate, List<Line> versions, List<Day> trend,
                          String note, List<Button> buttons) implements Reply {
    public SummaryView {
        table = List.copyOf(table);
        causes = List.copyOf(causes);
        places = List.copyOf(places);
        connections = List.copyOf(connections);
        corporate = List.copyOf(corporate);
        versions = List.copyOf(versions);
        trend = List.copyOf(trend);
        buttons = List.copyOf(buttons);
    }

    /**
     * One row of the table.
     *
     * @param label         Calls, Poor calls, ...
     * @param number        how many
     * @param rate          the share, "2.4%"; empty for Calls
     * @param target        Microsoft's target over all calls, "target 3.0%"; empty when it has none
     * @param missesTarget  whether the rate is over the target
     * @param previous      the previous period's rate and the change since, or its count for Calls
     * @param weekAverage   the rate over the 7 days up to the window's last day, or calls a day for Calls
     */
    public record Row(String label, long number, String rate, String target, boolean missesTarget, String previous,
                      String weekAverage) {
    }

    /** A named line of a breakdown: "Wi-Fi 2.4 GHz" and "12 calls, 25.0% poor". */
    public record Line(String name, String figures, boolean missesTarget) {
    }

    /**
     * One day of the trend.
     *
     * @param poorCallRate  poor calls among rated calls; NaN for a day without rated calls
     * @param poorAudioRate poor audio streams among classified ones; NaN when none
     */
    public record Day(LocalDate day, long calls, double poorCallRate, double poorAudioRate) {
    }

    /** A button that asks for another summary. */
    public record Button(String title, String command) {
    }
}
