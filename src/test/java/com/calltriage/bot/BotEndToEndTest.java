package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running bot over HTTP as Teams or a local client would, with the demo tenant loaded, and
 * checks the cards that come back: in the response for expectReplies, and at the Bot Connector service
 * (WireMock) for the normal path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-end-to-end;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true"
})
class BotEndToEndTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void connectorAcceptsReplies() {
        BotConnectorStandIn.acceptsReplies(connector);
    }

    @Test
    void specialistGetsTheCallListCardInTheResponseWithExpectReplies() throws Exception {
        HttpResponse<String> response = send(BotActivities.expectingReplies(
                BotActivities.message("show last calls for alice", SAM, TENANT, "http://localhost:9/")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = onlyCard(JSON.readTree(response.body()).path("activities"));
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("Calls of Alice Wood", "Internal User", "External User",
                "+14255550***").doesNotContain("+14255550123", "Bob Stone", "Pierre Laurent");
        assertThat(connector.getAllServeEvents()).isEmpty();
    }

    @Test
    void specialistGetsTheCallListCardThroughTheBotConnectorService() throws Exception {
        ObjectNode activity = BotActivities.message("show last calls for alice", SAM, TENANT, connector.baseUrl());

        HttpResponse<String> response = send(activity);

        assertThat(response.statusCode()).isEqualTo(202);
        List<LoggedRequest> replies = connector.findAll(postRequestedFor(urlPathMatching(
                "/v3/conversations/a:personal-chat-1/activities/" + activity.get("id").asText())));
        assertThat(replies).hasSize(1);
        JsonNode reply = JSON.readTree(replies.get(0).getBodyAsString());
        assertThat(reply.path("replyToId").asText()).isEqualTo(activity.get("id").asText());
        assertThat(reply.path("recipient").path("aadObjectId").asText()).isEqualTo(SAM);
        assertThat(onlyCard(List.of(reply)).toString()).contains("Calls of Alice Wood");
        connector.verify(postRequestedFor(urlPathMatching("/v3/conversations/.*"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void theBotsMentionIsNotPartOfTheCommand() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(BotActivities.message(
                "<at>CallTriage</at> show last calls for bob", SAM, TENANT, "http://localhost:9/"));
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention");
        mention.put("text", "<at>CallTriage</at>");
        mention.set("mentioned", activity.get("recipient").deepCopy());

        JsonNode card = onlyCard(JSON.readTree(send(activity).body()).path("activities"));

        assertThat(card.toString()).contains("Calls of Bob Stone");
    }

    @Test
    void aCardButtonIsHandledLikeTypedText() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(BotActivities.message(null, SAM, TENANT,
                "http://localhost:9/"));
        activity.remove("text");
        activity.putObject("value").put("command", "show last calls for jordan.smith@contoso.com");

        JsonNode card = onlyCard(JSON.readTree(send(activity).body()).path("activities"));

        assertThat(card.toString()).contains("Calls of Jordan Smith");
    }

    @Test
    void someoneWithoutARoleIsRefused() throws Exception {
        JsonNode card = onlyCard(JSON.readTree(send(BotActivities.expectingReplies(BotActivities.message(
                "show last calls for alice", DemoTenant.objectIdOf("bob"), TENANT, "http://localhost:9/")))
                .body()).path("activities"));

        assertThat(card.toString()).contains("Access needed", "Teams Communications Support Specialist")
                .doesNotContain("Alice Wood");
    }

    @Test
    void installingTheBotGetsAWelcome() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(BotActivities.installingTheBot(
                BotActivities.message(null, SAM, TENANT, "http://localhost:9/")));

        JsonNode card = onlyCard(JSON.readTree(send(activity).body()).path("activities"));

        assertThat(card.toString()).contains("Hi, I'm CallTriage", "show last calls for alice");
    }

    /** Teams says so when someone joins a team or chat the bot is in: a welcome each time would be noise. */
    @Test
    void someoneJoiningAConversationWithTheBotGetsNoWelcome() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(BotActivities.addingTheSender(
                BotActivities.message(null, SAM, TENANT, "http://localhost:9/")));

        HttpResponse<String> response = send(activity);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("activities")).isEmpty();
    }

    @Test
    void somethingThatIsNotAnActivityIsABadRequest() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(messagesUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(connector.findAll(postRequestedFor(urlPathMatching(".*")).withRequestBody(containing("{"))))
                .isEmpty();
    }

    private HttpResponse<String> send(ObjectNode activity) throws Exception {
        return new BotClient(port).send(activity);
    }

    private URI messagesUri() {
        return new BotClient(port).messagesUri();
    }

    private static JsonNode onlyCard(Iterable<JsonNode> activities) {
        return BotClient.onlyCard(activities);
    }
}
