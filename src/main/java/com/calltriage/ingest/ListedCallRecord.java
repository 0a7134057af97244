package com.calltriage.graph;

import java.time.Instant;

/**
 * A call record as Graph lists it: enough to decide whether to fetch it whole.
 *
 * @param id                   Graph's id, for {@link GraphCallRecords#fetch}
 * @param version              rises with each update of the record; null when Graph left it out
 * @param lastModifiedDateTime null when Graph left it out or sent something that is not a date
 */
public record ListedCallRecord(String id, Long version, Instant lastModifiedDateTime) {
}
