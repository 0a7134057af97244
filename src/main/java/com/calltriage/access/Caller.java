package com.calltriage.access;

/**
 * The person asking, as the chat channel identified them.
 *
 * @param objectId Entra object id ({@code from.aadObjectId}); null when the channel did not send one
 * @param name     display name as the channel sent it
 * @param tenantId the tenant the message came from; may be null
 */
public record Caller(String objectId, String name, String tenantId) {
}
