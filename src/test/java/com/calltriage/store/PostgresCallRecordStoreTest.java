package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server
 * ({@code jdbc:postgresql://host:5432/db?user=...}). Each run migrates a fresh schema and drops it after.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresCallRecordStoreTest extends CallRecordStoreOnDatabase {
}
