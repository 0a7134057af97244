package com.calltriage.bot;

import static com.calltriage.bot.OutboxFixture.cardText;
import static com.calltriage.bot.OutboxFixture.toConversation;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.ConversationReference;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the outbox does when the Bot Connector (WireMock here) throttles, stumbles or refuses. */
class OutboxRetriesTest {
    private static final String CHAT = "19:group@thread.v2";
    private static final String ACTIVITIES = "/v3/conversations/" + CHAT + "/activities";

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    private final OutboxFixture fixture = new OutboxFixture(connector);
    private OutboxDelivery delivery;

    @BeforeEach
    void aGroupChatTheBotIsIn() {
        fixture.groupChat(CHAT);
        delivery = fixture.delivery();
    }

    @Test
    void aThrottledMessageWaitsWhatRetryAfterSaysAndIsThenDeliveredOnce() {
        answers(aResponse().withStatus(429).withHeader("Retry-After", "2"), taken("1700000000007"));
        fixture.queue(toConversation("note-1", CHAT, "first"), toConversation("note-2", CHAT, "second"));

        delivery.drainOnce();
        // The second message was not even tried: Teams asked for quiet in that conversation.
        assertThat(fixture.requests()).hasSize(1);
        assertThat(delivery.throttled()).isEqualTo(1);
        assertThat(fixture.outbox.nextAttemptAt("note-1")).isEqualTo(at(2));
        assertThat(fixture.outbox.nextAttemptAt("note-2")).isEqualTo(at(2));

        fixture.clock.advance(Duration.ofMillis(1999));
        assertThat(delivery.drainOnce()).isZero();
        fixture.clock.advance(Duration.ofMillis(1));
        delivery.drainOnce();
        fixture.clock.advance(Duration.ofHours(1));
        delivery.drainOnce();

        assertThat(sentTexts()).containsExactly("first", "first", "second");
        assertThat(fixture.outbox.deliveryOf("note-1")).isPresent();
        assertThat(fixture.outbox.deliveryOf("note-2")).isPresent();
        assertThat(fixture.waits.waits()).isEmpty();
    }

    @Test
    void aBadGatewayIsTriedAgainAfterABackoffThatDoubles() {
        answers(aResponse().withStatus(502), aResponse().withStatus(502), taken("1700000000008"));
        fixture.queue(toConversation("note-1", CHAT, "first"));

        delivery.drainOnce();
        assertThat(fixture.outbox.nextAttemptAt("note-1")).isEqualTo(at(2));
        fixture.clock.advance(Duration.ofSeconds(2));
        delivery.drainOnce();
        assertThat(fixture.outbox.nextAttemptAt("note-1")).isEqualTo(at(6));
        assertThat(fixture.outbox.lastError("note-1")).isEqualTo("the connector answered 502");
        fixture.clock.advance(Duration.ofSeconds(4));
        delivery.drainOnce();

        assertThat(fixture.requests()).hasSize(3);
        assertThat(fixture.outbox.deliveryOf("note-1")).isPresent();
        assertThat(delivery.retries()).isEqualTo(2);
        assertThat(delivery.delivered()).isEqualTo(1);
    }

    @Test
    void aConnectorThatDoesNotAnswerInTimeIsTriedAgainLater() {
        answers(taken("1700000000009").withFixedDelay(2000));
        fixture.queue(toConversation("note-1", CHAT, "first"));

        fixture.delivery(Duration.ofMillis(300)).drainOnce();

        assertThat(fixture.outbox.lastError("note-1")).isEqualTo("no answer within the connector timeout");
        assertThat(fixture.outbox.nextAttemptAt("note-1")).isEqualTo(at(2));
        assertThat(fixture.outbox.deliveryOf("note-1")).isEmpty();
    }

    @Test
    void aConnectorThatCannotBeReachedIsTriedAgainLater() {
        fixture.references.remember(new ConversationReference(OutboxFixture.TENANT, "19:elsewhere@thread.v2",
                ConversationReference.Kind.GROUP_CHAT, "http://127.0.0.1:9/", null, null, null, null,
                OutboxFixture.BOT, null, true, OutboxFixture.NINE));
        fixture.queue(toConversation("note-1", "19:elsewhere@thread.v2", "first"));

        delivery.drainOnce();

        assertThat(fixture.outbox.lastError("note-1")).startsWith("no connection (");
        assertThat(fixture.outbox.nextAttemptAt("note-1")).isEqualTo(at(2));
    }

    @Test
    void aRefusalIsADeadLetterCountedAndNeverTriedAgain() {
        answers(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of "
                        + "the conversation roster.\"}}"));
        fixture.queue(toConversation("note-1", CHAT, "first"));

        delivery.drainOnce();
        fixture.clock.advance(Duration.ofDays(1));
        delivery.drainOnce();

        assertThat(fixture.requests()).hasSize(1);
        assertThat(fixture.outbox.deadLetters()).isEqualTo(1);
        assertThat(fixture.outbox.depth()).isZero();
        assertThat(delivery.dropped()).isEqualTo(1);
        assertThat(fixture.outbox.lastError("note-1"))
                .isEqualTo("the connector answered 403 (BotNotInConversationRoster)");
    }

    @Test
    void aMessageThatKeepsFailingIsADeadLetterAfterItsLastAttempt() {
        answers(aResponse().withStatus(503));
        fixture.queue(toConversation("note-1", CHAT, "first"));

        for (int attempt = 1; attempt <= OutboxDelivery.MAX_ATTEMPTS; attempt++) {
            delivery.drainOnce();
            fixture.clock.advance(Duration.ofMinutes(OutboxDelivery.LONGEST_BACKOFF_MINUTES));
        }
        delivery.drainOnce();

        assertThat(fixture.requests()).hasSize(OutboxDelivery.MAX_ATTEMPTS);
        assertThat(fixture.outbox.deadLetters()).isEqualTo(1);
        assertThat(fixture.outbox.lastError("note-1")).isEqualTo("gave up after 20 attempts: the connector answered 503");
    }

    /** The connector answers posts to the chat with these, one after the other, then with the last again. */
    private void answers(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? STARTED : "answer-" + i;
            connector.stubFor(post(urlPathEqualTo(ACTIVITIES)).inScenario("answers").whenScenarioStateIs(state)
                    .willSetStateTo(i + 1 < answers.length ? "answer-" + (i + 1) : state).willReturn(answers[i]));
        }
    }

    private static ResponseDefinitionBuilder taken(String activityId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + activityId + "\"}");
    }

    private List<String> sentTexts() {
        List<String> texts = new ArrayList<>();
        fixture.requests().forEach(request -> {
            try {
                texts.add(cardText(OutboxFixture.body(request)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return texts;
    }

    private static Instant at(long seconds) {
        return OutboxFixture.NINE.plusSeconds(seconds);
    }
}
