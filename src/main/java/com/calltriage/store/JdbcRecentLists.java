package com.calltriage.store;

import com.calltriage.command.RecentLists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lists shown in each conversation, on JDBC (H2 or PostgreSQL), one row per conversation, so that any replica
 * reads what another showed. A row older than the time to live is as good as gone; every so often a write deletes
 * such rows, so the table holds about a time to live's worth of conversations.
 *
 * <p>On PostgreSQL a write's commit does not wait for the disk: every list shown writes a row, the wait was most of
 * the cost of writing it, and a row lost with the last moments before a crash of the database only means asking for
 * the list again. Other replicas see the row as soon as it is committed, as before.
 */
public class JdbcRecentLists implements RecentLists {
    /** One write in this many also deletes expired rows: often enough to stay small, rare enough to cost nothing. */
    private static final int SWEEP_EVERY = 256;

    private final JdbcTemplate jdbc;
    private final PostgresCheck database;
    private final TransactionTemplate transactions;
    private final UniqueInserts inserts;
    private final Clock clock;
    private final Duration timeToLive;
    private final AtomicInteger writes = new AtomicInteger();

    public JdbcRecentLists(DataSource dataSource, Clock clock, Duration timeToLive) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = new PostgresCheck(jdbc);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.inserts = new UniqueInserts(dataSource);
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    @Override
    public void remember(String conversationId, Shown shown) {
        if (conversationId == null) {
            return;
        }
        write(conversationId, shown, null);
    }

    @Override
    public Optional<Shown> recall(String conversationId) {
        return row(conversationId).filter(row -> row.shown() != null).map(Row::shown);
    }

    @Override
    public void rememberContinuation(String conversationId, String nextPage) {
        if (conversationId == null) {
            return;
        }
        // The call list stays, so its numbers still name its calls.
        write(conversationId, recall(conversationId).orElse(null), nextPage == null ? "" : nextPage);
    }

    @Override
    public Optional<String> continuation(String conversationId) {
        return row(conversationId).map(Row::continuation);
    }

    /** One read of the conversation's row instead of one for each half. */
    @Override
    public Last last(String conversationId) {
        Optional<Row> row = row(conversationId);
        Optional<String> continuation = row.map(Row::continuation);
        return new Last(continuation, continuation.isPresent() ? Optional.empty()
                : row.filter(kept -> kept.shown() != null).map(Row::shown));
    }

    /** A kept row: the call list (null when only a continuation was kept) and the continuation (null for none). */
    private record Row(Shown shown, String continuation) {
    }

    private Optional<Row> row(String conversationId) {
        if (conversationId == null) {
            return Optional.empty();
        }
        long fresh = clock.instant().minus(timeToLive).toEpochMilli();
        return jdbc.query("SELECT subject_id, call_ids, next_label, next_from_ms, next_to_ms, next_count, next_cursor, "
                + "next_note, continuation FROM recent_list WHERE conversation_id = ? AND updated_ms >= ?",
                JdbcRecentLists::row, conversationId, fresh).stream().findFirst();
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        String callIds = rs.getString(2);
        Shown shown = callIds == null ? null : new Shown(rs.getString(1),
                callIds.isEmpty() ? List.of() : Arrays.asList(callIds.split(",")), nextPage(rs));
        return new Row(shown, rs.getString(9));
    }

    private static NextPage nextPage(ResultSet rs) throws SQLException {
        long from = rs.getLong(4);
        if (rs.wasNull()) {
            return null;
        }
        return new NextPage(rs.getString(3), Instant.ofEpochMilli(from), Instant.ofEpochMilli(rs.getLong(5)),
                rs.getInt(6), rs.getString(7), rs.getString(8));
    }

    /** Keeps the call list (null for none) and the continuation (null for none) as the conversation's row. */
    private void write(String conversationId, Shown shown, String continuation) {
        NextPage next = shown == null ? null : shown.next();
        write(conversationId, shown == null ? null : shown.subjectId(),
                shown == null ? null : String.join(",", shown.callIds()), next == null ? null : next.subjectLabel(),
                next == null ? null : next.from().toEpochMilli(), next == null ? null : next.to().toEpochMilli(),
                next == null ? null : next.count(), next == null ? null : next.cursor(),
                next == null ? null : next.note(), continuation);
    }

    private void write(String conversationId, Object... values) {
        transactions.executeWithoutResult(status -> {
            if (database.onPostgres()) {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            }
            writeRow(conversationId, values);
        });
    }

    private void writeRow(String conversationId, Object... values) {
        long now = clock.millis();
        Object[] update = new Object[values.length + 2];
        System.arraycopy(values, 0, update, 0, values.length);
        update[values.length] = now;
        update[values.length + 1] = conversationId;
        String set = "subject_id = ?, call_ids = ?, next_label = ?, next_from_ms = ?, next_to_ms = ?, next_count = ?, "
                + "next_cursor = ?, next_note = ?, continuation = ?, updated_ms = ?";
        // Two replicas showing a list in a new conversation at once race for the insert; the loser updates.
        if (jdbc.update("UPDATE recent_list SET " + set + " WHERE conversation_id = ?", update) == 0) {
            Object[] insert = new Object[update.length];
            insert[0] = conversationId;
            System.arraycopy(update, 0, insert, 1, update.length - 1);
            if (!inserts.insert("INSERT INTO recent_list (conversation_id, subject_id, call_ids, next_label, "
                    + "next_from_ms, next_to_ms, next_count, next_cursor, next_note, continuation, updated_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert)) {
                jdbc.update("UPDATE recent_list SET " + set + " WHERE conversation_id = ?", update);
            }
        }
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.update("DELETE FROM recent_list WHERE updated_ms < ?",
                    clock.instant().minus(timeToLive).toEpochMilli());
        }
    }
}
