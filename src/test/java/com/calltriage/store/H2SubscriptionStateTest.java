package com.calltriage.store;

import com.calltriage.testing.H2Database;
import javax.sql.DataSource;

/** The subscription state and lock contract on H2, the default database: always runs. */
class H2SubscriptionStateTest extends SubscriptionStateContract {
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
