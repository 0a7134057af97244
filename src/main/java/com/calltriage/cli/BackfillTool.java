package com.calltriage.cli;

import com.calltriage.callrecord.GraphRetention;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.BackfillReport;
import com.calltriage.ingest.BackfillStart;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code backfill --since DATE}: fetches from Graph the calls that started since a day (UTC) or a time, which the
 * store lacks, from where {@link BackfillStart} says a backfill of that day or time begins.
 */
final class BackfillTool implements Tool {
    static final String NAME = "backfill";
    private static final ToolOption SINCE = new ToolOption("--since");

    private final Backfill backfill;
    private final Clock clock;
    private final PrintStream out;

    /** @param backfill null when Graph is not configured */
    BackfillTool(Backfill backfill, Clock clock, PrintStream out) {
        this.backfill = backfill;
        this.clock = clock;
        this.out = out;
    }

    @Override
    public Outcome run(List<String> args, List<String> commandLine) throws UsageException {
        String since = SINCE.valueIn(commandLine)
                .orElseThrow(() -> new UsageException("backfill needs a start: backfill --since YYYY-MM-DD"));
        if (backfill == null) {
            throw new UsageException("backfill needs Microsoft Graph: set calltriage.graph.client-id and "
                    + "calltriage.graph.client-secret");
        }
        Instant now = clock.instant();
        BackfillStart start = start(since, now);
        long days = GraphRetention.PERIOD.toDays();
        switch (start.verdict()) {
            case NOT_IN_THE_PAST -> throw new UsageException("--since " + since + " is not in the past");
            case BEYOND_RETENTION -> throw new UsageException("--since " + since + " is more than " + days
                    + " days ago, and Graph keeps call records " + days + " days: the oldest start is "
                    + start.oldest());
            case AT_OLDEST_CALL -> out.println("Graph keeps call records " + days + " days: starting at " + start.at());
            case AS_ASKED -> { }
        }
        BackfillReport report = backfill.run(start.at(), now, out::println);
        out.println(report.summary());
        return report.succeeded() ? Outcome.DONE : Outcome.SOME_FAILED;
    }

    private static BackfillStart start(String since, Instant now) throws UsageException {
        try {
            return BackfillStart.ofDay(LocalDate.parse(since), now);
        } catch (DateTimeParseException notADay) {
            try {
                return BackfillStart.ofTime(Instant.parse(since), now);
            } catch (DateTimeParseException notATime) {
                throw new UsageException("--since takes a day (2026-11-01) or a UTC time (2026-11-01T08:00:00Z), not '"
                        + since + "'");
            }
        }
    }
}
