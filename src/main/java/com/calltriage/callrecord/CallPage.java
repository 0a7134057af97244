package com.calltriage.callrecord;

import java.util.List;
import java.util.Optional;

/**
 * One page of a user's calls, newest first.
 *
 * @param calls the calls on this page
 * @param next  where the next page starts; empty on the last page
 */
public record CallPage(List<CallRecord> calls, Optional<PageCursor> next) {
    public CallPage {
        calls = List.copyOf(calls);
    }
}
