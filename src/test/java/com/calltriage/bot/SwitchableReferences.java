package com.calltriage.bot;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.testing.FakeConversationReferences;
import java.util.Optional;

/** Conversation references in memory that an outage of the store can be switched on for. */
final class SwitchableReferences implements ConversationReferences {
    private final FakeConversationReferences kept = new FakeConversationReferences();
    private volatile boolean down;

    /** While down, every call fails as a store that cannot be reached does. */
    SwitchableReferences down(boolean isDown) {
        this.down = isDown;
        return this;
    }

    @Override
    public void remember(ConversationReference reference) {
        failIfDown();
        kept.remember(reference);
    }

    @Override
    public Optional<ConversationReference> personalChatOf(String tenantId, String userObjectId) {
        failIfDown();
        return kept.personalChatOf(tenantId, userObjectId);
    }

    @Override
    public Optional<ConversationReference> find(String tenantId, String conversationId) {
        failIfDown();
        return kept.find(tenantId, conversationId);
    }

    @Override
    public void markUnusable(String tenantId, String conversationId) {
        failIfDown();
        kept.markUnusable(tenantId, conversationId);
    }

    private void failIfDown() {
        if (down) {
            throw new IllegalStateException("connection refused");
        }
    }
}
