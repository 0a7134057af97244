// Long because: the handoff end to end at the Bot Connector, with a 429 and with two replicas beside it.
package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.MemoryRecentLists;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.conversation.Audience;
import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.Outbox;
import com.calltriage.escalation.EscalationSetup;
import com.calltriage.escalation.EscalationState;
import com.calltriage.escalation.Escalations;
import com.calltriage.escalation.PostedCards;
import com.calltriage.escalation.TicketView;
import com.calltriage.store.DatabaseReplicas;
import com.calltriage.store.JdbcEscalations;
import com.calltriage.store.JdbcOutbox;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeEscalations;
import com.calltriage.testing.H2Database;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Escalations as the Bot Connector (WireMock) sees them: the card posted as a new thread in the escalations channel,
 * updated in place at each step, and the requester's notes in their personal chat; a post Teams throttles is tried
 * again and its ticket waits for it, never orphaned; two replicas on one database post, update and notify once.
 */
class EscalationDeliveryTest {
    private static final String CHANNEL = "19:escalations@thread.tacv2";
    private static final String CARD_ID = "1700000000123";
    private static final String THREAD = CHANNEL + ";messageid=" + CARD_ID;
    private static final String SAMS_CHAT = "a:personal-chat-sam";
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ERIN = ChatFixture.caller("erin", "Erin Cho");
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Novak");

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    private final OutboxFixture fixture = new OutboxFixture(connector);

    @BeforeEach
    void aChannelAndSamsChat() {
        fixture.references.remember(new ConversationReference(OutboxFixture.TENANT, CHANNEL,
                ConversationReference.Kind.CHANNEL, fixture.serviceUrl(), null, null, "19:team@thread.tacv2",
                CHANNEL, OutboxFixture.BOT, null, true, fixture.clock.instant()));
        fixture.personalChat(SAM.objectId(), SAMS_CHAT);
        connector.stubFor(put(urlPathMatching("/v3/conversations/.+/activities/.+")).willReturn(taken(CARD_ID)));
    }

