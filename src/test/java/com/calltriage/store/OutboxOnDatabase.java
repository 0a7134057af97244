package com.calltriage.store;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutboxContract;
import org.junit.jupiter.api.BeforeAll;

/**
 * The outbox contract on a database: the outbox under test and another replica's, each through a data source of
 * its own. A subclass is extended with the {@link OwnDatabase} it runs on; each test starts from an empty table.
 */
abstract class OutboxOnDatabase extends OutboxContract {
    private DatabaseReplicas replicas;

    @BeforeAll
    void useItsOwnDatabase(DatabaseReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    protected Outbox emptyOutbox() {
        return new JdbcOutbox(replicas.emptied("outbox"));
    }

    @Override
    protected Outbox otherReplica() {
        return new JdbcOutbox(replicas.second());
    }
}
