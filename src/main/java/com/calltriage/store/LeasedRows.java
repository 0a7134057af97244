package com.calltriage.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table of work that replicas claim under a lease, the base of the notification queue and the outbox: rows with
 * {@code id}, {@code attempts}, {@code next_attempt_at}, {@code claimed_until}, {@code last_error} and
 * {@code dead_at}, and a condition that says which rows still wait (a dead letter, or a delivered message, does not).
 *
 * <p>A claim runs in one transaction: it locks the due rows no one else holds with {@code FOR UPDATE SKIP LOCKED}
 * (H2 and PostgreSQL both support it), so two replicas claiming at the same moment take different rows instead of
 * waiting for each other, then stamps each row with its lease. The stamp is conditional on the row still being
 * free, which keeps claims exclusive even where the lock would not. Rescheduling and setting aside touch only rows
 * that still wait, so neither undoes a final state; unknown ids are ignored. The public methods implement those of
 * the queues' ports that share their names.
 */
abstract class LeasedRows {
    // The width of last_error.
    private static final int ERROR_LENGTH = 2000;
    private static final String FREE = "(claimed_until IS NULL OR claimed_until <= ?)";

    protected final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String table;
    private final String waiting;

    /** @param waiting the SQL condition of a row that still waits to be handled, such as {@code dead_at IS NULL} */
    protected LeasedRows(DataSource dataSource, String table, String waiting) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.table = table;
        this.waiting = "(" + waiting + ")";
    }

    /**
     * Claims up to {@code max} waiting rows due at {@code now} that no one holds, the longest due first, until
     * {@code now + lease}, counting an attempt on each; reads them with {@code columns} into {@code rows}.
     */
    protected <T> List<T> claim(Instant now, int max, Duration lease, String columns, RowMapper<T> rows) {
        if (max < 1) {
            throw new IllegalArgumentException("A claim takes at least one entry, asked for " + max);
        }
        long at = now.toEpochMilli();
        long until = now.plus(lease).toEpochMilli();
        return transactions.execute(status -> {
            List<Long> due = jdbc.queryForList("SELECT id FROM " + table + " WHERE next_attempt_at <= ? AND " + waiting
                    + " AND " + FREE + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED", Long.class,
                    at, at, max);
            List<Long> claimed = new ArrayList<>();
            for (Long id : due) {
                if (jdbc.update("UPDATE " + table + " SET claimed_until = ?, attempts = attempts + 1 WHERE id = ? AND "
                        + FREE, until, id, at) == 1) {
                    claimed.add(id);
                }
            }
            if (claimed.isEmpty()) {
                return List.of();
            }
            String marks = Marks.of(claimed.size());
            return List.copyOf(jdbc.query("SELECT " + columns + " FROM " + table + " WHERE id IN (" + marks
                    + ") ORDER BY next_attempt_at, id", rows, claimed.toArray()));
        });
    }

    /** Releases a waiting row to be claimed again from {@code nextAttemptAt}, keeping the error, cut to fit. */
    public void retryLater(long id, String error, Instant nextAttemptAt) {
        jdbc.update("UPDATE " + table + " SET last_error = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ? AND "
                + waiting, cut(error), nextAttemptAt.toEpochMilli(), id);
    }

    /** Sets a waiting row aside for good, keeping the error, cut to fit. */
    public void deadLetter(long id, String error, Instant at) {
        jdbc.update("UPDATE " + table + " SET last_error = ?, dead_at = ?, claimed_until = NULL WHERE id = ? AND "
                + waiting, cut(error), at.toEpochMilli(), id);
    }

    /** Rows that wait, due or not, claimed or not. */
    public long depth() {
        return count(waiting);
    }

    /** Rows set aside for good. */
    public long deadLetters() {
        return count("dead_at IS NOT NULL");
    }

    private long count(String condition) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + condition, Long.class);
        return count == null ? 0 : count;
    }

    /** The first characters that fit {@code last_error}, one fewer if the cut would split a surrogate pair. */
    private static String cut(String text) {
        if (text == null || text.length() <= ERROR_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ERROR_LENGTH - 1)) ? ERROR_LENGTH - 1 : ERROR_LENGTH;
        return text.substring(0, end);
    }
}
