package com.calltriage.jobs;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphNotificationJson.batch;
import static com.calltriage.testing.GraphNotificationJson.changed;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.calltriage.testing.GraphWebhookClient.NOTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.calltriage.CallTriageApplication;
import com.calltriage.ingest.CallRecordSource;
import com.calltriage.store.JdbcNotificationQueue;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.GraphWebhookClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server shutting down (SIGTERM: the application context closes) while its drainer fetches one record of a batch
 * of five finishes that record and hands the other four back at once: another replica could claim them the moment
 * the server is gone, not when their five-minute lease ends.
 */
class ShutdownHandsBackClaimsTest {

    @Test
    void closingTheServerMidBatchStoresTheRecordInHandAndFreesTheRestAtOnce() throws Exception {
        String url = "jdbc:h2:mem:shutdown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        List<CallRecordJson> calls = IntStream.range(0, 5).mapToObj(i -> call(UUID.randomUUID().toString())
                .with(alice(), bob())).toList();
        BlockingSource graph = new BlockingSource();
        calls.forEach(graph.records::serve);
        ConfigurableApplicationContext server = new SpringApplicationBuilder(CallTriageApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("callRecordSource", graph))
                .run("--server.port=0", "--management.server.port=0", "--calltriage.store.url=" + url,
                        "--calltriage.demo.enabled=false", "--calltriage.graph.client-state=shutdown-state",
                        "--calltriage.notifications.poll-interval=1h", "--calltriage.notifications.batch-size=10");
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        assertThat(new GraphWebhookClient(port).post(NOTIFICATIONS, batch(calls.stream()
                .map(c -> changed(c.id(), "created", "shutdown-state")).toArray(ObjectNode[]::new)))
                .statusCode()).isEqualTo(202);
        NotificationDrainer drainer = server.getBean(NotificationDrainer.class);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> round = threads.submit((Runnable) drainer::drain);
            assertThat(graph.fetching.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> shutdown = threads.submit((Runnable) server::close);
            await().atMost(Duration.ofSeconds(10)).until(() -> !drainer.isRunning());
            graph.fetchMayEnd.countDown();
            shutdown.get(60, TimeUnit.SECONDS);
            round.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        JdbcDataSource database = new JdbcDataSource();
        database.setURL(url);
        database.setUser("sa");
        assertThat(new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM call_record", Long.class))
                .isEqualTo(1);
        assertThat(new JdbcNotificationQueue(database).claimDue(Instant.now(), 10, Duration.ofMinutes(5)))
                .hasSize(4);
    }

    /** Graph whose first fetch waits until the test lets it end. */
    static final class BlockingSource implements CallRecordSource {
        final FakeCallRecordSource records = new FakeCallRecordSource();
        final CountDownLatch fetching = new CountDownLatch(1);
        final CountDownLatch fetchMayEnd = new CountDownLatch(1);

        @Override
        public Optional<JsonNode> fetch(String callRecordId) throws IOException {
            fetching.countDown();
            try {
                if (!fetchMayEnd.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the fetch end");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return records.fetch(callRecordId);
        }
    }
}
