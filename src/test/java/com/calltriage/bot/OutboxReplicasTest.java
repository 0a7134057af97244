package com.calltriage.bot;

import static com.calltriage.bot.OutboxFixture.LEASE;
import static com.calltriage.bot.OutboxFixture.cardText;
import static com.calltriage.bot.OutboxFixture.toConversation;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.Outbox;
import com.calltriage.store.DatabaseReplicas;
import com.calltriage.store.JdbcOutbox;
import com.calltriage.testing.H2Database;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replicas delivering one outbox in a database (H2 here), each through a data source of its own: every message
 * reaches the Bot Connector (WireMock here) once, whichever replica claims it, and none is lost with a replica.
 */
class OutboxReplicasTest {
    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    private final OutboxFixture fixture = new OutboxFixture(connector);
    private H2Database database;
    private DatabaseReplicas replicas;
    private Outbox outbox;

    @BeforeEach
    void oneDatabaseForTwoReplicas() {
        database = H2Database.migrated();
        replicas = DatabaseReplicas.besides(database.dataSource());
        outbox = new JdbcOutbox(database.dataSource());
        fixture.connectorTakesPosts("1700000000001");
    }

    @AfterEach
    void closeTheDatabase() {
        replicas.close();
        database.close();
    }

    @Test
    void twoReplicasDrainingAtOnceSendEachMessageOnce() throws Exception {
        List<String> texts = IntStream.range(0, 30).mapToObj(i -> "message " + i).toList();
        for (int i = 0; i < texts.size(); i++) {
            fixture.groupChat("19:chat-" + i + "@thread.v2");
            outbox.enqueue(toConversation("note-" + i, "19:chat-" + i + "@thread.v2", texts.get(i)),
                    fixture.clock.instant());
        }
        List<OutboxDelivery> deliveries = List.of(fixture.delivery(outbox, fixture.references, 3),
                fixture.delivery(new JdbcOutbox(replicas.second()), fixture.references, 3));

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (OutboxDelivery delivery : deliveries) {
                claimed.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    int total = 0;
                    for (int batch = delivery.drainOnce(); batch > 0; batch = delivery.drainOnce()) {
                        total += batch;
                    }
                    return total;
                }));
            }
            assertThat(claimed.get(0).get(60, TimeUnit.SECONDS) + claimed.get(1).get(60, TimeUnit.SECONDS))
                    .isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sentTexts()).hasSize(30).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(outbox.depth()).isZero();
        assertThat(deliveries.get(0).delivered() + deliveries.get(1).delivered()).isEqualTo(30);
    }

    @Test
    void messagesOfAReplicaThatDiedAfterClaimingThemAreDeliveredByAnotherOnceTheLeaseEnds() throws Exception {
        fixture.groupChat("19:group@thread.v2");
        IntStream.range(0, 4).forEach(i -> outbox.enqueue(toConversation("note-" + i, "19:group@thread.v2",
                "message " + i), fixture.clock.instant()));
        // The replica that dies claims them and sends nothing.
        new JdbcOutbox(replicas.second()).claimDue(fixture.clock.instant(), 10, LEASE);
        OutboxDelivery survivor = fixture.delivery(outbox, fixture.references, 20);

        assertThat(survivor.drainOnce()).isZero();
        fixture.clock.advance(LEASE);
        assertThat(survivor.drainOnce()).isEqualTo(4);
        fixture.clock.advance(LEASE.multipliedBy(2));
        assertThat(survivor.drainOnce()).isZero();

        assertThat(sentTexts()).containsExactly("message 0", "message 1", "message 2", "message 3");
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void aReplicaStoppedMidBatchSendsItsMessageAndHandsTheRestToAnotherAtOnce() throws Exception {
        fixture.groupChat("19:group@thread.v2");
        IntStream.range(0, 4).forEach(i -> outbox.enqueue(toConversation("note-" + i, "19:group@thread.v2",
                "message " + i), fixture.clock.instant()));
        List<OutboxDelivery> stopping = new ArrayList<>();
        OutboxDelivery shuttingDown = fixture.delivery(new JdbcOutbox(replicas.second()) {
            @Override
            public void delivered(long id, String conversationId, String activityId, Instant at) {
                super.delivered(id, conversationId, activityId, at);
                stopping.get(0).stop();
            }
        }, fixture.references, 20);
        stopping.add(shuttingDown);
        OutboxDelivery survivor = fixture.delivery(outbox, fixture.references, 20);

        assertThat(shuttingDown.drainOnce()).isZero();
        assertThat(shuttingDown.drainOnce()).isZero();
        assertThat(sentTexts()).containsExactly("message 0");
        assertThat(survivor.drainOnce()).isEqualTo(3);

        assertThat(sentTexts()).containsExactly("message 0", "message 1", "message 2", "message 3");
        assertThat(outbox.depth()).isZero();
    }

    private List<String> sentTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (LoggedRequest request : fixture.requests()) {
            texts.add(cardText(OutboxFixture.body(request)));
        }
        return texts;
    }
}
