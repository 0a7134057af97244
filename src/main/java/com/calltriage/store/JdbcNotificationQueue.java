package com.calltriage.store;

import com.calltriage.ingest.ClaimedNotification;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.QueuedNotification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The notification queue on JDBC (H2 or PostgreSQL), one row per notification, claimed the way {@link LeasedRows}
 * claims: two replicas claiming at the same moment take different rows, and a row's lease hides it from the others.
 */
public class JdbcNotificationQueue extends LeasedRows implements NotificationQueue {
    private static final String WAITING = "dead_at IS NULL";

    public JdbcNotificationQueue(DataSource dataSource) {
        super(dataSource, "notification_queue", WAITING);
    }

    @Override
    public void enqueue(List<QueuedNotification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO notification_queue (call_record_id, change_type, received_at, next_attempt_at) "
                + "VALUES (?, ?, ?, ?)", notifications.stream()
                .map(n -> new Object[] {n.callRecordId(), n.changeType(), n.receivedAt().toEpochMilli(),
                        n.receivedAt().toEpochMilli()})
                .toList());
    }

    @Override
    public List<ClaimedNotification> claimDue(Instant now, int max, Duration lease) {
        return claim(now, max, lease, "id, call_record_id, change_type, received_at, attempts, last_error",
                JdbcNotificationQueue::claimed);
    }

    @Override
    public void complete(long id) {
        jdbc.update("DELETE FROM notification_queue WHERE id = ?", id);
    }

    @Override
    public Optional<Instant> oldestReceivedAt() {
        Long oldest = jdbc.queryForObject("SELECT MIN(received_at) FROM notification_queue WHERE " + WAITING,
                Long.class);
        return Optional.ofNullable(oldest).map(Instant::ofEpochMilli);
    }

    private static ClaimedNotification claimed(ResultSet rs, int row) throws SQLException {
        return new ClaimedNotification(rs.getLong(1), rs.getString(2), rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5), rs.getString(6));
    }
}
