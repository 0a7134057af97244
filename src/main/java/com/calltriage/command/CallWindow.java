package com.calltriage.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The window a question about a user's calls names, cut to the days calls are kept, with a note for the
 * card when it was cut. Lists and exports read it the same way.
 *
 * @param window the window to search
 * @param note   says the window was cut to the days kept; null when it was not
 */
record CallWindow(TimeWindow window, String note) {
    static final Duration KEPT = Duration.ofDays(30);

    /**
     * @param term the user as the question named them, for the example in an answer
     * @throws UnclearQuestionException when the window cannot be read, or lies wholly before the days kept
     */
    static CallWindow asked(Optional<String> range, String term, Instant now) {
        TimeWindow asked = TimeWindow.asked(range, now, KEPT);
        Instant oldestKept = now.minus(KEPT);
        if (!asked.to().isAfter(oldestKept)) {
            throw new UnclearQuestionException("Calls are kept for " + KEPT.toDays() + " days",
                    "That window ended before " + TimeWindow.day(oldestKept) + ", the oldest day I have. "
                            + "Ask for a window after it, such as: calls for " + term + " last 7 days.");
        }
        TimeWindow window = asked.keptFrom(oldestKept);
        String note = window.equals(asked) ? null : "Calls are kept for " + KEPT.toDays()
                + " days, so I looked from " + TimeWindow.day(oldestKept) + " on.";
        return new CallWindow(window, note);
    }
}
