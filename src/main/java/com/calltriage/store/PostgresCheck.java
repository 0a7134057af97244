package com.calltriage.store;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the store's database is PostgreSQL, asked of it once: a few statements (COPY, a commit that need not wait
 * for the disk) only it understands, and elsewhere are done the plain way.
 */
final class PostgresCheck {
    private final JdbcTemplate jdbc;
    private volatile Boolean onPostgres;

    PostgresCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean onPostgres() {
        if (onPostgres == null) {
            onPostgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.isWrapperFor(PGConnection.class));
        }
        return onPostgres;
    }
}
