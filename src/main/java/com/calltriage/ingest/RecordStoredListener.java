package com.calltriage.ingest;

import java.util.Set;

/**
 * Told when a notification brought a new record, or a newer version of one, into the store: caches of
 * answers about the people in that call are out of date from then on. Not told when the record was
 * unchanged or older than the stored one.
 */
@FunctionalInterface
public interface RecordStoredListener {

    /** Listens to nothing: for when no one keeps answers about users. */
    RecordStoredListener NONE = (callRecordId, participantUserIds) -> { };

    /**
     * @param callRecordId       the record stored
     * @param participantUserIds Entra object ids of the users who took part (phones and guests left out)
     */
    void recordStored(String callRecordId, Set<String> participantUserIds);
}
