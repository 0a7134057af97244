package com.calltriage.command;

import com.calltriage.callrecord.GraphRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The window a question about a user's calls names, cut to the days calls are kept, with a note for the
 * card when it was cut. Lists and exports read it the same way.
 *
 * @param window the window to search
 * @param note   says the window was cut to the days kept; null when it was not
 */
public record CallWindow(TimeWindow window, String note) {
    private static final Duration KEPT = GraphRetention.PERIOD;

    /**
     * @param zone       the asker's time zone, whose days the window's dates are and the note names
     * @param withWindow the question asked again with another window, for the example in an answer
     * @throws UnclearQuestionException when the window cannot be read, or lies wholly before the days kept
     */
    public static CallWindow asked(Optional<String> range, Instant now, ZoneId zone,
                                   UnaryOperator<String> withWindow) {
        TimeWindow asked = TimeWindow.asked(range, now, zone, KEPT);
        Instant oldestKept = now.minus(KEPT);
        if (!asked.to().isAfter(oldestKept)) {
            throw new UnclearQuestionException("Calls are kept for " + KEPT.toDays() + " days",
                    "That window ended before " + TimeWindow.day(oldestKept, zone) + ", the oldest day I have. "
                            + "Ask for a window after it, such as: " + withWindow.apply("last 7 days") + ".");
        }
        TimeWindow window = asked.keptFrom(oldestKept);
        String note = window.equals(asked) ? null : "Calls are kept for " + KEPT.toDays()
                + " days, so I looked from " + TimeWindow.day(oldestKept, zone) + " on.";
        return new CallWindow(window, note);
    }
}
