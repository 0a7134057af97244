package com.calltriage.jobs;

import static com.calltriage.testing.GraphNotificationJson.batch;
import static com.calltriage.testing.GraphNotificationJson.changed;
import static com.calltriage.testing.GraphWebhookClient.NOTIFICATIONS;
import static com.calltriage.testing.GraphAtWireMock.CALL_RECORDS;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.GraphWebhookClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole way in, with Graph in WireMock: a change notification is queued, the drainer fetches the record
 * from Graph (throttled once on the way) and stores it, and a list of the user's calls cached before it
 * arrived shows it at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:graph-ingestion;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "calltriage.graph.client-state=" + GraphIngestionTest.CLIENT_STATE,
    "calltriage.notifications.poll-interval=1h"
})
class GraphIngestionTest {
    static final String CLIENT_STATE = "ingestion-client-state-51ab";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphAtWireMock(DynamicPropertyRegistry registry) {
        GraphAtWireMock.register(registry, graph);
    }

    @LocalServerPort
    int port;

    @Autowired
    NotificationDrainer drainer;

    @Autowired
    CallRecordStore store;

    @Autowired
    MeterRegistry metrics;

    @Test
    void aNotifiedRecordIsFetchedFromGraphStoredAndShownInACachedListAtOnce() throws Exception {
        CallRecordJson call = CallRecordJson.call("5f0c2a44-1b7e-4d7a-9c11-2a8e3b6d9f01")
                .with(GraphUser.alice(), GraphUser.bob()).startingAt("2026-11-18T09:00:00Z");
        GraphAtWireMock standIn = new GraphAtWireMock(graph);
        standIn.issuesTokens();
        standIn.answersInTurn("GET", CALL_RECORDS + "/" + call.id(),
                aResponse().withStatus(429).withHeader("Retry-After", "0"), okJson(call.json()));
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-11-21T00:00:00Z");
        assertThat(store.findCallsOfUser(GraphUser.alice().id(), from, to, 10, null).calls()).isEmpty();

        int status = new GraphWebhookClient(port).post(NOTIFICATIONS, batch(changed(call.id(), "created",
                CLIENT_STATE))).statusCode();
        drainer.drain();

        assertThat(status).isEqualTo(202);
        assertThat(store.findCallsOfUser(GraphUser.alice().id(), from, to, 10, null).calls())
                .extracting(CallRecord::id).containsExactly(call.id());
        assertThat(metrics.get("calltriage.graph.throttled").functionCounter().count()).isEqualTo(1);
    }
}
