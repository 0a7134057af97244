package com.calltriage.ingest;

import java.time.Instant;

/**
 * What one backfill did.
 *
 * @param listed         records the listing named
 * @param alreadyStored  listed records the store held at the same or a newer version, not fetched
 * @param fetched        records fetched whole
 * @param stored         fetched records that were new or newer than the stored version
 * @param gone           listed records Graph no longer had when fetched
 * @param failed         records that could not be fetched or stored
 * @param stoppedBecause why the listing ended early; null when every page was read
 */
public record BackfillReport(Instant since, Instant until, long listed, long alreadyStored, long fetched, long stored,
                             long gone, long failed, String stoppedBecause) {

    /** True when every page was read and every record that needed it was stored. */
    public boolean succeeded() {
        return stoppedBecause == null && failed == 0;
    }

    public String summary() {
        return "Backfill of calls from " + since + " until " + until + ": " + listed + " listed, " + alreadyStored
                + " already stored, " + fetched + " fetched (" + stored + " new or newer), " + gone + " gone, "
                + failed + " failed" + (stoppedBecause == null ? "" : "; stopped early: " + stoppedBecause);
    }
}
