package com.calltriage.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows into one table, in the caller's transaction: on PostgreSQL with one {@code COPY}, elsewhere with a
 * batch of {@code INSERT}s. PostgreSQL pays for each statement of a batch (a stored batch of calls has tens of
 * thousands of participant and fact rows); {@code COPY} pays once for all of them, several times faster. Failures are
 * Spring's, as for any statement (a duplicate key is a {@code DuplicateKeyException}), and the whole insert fails or
 * none of it.
 *
 * <p>Values are strings, whole numbers, booleans or null.
 */
final class BulkInsert {
    private final JdbcTemplate jdbc;
    private final PostgresCheck database;

    BulkInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
    }

    /** Inserts the rows, each with a value per column, in the columns' order. */
    void into(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!onPostgres()) {
            batchInto(table, columns, rows);
            return;
        }
        String text = copyText(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, "COPY " + table + " ("
                + String.join(", ", columns) + ") FROM STDIN", text));
    }

    /** Inserts the rows with a batch of {@code INSERT}s, whatever the database: for rows too large to gain by COPY. */
    void batchInto(String table, List<String> columns, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + Marks.of(columns.size()) + ")", rows);
    }

    /** Whether the database is PostgreSQL, asked of it once. */
    boolean onPostgres() {
        return database.onPostgres();
    }

    private static long copy(Connection connection, String sql, String text) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
        } catch (IOException e) {
            // The text is in memory: reading it cannot fail, only the connection can.
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** The rows in COPY's text format: tab between values, a line per row, {@code \N} for null. */
    static String copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean yes) {
            text.append(yes ? 't' : 'f');
        } else if (value instanceof Number number) {
            text.append(number);
        } else if (value instanceof String string) {
            appendEscaped(text, string);
        } else {
            throw new IllegalArgumentException("COPY takes strings, numbers and booleans, not " + value.getClass());
        }
    }

    /** Backslash, tab and line breaks are the only characters COPY's text format reads specially. */
    private static void appendEscaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
