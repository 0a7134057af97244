package com.calltriage.ingest;

import com.calltriage.store.PostgresSchema;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The notification worker on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server: where
 * replicas share one database, so two workers claiming at once matter most.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresNotificationWorkerTest extends NotificationWorkerContract {
    private PostgresSchema database;

    @Override
    protected DataSource openDatabase() throws SQLException {
        database = PostgresSchema.migrated();
        return database.dataSource();
    }

    @Override
    protected void closeDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }
}
