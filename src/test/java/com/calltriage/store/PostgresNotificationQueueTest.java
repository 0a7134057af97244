package com.calltriage.store;

import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.NotificationQueueContract;
import com.calltriage.testing.EnabledIfPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification queue contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfPostgres
class PostgresNotificationQueueTest extends NotificationQueueContract {
    private PostgresSchema database;

    @BeforeAll
    void openDatabase() throws SQLException {
        database = PostgresSchema.migrated();
    }

    @AfterAll
    void closeDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected NotificationQueue emptyQueue() {
        new JdbcTemplate(database.dataSource()).update("DELETE FROM notification_queue");
        return new JdbcNotificationQueue(database.dataSource());
    }
}
