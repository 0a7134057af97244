package com.calltriage.store;

import com.calltriage.escalation.Escalations;
import com.calltriage.escalation.EscalationsContract;
import org.junit.jupiter.api.BeforeAll;

/**
 * The tickets' contract on a database: the tickets under test with their outbox, and another replica's, each through
 * a data source of its own. A subclass is extended with the {@link OwnDatabase} it runs on; each test starts from
 * empty tables.
 */
abstract class EscalationsOnDatabase extends EscalationsContract {
    private DatabaseReplicas replicas;

    @BeforeAll
    void useItsOwnDatabase(DatabaseReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    protected Stores emptyStores() {
        replicas.emptied("escalation_event");
        replicas.emptied("escalation");
        replicas.emptied("escalation_channel");
        JdbcOutbox outbox = new JdbcOutbox(replicas.emptied("outbox"));
        return new Stores(new JdbcEscalations(replicas.emptied("outbox"), outbox), outbox);
    }

    @Override
    protected Escalations otherReplica() {
        return new JdbcEscalations(replicas.second(), new JdbcOutbox(replicas.second()));
    }
}
