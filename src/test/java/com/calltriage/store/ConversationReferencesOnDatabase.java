package com.calltriage.store;

import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.ConversationReferencesContract;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conversation references contract on a database, with another replica's references through a data source of
 * its own. A subclass is extended with the {@link OwnDatabase} it runs on; each test starts from an empty table.
 */
abstract class ConversationReferencesOnDatabase extends ConversationReferencesContract {
    private DatabaseReplicas replicas;

    @BeforeAll
    void useItsOwnDatabase(DatabaseReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    protected ConversationReferences emptyReferences() {
        return new JdbcConversationReferences(replicas.emptied("conversation_reference"));
    }

    @Override
    protected ConversationReferences otherReplica() {
        return new JdbcConversationReferences(replicas.second());
    }
}
