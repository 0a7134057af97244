package com.calltriage.config;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.graph.GraphCallRecords;
import com.calltriage.graph.GraphRetry;
import com.calltriage.graph.GraphSettings;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.ingest.SubscriptionState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Call records from Microsoft Graph, when the app registration is configured: the notification worker
 * fetches each notified record through it, and backfill lists and fetches what the store lacks, for the
 * server and the {@code backfill} sub-command alike. Retries, 429s and backfill progress are counted for
 * operators.
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

    /** Both ports at once: the source the worker fetches from, and the listing backfill walks. */
    @Bean
    GraphCallRecords graphCallRecords(CallTriageProperties properties, GraphRetry retry, Clock clock) {
        GraphSettings settings = CoreConfiguration.graphSettings(properties);
        return new GraphCallRecords(settings, retry, clock);
    }

    @Bean
    Backfill backfill(GraphCallRecords graph, CallRecordStore store, CallRecordImporter importer,
                      SubscriptionState state, GraphRequestBudgets budgets, Clock clock,
                      ObjectProvider<MeterRegistry> meters) {
        Backfill backfill = new Backfill(graph, graph, store, importer, state, budgets.listing(), budgets.fetching(),
                clock, Backfill.DEFAULT_PROGRESS_EVERY);
        meters.ifAvailable(registry -> {
            counter(registry, "listed", "Call records listed by backfills", backfill, Backfill::listed);
            counter(registry, "already.stored", "Listed call records the store held already", backfill,
                    Backfill::alreadyStored);
            counter(registry, "fetched", "Call records fetched by backfills", backfill, Backfill::fetched);
            counter(registry, "failed", "Call records backfills could not fetch or store", backfill,
                    Backfill::failed);
        });
        return backfill;
    }

    private static void counter(MeterRegistry registry, String name, String description, Backfill backfill,
                                ToDoubleFunction<Backfill> value) {
        FunctionCounter.builder("calltriage.backfill." + name, backfill, value).description(description)
                .register(registry);
    }
}
