package com.calltriage.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A private in-memory H2 database with the project's Flyway migrations applied. Connections are not
 * pooled or shared, so concurrent tests see real transactions and locks.
 */
public final class H2Database implements AutoCloseable {
    private final JdbcDataSource dataSource = new JdbcDataSource();

    private H2Database() {
        dataSource.setURL("jdbc:h2:mem:calltriage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public static H2Database migrated() {
        H2Database database = new H2Database();
        database.migrate();
        return database;
    }

    /** With the migrations up to and including {@code version} applied, to test the ones after it on old data. */
    public static H2Database migratedTo(String version) {
        H2Database database = new H2Database();
        Flyway.configure().dataSource(database.dataSource).target(version).load().migrate();
        return database;
    }

    /** Applies the migrations not applied yet. */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        new JdbcTemplate(dataSource).execute("SHUTDOWN");
    }
}
