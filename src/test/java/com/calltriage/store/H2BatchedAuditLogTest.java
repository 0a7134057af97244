package com.calltriage.store;

import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditLogContract;
import com.calltriage.testing.H2Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log as the bot uses it, batched in front of the database, held to the same contract. */
class H2BatchedAuditLogTest extends AuditLogContract {
    private H2Database database;

    @BeforeAll
    void openDatabase() {
        database = H2Database.migrated();
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @Override
    protected AuditLog emptyLog() {
        new JdbcTemplate(database.dataSource()).update("DELETE FROM audit_entry");
        return new BatchedAuditLog(new JdbcAuditLog(database.dataSource()), 100);
    }
}
