package com.calltriage.ingest.subscription;

import java.time.Instant;

/**
 * A change-notification subscription as Graph keeps it.
 *
 * @param id              Graph's id, which lifecycle notifications name
 * @param resource        what it watches, e.g. {@code /communications/callRecords}
 * @param notificationUrl where Graph posts the changes
 * @param expiresAt       when Graph drops it unless renewed
 */
public record Subscription(String id, String resource, String notificationUrl, Instant expiresAt) {
}
