package com.calltriage.summary;

import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.conversation.Outbox;
import com.calltriage.demo.DemoTenant;
import com.calltriage.quality.QualityRules;
import com.calltriage.store.JdbcQualityFacts;
import com.calltriage.store.JdbcSummaryStore;
import com.calltriage.testing.DemoSummaries;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.FakeOutbox;
import com.calltriage.testing.H2Database;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The managers' morning card: at send-at in each manager's own time zone, once per local day across replicas and
 * restarts (the claim in the store, not only the outbox's key), never while turned off, and the managers the bot
 * cannot reach reported.
 */
class MorningSummariesTest {
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final String MARIA = objectId("maria");
    private static final String PAT = "7a0f5d1e-0000-4000-8000-00000000beef";
    private static final Instant LA_07_59 = Instant.parse("2026-11-21T15:59:00Z");

    private final H2Database database = H2Database.migrated();
    private final FakeConversationReferences references = new FakeConversationReferences();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final TestClock clock = new TestClock(LA_07_59);

    @AfterEach
    void close() {
        database.close();
    }

    /** A replica: its own objects over the shared store, conversation references and outbox. */
    private MorningSummaries replica() {
        JdbcSummaryStore store = new JdbcSummaryStore(database.dataSource(),
                new JdbcQualityFacts(database.dataSource(), QualityRules.standard()));
        return new MorningSummaries(new Summaries(store, LocalTime.of(8, 0)), references, outbox, ZoneId.of("UTC"),
                view -> view.from() + "|" + view.to() + "|" + view.zone(), clock);
    }

    private void personalChat(String person, String timeZone) {
        references.remember(new ConversationReference(TENANT, "a:" + person, ConversationReference.Kind.PERSONAL,
                "https://smba.example/", person, "29:" + person, null, null, "28:bot", timeZone, true,
                clock.instant()));
    }

    @Test
    void aManagerInLosAngelesGetsYesterdaysCardAtEightThere() {
        personalChat(MARIA, "America/Los_Angeles");
        MorningSummaries replica = replica();

        assertThat(replica.run(TENANT, List.of(MARIA)).sent()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(replica.run(TENANT, List.of(MARIA)).sent()).containsExactly(MARIA);

        OutgoingMessage card = outbox.queued.get(0);
        assertThat(card.target()).isEqualTo(OutgoingMessage.Target.personalChat(TENANT, MARIA));
        assertThat(card.key()).endsWith(":2026-11-21");
        assertThat(card.activityJson()).isEqualTo("2026-11-20T08:00:00Z|2026-11-21T08:00:00Z|America/Los_Angeles");
    }

    @Test
    void aManagerWhoseClientNamedNoZoneGetsItAtEightInTheConfiguredZone() {
        personalChat(MARIA, null);
        clock.advance(Duration.ofMinutes(1));

        assertThat(replica().run(TENANT, List.of(MARIA)).sent()).containsExactly(MARIA);
        assertThat(outbox.queued.get(0).activityJson()).startsWith("2026-11-20T00:00:00Z|2026-11-21T00:00:00Z|UTC");
    }

    @Test
    void itIsQueuedOnceADayAcrossTwoReplicasAndARestart() {
        personalChat(MARIA, "America/Los_Angeles");
        clock.advance(Duration.ofMinutes(1));
        MorningSummaries first = replica();
        MorningSummaries second = replica();

        first.run(TENANT, List.of(MARIA));
        second.run(TENANT, List.of(MARIA));
        clock.advance(Duration.ofHours(3));
        MorningSummaries restarted = replica();
        restarted.run(TENANT, List.of(MARIA));
        second.run(TENANT, List.of(MARIA));

        assertThat(outbox.attempts).isEqualTo(1);
        clock.advance(Duration.ofHours(21));
        first.run(TENANT, List.of(MARIA));
        restarted.run(TENANT, List.of(MARIA));
        assertThat(outbox.queued).extracting(OutgoingMessage::key)
                .allSatisfy(key -> assertThat(key).startsWith("summary:" + TENANT + ":" + MARIA))
                .extracting(key -> key.substring(key.lastIndexOf(':') + 1))
                .containsExactly("2026-11-21", "2026-11-22");
        assertThat(outbox.attempts).isEqualTo(2);
    }

    @Test
    void aManagerWhoTurnedItOffGetsNothingUntilTurningItOn() {
        personalChat(MARIA, "UTC");
        clock.advance(Duration.ofHours(1));
        MorningSummaries replica = replica();
        new JdbcSummaryStore(database.dataSource(), null).setPaused(TENANT, MARIA, true);

        assertThat(replica.run(TENANT, List.of(MARIA)).sent()).isEmpty();
        new JdbcSummaryStore(database.dataSource(), null).setPaused(TENANT, MARIA, false);
        assertThat(replica.run(TENANT, List.of(MARIA)).sent()).containsExactly(MARIA);
    }

    @Test
    void aManagerTheBotCannotReachIsReportedAndGetsItOnTheDayTheyFirstChat() {
        personalChat(MARIA, "UTC");
        clock.advance(Duration.ofHours(1));
        MorningSummaries replica = replica();

        MorningSummaries.Round round = replica.run(TENANT, List.of(MARIA, PAT));

        assertThat(round.sent()).containsExactly(MARIA);
        assertThat(round.unreachable()).containsExactly(PAT);
        personalChat(PAT, "Europe/Berlin");
        assertThat(replica.run(TENANT, List.of(MARIA, PAT)).sent()).containsExactly(PAT);
    }

    @Test
    void theCardIsYesterdaysSummaryOfTheWholeTenantAndSaysHowToStopIt() {
        DemoSummaries demo = DemoSummaries.fresh();
        personalChat(MARIA, "UTC");
        List<SummaryView> views = new ArrayList<>();
        MorningSummaries replica = new MorningSummaries(new Summaries(demo.store(), LocalTime.of(8, 0)), references,
                outbox, ZoneId.of("UTC"), view -> {
                    views.add(view);
                    return "card";
                }, clock);

        assertThat(replica.run(TENANT, List.of(MARIA)).sent()).containsExactly(MARIA);

        SummaryView card = views.get(0);
        assertThat(card.scope()).isEqualTo("All calls");
        assertThat(card.from()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(card.table().get(0).label()).isEqualTo("Calls");
        assertThat(card.table().get(0).number()).isPositive();
        assertThat(card.note()).contains("summary off");
    }

    /** The outbox, counting every message queued, so a second queueing shows even where the key would drop it. */
    private static final class RecordingOutbox implements Outbox {
        private final FakeOutbox outbox = new FakeOutbox();
        final List<OutgoingMessage> queued = new ArrayList<>();
        int attempts;

        @Override
        public synchronized boolean enqueue(OutgoingMessage message, Instant now) {
            attempts++;
            boolean added = outbox.enqueue(message, now);
            if (added) {
                queued.add(message);
            }
            return added;
        }

        @Override
        public List<PendingMessage> claimDue(Instant now, int max, Duration lease) {
            return outbox.claimDue(now, max, lease);
        }

        @Override
        public void delivered(long id, String conversationId, String activityId, Instant at) {
            outbox.delivered(id, conversationId, activityId, at);
        }

        @Override
        public void retryLater(long id, String error, Instant nextAttemptAt) {
            outbox.retryLater(id, error, nextAttemptAt);
        }

        @Override
        public void deadLetter(long id, String error, Instant at) {
            outbox.deadLetter(id, error, at);
        }

        @Override
        public java.util.Optional<Delivery> deliveryOf(String key) {
            return outbox.deliveryOf(key);
        }

        @Override
        public long depth() {
            return outbox.depth();
        }

        @Override
        public long deadLetters() {
            return outbox.deadLetters();
        }
    }
}
