package com.calltriage.testing;

import com.calltriage.escalation.EscalationsContract;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeEscalationsTest extends EscalationsContract {

    @Override
    protected Stores emptyStores() {
        FakeOutbox outbox = new FakeOutbox();
        return new Stores(new FakeEscalations(outbox), outbox);
    }
}
