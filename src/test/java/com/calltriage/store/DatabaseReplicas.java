package com.calltriage.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two replicas' ways into one test database: the test's own data source, and a second one of another replica's,
 * so that each replica's store holds connections of its own, as in production. {@link OwnDatabase} hands it out and
 * closes the second.
 */
public final class DatabaseReplicas implements ExtensionContext.Store.CloseableResource {
    private final DataSource first;
    private final DataSource second;

    private DatabaseReplicas(DataSource first, DataSource second) {
        this.first = first;
        this.second = second;
    }

    /** Beside {@code first}, on the database it reaches: an in-memory H2 one, or a PostgreSQL schema. */
    public static DatabaseReplicas besides(DataSource first) {
        if (first instanceof JdbcDataSource h2) {
            JdbcDataSource second = new JdbcDataSource();
            second.setURL(h2.getURL());
            return new DatabaseReplicas(first, second);
        }
        if (first instanceof HikariDataSource pool) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pool.getJdbcUrl());
            config.setMaximumPoolSize(4);
            return new DatabaseReplicas(first, new HikariDataSource(config));
        }
        throw new IllegalArgumentException("No second data source for " + first.getClass().getName());
    }

    /** The first replica's data source, after emptying the table, for a test to start from. */
    public DataSource emptied(String table) {
        new JdbcTemplate(first).update("DELETE FROM " + table);
        return first;
    }

    public DataSource second() {
        return second;
    }

    @Override
    public void close() {
        if (second instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
