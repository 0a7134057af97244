package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import com.calltriage.escalation.PostedCards;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The escalation buttons as Teams sends them: an {@code Action.Execute} press is an {@code adaptiveCard/action}
 * invoke, answered with the new card for the presser; a press the presser's role does not allow, or that no longer
 * applies, is answered with a message for them alone and changes nothing, the retried invoke included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-escalation;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.outbox.poll-interval=1h"
})
class BotEscalationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final String CHANNEL = "19:escalations-http@thread.tacv2";
    private static final String THREAD = CHANNEL + ";messageid=reply-1";

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @LocalServerPort
    int port;

    @Autowired
    OutboxDelivery outbox;

    @Autowired
    PostedCards postedCards;

    @BeforeEach
    void connectorTakesEverything() {
        BotConnectorStandIn.acceptsReplies(connector);
        connector.stubFor(put(urlPathMatching("/v3/conversations/.*/activities/.*")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply-1\"}")));
    }

    @Test
    void engineersPressesAreAnsweredWithTheNewCardAndOthersWithAMessageForThePresserAlone() throws Exception {
        BotClient bot = new BotClient(port);
        bot.send(inChannel(message("use this channel for escalations", "adam"), CHANNEL));
        bot.send(BotActivities.inPersonalChat(message("show last calls for alice", "sam"), "a:chat-sam"));
        bot.send(BotActivities.inPersonalChat(message("escalate 2: headset crackles", "sam"), "a:chat-sam"));
        outbox.drainOnce();
        postedCards.keepThreads();
        outbox.drainOnce();

        JsonNode bySam = invoke(bot, press("take E-1", "sam", null));
        ObjectNode erinsPress = press("take E-1", "erin", null);
        JsonNode byErin = invoke(bot, erinsPress);
        JsonNode retried = invoke(bot, erinsPress);
        JsonNode resolved = invoke(bot, press("resolve E-1", "erin", "replaced headset"));

        assertThat(bySam.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(bySam.path("value").asText()).contains("'take' is not available to your role",
                "Teams Communications Support Engineer");
        assertThat(byErin.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(byErin.path("value").toString()).contains("Escalation E-1", "Taken", "Erin Cho");
        assertThat(retried.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(retried.path("value").asText()).startsWith("You already have E-1");
        assertThat(resolved.path("value").toString()).contains("Resolved");
        outbox.drainOnce();
        assertThat(BotConnectorStandIn.sentActivities(connector).toString()).contains("replaced headset");
    }

    @Test
    void useThisChannelInAPersonalChatIsAnsweredThereAndSetsNothing() throws Exception {
        BotClient bot = new BotClient(port);

        JsonNode card = bot.cardFor(BotActivities.inPersonalChat(message("use this channel for escalations",
                "adam"), "a:chat-adam"));

        assertThat(card.toString()).contains("Write this in a team channel", "Nothing changed");
    }

    private JsonNode invoke(BotClient bot, ObjectNode activity) throws Exception {
        HttpResponse<String> response = bot.send(activity);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The invoke Teams sends when someone presses an Action.Execute button of the card in the thread. */
    private ObjectNode press(String command, String alias, String note) {
        ObjectNode activity = inChannel(message(null, alias), THREAD);
        activity.remove("text");
        activity.put("type", "invoke");
        activity.put("name", "adaptiveCard/action");
        ObjectNode action = activity.putObject("value").putObject("action");
        action.put("type", "Action.Execute");
        action.put("verb", "escalation");
        ObjectNode data = action.putObject("data").put("command", command);
        if (note != null) {
            data.put("note", note);
        }
        return activity;
    }

    private ObjectNode message(String text, String alias) {
        return BotActivities.sentBy(BotActivities.message(text, DemoTenant.objectIdOf(alias), TENANT,
                connector.baseUrl()), switch (alias) {
                    case "erin" -> "Erin Cho";
                    case "adam" -> "Adam Novak";
                    default -> "Sam Rivera";
                });
    }

    private static ObjectNode inChannel(ObjectNode activity, String conversationId) {
        ((ObjectNode) activity.get("conversation")).put("id", conversationId).put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", "19:helpdesk-team@thread.tacv2");
        channelData.putObject("channel").put("id", CHANNEL);
        return activity;
    }
}
