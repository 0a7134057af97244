package com.calltriage.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The subscription state and lock contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresSubscriptionStateTest extends SubscriptionStateContract {
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
