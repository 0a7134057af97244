package com.calltriage.store;

import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts that give way to a row already holding their unique key, as another replica's may at the same moment.
 * Each runs as a nested transaction: inside the caller's transaction, a key already taken rolls back to a savepoint,
 * so the caller's work goes on (PostgreSQL would otherwise refuse every later statement of the transaction); with
 * no transaction around it, it commits on its own.
 */
final class UniqueInserts {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate nested;

    UniqueInserts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.nested = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** @return true when the row was inserted, false when a row with its unique key was there */
    boolean insert(String sql, Object... arguments) {
        try {
            nested.executeWithoutResult(status -> jdbc.update(sql, arguments));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
