package com.calltriage.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server
 * ({@code jdbc:postgresql://host:5432/db?user=...}). Each run migrates a fresh schema and drops it after.
 */
@EnabledIfEnvironmentVariable(named = PostgresCallRecordStoreTest.URL_VARIABLE, matches = ".+")
class PostgresCallRecordStoreTest extends CallRecordStoreContract {
    static final String URL_VARIABLE = "CALLTRIAGE_TEST_POSTGRES_URL";

    private final String url = System.getenv(URL_VARIABLE);
    private final String schema = "calltriage_test_" + UUID.randomUUID().toString().replace("-", "");
    private HikariDataSource dataSource;

    @Override
    DataSource openDatabase() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
        return dataSource;
    }

    @Override
    void closeDatabase() throws SQLException {
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
