package com.calltriage.ingest.subscription;

import com.calltriage.store.PostgresSchema;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two replicas renewing at once on one PostgreSQL store, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresReplicasRenewOnceTest extends ReplicasRenewOnceContract {
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
