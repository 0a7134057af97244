package com.calltriage.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conversation references contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresConversationReferencesTest extends ConversationReferencesOnDatabase {
}
