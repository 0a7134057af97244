package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.JdbcNotificationQueue;
import com.calltriage.store.OwnDatabase;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notification worker on a database: each replica has its own JDBC store and queue on it. A subclass is
 * extended with the {@link OwnDatabase} it runs on; each test starts from empty tables.
 */
abstract class NotificationWorkerOnDatabase extends NotificationWorkerContract {
    private DataSource dataSource;

    /** The database of this class alone. */
    @BeforeAll
    void useItsOwnDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void startEmpty() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List.of("notification_queue", "call_participant", "call_record", "known_user")
                .forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    protected CallRecordStore store(Clock clock) {
        return new JdbcCallRecordStore(dataSource, clock);
    }

    @Override
    protected NotificationQueue queue() {
        return new JdbcNotificationQueue(dataSource);
    }

    @Override
    protected String lastErrorOf(String callRecordId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT last_error FROM notification_queue WHERE call_record_id = ?", String.class, callRecordId);
    }
}
