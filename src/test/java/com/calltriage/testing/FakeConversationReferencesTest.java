package com.calltriage.testing;

import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.ConversationReferencesContract;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeConversationReferencesTest extends ConversationReferencesContract {

    @Override
    protected ConversationReferences emptyReferences() {
        return new FakeConversationReferences();
    }
}
