package com.calltriage.calls.report;

import java.time.Instant;
import java.util.List;

/**
 * One session on the debug card, as the Session details report shows it: a line naming it, then its tabs.
 *
 * @param title    who connected to whom
 * @param start    when the session started
 * @param end      when it ended; may be null
 * @param sections the tabs that have data for this session, in the report's order
 */
public record DebugSession(String title, Instant start, Instant end, List<SessionSection> sections) {
    public DebugSession {
        sections = List.copyOf(sections);
    }
}
