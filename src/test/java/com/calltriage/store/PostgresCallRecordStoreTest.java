package com.calltriage.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server
 * ({@code jdbc:postgresql://host:5432/db?user=...}). Each run migrates a fresh schema and drops it after.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresCallRecordStoreTest extends CallRecordStoreContract {
    private PostgresSchema database;

    @Override
    DataSource openDatabase() throws SQLException {
        database = PostgresSchema.migrated();
        return database.dataSource();
    }

    @Override
    void closeDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }
}
