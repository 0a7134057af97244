package com.calltriage.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server: where replicas share
 * one database, so two of them queuing or claiming at once matter most.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresOutboxTest extends OutboxOnDatabase {
}
