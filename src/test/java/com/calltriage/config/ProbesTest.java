package com.calltriage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An orchestrator probes the pod's own address on the bot's port: liveness says the process answers, readiness that
 * the store is there too. Graph is configured here but cannot be reached (nothing listens on port 1), so the server
 * has no subscription and its {@code graphSubscription} health is DOWN, which must not get it restarted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:probes;DB_CLOSE_DELAY=-1", "calltriage.demo.enabled=false",
    "calltriage.graph.client-id=calltriage-app", "calltriage.graph.client-secret=n0t-a-real~secret",
    "calltriage.graph.base-url=http://127.0.0.1:1/v1.0",
    "calltriage.graph.token-url=http://127.0.0.1:1/{tenant-id}/oauth2/v2.0/token",
    "calltriage.graph.client-state=probes-client-state",
    "calltriage.graph.notification-url=https://calltriage.contoso.com/api/graph/notifications",
    "calltriage.graph.subscription-check-interval=1h", "calltriage.notifications.poll-interval=1h"
})
class ProbesTest {
    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    @Qualifier("graphSubscriptionHealthIndicator")
    HealthIndicator subscription;

    @Test
    void livenessAndReadinessAnswerOnTheBotsPort() throws Exception {
        assertThat(get(port, "/livez")).extracting(HttpResponse::statusCode).isEqualTo(200);
        assertThat(get(port, "/readyz")).extracting(HttpResponse::statusCode).isEqualTo(200);
    }

    @Test
    void theFullHealthStaysOffTheBotsPort() throws Exception {
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingSubscriptionIsDownInHealthButTheReplicaStaysLive() throws Exception {
        assertThat(subscription.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(503);

        HttpResponse<String> liveness = get(port, "/livez");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"").doesNotContain("graphSubscription", "outbox", "queue");
    }

    @Test
    void readinessShowsNoDetailsOnTheBotsPort() throws Exception {
        assertThat(get(port, "/readyz").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
