package com.calltriage.ingest.subscription;

import com.calltriage.store.PostgresSchema;
import com.calltriage.testing.EnabledIfPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Two replicas renewing at once on one PostgreSQL store, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfPostgres
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
