package com.calltriage.testing;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutboxContract;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeOutboxTest extends OutboxContract {

    @Override
    protected Outbox emptyOutbox() {
        return new FakeOutbox();
    }
}
