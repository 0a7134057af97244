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
     * again. A personal chat is one per person: remembered with a conversation id, it fills in the id of the one
     * kept for the person; remembered without, it keeps the id known.
     */
    void remember(ConversationReference reference);

    /**
     * The personal chat with this person, if the bot has one they can still be reached in. Its conversation id is
     * null while the chat was never opened: the bot knows the person from a group chat or a channel only.
     */
    Optional<ConversationReference> personalChatOf(String tenantId, String userObjectId);

    /** The conversation with this id, usable or not. */
    Optional<ConversationReference> find(String tenantId, String conversationId);

    /** The bot was removed from the conversation: it is kept, but no longer offered as a way to reach anyone. */
    void markUnusable(String tenantId, String conversationId);
}
