package com.calltriage.ingest;

import com.calltriage.callrecord.GraphRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where a backfill asked to start at a day or a time begins. Graph keeps call records {@link GraphRetention#PERIOD}:
 * a day (UTC) that starts less than a day before the oldest call Graph still has begins at that call; any other
 * start before it, or a start that is not in the past, cannot be backfilled.
 *
 * @param verdict whether and where the backfill begins
 * @param at      where it begins: the start asked for, or Graph's oldest call
 * @param oldest  the start of the oldest call Graph still has
 */
public record BackfillStart(Verdict verdict, Instant at, Instant oldest) {

    /** How a start asked for compares with what Graph keeps. */
    public enum Verdict {
        /** Graph has every call since then: the backfill begins there. */
        AS_ASKED,
        /** The day began before the oldest call Graph has: the backfill begins at that call. */
        AT_OLDEST_CALL,
        /** Now or later: there is nothing to backfill. */
        NOT_IN_THE_PAST,
        /** Before the oldest call Graph has, and not the day it falls on. */
        BEYOND_RETENTION
    }

    /** A backfill from the start of a day, in UTC. */
    public static BackfillStart ofDay(LocalDate day, Instant now) {
        return of(day.atStartOfDay(ZoneOffset.UTC).toInstant(), true, now);
    }

    /** A backfill from a time. */
    public static BackfillStart ofTime(Instant time, Instant now) {
        return of(time, false, now);
    }

    private static BackfillStart of(Instant asked, boolean wholeDay, Instant now) {
        Instant oldest = now.minus(GraphRetention.PERIOD);
        if (!asked.isBefore(now)) {
            return new BackfillStart(Verdict.NOT_IN_THE_PAST, asked, oldest);
        }
        if (!asked.isBefore(oldest)) {
            return new BackfillStart(Verdict.AS_ASKED, asked, oldest);
        }
        boolean oldestDay = wholeDay && !asked.plus(Duration.ofDays(1)).isBefore(oldest);
        return oldestDay ? new BackfillStart(Verdict.AT_OLDEST_CALL, oldest, oldest)
                : new BackfillStart(Verdict.BEYOND_RETENTION, asked, oldest);
    }
}
