package com.calltriage.store;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on JDBC (H2 or PostgreSQL), one row per question.
 *
 * <p>A text longer than its column is cut, never refused: an audit write must not fail because someone
 * typed a long message. Entra object ids are stored trimmed and lower-case, and query criteria are
 * normalised the same way, so lookups compare plain values on the indexes. Times are kept to the
 * millisecond. An entry without its time or outcome is a programming error and fails with a
 * {@link NullPointerException} naming the field.
 */
public class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS =
            "asked_at, caller_id, caller_name, role, command, subject_user_id, call_id, outcome, detail";
    // The widths of the audit_entry columns.
    private static final int ID_LENGTH = 255;
    private static final int NAME_LENGTH = 512;
    private static final int TEXT_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    public JdbcAuditLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** One batch of inserts, in the order given, so the later of two entries of one millisecond stays the newer. */
    @Override
    public void recordAll(List<AuditEntry> entries) {
        List<Object[]> rows = entries.stream().map(JdbcAuditLog::row).toList();
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO audit_entry (" + COLUMNS
                + ", caller_name_lc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
    }

    private static Object[] row(AuditEntry entry) {
        Objects.requireNonNull(entry.at(), "An audit entry needs the time it was asked");
        Objects.requireNonNull(entry.outcome(), "An audit entry needs an outcome");
        String name = cut(entry.callerName(), NAME_LENGTH);
        String role = entry.role() == null ? null : lower(entry.role().name());
        return new Object[] {entry.at().toEpochMilli(), objectId(entry.callerId()), name, role,
                cut(entry.command(), TEXT_LENGTH), objectId(entry.subjectUserId()), cut(entry.callId(), ID_LENGTH),
                entry.outcome().name(), cut(entry.detail(), TEXT_LENGTH), cut(lower(name), NAME_LENGTH)};
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.callerId() != null) {
            sql.append(" AND caller_id = ?");
            args.add(objectId(query.callerId()));
        }
        if (query.callerNameContains() != null) {
            sql.append(" AND caller_name_lc LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(lower(query.callerNameContains())) + "%");
        }
        if (query.subjectUserId() != null) {
            sql.append(" AND subject_user_id = ?");
            args.add(objectId(query.subjectUserId()));
        }
        if (query.from() != null) {
            sql.append(" AND asked_at >= ?");
            args.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            sql.append(" AND asked_at < ?");
            args.add(query.to().toEpochMilli());
        }
        // Among questions asked in the same millisecond, the one recorded last counts as the newest.
        sql.append(" ORDER BY asked_at DESC, id DESC LIMIT ?");
        args.add(query.limit());
        return List.copyOf(jdbc.query(sql.toString(), JdbcAuditLog::entry, args.toArray()));
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM audit_entry WHERE asked_at < ?", cutoff.toEpochMilli());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String role = rs.getString(4);
        return new AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                role == null ? null : Role.valueOf(role.toUpperCase(Locale.ROOT)), rs.getString(5),
                rs.getString(6), rs.getString(7), Outcome.valueOf(rs.getString(8)), rs.getString(9));
    }

    private static String objectId(String id) {
        return id == null ? null : cut(lower(id.trim()), ID_LENGTH);
    }

    /** The first {@code length} characters, one fewer if the cut would split a surrogate pair. */
    private static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
