package com.calltriage.ingest.subscription;

import com.calltriage.testing.H2Database;
import javax.sql.DataSource;

/** Two replicas renewing at once, on H2: always runs. */
class H2ReplicasRenewOnceTest extends ReplicasRenewOnceContract {
    private H2Database database;

    @Override
    DataSource openDatabase() {
        database = H2Database.migrated();
        return database.dataSource();
    }

    @Override
    void closeDatabase() {
        database.close();
    }
}
