package com.calltriage.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.NotificationCounters;
import com.calltriage.ingest.NotificationWorker;
import com.calltriage.ingest.QueuedNotification;
import com.calltriage.ingest.RecordStoredListener;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.FakeNotificationQueue;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A storm of 429s while notified records are fetched: every record ends up stored, and each wait is the one
 * Graph asked for in Retry-After, never shorter.
 */
class ThrottledIngestionTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T16:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();

    @Test
    void aStormOfThrottlingEndsWithEveryRecordStoredAndTheAdvertisedWaitsKept() {
        graph.issuesTokens();
        List<CallRecordJson> calls = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> CallRecordJson.call("3c9f0e2a-0000-4000-8000-00000000000" + i)
                        .with(GraphUser.alice(), GraphUser.bob()))
                .toList();
        for (CallRecordJson call : calls) {
            graph.answersInTurn("GET", "/v1.0/communications/callRecords/" + call.id(),
                    aResponse().withStatus(429).withHeader("Retry-After", "3"),
                    aResponse().withStatus(429).withHeader("Retry-After", "3"),
                    okJson(call.json()));
        }
        GraphRetry retry = new GraphRetry(5, GraphRetry.BASE, GraphRetry.CAP, waits::add, new Random(7), clock);
        GraphCallRecords records = new GraphCallRecords(graph.settings(Duration.ofSeconds(5)), retry, clock);
        FakeNotificationQueue queue = new FakeNotificationQueue();
        queue.enqueue(calls.stream().map(c -> new QueuedNotification(c.id(), "created", clock.instant())).toList());
        FakeCallRecordStore store = new FakeCallRecordStore();
        NotificationWorker worker = new NotificationWorker(queue, records, new CallRecordImporter(store),
                RecordStoredListener.NONE, new NotificationCounters(), clock, 10, Duration.ofMinutes(5));

        assertThat(worker.drainOnce()).isEqualTo(5);

        calls.forEach(call -> assertThat(store.findById(call.id())).isPresent());
        assertThat(queue.depth()).isZero();
        assertThat(waits).hasSize(10).containsOnly(Duration.ofSeconds(3));
        assertThat(retry.throttledAnswers()).isEqualTo(10);
        server.verify(15, getRequestedFor(urlPathMatching("/v1.0/communications/callRecords/.*")));
    }
}
