package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A question in a team channel, as Teams sends it, with the Bot Connector played by WireMock: what the bot posts in
 * the channel is the specialist view whoever asks, and an engineer's full answer reaches their personal chat with
 * the bot through the outbox, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-shared;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.outbox.poll-interval=1h"
})
class BotSharedConversationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final String CHANNEL = "19:helpdesk-general@thread.tacv2";
    private static final String ERINS_CHAT = "a:personal-chat-erin";
    /** Whom Alice called in her newest calls: only engineers may read their names. */
    private static final List<String> OTHERS = List.of("Bob Stone", "Carol Diaz", "Pierre Laurent", "Eve Martin");

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @LocalServerPort
    int port;

    @Autowired
    OutboxDelivery outbox;

    @BeforeEach
    void connectorTakesReplies() {
        BotConnectorStandIn.acceptsReplies(connector);
        connector.resetRequests();
    }

    @Test
    void anEngineersListInTheChannelIsMaskedAndTheFullOneGoesToTheirPersonalChat() throws Exception {
        BotClient bot = new BotClient(port);
        bot.send(BotActivities.inPersonalChat(message("help", "erin"), ERINS_CHAT));
        connector.resetRequests();

        bot.send(inChannel(message("show last calls for alice", "erin")));
        outbox.drainOnce();

        JsonNode inChannel = only(CHANNEL);
        JsonNode privately = only(ERINS_CHAT);
        assertThat(inChannel.path("text").asText()).isEqualTo("Full details sent to you privately.");
        assertThat(inChannel.toString()).contains("Calls of Alice Wood", "Internal User")
                .doesNotContain(OTHERS.toArray(String[]::new));
        assertThat(privately.toString()).contains("Calls of Alice Wood").containsAnyOf(OTHERS.toArray(String[]::new));

        outbox.drainOnce();
        assertThat(BotConnectorStandIn.sentActivities(connector)).hasSize(2);
    }

    @Test
    void debugIsNotAnsweredInTheChannel() throws Exception {
        BotClient bot = new BotClient(port);
        bot.send(BotActivities.inPersonalChat(message("help", "erin"), ERINS_CHAT));
        bot.send(inChannel(message("show last calls for alice", "erin")));
        outbox.drainOnce();
        connector.resetRequests();

        bot.send(inChannel(message("debug 2", "erin")));
        outbox.drainOnce();

        assertThat(only(CHANNEL).toString()).contains("Sent to you privately").doesNotContain("Audio streams");
        assertThat(only(ERINS_CHAT).toString()).contains("Debug");
    }

    @Test
    void anEngineerTheBotCannotReachAloneIsToldHowToGetTheRest() throws Exception {
        new BotClient(port).send(inChannel(message("show last calls for alice", "adam")));
        outbox.drainOnce();

        JsonNode inChannel = only(CHANNEL);
        assertThat(inChannel.path("text").asText()).contains("ask me in our personal chat");
        assertThat(inChannel.toString()).doesNotContain(OTHERS.toArray(String[]::new));
    }

    @Test
    void aSpecialistsAnswerInTheChannelIsTheirWholeAnswer() throws Exception {
        BotClient bot = new BotClient(port);
        bot.send(BotActivities.inPersonalChat(message("help", "sam"), "a:personal-chat-sam"));
        connector.resetRequests();

        bot.send(inChannel(message("show last calls for alice", "sam")));
        outbox.drainOnce();

        List<JsonNode> sent = BotConnectorStandIn.sentActivities(connector);
        assertThat(sent).singleElement().satisfies(reply -> assertThat(reply.path("text").isMissingNode()
                || reply.path("text").asText().isEmpty()).isTrue());
    }

    private ObjectNode message(String text, String alias) {
        return BotActivities.message(text, DemoTenant.objectIdOf(alias), TENANT, connector.baseUrl());
    }

    private static ObjectNode inChannel(ObjectNode activity) {
        ((ObjectNode) activity.get("conversation")).put("id", CHANNEL + ";messageid=1700000000000")
                .put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", "19:helpdesk-team@thread.tacv2");
        channelData.putObject("channel").put("id", CHANNEL);
        return activity;
    }

    /** The one activity the bot sent to that conversation (a channel's thread counts as its channel). */
    private static JsonNode only(String conversationId) throws Exception {
        List<LoggedRequest> there = connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")))
                .stream().filter(request -> URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8)
                        .startsWith("/v3/conversations/" + conversationId))
                .toList();
        assertThat(there).as("activities sent to " + conversationId).hasSize(1);
        return JSON.readTree(there.get(0).getBodyAsString());
    }
}
