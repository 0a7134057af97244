package com.calltriage.config;

import com.calltriage.graph.GraphCallRecords;
import com.calltriage.graph.GraphRetry;
import com.calltriage.graph.GraphSettings;
import com.calltriage.ingest.CallRecordSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Call records from Microsoft Graph, when the app registration is configured: the notification worker
 * fetches each notified record through it. Its retries and 429s are counted for operators.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "calltriage.graph", name = {"client-id", "client-secret"})
public class GraphConfiguration {

    @Bean
    GraphRetry graphRetry(Clock clock, ObjectProvider<MeterRegistry> meters) {
        GraphRetry retry = GraphRetry.upTo(GraphRetry.DEFAULT_MAX_ATTEMPTS, clock);
        meters.ifAvailable(registry -> {
            FunctionCounter.builder("calltriage.graph.retries", retry, GraphRetry::retries).register(registry);
            FunctionCounter.builder("calltriage.graph.throttled", retry, GraphRetry::throttledAnswers)
                    .description("Graph answers with HTTP 429").register(registry);
        });
        return retry;
    }

    @Bean
    CallRecordSource graphCallRecords(CallTriageProperties properties, GraphRetry retry, Clock clock) {
        GraphSettings settings = CoreConfiguration.graphSettings(properties);
        return new GraphCallRecords(settings, retry, clock);
    }
}
