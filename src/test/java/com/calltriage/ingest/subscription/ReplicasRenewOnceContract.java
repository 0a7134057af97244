package com.calltriage.ingest.subscription;

import static com.calltriage.testing.GraphAtWireMock.NOTIFICATION_URL;
import static com.calltriage.testing.GraphAtWireMock.SUBSCRIPTIONS;
import static com.calltriage.testing.GraphAtWireMock.subscription;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.graph.GraphCallRecords;
import com.calltriage.graph.GraphRetry;
import com.calltriage.graph.GraphSettings;
import com.calltriage.graph.GraphSubscriptions;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.RequestBudget;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.JdbcSubscriptionState;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two service instances on one database, each with its own ShedLock provider, keep the subscription at the
 * same moment: Graph sees one renewal. Graph takes a second to answer it, so without the lock both would have
 * read the expiring subscription and renewed it. A subclass supplies the database. No fake runs it: the lock it
 * relies on lives in the database that the two processes share, and an in-memory fake has no second process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReplicasRenewOnceContract {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String SUBSCRIPTION = SUBSCRIPTIONS + "/sub-1";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock standIn = new GraphAtWireMock(graph);
    private final TestClock clock = new TestClock(NOW);
    private DataSource dataSource;

    abstract DataSource openDatabase() throws Exception;

    abstract void closeDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        dataSource = openDatabase();
    }

    @AfterAll
    void close() throws Exception {
        closeDatabase();
    }

    @Test
    void twoReplicasKeepingTheSubscriptionAtTheSameMomentRenewItOnce() throws Exception {
        SubscriptionState state = new JdbcSubscriptionState(dataSource, CallRecordSubscriptions.RESOURCE);
        state.subscribed("sub-1", NOW.plus(Duration.ofHours(1)));
        standIn.issuesTokens();
        standIn.answers("PATCH", SUBSCRIPTION, okJson(subscription("sub-1", NOW.plus(SubscriptionKeeper.LIFETIME)))
                .withFixedDelay(1000));
        List<SubscriptionKeeper> replicas = List.of(replica(), replica());
        CyclicBarrier sameMoment = new CyclicBarrier(replicas.size());
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        try {
            List<CompletableFuture<Boolean>> kept = replicas.stream()
                    .map(keeper -> CompletableFuture.supplyAsync(() -> {
                        await(sameMoment);
                        return keeper.keep();
                    }, threads)).toList();

            List<Boolean> acted = kept.stream().map(CompletableFuture::join).toList();

            assertThat(acted).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        graph.verify(1, patchRequestedFor(urlEqualTo(SUBSCRIPTION)));
        assertThat(state.read().expiresAt()).isEqualTo(NOW.plus(SubscriptionKeeper.LIFETIME));
    }

    /** One service instance: its own Graph clients and its own lock provider, on the shared database. */
    private SubscriptionKeeper replica() {
        GraphSettings settings = standIn.settings(Duration.ofSeconds(5));
        SubscriptionState state = new JdbcSubscriptionState(dataSource, CallRecordSubscriptions.RESOURCE);
        OnceAcrossReplicas once = new OnceAcrossReplicas(new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build())));
        GraphCallRecords records = new GraphCallRecords(settings, GraphRetry.upTo(1, clock), clock);
        JdbcCallRecordStore store = new JdbcCallRecordStore(dataSource, clock);
        RecordedWaits waits = new RecordedWaits(clock);
        Backfill backfill = new Backfill(records, records, store, new CallRecordImporter(store), state,
                RequestBudget.listing(clock, waits), RequestBudget.fetching(clock, waits), clock, 100);
        return new SubscriptionKeeper(new GraphSubscriptions(settings, GraphRetry.upTo(1, clock), clock), state, once,
                NotificationUrls.beside(NOTIFICATION_URL), "replica-client-state",
                new CatchUp(backfill, state, once, clock), Runnable::run, clock);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The replicas did not start together", e);
        }
    }
}
