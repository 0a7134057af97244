package com.calltriage.store;

import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.NotificationQueueContract;
import com.calltriage.testing.H2Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification queue contract on H2, the default database: always runs. */
class H2NotificationQueueTest extends NotificationQueueContract {
    private H2Database database;

    @BeforeAll
    void openDatabase() {
        database = H2Database.migrated();
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @Override
    protected NotificationQueue emptyQueue() {
        new JdbcTemplate(database.dataSource()).update("DELETE FROM notification_queue");
        return new JdbcNotificationQueue(database.dataSource());
    }
}
