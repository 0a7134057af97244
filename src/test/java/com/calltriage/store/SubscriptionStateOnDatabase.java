package com.calltriage.store;

import com.calltriage.ingest.SubscriptionState;
import com.calltriage.ingest.subscription.CallRecordSubscriptions;
import com.calltriage.replicas.OnceAcrossReplicas;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscription state and lock contract on a database behind {@link JdbcSubscriptionState} and ShedLock's
 * JDBC lock provider. A subclass is extended with the {@link OwnDatabase} it runs on; each test starts from the
 * migrated row and no locks.
 */
abstract class SubscriptionStateOnDatabase extends SubscriptionStateContract {
    private DataSource dataSource;

    /** The database of this class alone. */
    @BeforeAll
    void useItsOwnDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected SubscriptionState freshState() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE graph_subscription SET subscription_id = NULL, expires_at = NULL, "
                + "renewal_requested = FALSE, last_notification_at = NULL, backfilled_until = NULL");
        jdbc.update("DELETE FROM shedlock");
        return new JdbcSubscriptionState(dataSource, CallRecordSubscriptions.RESOURCE);
    }

    /** Its own lock provider on the shared database, as each replica has. */
    @Override
    protected Optional<OnceAcrossReplicas> replica() {
        return Optional.of(new OnceAcrossReplicas(new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()))));
    }
}
