package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.SUBSCRIPTIONS;
import static com.calltriage.testing.GraphAtWireMock.error;
import static com.calltriage.testing.GraphAtWireMock.onePage;
import static com.calltriage.testing.GraphAtWireMock.subscription;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.ingest.subscription.CallRecordSubscriptions.NewSubscription;
import com.calltriage.ingest.subscription.Subscription;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call records subscription through Graph's /subscriptions: what is sent, and what each answer means. */
class GraphSubscriptionsTest {
    private static final String ID = "7f105c7d-2dc5-4530-97cd-4e7ae6534c07";
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant EXPIRY = Instant.parse("2026-11-23T07:30:00Z");

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(NOW);
    private GraphSubscriptions subscriptions;

    @BeforeEach
    void entraIssuesATokenForAnHour() {
        graph.issuesTokens();
        subscriptions = new GraphSubscriptions(graph.settings(Duration.ofSeconds(2)), GraphRetry.upTo(1, clock),
                clock);
    }

    @Test
    void createAsksForCreatedAndUpdatedCallRecordsWithBothWebhooksAndTheClientState() throws IOException {
        graph.answers("POST", SUBSCRIPTIONS, okJson(subscription(ID, "https://bot.contoso.com/api/graph/notifications",
                EXPIRY)));

        Subscription made = subscriptions.create(new NewSubscription("https://bot.contoso.com/api/graph/notifications",
                "https://bot.contoso.com/api/graph/lifecycle", "s3cret-state", EXPIRY));

        assertThat(made).isEqualTo(new Subscription(ID, "/communications/callRecords",
                "https://bot.contoso.com/api/graph/notifications", EXPIRY));
        server.verify(postRequestedFor(urlEqualTo(SUBSCRIPTIONS)).withRequestBody(equalToJson("""
                {"changeType": "created,updated",
                 "notificationUrl": "https://bot.contoso.com/api/graph/notifications",
                 "lifecycleNotificationUrl": "https://bot.contoso.com/api/graph/lifecycle",
                 "resource": "/communications/callRecords",
                 "expirationDateTime": "2026-11-23T07:30:00Z",
                 "clientState": "s3cret-state"}""")));
    }

    @Test
    void renewPatchesTheExpiryAndReadsTheOneGraphGranted() throws IOException {
        Instant granted = EXPIRY.minusSeconds(60);
        graph.renewsSubscription(ID, granted);

        assertThat(subscriptions.renew(ID, EXPIRY)).map(Subscription::expiresAt).contains(granted);

        server.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/" + ID))
                .withRequestBody(equalToJson("{\"expirationDateTime\": \"2026-11-23T07:30:00Z\"}")));
    }

    @Test
    void renewingASubscriptionGraphNoLongerHasFindsNothing() throws IOException {
        graph.answers("PATCH", SUBSCRIPTIONS + "/" + ID, error(404, "ResourceNotFound"));

        assertThat(subscriptions.renew(ID, EXPIRY)).isEmpty();
    }

    @Test
    void aRefusedRenewalIsAnIOExceptionNamingTheStatus() {
        graph.answers("PATCH", SUBSCRIPTIONS + "/" + ID, error(403, "Forbidden"));

        assertThatThrownBy(() -> subscriptions.renew(ID, EXPIRY)).isInstanceOf(IOException.class)
                .hasMessageContaining("answered 403 Forbidden");
    }

    @Test
    void deleteTakesTheNoContentAnswerAndAGoneSubscriptionAlike() throws IOException {
        graph.answers("DELETE", SUBSCRIPTIONS + "/" + ID, aResponse().withStatus(204));
        graph.answers("DELETE", SUBSCRIPTIONS + "/gone", error(404, "NotFound"));

        subscriptions.delete(ID);
        subscriptions.delete("gone");

        server.verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/" + ID)));
        server.verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTIONS + "/gone")));
    }

    @Test
    void listFollowsTheNextLinkThroughEveryPage() throws IOException {
        graph.answersInTwoPages(SUBSCRIPTIONS, "2", second -> "{\"@odata.nextLink\": \"" + second + "\", \"value\": ["
                + subscription("first", EXPIRY) + "]}", onePage(subscription("second", EXPIRY)));

        assertThat(subscriptions.list()).extracting(Subscription::id).containsExactly("first", "second");
    }

    @Test
    void aSubscriptionWithoutAReadableExpiryIsAnUnreadableAnswer() {
        graph.answers("POST", SUBSCRIPTIONS, okJson("{\"id\": \"" + ID + "\", \"expirationDateTime\": \"soon\"}"));

        assertThatThrownBy(() -> subscriptions.create(new NewSubscription("https://a/n", "https://a/l", "s", EXPIRY)))
                .isInstanceOf(UnreadableGraphAnswerException.class).hasMessageContaining("'soon'");
    }

    @Test
    void theClientStateIsLeftOutOfTheRequestsDescription() {
        assertThat(new NewSubscription("https://a/n", "https://a/l", "s3cret-state", EXPIRY).toString())
                .doesNotContain("s3cret-state");
    }
}
