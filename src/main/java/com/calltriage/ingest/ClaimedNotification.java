package com.calltriage.ingest;

import java.time.Instant;

/**
 * A queued notification one worker holds until its lease ends or it completes or reschedules the entry.
 *
 * @param id           the queue entry, for {@link NotificationQueue#complete} and {@link NotificationQueue#retryLater}
 * @param callRecordId the record to fetch
 * @param changeType   as Graph sent it
 * @param receivedAt   when the webhook accepted it
 * @param attempts     how many times the entry has been claimed, this claim included
 * @param lastError    why the previous attempt failed; null when none did
 */
public record ClaimedNotification(long id, String callRecordId, String changeType, Instant receivedAt,
                                  int attempts, String lastError) {
}
