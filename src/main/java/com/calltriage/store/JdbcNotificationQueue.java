package com.calltriage.store;

import com.calltriage.ingest.ClaimedNotification;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.QueuedNotification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification queue on JDBC (H2 or PostgreSQL), one row per notification.
 *
 * <p>A claim runs in one transaction: it locks the due rows no one else holds with
 * {@code FOR UPDATE SKIP LOCKED} (both databases support it), so two replicas claiming at the same moment
 * take different rows instead of waiting for each other, then stamps each row with its lease. The stamp is
 * conditional on the row still being free, which keeps claims exclusive even where the lock would not.
 */
public class JdbcNotificationQueue implements NotificationQueue {
    // The width of last_error.
    private static final int ERROR_LENGTH = 2000;
    private static final String FREE = "(claimed_until IS NULL OR claimed_until <= ?)";
    private static final String WAITING = "dead_at IS NULL";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcNotificationQueue(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
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
        if (max < 1) {
            throw new IllegalArgumentException("A claim takes at least one entry, asked for " + max);
        }
        long at = now.toEpochMilli();
        long until = now.plus(lease).toEpochMilli();
        return transactions.execute(status -> {
            List<Long> due = jdbc.queryForList("SELECT id FROM notification_queue WHERE next_attempt_at <= ? AND "
                    + WAITING + " AND " + FREE + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED", Long.class, at, at, max);
            List<Long> claimed = new ArrayList<>();
            for (Long id : due) {
                if (jdbc.update("UPDATE notification_queue SET claimed_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ? AND " + FREE, until, id, at) == 1) {
                    claimed.add(id);
                }
            }
            if (claimed.isEmpty()) {
                return List.of();
            }
            String marks = String.join(", ", Collections.nCopies(claimed.size(), "?"));
            return List.copyOf(jdbc.query("SELECT id, call_record_id, change_type, received_at, attempts, last_error "
                    + "FROM notification_queue WHERE id IN (" + marks + ") ORDER BY next_attempt_at, id",
                    JdbcNotificationQueue::claimed, claimed.toArray()));
        });
    }

    @Override
    public void complete(long id) {
        jdbc.update("DELETE FROM notification_queue WHERE id = ?", id);
    }

    @Override
    public void retryLater(long id, String error, Instant nextAttemptAt) {
        jdbc.update("UPDATE notification_queue SET last_error = ?, next_attempt_at = ?, claimed_until = NULL "
                + "WHERE id = ?", cut(error), nextAttemptAt.toEpochMilli(), id);
    }

    @Override
    public void deadLetter(long id, String error, Instant at) {
        jdbc.update("UPDATE notification_queue SET last_error = ?, dead_at = ?, claimed_until = NULL WHERE id = ?",
                cut(error), at.toEpochMilli(), id);
    }

    @Override
    public long depth() {
        return count("SELECT COUNT(*) FROM notification_queue WHERE " + WAITING);
    }

    @Override
    public long deadLetters() {
        return count("SELECT COUNT(*) FROM notification_queue WHERE dead_at IS NOT NULL");
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
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

    /** The first characters that fit, one fewer if the cut would split a surrogate pair. */
    private static String cut(String text) {
        if (text == null || text.length() <= ERROR_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ERROR_LENGTH - 1)) ? ERROR_LENGTH - 1 : ERROR_LENGTH;
        return text.substring(0, end);
    }
}
