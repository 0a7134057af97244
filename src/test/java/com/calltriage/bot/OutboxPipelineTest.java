package com.calltriage.bot;

import static com.calltriage.bot.OutboxFixture.cardText;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server speaking first: the bot is added to a group chat, which leaves the chat's reference; a message queued
 * for that chat reaches the Bot Connector (WireMock here) when the outbox is next delivered, and health and metrics
 * say so. The drainer's own schedule is set an hour out, so the test delivers itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:outbox-pipeline;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "calltriage.outbox.poll-interval=1h",
    "management.endpoint.health.show-details=always"
})
class OutboxPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    MeterRegistry metrics;

    @Test
    void aMessageQueuedForAGroupChatTheBotWasAddedToReachesItOnTheNextDelivery() throws Exception {
        BotConnectorStandIn.acceptsReplies(connector);
        ObjectNode added = BotActivities.installingTheBot(BotActivities.message("", DemoTenant.objectIdOf("erin"),
                TENANT, connector.baseUrl()));
        ((ObjectNode) added.get("conversation")).put("id", "19:helpdesk-chat@thread.v2")
                .put("conversationType", "groupChat");
        new BotClient(port).send(added);
        connector.resetRequests();

        outbox.enqueue(new OutgoingMessage("escalation:E-1:card",
                OutgoingMessage.Target.conversation(TENANT, "19:helpdesk-chat@thread.v2"),
                OutboxFixture.card("E-1: Alice's calls drop")), Instant.now());
        assertThat(metrics.get("calltriage.outbox.depth").gauge().value()).isEqualTo(1);
        delivery.drainOnce();

        List<JsonNode> sent = BotConnectorStandIn.sentActivities(connector);
        assertThat(sent).singleElement().satisfies(card -> assertThat(cardText(card))
                .isEqualTo("E-1: Alice's calls drop"));
        assertThat(outbox.deliveryOf("escalation:E-1:card")).isPresent();
        assertThat(metrics.get("calltriage.outbox.delivered").functionCounter().count()).isEqualTo(1);
        assertThat(metrics.get("calltriage.outbox.depth").gauge().value()).isZero();
        assertThat(metrics.get("calltriage.outbox.dead").gauge().value()).isZero();
        assertThat(metrics.get("calltriage.outbox.retries").functionCounter().count()).isZero();
        assertThat(metrics.get("calltriage.outbox.throttled").functionCounter().count()).isZero();
        JsonNode health = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(health.at("/components/outbox/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/outbox/details/depth").asLong(-1)).isZero();
        assertThat(health.at("/components/outbox/details/deadLetters").asLong(-1)).isZero();
    }
}
