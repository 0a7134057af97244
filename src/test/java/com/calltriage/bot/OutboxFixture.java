package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReference.Kind;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.conversation.OutgoingMessage.Target;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.FakeOutbox;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The outbox's delivery against a Bot Connector stand-in: a test clock that pace waits move instead of sleeping, the
 * fake outbox and references (or others a test gives), a local-mode adapter, and messages and references of the
 * demo tenant's people. The backoff draws no jitter, so its waits are the lower bound: 2 s, 4 s, 8 s...
 */
final class OutboxFixture {
    static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration CONNECTOR_TIMEOUT = Duration.ofSeconds(5);
    static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";
    static final String ALICE = "cb25c4bf-18bb-370c-8432-ae85023e6242";
    static final String BOB = "8f0a5a52-8c83-3c6a-9a5e-3d1f1a2b7c11";
    static final String BOT = "28:calltriage-bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RandomGenerator NO_JITTER = () -> 0L;

    final TestClock clock = new TestClock(NINE);
    final RecordedWaits waits = new RecordedWaits(clock);
    final FakeOutbox outbox = new FakeOutbox();
    final FakeConversationReferences references = new FakeConversationReferences();
    final WireMockExtension connector;
    private final CallTriageAdapter adapter = new CallTriageAdapter(null, null, null, CONNECTOR_TIMEOUT);

    OutboxFixture(WireMockExtension connector) {
        this.connector = connector;
    }

    OutboxDelivery delivery() {
        return delivery(outbox, references, 20);
    }

    /** One replica's delivery, over the outbox and references it is given. */
    OutboxDelivery delivery(Outbox replicaOutbox, ConversationReferences replicaReferences, int batchSize) {
        return new OutboxDelivery(replicaOutbox, replicaReferences, adapter, clock, waits, NO_JITTER, batchSize, LEASE,
                CONNECTOR_TIMEOUT);
    }

    /** A delivery whose calls to the connector give up after {@code connectorTimeout}. */
    OutboxDelivery delivery(Duration connectorTimeout) {
        return new OutboxDelivery(outbox, references, new CallTriageAdapter(null, null, null, connectorTimeout), clock,
                waits, NO_JITTER, 20, LEASE, connectorTimeout);
    }

    /** Someone the bot has met in a group chat or a channel, with no personal chat with it yet. */
    ConversationReference metInAChannel(String objectId) {
        ConversationReference person = new ConversationReference(TENANT, null, Kind.PERSONAL, serviceUrl(), objectId,
                "29:" + objectId, null, null, BOT, "Europe/London", true, NINE);
        references.remember(person);
        return person;
    }

    ConversationReference personalChat(String objectId, String conversationId) {
        ConversationReference chat = new ConversationReference(TENANT, conversationId, Kind.PERSONAL, serviceUrl(),
                objectId, "29:" + objectId, null, null, BOT, null, true, clock.instant());
        references.remember(chat);
        return chat;
    }

    ConversationReference groupChat(String conversationId) {
        ConversationReference chat = new ConversationReference(TENANT, conversationId, Kind.GROUP_CHAT, serviceUrl(),
                null, null, null, null, BOT, null, true, NINE);
        references.remember(chat);
        return chat;
    }

    static OutgoingMessage toPerson(String key, String objectId, String text) {
        return new OutgoingMessage(key, Target.personalChat(TENANT, objectId), card(text));
    }

    static OutgoingMessage toConversation(String key, String conversationId, String text) {
        return new OutgoingMessage(key, Target.conversation(TENANT, conversationId), card(text));
    }

    static OutgoingMessage replacing(String key, String updatesKey, String text) {
        return new OutgoingMessage(key, Target.update(TENANT, updatesKey), card(text));
    }

    /** A message with an Adaptive Card whose one text block says {@code text}. */
    static String card(String text) {
        ObjectNode activity = JSON.createObjectNode().put("type", "message");
        ObjectNode attachment = activity.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        ObjectNode content = attachment.putObject("content").put("type", "AdaptiveCard").put("version", "1.5");
        content.putArray("body").addObject().put("type", "TextBlock").put("text", text);
        return activity.toString();
    }

    /** The text of the card an activity the bot sent carries. */
    static String cardText(JsonNode activity) {
        return activity.at("/attachments/0/content/body/0/text").asText();
    }

    void queue(OutgoingMessage... messages) {
        for (OutgoingMessage message : messages) {
            outbox.enqueue(message, clock.instant());
        }
    }

    /** The connector takes every post to a conversation, answering with the id it gives the message. */
    void connectorTakesPosts(String activityId) {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.+/activities")).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + activityId + "\"}")));
    }

    /** Every request the connector received, in the order they came. */
    List<LoggedRequest> requests() {
        List<LoggedRequest> all = new ArrayList<>(connector.findAll(anyRequestedFor(anyUrl())));
        all.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return all;
    }

    static JsonNode body(LoggedRequest request) throws IOException {
        return JSON.readTree(request.getBodyAsString());
    }

    String serviceUrl() {
        return connector.baseUrl() + "/";
    }
}
