package com.calltriage.ingest;

import java.time.Instant;

/**
 * A call record as a listing names it: enough to decide whether to fetch it whole.
 *
 * @param id                   the record's id, for {@link CallRecordSource#fetch}
 * @param version              rises with each update of the record; null when the listing left it out
 * @param lastModifiedDateTime null when the listing left it out or sent something that is not a date
 */
public record ListedCallRecord(String id, Long version, Instant lastModifiedDateTime) {
}
