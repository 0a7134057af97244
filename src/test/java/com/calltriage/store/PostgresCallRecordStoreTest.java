package com.calltriage.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server
 * ({@code jdbc:postgresql://host:5432/db?user=...}). Each run migrates a fresh schema and drops it after.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresCallRecordStoreTest extends CallRecordStoreOnDatabase {
}
