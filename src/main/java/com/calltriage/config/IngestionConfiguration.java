package com.calltriage.config;

import com.calltriage.ingest.ClientStateCheck;
import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.ingest.NotificationCounters;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.ingest.subscription.CallRecordSubscriptions;
import com.calltriage.ingest.subscription.GraphSubscriptionHealthIndicator;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.store.JdbcNotificationQueue;
import com.calltriage.store.JdbcSubscriptionState;
import com.calltriage.store.PostgresRequestBudgets;
import io.github.bucket4j.BlockingStrategy;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Graph notification path: the queue the webhook fills, the client state it checks, and its metrics; the
 * shared subscription state and its health; and the ShedLock locks that keep work which must run once across
 * replicas to one. The worker that empties the queue is built by the notification drainer job, once a call record
 * source exists.
 */
@Configuration(proxyBeanMethods = false)
public class IngestionConfiguration {

    @Bean
    NotificationQueue notificationQueue(DataSource dataSource) {
        return new JdbcNotificationQueue(dataSource);
    }

    /**
     * Graph's request limits count per app and tenant, so replicas sharing a PostgreSQL store spend from buckets kept
     * there; a store on H2 has one process, whose budgets stay in memory.
     */
    @Bean
    GraphRequestBudgets graphRequestBudgets(DataSource dataSource, DataSourceProperties store, Clock clock) {
        String url = store.determineUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return PostgresRequestBudgets.shared(dataSource, clock, BlockingStrategy.PARKING);
        }
        return GraphRequestBudgets.inMemory(clock, BlockingStrategy.PARKING);
    }

    @Bean
    NotificationCounters notificationCounters() {
        return new NotificationCounters();
    }

    @Bean
    SubscriptionState subscriptionState(DataSource dataSource) {
        return new JdbcSubscriptionState(dataSource, CallRecordSubscriptions.RESOURCE);
    }

    /**
     * Locks in the {@code shedlock} table, timed by the database's clock so replicas whose clocks disagree still
     * agree on when a lock ends.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    OnceAcrossReplicas onceAcrossReplicas(LockProvider locks) {
        return new OnceAcrossReplicas(new DefaultLockingTaskExecutor(locks));
    }

    /** {@code graphSubscription} under {@code /actuator/health}, on every server, subscribing or not. */
    @Bean
    GraphSubscriptionHealthIndicator graphSubscriptionHealthIndicator(SubscriptionState state, NotificationQueue queue,
                                                                      Clock clock, CallTriageProperties properties) {
        boolean subscribing = CoreConfiguration.graphSettings(properties).isConfigured()
                && !properties.graph().notificationUrl().isBlank();
        return new GraphSubscriptionHealthIndicator(state, queue, clock, subscribing);
    }

    @Bean
    ClientStateCheck graphClientState(CallTriageProperties properties) {
        return new ClientStateCheck(properties.graph().clientState());
    }

    /**
     * {@code calltriage.notifications.*} counters since start-up, and the queue's depth and lag (seconds since
     * the oldest waiting notification arrived), which every replica reports alike from the shared queue.
     */
    @Bean
    MeterBinder notificationMetrics(NotificationCounters counters, NotificationQueue queue, Clock clock) {
        return registry -> {
            counter(registry, "received", "Change notifications Graph posted", counters,
                    NotificationCounters::received);
            counter(registry, "refused", "Notifications refused for their client state", counters,
                    NotificationCounters::refused);
            counter(registry, "fetched", "Call records fetched for notifications", counters,
                    NotificationCounters::fetched);
            counter(registry, "stored", "Call records new or newer than the stored version", counters,
                    NotificationCounters::stored);
            counter(registry, "gone", "Notifications whose record Graph no longer had", counters,
                    NotificationCounters::gone);
            counter(registry, "failures", "Failed attempts to fetch or store a record", counters,
                    NotificationCounters::failures);
            counter(registry, "dropped", "Notifications given up on", counters, NotificationCounters::dropped);
            Gauge.builder("calltriage.notifications.queue.depth", queue, NotificationQueue::depth)
                    .description("Notifications waiting in the queue").register(registry);
            Gauge.builder("calltriage.notifications.dead", queue, NotificationQueue::deadLetters)
                    .description("Notifications set aside after their record kept failing").register(registry);
            Gauge.builder("calltriage.notifications.queue.lag", queue, q -> q.oldestReceivedAt()
                            .map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0).orElse(0.0))
                    .description("Seconds since the oldest waiting notification arrived").baseUnit("seconds")
                    .register(registry);
        };
    }

    private static void counter(MeterRegistry registry, String name, String description,
                                NotificationCounters counters, ToDoubleFunction<NotificationCounters> value) {
        FunctionCounter.builder("calltriage.notifications." + name, counters, value).description(description)
                .register(registry);
    }
}
