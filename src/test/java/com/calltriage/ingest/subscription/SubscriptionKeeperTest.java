package com.calltriage.ingest.subscription;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphAtWireMock.CALL_RECORDS;
import static com.calltriage.testing.GraphAtWireMock.NOTIFICATION_URL;
import static com.calltriage.testing.GraphAtWireMock.SUBSCRIPTIONS;
import static com.calltriage.testing.GraphAtWireMock.subscription;
import static com.calltriage.testing.GraphUser.alice;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.graph.GraphCallRecords;
import com.calltriage.graph.GraphRetry;
import com.calltriage.graph.GraphSettings;
import com.calltriage.graph.GraphSubscriptions;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.RequestBudget;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.JdbcSubscriptionState;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.H2Database;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscription kept alive against Graph in WireMock, with the shared state and locks in H2 and a clock the
 * tests move: created when there is none, renewed before it lapses, replaced when renewal fails, and each
 * lifecycle event answered.
 */
class SubscriptionKeeperTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String CLIENT_STATE = "keeper-client-state-7c1d";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock standIn = new GraphAtWireMock(graph);
    private final TestClock clock = new TestClock(NOW);
    private final H2Database database = H2Database.migrated();
    private final SubscriptionState state = new JdbcSubscriptionState(database.dataSource(),
            CallRecordSubscriptions.RESOURCE);
    private final JdbcCallRecordStore store = new JdbcCallRecordStore(database.dataSource(), clock);
    private SubscriptionKeeper keeper;

    @BeforeEach
    void graphIssuesTokens() {
        standIn.issuesTokens();
        keeper = keeper(clientStateOf(CLIENT_STATE));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Nested
    class Keeping {

        @Test
        void aSubscriptionIsCreatedWhenGraphListsNoneOfOurs() {
            standIn.listsSubscriptions(subscription("someone-elses", "https://other.contoso.com/hook",
                    NOW.plus(Duration.ofDays(1))));
            standIn.createsSubscription("sub-1", expiryFrom(NOW));

            assertThat(keeper.keep()).isTrue();

            graph.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS)).withRequestBody(equalToJson("""
                    {"changeType": "created,updated",
                     "notificationUrl": "https://calltriage.contoso.com/api/graph/notifications",
                     "lifecycleNotificationUrl": "https://calltriage.contoso.com/api/graph/lifecycle",
                     "resource": "/communications/callRecords",
                     "expirationDateTime": "%s",
                     "clientState": "%s"}""".formatted(odata(expiryFrom(NOW)), CLIENT_STATE))));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-1");
            assertThat(state.read().expiresAt()).isEqualTo(expiryFrom(NOW));
            assertThat(keeper.created()).isEqualTo(1);
        }

        @Test
        void aLiveSubscriptionOfOursIsAdoptedAndItsDuplicatesDeleted() {
            Instant later = NOW.plus(Duration.ofDays(2));
            standIn.listsSubscriptions(subscription("sub-older", NOW.plus(Duration.ofDays(1))),
                    subscription("sub-later", later), subscription("someone-elses", "https://other.contoso.com/hook",
                            later));
            standIn.answers("DELETE", SUBSCRIPTIONS + "/sub-older", aResponse().withStatus(204));

            keeper.keep();

            assertThat(state.read().subscriptionId()).isEqualTo("sub-later");
            assertThat(state.read().expiresAt()).isEqualTo(later);
            graph.verify(0, postRequestedFor(urlEqualTo(SUBSCRIPTIONS)));
            graph.verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/sub-older")));
            graph.verify(0, deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/someone-elses")));
        }

        @Test
        void nothingIsAskedWhileMoreThanTheRenewalMarginIsLeft() {
            state.subscribed("sub-1", expiryFrom(NOW));
            clock.advance(SubscriptionKeeper.LIFETIME.minus(SubscriptionKeeper.RENEWAL_MARGIN).minusMinutes(1));

            keeper.keep();

            graph.verify(0, anyRequestedFor(urlPathEqualTo(SUBSCRIPTIONS)));
            graph.verify(0, anyRequestedFor(urlPathEqualTo(SUBSCRIPTIONS + "/sub-1")));
        }

        @Test
        void theSubscriptionIsRenewedOnceLessThanTheMarginIsLeft() {
            state.subscribed("sub-1", expiryFrom(NOW));
            clock.advance(SubscriptionKeeper.LIFETIME.minus(SubscriptionKeeper.RENEWAL_MARGIN).plusMinutes(1));
            Instant renewedUntil = expiryFrom(clock.instant());
            standIn.renewsSubscription("sub-1", renewedUntil);

            keeper.keep();

            graph.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/sub-1")).withRequestBody(
                    equalToJson("{\"expirationDateTime\": \"" + odata(renewedUntil) + "\"}")));
            assertThat(state.read().expiresAt()).isEqualTo(renewedUntil);
            assertThat(keeper.renewed()).isEqualTo(1);
            graph.verify(0, postRequestedFor(urlEqualTo(SUBSCRIPTIONS)));
        }

        @Test
        void aRenewalGraphAnswersWith404IsReplacedByANewSubscription() {
            state.subscribed("sub-1", NOW.plus(Duration.ofHours(2)));
            standIn.answers("PATCH", SUBSCRIPTIONS + "/sub-1", aResponse().withStatus(404));
            standIn.createsSubscription("sub-2", expiryFrom(NOW));

            keeper.keep();

            graph.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS)));
            graph.verify(0, deleteRequestedFor(urlPathEqualTo(SUBSCRIPTIONS + "/sub-1")));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-2");
        }

        @Test
        void aFailingRenewalIsReplacedAndTheOldSubscriptionDeleted() {
            state.subscribed("sub-1", NOW.plus(Duration.ofHours(2)));
            standIn.answers("PATCH", SUBSCRIPTIONS + "/sub-1", aResponse().withStatus(500));
            standIn.answers("DELETE", SUBSCRIPTIONS + "/sub-1", aResponse().withStatus(204));
            standIn.createsSubscription("sub-2", expiryFrom(NOW));

            keeper.keep();

            graph.verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/sub-1")));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-2");
            assertThat(keeper.failures()).isEqualTo(1);
        }

        @Test
        void aCreationGraphRefusesLeavesNoneAndIsTriedAgainNextTime() {
            standIn.listsSubscriptions();
            standIn.answersInTurn("POST", SUBSCRIPTIONS, aResponse().withStatus(400)
                    .withBody("{\"error\": {\"code\": \"ValidationError\"}}"),
                    okJson(subscription("sub-1", expiryFrom(NOW))));

            assertThat(keeper.keep()).isTrue();
            assertThat(state.read().subscriptionId()).isNull();
            keeper.keep();

            assertThat(state.read().subscriptionId()).isEqualTo("sub-1");
        }

        @Test
        void anExpiredSubscriptionIsReplacedWithoutAskingToRenewIt() {
            state.subscribed("sub-1", NOW.minusSeconds(1));
            standIn.listsSubscriptions();
            standIn.createsSubscription("sub-2", expiryFrom(NOW));

            keeper.keep();

            graph.verify(0, patchRequestedFor(urlPathEqualTo(SUBSCRIPTIONS + "/sub-1")));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-2");
        }

        @Test
        void withoutAClientStateNoSubscriptionIsMade() {
            assertThatThrownBy(() -> keeper(clientStateOf(" "))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("calltriage.graph.client-state");
        }
    }

    @Nested
    class LifecycleEventsAnswered {

        @BeforeEach
        void subscribedForTwoMoreDays() {
            state.subscribed("sub-1", NOW.plus(Duration.ofDays(2)));
        }

        @Test
        void reauthorizationRequiredRenewsAtOnceWhateverTheExpiry() {
            standIn.renewsSubscription("sub-1", expiryFrom(NOW));

            keeper.reauthorizationRequired("sub-1");

            graph.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/sub-1")).withRequestBody(
                    equalToJson("{\"expirationDateTime\": \"" + odata(expiryFrom(NOW)) + "\"}")));
            assertThat(state.read().renewalRequested()).isFalse();
            assertThat(state.read().expiresAt()).isEqualTo(expiryFrom(NOW));
        }

        @Test
        void subscriptionRemovedCreatesANewOneThenCatchesUp() {
            standIn.listsSubscriptions();
            standIn.createsSubscription("sub-2", expiryFrom(NOW));
            standIn.listsCallRecords();

            keeper.subscriptionRemoved("sub-1");

            graph.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS)));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-2");
            graph.verify(getRequestedFor(urlPathEqualTo(CALL_RECORDS)));
        }

        @Test
        void missedNotificationsAreBackfilledFromTheLastKnownGoodTime() {
            state.notificationHandled(NOW.minus(Duration.ofHours(3)));
            CallRecordJson missed = call("missed-call").with(alice()).startingAt(NOW.minus(Duration.ofHours(2)));
            standIn.listsCallRecords("{\"id\": \"missed-call\", \"version\": 1}");
            standIn.serves(missed);

            keeper.missed("sub-1");

            LoggedRequest listing = graph.findAll(getRequestedFor(urlPathEqualTo(CALL_RECORDS))).get(0);
            assertThat(listing.queryParameter("$filter").firstValue()).isEqualTo(
                    "startDateTime ge 2026-11-19T06:00:00Z and startDateTime lt 2026-11-20T09:00:00Z");
            assertThat(store.findById("missed-call")).isPresent();
            assertThat(state.read().backfilledUntil()).isEqualTo(NOW);
        }

        @Test
        void eventsAboutAnotherSubscriptionAskGraphNothing() {
            keeper.reauthorizationRequired("sub-old");
            keeper.subscriptionRemoved("sub-old");

            graph.verify(0, anyRequestedFor(anyUrl()));
            assertThat(state.read().subscriptionId()).isEqualTo("sub-1");
        }
    }

    private SubscriptionKeeper keeper(String clientState) {
        GraphSettings settings = standIn.settings(Duration.ofSeconds(2));
        GraphCallRecords records = new GraphCallRecords(settings, GraphRetry.upTo(1, clock), clock);
        OnceAcrossReplicas once = new OnceAcrossReplicas(new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(database.dataSource())).usingDbTime().build())));
        RecordedWaits waits = new RecordedWaits(clock);
        Backfill backfill = new Backfill(records, records, store, new CallRecordImporter(store), state,
                RequestBudget.listing(clock, waits), RequestBudget.fetching(clock, waits), clock, 100);
        return new SubscriptionKeeper(new GraphSubscriptions(settings, GraphRetry.upTo(1, clock), clock), state, once,
                NotificationUrls.beside(NOTIFICATION_URL), clientState, new CatchUp(backfill, state, once, clock),
                Runnable::run, clock);
    }

    private static String clientStateOf(String value) {
        return value;
    }

    private static Instant expiryFrom(Instant now) {
        return now.plus(SubscriptionKeeper.LIFETIME);
    }

    private static String odata(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
