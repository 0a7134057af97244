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
    /** The longest key an outbox keeps. */
    public static final int MAX_KEY_LENGTH = 400;

    /**
     * Refuses a message no outbox could deliver, before it is queued.
     *
     * @throws IllegalArgumentException naming the message, when its key is blank or longer than
     *                                  {@link #MAX_KEY_LENGTH}, or it lacks its tenant, its activity, or what its
     *                                  kind of delivery needs (the person, the conversation, the key it updates)
     */
    public void requireDeliverable() {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("An outbox key is 1 to " + MAX_KEY_LENGTH + " characters, not "
                    + (key == null ? "null" : key.length() + " characters"));
        }
        String needed = switch (target.kind()) {
            case PERSONAL_CHAT -> target.userObjectId();
            case CONVERSATION -> target.conversationId();
            case UPDATE -> target.updatesKey();
        };
        if (isBlank(target.tenantId()) || isBlank(needed) || isBlank(activityJson)) {
            throw new IllegalArgumentException("Outbox message " + key + " lacks its tenant, its activity or what a "
                    + target.kind() + " delivery needs: " + target);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

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