    @Test
    void theCardIsPostedAsAThreadUpdatedAtEachStepAndTheRequesterIsToldEachTime() throws Exception {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.+/activities")).willReturn(taken(CARD_ID)));
        Replica replica = new Replica(new FakeEscalations(fixture.outbox), fixture.outbox);
        replica.ask(ADAM, CHANNEL + ";messageid=1", "use this channel for escalations");
        replica.ask(SAM, SAMS_CHAT, "show last calls for alice");
        replica.ask(SAM, SAMS_CHAT, "escalate 2: headset crackles since Monday");

        replica.deliver();
        assertThat(sent()).singleElement().satisfies(post -> {
            assertThat(post.to()).isEqualTo("POST /v3/conversations/" + CHANNEL + "/activities");
            assertThat(post.body()).contains("Escalation E-1", "Open", "headset crackles since Monday",
                    "Alice Wood", "take E-1");
        });
        replica.deliver();
        assertThat(sent()).hasSize(3);
        assertThat(sent().get(1).to()).isEqualTo("PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID);
        assertThat(sent().get(1).body()).contains("https://teams.microsoft.com/l/message/"
                + "19%3Aescalations%40thread.tacv2/" + CARD_ID);
        assertThat(sent().get(2).to()).isEqualTo("POST /v3/conversations/" + SAMS_CHAT + "/activities");
        assertThat(sent().get(2).body()).contains("posted it in the escalations channel", "Open thread");

        Reply taken = replica.ask(ERIN, THREAD, "take E-1");
        Reply pressedAgain = replica.ask(ERIN, THREAD, "take E-1");
        replica.deliver();
        replica.ask(ERIN, THREAD, "resolve E-1: replaced headset");
        replica.deliver();

        assertThat(((TicketView) taken).ticket().state()).isEqualTo(EscalationState.TAKEN);
        assertThat(((NoticeView) pressedAgain).title()).isEqualTo("You already have E-1");
        List<Sent> steps = sent().subList(3, sent().size());
        assertThat(steps).extracting(Sent::to).containsExactly(
                "PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID,
                "POST /v3/conversations/" + SAMS_CHAT + "/activities",
                "PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID,
                "POST /v3/conversations/" + SAMS_CHAT + "/activities");
        assertThat(steps.get(0).body()).contains("Taken", "Erin Cho").doesNotContain("\"take E-1\"");
        assertThat(steps.get(1).body()).contains("Erin Cho took it");
        assertThat(steps.get(2).body()).contains("Resolved").doesNotContain("resolve E-1\"");
        assertThat(steps.get(3).body()).contains("Erin Cho resolved it", "replaced headset");
    }

    @Test
    void aThrottledPostIsTriedAgainAndItsTicketWaitsForItInsteadOfBeingOrphaned() throws Exception {
        postsAnswer(aResponse().withStatus(429).withHeader("Retry-After", "2"), taken(CARD_ID));
        FakeEscalations tickets = new FakeEscalations(fixture.outbox);
        Replica replica = new Replica(tickets, fixture.outbox);
        replica.ask(ADAM, CHANNEL, "use this channel for escalations");
        replica.ask(SAM, SAMS_CHAT, "show last calls for alice");
        replica.ask(SAM, SAMS_CHAT, "escalate 2");

        replica.deliver();
        assertThat(sent()).hasSize(1);
        assertThat(tickets.unposted(10)).hasSize(1);

        fixture.clock.advance(Duration.ofSeconds(2));
        replica.deliver();
        replica.deliver();

        assertThat(sent()).extracting(Sent::to).containsExactly(
                "POST /v3/conversations/" + CHANNEL + "/activities",
                "POST /v3/conversations/" + CHANNEL + "/activities",
                "PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID,
                "POST /v3/conversations/" + SAMS_CHAT + "/activities");
        assertThat(tickets.unposted(10)).isEmpty();
        assertThat(tickets.find(OutboxFixture.TENANT, 1).orElseThrow().thread().conversationId()).isEqualTo(THREAD);
    }

    @Test
    void aCardTeamsGaveNoIdIsKeptAsPostedAndItsStepsNotifyWithoutUpdatingIt() throws Exception {
        // As the Agents Playground answers a post with a card: 202 and no id.
        connector.stubFor(post(urlPathMatching("/v3/conversations/.+/activities")).willReturn(aResponse()
                .withStatus(202)));
        FakeEscalations tickets = new FakeEscalations(fixture.outbox);
        Replica replica = new Replica(tickets, fixture.outbox);
        replica.ask(ADAM, CHANNEL, "use this channel for escalations");
        replica.ask(SAM, SAMS_CHAT, "show last calls for alice");
        replica.ask(SAM, SAMS_CHAT, "escalate 2");

        replica.deliver();
        replica.deliver();
        replica.ask(ERIN, CHANNEL + ";messageid=42", "take E-1");
        replica.deliver();

        assertThat(tickets.unposted(10)).isEmpty();
        assertThat(sent()).extracting(Sent::to).containsExactly(
                "POST /v3/conversations/" + CHANNEL + "/activities",
                "POST /v3/conversations/" + SAMS_CHAT + "/activities",
                "POST /v3/conversations/" + SAMS_CHAT + "/activities");
        assertThat(sent().get(2).body()).contains("Erin Cho took it").doesNotContain("Open thread");
        assertThat(fixture.outbox.depth()).isZero();
    }

    @Test
    void twoReplicasOnOneDatabasePostUpdateAndNotifyOnceThoughTeamsSendsThePressToBoth() throws Exception {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.+/activities")).willReturn(taken(CARD_ID)));
        H2Database database = H2Database.migrated();
        DatabaseReplicas replicas = DatabaseReplicas.besides(database.dataSource());
        try {
            Replica one = onDatabase(database.dataSource());
            Replica two = onDatabase(replicas.second());
            one.ask(ADAM, CHANNEL, "use this channel for escalations");
            one.ask(SAM, SAMS_CHAT, "show last calls for alice");
            one.ask(SAM, SAMS_CHAT, "escalate 2");

            atOnce(one::deliver, two::deliver);
            atOnce(one::deliver, two::deliver);
            List<Reply> presses = atOnce(() -> one.ask(ERIN, THREAD, "take E-1"),
                    () -> two.ask(ERIN, THREAD, "take E-1"));
            atOnce(one::deliver, two::deliver);

            assertThat(presses).filteredOn(TicketView.class::isInstance).hasSize(1);
            assertThat(presses).filteredOn(NoticeView.class::isInstance).singleElement()
                    .satisfies(notice -> assertThat(((NoticeView) notice).title()).isEqualTo("You already have E-1"));
            assertThat(sent()).extracting(Sent::to).containsExactlyInAnyOrder(
                    "POST /v3/conversations/" + CHANNEL + "/activities",
                    "PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID,
                    "POST /v3/conversations/" + SAMS_CHAT + "/activities",
                    "PUT /v3/conversations/" + THREAD + "/activities/" + CARD_ID,
                    "POST /v3/conversations/" + SAMS_CHAT + "/activities");
        } finally {
            replicas.close();
            database.close();
        }
    }

    /** One replica: its dispatcher, its outbox delivery and its keeper of posted cards, over the tickets given. */
    private final class Replica {
        private final CommandDispatcher dispatcher;
        private final OutboxDelivery delivery;
        private final PostedCards posted;

        Replica(Escalations tickets, Outbox outbox) {
            AdaptiveCardRenderer cards = new AdaptiveCardRenderer();
            this.dispatcher = ChatFixture.demo().clock(fixture.clock).dispatcher(new MemoryRecentLists(),
                    new EscalationSetup(tickets, fixture.references, cards));
            this.delivery = fixture.delivery(outbox, fixture.references, 20);
            this.posted = new PostedCards(tickets, outbox, cards, fixture.clock);
        }

        Reply ask(Caller caller, String conversationId, String text) {
            Audience audience = conversationId.startsWith("19:") ? Audience.SHARED : Audience.ASKER;
            return dispatcher.answer(new ChatRequest(text, caller, conversationId, audience, null,
                    ChatRequest.DEFAULT_TIME_ZONE));
        }

        /** One round of the outbox's schedule, as {@code OutboxDrainer} runs it. */
        Reply deliver() {
            delivery.drainOnce();
            posted.keepThreads();
            return null;
        }
    }

    private Replica onDatabase(DataSource dataSource) {
        JdbcOutbox outbox = new JdbcOutbox(dataSource);
        return new Replica(new JdbcEscalations(dataSource, outbox), outbox);
    }

    private static <T> List<T> atOnce(Callable<T> one, Callable<T> two) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> each : List.of(one, two)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return each.call();
                }));
            }
            List<T> done = new ArrayList<>();
            for (Future<T> result : results) {
                done.add(result.get(60, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A request the connector received: its method and decoded path, and its body. */
    private record Sent(String to, String body) {
    }

    private List<Sent> sent() {
        List<Sent> sent = new ArrayList<>();
        for (LoggedRequest request : fixture.requests()) {
            sent.add(new Sent(request.getMethod() + " " + URLDecoder.decode(request.getUrl(),
                    StandardCharsets.UTF_8), request.getBodyAsString()));
        }
        return sent;
    }

    /** Posts are answered with these, one after the other, then with the last again. */
    private static void postsAnswer(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? STARTED : "answer-" + i;
            connector.stubFor(post(urlPathMatching("/v3/conversations/.+/activities")).inScenario("posts")
                    .whenScenarioStateIs(state).willSetStateTo(i + 1 < answers.length ? "answer-" + (i + 1) : state)
                    .willReturn(answers[i]));
        }
    }

    private static ResponseDefinitionBuilder taken(String activityId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + activityId + "\"}");
    }
}
