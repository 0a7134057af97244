package com.calltriage.summary;

import java.time.LocalTime;

/**
 * What the summary commands need besides the command context: the store of totals and morning cards, and the local
 * time managers get their card at.
 */
public record Summaries(SummaryStore store, LocalTime sendAt) {
    /** The local time the morning card goes out unless configured otherwise. */
    public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(8, 0);

    /** No totals at all, for a core built without a store of them. */
    public static final Summaries NONE = new Summaries(SummaryStore.NONE, DEFAULT_SEND_AT);
}
