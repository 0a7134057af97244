package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conversation references contract on PostgreSQL, when a server answers. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresConversationReferencesTest extends ConversationReferencesOnDatabase {
}
