package com.calltriage.config;

import com.calltriage.bot.OutboxDelivery;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.store.JdbcConversationReferences;
import com.calltriage.store.JdbcOutbox;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the bot reaches people without being asked: the conversation references kept from every activity and the
 * outbox of messages it sends on its own, both in the shared store, on every server and sub-command alike; the
 * outbox's health and metrics. Its delivery is the bot edge's (see {@link BotConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    ConversationReferences conversationReferences(DataSource dataSource) {
        return new JdbcConversationReferences(dataSource);
    }

    @Bean
    Outbox outbox(DataSource dataSource) {
        return new JdbcOutbox(dataSource);
    }

    /**
     * {@code outbox} under {@code /actuator/health}: UP with the messages waiting ({@code depth}) and set aside
     * ({@code deadLetters}), which every replica reports alike from the shared outbox; DOWN when the store cannot say.
     */
    @Bean
    HealthIndicator outboxHealthIndicator(Outbox outbox) {
        return new AbstractHealthIndicator("The outbox could not be read") {
            @Override
            protected void doHealthCheck(Health.Builder health) {
                health.up().withDetail("depth", outbox.depth()).withDetail("deadLetters", outbox.deadLetters());
            }
        };
    }

    /**
     * The gauges {@code calltriage.outbox.depth} and {@code .dead}, from the shared outbox; and on a server, which
     * delivers, the counters {@code .delivered}, {@code .retries}, {@code .throttled} and {@code .dropped} since
     * start-up.
     */
    @Bean
    MeterBinder outboxMetrics(Outbox outbox, ObjectProvider<OutboxDelivery> deliveries) {
        return registry -> {
            Gauge.builder("calltriage.outbox.depth", outbox, Outbox::depth)
                    .description("Messages waiting to be delivered").register(registry);
            Gauge.builder("calltriage.outbox.dead", outbox, Outbox::deadLetters)
                    .description("Messages set aside after failing for good or too often").register(registry);
            deliveries.ifAvailable(delivery -> {
                counter(registry, "delivered", "Messages Teams took", delivery, OutboxDelivery::delivered);
                counter(registry, "retries", "Messages put back to be tried again", delivery,
                        OutboxDelivery::retries);
                counter(registry, "throttled", "429 answers from the Bot Connector", delivery,
                        OutboxDelivery::throttled);
                counter(registry, "dropped", "Messages set aside as dead letters", delivery, OutboxDelivery::dropped);
            });
        };
    }

    private static void counter(MeterRegistry registry, String name, String description, OutboxDelivery delivery,
                                ToDoubleFunction<OutboxDelivery> value) {
        FunctionCounter.builder("calltriage.outbox." + name, delivery, value).description(description)
                .register(registry);
    }
}
