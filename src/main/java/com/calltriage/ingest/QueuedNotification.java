package com.calltriage.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Graph change notification as the queue keeps it: which call record changed, how, and when we heard.
 *
 * @param callRecordId the record's Graph id (a GUID in practice): letters, digits, {@code - _ .}, at most 128
 * @param changeType   Graph's {@code changeType}, such as {@code created} or {@code updated}: letters, at most 40
 * @param receivedAt   when the webhook accepted it; the queue's lag is measured from here
 */
public record QueuedNotification(String callRecordId, String changeType, Instant receivedAt) {
    // As wide as the store's record ids; the characters keep a forged id out of logs and URLs.
    private static final Pattern CALL_RECORD_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern CHANGE_TYPE = Pattern.compile("[A-Za-z]{1,40}");

    public QueuedNotification {
        if (!isCallRecordId(callRecordId)) {
            throw new IllegalArgumentException("Not a call record id: " + callRecordId);
        }
        if (changeType == null || !CHANGE_TYPE.matcher(changeType).matches()) {
            throw new IllegalArgumentException("Not a change type: " + changeType);
        }
        Objects.requireNonNull(receivedAt, "A queued notification needs the time it was received");
    }

    /** True when the text can be a change type as Graph names them. */
    public static boolean isChangeType(String text) {
        return text != null && CHANGE_TYPE.matcher(text).matches();
    }

    /** True when the text can be a call record id, so a notification naming it can be queued. */
    public static boolean isCallRecordId(String text) {
        return text != null && CALL_RECORD_ID.matcher(text).matches();
    }
}
