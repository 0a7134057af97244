package com.calltriage.config;

import static com.calltriage.testing.GraphNotificationJson.SUBSCRIPTION_ID;
import static com.calltriage.testing.GraphNotificationJson.batch;
import static com.calltriage.testing.GraphNotificationJson.lifecycle;
import static com.calltriage.testing.GraphWebhookClient.LIFECYCLE;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphWebhookClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server with a notification URL subscribes once it is ready, then catches up, and answers Graph's lifecycle
 * events through the webhook; operators see it under health and metrics. Graph plays in WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:subscription-wiring;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "calltriage.graph.client-state=" + SubscriptionWiringTest.CLIENT_STATE,
    "calltriage.graph.notification-url=" + GraphAtWireMock.NOTIFICATION_URL,
    "calltriage.graph.subscription-check-interval=1h",
    "calltriage.notifications.poll-interval=1h"
})
class SubscriptionWiringTest {
    static final String CLIENT_STATE = "wiring-client-state-2b9e";
    private static final Instant EXPIRY = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

    /** Not reset between tests: what the server did at start-up is what they check. */
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void graphAtWireMock(DynamicPropertyRegistry registry) {
        GraphAtWireMock.register(registry, graph);
    }

    /** Before the server starts, since it subscribes as soon as it is ready. */
    @BeforeAll
    static void graphAnswers() {
        GraphAtWireMock standIn = new GraphAtWireMock(graph);
        standIn.issuesTokens();
        standIn.listsSubscriptions();
        standIn.createsSubscription(SUBSCRIPTION_ID, EXPIRY);
        standIn.renewsSubscription(SUBSCRIPTION_ID, EXPIRY.plus(Duration.ofHours(1)));
        standIn.listsCallRecords();
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("subscriptionWork")
    ExecutorService work;

    @Autowired
    @Qualifier("graphSubscriptionHealthIndicator")
    HealthIndicator health;

    @Autowired
    MeterRegistry metrics;

    @BeforeEach
    void startUpWorkIsDone() throws Exception {
        finishWork();
    }

    @Test
    void onceReadyTheServerSubscribesWithItsWebhooksThenCatchesUp() {
        graph.verify(1, postRequestedFor(urlEqualTo("/v1.0/subscriptions")).withRequestBody(equalToJson("""
                {"notificationUrl": "https://calltriage.contoso.com/api/graph/notifications",
                 "lifecycleNotificationUrl": "https://calltriage.contoso.com/api/graph/lifecycle",
                 "clientState": "%s"}""".formatted(CLIENT_STATE), true, true)));
        graph.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/communications/callRecords")));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("subscriptionId", SUBSCRIPTION_ID);
        assertThat(metrics.get("calltriage.graph.subscription.created").functionCounter().count()).isEqualTo(1);
        assertThat(metrics.get("calltriage.backfill.listed").functionCounter().count()).isZero();
    }

    @Test
    void reauthorizationRequiredThroughTheWebhookRenewsTheSubscription() throws Exception {
        int status = new GraphWebhookClient(port).post(LIFECYCLE, batch(lifecycle("reauthorizationRequired",
                CLIENT_STATE))).statusCode();
        finishWork();

        assertThat(status).isEqualTo(202);
        graph.verify(1, patchRequestedFor(urlEqualTo("/v1.0/subscriptions/" + SUBSCRIPTION_ID)));
    }

    /** The keeper's work runs on one thread in order, so a task queued behind it ends after it. */
    private void finishWork() throws Exception {
        work.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }
}
