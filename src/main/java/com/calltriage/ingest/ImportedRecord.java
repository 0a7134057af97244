package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.UpsertOutcome;

/** A record the importer parsed and handed to the store, and what storing it did. */
public record ImportedRecord(CallRecord record, UpsertOutcome outcome) {
}
