package com.calltriage.store;

import com.calltriage.testing.PostgresAvailable;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A schema of its own on the PostgreSQL server the tests found (see {@link PostgresAvailable}), with the project's migrations applied; closing drops it.
 */
public final class PostgresSchema implements AutoCloseable {
    private final String url = PostgresAvailable.url().orElseThrow(
            () -> new IllegalStateException("No PostgreSQL server: see EnabledIfPostgres"));
    private final String schema = "calltriage_test_" + UUID.randomUUID().toString().replace("-", "");
    private HikariDataSource dataSource;

    private PostgresSchema() {
    }

    public static PostgresSchema migrated() throws SQLException {
        PostgresSchema database = opened();
        database.migrate();
        return database;
    }

    /** With the migrations up to and including {@code version} applied, to test the ones after it on old data. */
    public static PostgresSchema migratedTo(String version) throws SQLException {
        PostgresSchema database = opened();
        Flyway.configure().dataSource(database.dataSource).schemas(database.schema).target(version).load().migrate();
        return database;
    }

    /** Applies the migrations not applied yet. */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
    }

    private static PostgresSchema opened() throws SQLException {
        PostgresSchema database = new PostgresSchema();
        database.execute("CREATE SCHEMA " + database.schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url + (database.url.contains("?") ? "&" : "?") + "currentSchema=" + database.schema);
        config.setMaximumPoolSize(4);
        database.dataSource = new HikariDataSource(config);
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        if (dataSource != null) {
            dataSource.close();
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
