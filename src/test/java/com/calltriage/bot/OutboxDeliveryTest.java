package com.calltriage.bot;

import static com.calltriage.bot.OutboxFixture.ALICE;
import static com.calltriage.bot.OutboxFixture.BOB;
import static com.calltriage.bot.OutboxFixture.BOT;
import static com.calltriage.bot.OutboxFixture.TENANT;
import static com.calltriage.bot.OutboxFixture.body;
import static com.calltriage.bot.OutboxFixture.cardText;
import static com.calltriage.bot.OutboxFixture.replacing;
import static com.calltriage.bot.OutboxFixture.toConversation;
import static com.calltriage.bot.OutboxFixture.toPerson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.Outbox.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where messages the bot sends on its own go, as the Bot Connector (WireMock here) sees them arrive. */
class OutboxDeliveryTest {
    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    private final OutboxFixture fixture = new OutboxFixture(connector);

    @Test
    void aPrivateAnswerToSomeoneMetInAChannelOpensTheirPersonalChatAndPostsIntoIt() throws Exception {
        fixture.metInAChannel(ALICE);
        connector.stubFor(post(urlPathEqualTo("/v3/conversations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"a:alice-chat\"}")));
        fixture.connectorTakesPosts("1700000000001");
        fixture.queue(toPerson("private:turn-1", ALICE, "Your calls, in full"));

        assertThat(fixture.delivery().drainOnce()).isEqualTo(1);

        List<LoggedRequest> requests = fixture.requests();
        assertThat(requests).extracting(LoggedRequest::getUrl)
                .containsExactly("/v3/conversations", "/v3/conversations/a:alice-chat/activities");
        JsonNode opened = body(requests.get(0));
        assertThat(opened.path("isGroup").asBoolean(true)).isFalse();
        assertThat(opened.at("/bot/id").asText()).isEqualTo(BOT);
        assertThat(opened.path("members")).singleElement()
                .satisfies(member -> assertThat(member.path("id").asText()).isEqualTo("29:" + ALICE));
        assertThat(opened.path("tenantId").asText()).isEqualTo(TENANT);
        assertThat(opened.at("/channelData/tenant/id").asText()).isEqualTo(TENANT);
        JsonNode posted = body(requests.get(1));
        assertThat(posted.path("type").asText()).isEqualTo("message");
        assertThat(posted.at("/attachments/0/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(cardText(posted)).isEqualTo("Your calls, in full");
        assertThat(requests).allSatisfy(request -> assertThat(request.containsHeader("Authorization")).isFalse());
        assertThat(fixture.outbox.deliveryOf("private:turn-1"))
                .contains(new Delivery("a:alice-chat", "1700000000001", fixture.clock.instant()));
    }

    @Test
    void theChatOpenedOnceIsKeptSoTheNextMessageGoesStraightToIt() {
        fixture.metInAChannel(ALICE);
        connector.stubFor(post(urlPathEqualTo("/v3/conversations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"a:alice-chat\"}")));
        fixture.connectorTakesPosts("1");
        fixture.queue(toPerson("private:turn-1", ALICE, "first"));
        fixture.delivery().drainOnce();

        fixture.queue(toPerson("private:turn-2", ALICE, "second"));
        fixture.delivery().drainOnce();

        assertThat(fixture.references.personalChatOf(TENANT, ALICE)).map(ConversationReference::conversationId)
                .contains("a:alice-chat");
        assertThat(fixture.requests()).extracting(LoggedRequest::getUrl).containsExactly("/v3/conversations",
                "/v3/conversations/a:alice-chat/activities", "/v3/conversations/a:alice-chat/activities");
    }

    @Test
    void anUpdateReplacesTheMessageDeliveredBeforeInItsConversation() throws Exception {
        fixture.groupChat("19:group@thread.v2");
        fixture.connectorTakesPosts("1700000000042");
        connector.stubFor(put(urlPathEqualTo("/v3/conversations/19:group@thread.v2/activities/1700000000042"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"1700000000042\"}")));
        fixture.queue(toConversation("escalation:E-12:card", "19:group@thread.v2", "E-12 is open"),
                replacing("escalation:E-12:resolved", "escalation:E-12:card", "E-12 is resolved"));

        fixture.delivery().drainOnce();

        List<LoggedRequest> requests = fixture.requests();
        assertThat(requests).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
                "POST /v3/conversations/19:group@thread.v2/activities",
                "PUT /v3/conversations/19:group@thread.v2/activities/1700000000042");
        assertThat(cardText(body(requests.get(1)))).isEqualTo("E-12 is resolved");
        assertThat(fixture.outbox.deliveryOf("escalation:E-12:resolved")).map(Delivery::activityId)
                .contains("1700000000042");
    }

    @Test
    void anUpdateWaitsUntilTheMessageItReplacesWasDelivered() {
        fixture.connectorTakesPosts("1700000000042");
        connector.stubFor(put(urlPathEqualTo("/v3/conversations/19:group@thread.v2/activities/1700000000042"))
                .willReturn(aResponse().withStatus(200)));
        fixture.queue(replacing("escalation:E-12:resolved", "escalation:E-12:card", "E-12 is resolved"),
                toConversation("escalation:E-12:card", "19:group@thread.v2", "E-12 is open"));

        fixture.delivery().drainOnce();

        assertThat(fixture.outbox.lastError("escalation:E-12:resolved"))
                .isEqualTo("waits for message escalation:E-12:card to be delivered first");
        assertThat(fixture.requests()).isEmpty();
        fixture.groupChat("19:group@thread.v2");
        fixture.clock.advance(Duration.ofSeconds(2));
        fixture.delivery().drainOnce();
        assertThat(fixture.requests()).extracting(r -> r.getMethod().value()).containsExactly("POST");
        fixture.clock.advance(Duration.ofSeconds(4));
        fixture.delivery().drainOnce();
        assertThat(fixture.requests()).extracting(r -> r.getMethod().value()).containsExactly("POST", "PUT");
    }

    @Test
    void aPrivateAnswerForSomeoneWithoutAUsablePersonalChatWaitsForOneAndIsThenDelivered() {
        fixture.connectorTakesPosts("1");
        fixture.queue(toPerson("private:turn-7", BOB, "Your calls, in full"));

        fixture.delivery().drainOnce();

        assertThat(fixture.outbox.lastError("private:turn-7")).contains("no usable personal chat with " + BOB,
                "waiting for a reference");
        assertThat(fixture.outbox.nextAttemptAt("private:turn-7")).isEqualTo(fixture.clock.instant().plusSeconds(2));
        assertThat(fixture.requests()).isEmpty();

        fixture.personalChat(BOB, "a:bob-chat");
        fixture.clock.advance(Duration.ofSeconds(2));
        fixture.delivery().drainOnce();

        assertThat(fixture.requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/v3/conversations/a:bob-chat/activities");
        assertThat(fixture.outbox.deliveryOf("private:turn-7")).isPresent();
    }

    @Test
    void aBurstToOneConversationKeepsWithinSevenASecondAndEightInTwoSeconds() {
        fixture.groupChat("19:group@thread.v2");
        fixture.connectorTakesPosts("1");
        IntStream.range(0, 10).forEach(i -> fixture.queue(toConversation("note-" + i, "19:group@thread.v2", "" + i)));

        fixture.delivery().drainOnce();

        assertThat(fixture.requests()).hasSize(10);
        // Seven go at once; the eighth waits for the first second to pass, the ninth for the first two.
        assertThat(fixture.waits.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(fixture.outbox.depth()).isZero();
    }

    @Test
    void aMessageToAChannelStartsAThreadThatItsUpdateReplacesTheRootOf() {
        fixture.references.remember(new ConversationReference(TENANT, "19:helpdesk@thread.tacv2",
                ConversationReference.Kind.CHANNEL, fixture.serviceUrl(), null, null, "19:team@thread.tacv2",
                "19:helpdesk@thread.tacv2", BOT, null, true, OutboxFixture.NINE));
        fixture.connectorTakesPosts("1700000000099");
        String thread = "19:helpdesk@thread.tacv2;messageid=1700000000099";
        connector.stubFor(put(urlPathEqualTo("/v3/conversations/" + thread + "/activities/1700000000099"))
                .willReturn(aResponse().withStatus(200)));
        fixture.queue(toConversation("escalation:E-3:card", "19:helpdesk@thread.tacv2", "E-3 is open"),
                replacing("escalation:E-3:taken", "escalation:E-3:card", "Erin took E-3"));

        fixture.delivery().drainOnce();

        assertThat(fixture.outbox.deliveryOf("escalation:E-3:card")).map(Delivery::conversationId).contains(thread);
        assertThat(fixture.requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
                "POST /v3/conversations/19:helpdesk@thread.tacv2/activities",
                "PUT /v3/conversations/" + thread + "/activities/1700000000099");
    }
}
