package com.calltriage.callrecord;

import java.util.List;
import java.util.Optional;

/**
 * One page of a user's calls, newest first.
 *
 * @param calls the calls on this page
 * @param next  where the next page starts; empty on the last page
 * @param total how many calls the user had in the whole window, on every page, so a list can say "10 of 37"
 */
public record CallPage(List<CallRecord> calls, Optional<PageCursor> next, int total) {
    public CallPage {
        calls = List.copyOf(calls);
    }
}
