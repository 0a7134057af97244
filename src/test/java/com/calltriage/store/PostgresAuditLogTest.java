package com.calltriage.store;

import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditLogContract;
import com.calltriage.testing.EnabledIfPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfPostgres
class PostgresAuditLogTest extends AuditLogContract {
    private PostgresSchema database;

    @BeforeAll
    void openDatabase() throws SQLException {
        database = PostgresSchema.migrated();
    }

    @AfterAll
    void closeDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected AuditLog emptyLog() {
        new JdbcTemplate(database.dataSource()).update("DELETE FROM audit_entry");
        return new JdbcAuditLog(database.dataSource());
    }
}
