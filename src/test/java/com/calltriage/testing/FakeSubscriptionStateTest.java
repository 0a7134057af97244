package com.calltriage.testing;

import com.calltriage.ingest.SubscriptionState;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.store.SubscriptionStateContract;
import java.util.Optional;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeSubscriptionStateTest extends SubscriptionStateContract {

    @Override
    protected SubscriptionState freshState() {
        return new FakeSubscriptionState();
    }

    /** One process, one fake: there is no other replica to lock out. */
    @Override
    protected Optional<OnceAcrossReplicas> replica() {
        return Optional.empty();
    }
}
