package com.calltriage.ingest;

import com.calltriage.testing.H2Database;
import javax.sql.DataSource;

/** The notification worker on H2, the default database: always runs. */
class H2NotificationWorkerTest extends NotificationWorkerContract {
    private H2Database database;

    @Override
    protected DataSource openDatabase() {
        database = H2Database.migrated();
        return database.dataSource();
    }

    @Override
    protected void closeDatabase() {
        database.close();
    }
}
