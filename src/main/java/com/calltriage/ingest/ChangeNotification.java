package com.calltriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Graph change notification for {@code /communications/callRecords}: the record's id from
 * {@code resourceData.id}, else from the resource path ({@code communications/callRecords/{id}}, or the
 * {@code callRecords('{id}')} form). Nothing else in it is trusted or needed: the worker fetches the whole
 * record.
 */
final class ChangeNotification {
    private static final Pattern RESOURCE = Pattern.compile(
            "/?communications/callRecords(?:/([^/?()']+)|\\('([^/?()']+)'\\))", Pattern.CASE_INSENSITIVE);
    private static final String UNKNOWN_CHANGE = "unknown";

    private ChangeNotification() {
    }

    /** The notification as the queue keeps it; empty when it names no call record. */
    static Optional<QueuedNotification> queued(JsonNode notification, Instant receivedAt) {
        return callRecordId(notification).map(id -> new QueuedNotification(id, changeType(notification), receivedAt));
    }

    private static Optional<String> callRecordId(JsonNode notification) {
        String id = notification.path("resourceData").path("id").textValue();
        if (id == null) {
            Matcher resource = RESOURCE.matcher(notification.path("resource").asText(""));
            if (resource.matches()) {
                id = resource.group(1) != null ? resource.group(1) : resource.group(2);
            }
        }
        return QueuedNotification.isCallRecordId(id) ? Optional.of(id) : Optional.empty();
    }

    private static String changeType(JsonNode notification) {
        String changeType = notification.path("changeType").textValue();
        return QueuedNotification.isChangeType(changeType) ? changeType : UNKNOWN_CHANGE;
    }
}
