package com.calltriage.ingest;

import static com.calltriage.testing.GraphNotificationJson.SUBSCRIPTION_ID;
import static com.calltriage.testing.GraphNotificationJson.batch;
import static com.calltriage.testing.GraphNotificationJson.changed;
import static com.calltriage.testing.GraphNotificationJson.lifecycle;
import static com.calltriage.testing.GraphWebhookClient.LIFECYCLE;
import static com.calltriage.testing.GraphWebhookClient.NOTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.GraphWebhookClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Graph's side of the webhooks, over HTTP against the running server: the handshake, client state checks,
 * and what ends up in the queue. No call record source is configured, so nothing is fetched here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:notify;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "calltriage.graph.client-state=" + GraphNotificationControllerTest.CLIENT_STATE
})
class GraphNotificationControllerTest {
    static final String CLIENT_STATE = "s3cr3t-client-state-0f1e2d";
    private static final String CALL = "e523d2ed-2966-4b6b-925b-754a88034cc5";
    private static final String OTHER_CALL = "2f1a0c7e-5b3d-4c8e-9a6f-1d2e3f4a5b6c";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    DataSource dataSource;

    @Autowired
    RecordingLifecycleEvents lifecycleEvents;

    private GraphWebhookClient graph;
    private JdbcTemplate jdbc;

    @BeforeEach
    void startWithAnEmptyQueue() {
        graph = new GraphWebhookClient(port);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("DELETE FROM notification_queue");
        lifecycleEvents.received.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {NOTIFICATIONS, LIFECYCLE})
    void validationTokenIsEchoedAsPlainText(String path) throws Exception {
        String token = "Validation: Testing client application reachability for subscription Request-Id: "
                + "b4c3f7e0-1a2b-4c5d-8e9f-0a1b2c3d4e5f &+/=%";

        HttpResponse<String> response = graph.validate(path, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo(token);
        assertThat(queuedIds()).isEmpty();
    }

    @Test
    void notificationWithOurClientStateIsAcceptedAndQueued() throws Exception {
        HttpResponse<String> response = graph.post(NOTIFICATIONS, batch(changed(CALL, "created", CLIENT_STATE)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(jdbc.queryForMap("SELECT call_record_id, change_type, attempts FROM notification_queue"))
                .containsEntry("CALL_RECORD_ID", CALL).containsEntry("CHANGE_TYPE", "created")
                .containsEntry("ATTEMPTS", 0);
    }

    @Test
    void recordIdIsTakenFromTheResourcePathWhenResourceDataHasNone() throws Exception {
        ObjectNode notification = changed(CALL, "updated", CLIENT_STATE);
        notification.remove("resourceData");

        graph.post(NOTIFICATIONS, batch(notification));

        assertThat(queuedIds()).containsExactly(CALL);
    }

    @Test
    void wrongClientStateIsForbiddenAndQueuesNothing() throws Exception {
        HttpResponse<String> response = graph.post(NOTIFICATIONS,
                batch(changed(CALL, "created", "guessed-state"), changed(OTHER_CALL, "created", null)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(CLIENT_STATE);
        assertThat(queuedIds()).isEmpty();
    }

    @Test
    void mixedBatchQueuesOnlyTheNotificationsWithOurClientState() throws Exception {
        HttpResponse<String> response = graph.post(NOTIFICATIONS, batch(
                changed(CALL, "created", CLIENT_STATE),
                changed("forged-call", "created", CLIENT_STATE + "x"),
                changed(OTHER_CALL, "updated", CLIENT_STATE)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(queuedIds()).containsExactlyInAnyOrder(CALL, OTHER_CALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "{\"value\": {}}", "{\"value\": [\"x\"]}", "{}"})
    void bodyThatIsNotANotificationBatchIsABadRequest(String body) throws Exception {
        HttpResponse<String> response = graph.post(NOTIFICATIONS, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Not a Graph notification batch").hasSizeLessThan(100);
        assertThat(queuedIds()).isEmpty();
    }

    @Test
    void notificationNamingNoCallRecordIsAcceptedButNotQueued() throws Exception {
        ObjectNode notification = changed(CALL, "updated", CLIENT_STATE);
        notification.remove("resourceData");
        notification.put("resource", "communications/callRecords");

        assertThat(graph.post(NOTIFICATIONS, batch(notification)).statusCode()).isEqualTo(202);
        assertThat(queuedIds()).isEmpty();
    }

    @Test
    void receivedAndRefusedNotificationsAndTheQueueDepthAreMetrics() throws Exception {
        double received = metric("calltriage.notifications.received");
        double refused = metric("calltriage.notifications.refused");

        graph.post(NOTIFICATIONS, batch(changed(CALL, "created", CLIENT_STATE),
                changed(OTHER_CALL, "created", "wrong")));

        assertThat(metric("calltriage.notifications.received")).isEqualTo(received + 2);
        assertThat(metric("calltriage.notifications.refused")).isEqualTo(refused + 1);
        assertThat(metric("calltriage.notifications.queue.depth")).isEqualTo(1);
    }

    @Test
    void eachLifecycleEventGoesToSubscriptionManagement() throws Exception {
        HttpResponse<String> response = graph.post(LIFECYCLE, batch(
                lifecycle("reauthorizationRequired", CLIENT_STATE),
                lifecycle("subscriptionRemoved", CLIENT_STATE),
                lifecycle("missed", CLIENT_STATE),
                lifecycle("somethingNew", CLIENT_STATE)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(lifecycleEvents.received).containsExactly("reauthorizationRequired " + SUBSCRIPTION_ID,
                "subscriptionRemoved " + SUBSCRIPTION_ID, "missed " + SUBSCRIPTION_ID);
        assertThat(queuedIds()).isEmpty();
    }

    @Test
    void lifecycleEventWithWrongClientStateIsForbiddenAndGoesNowhere() throws Exception {
        HttpResponse<String> response = graph.post(LIFECYCLE, batch(lifecycle("subscriptionRemoved", "wrong")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(lifecycleEvents.received).isEmpty();
    }

    @Test
    void malformedLifecycleBodyIsABadRequest() throws Exception {
        assertThat(graph.post(LIFECYCLE, "<xml/>").statusCode()).isEqualTo(400);
    }

    private List<String> queuedIds() {
        return jdbc.queryForList("SELECT call_record_id FROM notification_queue ORDER BY id", String.class);
    }

    private double metric(String name) throws Exception {
        HttpResponse<String> response = new GraphWebhookClient(managementPort).get("/actuator/metrics/" + name);
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("measurements").get(0).path("value").asDouble();
    }

    /** Subscription management as the webhook sees it: each event it was handed. */
    static final class RecordingLifecycleEvents implements LifecycleEvents {
        final List<String> received = new CopyOnWriteArrayList<>();

        @Override
        public void reauthorizationRequired(String subscriptionId) {
            received.add("reauthorizationRequired " + subscriptionId);
        }

        @Override
        public void subscriptionRemoved(String subscriptionId) {
            received.add("subscriptionRemoved " + subscriptionId);
        }

        @Override
        public void missed(String subscriptionId) {
            received.add("missed " + subscriptionId);
        }
    }

    @TestConfiguration
    static class SubscriptionManagement {
        @Bean
        RecordingLifecycleEvents lifecycleEvents() {
            return new RecordingLifecycleEvents();
        }
    }
}
