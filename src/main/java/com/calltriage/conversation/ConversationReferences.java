package com.calltriage.conversation;

import java.util.Optional;

/**
 * The conversation references the bot keeps, one per conversation, shared by every replica. Implementations are
 * safe for concurrent use by several processes.
 */
public interface ConversationReferences {

    /**
     * Keeps the reference, replacing what was kept for the same conversation; a newer activity's values win, and a
     * value the activity left out (a time zone, say) keeps the one known. Remembering makes a conversation usable
     * again.
     */
    void remember(ConversationReference reference);

    /** The personal chat with this person, if the bot has one they can still be reached in. */
    Optional<ConversationReference> personalChatOf(String tenantId, String userObjectId);

    /** The conversation with this id, usable or not. */
    Optional<ConversationReference> find(String tenantId, String conversationId);

    /** The bot was removed from the conversation: it is kept, but no longer offered as a way to reach anyone. */
    void markUnusable(String tenantId, String conversationId);
}
