package com.calltriage.quality;

import com.calltriage.callrecord.PageCursor;
import java.util.List;
import java.util.Optional;

/**
 * One page of a user's calls as a list shows them, newest first.
 *
 * @param calls the calls on this page
 * @param next  where the next page starts, carrying the total; empty on the last page
 * @param total how many calls the user had in the whole window, on every page
 */
public record SummaryPage(List<CallSummary> calls, Optional<PageCursor> next, int total) {
    public SummaryPage {
        calls = List.copyOf(calls);
    }
}
