package com.calltriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** Where whole call records come from when a notification names one: Microsoft Graph in production. */
public interface CallRecordSource {

    /**
     * The whole record as Graph JSON, with every session and its segments and the participants, all pages
     * joined into one document in the import format.
     *
     * @return empty when the record is gone (Graph keeps records
     *         {@link com.calltriage.callrecord.GraphRetention#PERIOD}): such a notification is dropped
     * @throws IOException when Graph could not be reached or kept failing; the notification stays queued
     */
    Optional<JsonNode> fetch(String callRecordId) throws IOException;
}
