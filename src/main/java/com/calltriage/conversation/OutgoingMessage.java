package com.calltriage.conversation;

/**
 * A message the bot sends on its own, as written to the outbox: where it goes, and the activity to send, as the
 * Bot Connector's JSON (the bot edge renders cards before they are queued, so delivery is a plain POST or PUT).
 *
 * @param key        unique per message, chosen by whoever queues it ({@code private:<turn id>},
 *                   {@code escalation:E-12:card}); queuing the same key twice keeps the first, so a retried turn or
 *                   a second replica never sends a message twice
 * @param target     where it goes
 * @param activityJson the activity to send (type message, with its attachments), as JSON
 */
public record OutgoingMessage(String key, Target target, String activityJson) {

    /**
     * Where an outgoing message goes.
     *
     * @param kind           to a person's personal chat, a new message (or thread) in a conversation, or an
     *                       update of a message sent before
     * @param tenantId       the tenant of the person or conversation
     * @param userObjectId   for {@link Kind#PERSONAL_CHAT}: the person, reached through their kept personal chat
     * @param conversationId for {@link Kind#CONVERSATION} and {@link Kind#UPDATE}: the conversation
     * @param updatesKey     for {@link Kind#UPDATE}: the key of the message whose delivered activity is replaced
     */
    public record Target(Kind kind, String tenantId, String userObjectId, String conversationId, String updatesKey) {

        public static Target personalChat(String tenantId, String userObjectId) {
            return new Target(Kind.PERSONAL_CHAT, tenantId, userObjectId, null, null);
        }

        public static Target conversation(String tenantId, String conversationId) {
            return new Target(Kind.CONVERSATION, tenantId, null, conversationId, null);
        }

        public static Target update(String tenantId, String updatesKey) {
            return new Target(Kind.UPDATE, tenantId, null, null, updatesKey);
        }
    }

    /** What kind of delivery a message needs. */
    public enum Kind {
        PERSONAL_CHAT, CONVERSATION, UPDATE
    }
}
