package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.TOKEN;
import static com.calltriage.testing.GraphAtWireMock.error;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.access.Caller;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Graph client waits as Graph asks, backs off with jitter otherwise, and gives up after its attempts. */
class GraphRetryTest {
    private static final String PATH = "/v1.0/communications/callRecords/e523d2ed-2966-4b6b-925b-754a88034cc5";
    private static final long SEED = 20261118;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(server);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-18T09:00:00Z"));
    /** Every wait asked for, in order; waiting moves the clock instead of the test's thread. */
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = duration -> {
        waits.add(duration);
        clock.advance(duration);
    };
    private GraphSettings settings;

    @BeforeEach
    void entraIssuesATokenForAnHour() {
        graph.issuesTokens();
        settings = graph.settings(Duration.ofSeconds(2));
    }

    @Test
    void aThrottledRequestIsSentAgainAfterExactlyTheSecondsRetryAfterAsks() throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, throttled().withHeader("Retry-After", "7"), okJson("{}"));

        assertThat(statusOf(client(retry), get())).isEqualTo(200);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(retry.retries()).isEqualTo(1);
        assertThat(retry.throttledAnswers()).isEqualTo(1);
    }

    @Test
    void aRetryAfterDateWaitsUntilThatMomentByTheClock() throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, throttled().withHeader("Retry-After", "Wed, 18 Nov 2026 09:00:42 GMT"),
                unavailable().withHeader("Retry-After", "Wed, 18 Nov 2026 08:59:00 GMT"), okJson("{}"));

        assertThat(statusOf(client(retry), get())).isEqualTo(200);

        assertThat(waits).containsExactly(Duration.ofSeconds(42), Duration.ZERO);
    }

    @Test
    void withoutRetryAfterEachWaitIsRandomUpToADoublingCeiling() throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, unavailable(), gatewayTimeout(), unavailable(), okJson("{}"));

        assertThat(statusOf(client(retry), get())).isEqualTo(200);

        SplittableRandom sameSeed = new SplittableRandom(SEED);
        assertThat(waits).containsExactly(Duration.ofMillis(sameSeed.nextLong(1_001)),
                Duration.ofMillis(sameSeed.nextLong(2_001)), Duration.ofMillis(sameSeed.nextLong(4_001)));
        for (int n = 0; n < waits.size(); n++) {
            assertThat(waits.get(n)).isBetween(Duration.ZERO, GraphRetry.BASE.multipliedBy(1L << n));
        }
    }

    @Test
    void theBackoffCeilingDoublesFromOneSecondAndStopsAtSixty() throws IOException {
        graph.answersInTurn("GET", PATH, unavailable());

        assertThat(statusOf(client(retrying(9, new AlwaysHighest())), get())).isEqualTo(503);

        assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aThrottlingStormLongerThanTheAttemptsEndsWithTheLast429() throws IOException {
        GraphRetry retry = retrying(4, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, throttled().withHeader("Retry-After", "3"));

        assertThat(statusOf(client(retry), get())).isEqualTo(429);

        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
        server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(retry.retries()).isEqualTo(3);
        assertThat(retry.throttledAnswers()).isEqualTo(4);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 500})
    void anAnswerThatRetryingCannotChangeIsReturnedAtOnce(int status) throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, aResponse().withStatus(status), okJson("{}"));

        assertThat(statusOf(client(retry), get())).isEqualTo(status);

        assertThat(waits).isEmpty();
        assertThat(retry.retries()).isZero();
        server.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aConnectionResetIsTriedAgainAfterABackoff() throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{}"));

        assertThat(statusOf(client(retry), get())).isEqualTo(200);

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO,
                GraphRetry.BASE));
        assertThat(retry.retries()).isEqualTo(1);
        assertThat(retry.throttledAnswers()).isZero();
    }

    @Test
    void connectionFailuresOnEveryAttemptEndInTheLastFailure() {
        GraphRetry retry = retrying(3, new SplittableRandom(SEED));
        graph.answersInTurn("GET", PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> statusOf(client(retry), get())).isInstanceOf(IOException.class);

        assertThat(waits).hasSize(2);
        server.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aThrottledPostIsSentAgainWithItsBody() throws IOException {
        GraphRetry retry = retrying(5, new SplittableRandom(SEED));
        graph.answersInTurn("POST", PATH, throttled().withHeader("Retry-After", "1"), okJson("{}"));
        Request post = new Request.Builder().url(server.baseUrl() + PATH)
                .post(RequestBody.create("{\"groupIds\":[\"g-1\"]}", MediaType.get("application/json"))).build();

        assertThat(statusOf(client(retry), post)).isEqualTo(200);

        server.verify(2, postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"groupIds\":[\"g-1\"]}")));
    }

    @Test
    void everyAttemptIsSignedAndHasItsOwnRequestIdWhileTheTokenIsFetchedOnce() throws IOException {
        graph.answersInTurn("GET", PATH, unavailable(), okJson("{}"));

        statusOf(client(retrying(5, new SplittableRandom(SEED))), get());

        List<String> ids = server.findAll(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization",
                equalTo("Bearer " + TOKEN))).stream().map(r -> r.getHeader(GraphHttp.CLIENT_REQUEST_ID)).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(graph.tokenRequests()).isEqualTo(1);
    }

    @Test
    void aCancelledCallIsNotTriedAgain() {
        AtomicReference<Call> call = new AtomicReference<>();
        GraphRetry retry = new GraphRetry(5, GraphRetry.BASE, GraphRetry.CAP, duration -> {
            waits.add(duration);
            call.get().cancel();
        }, new SplittableRandom(SEED), clock);
        graph.answersInTurn("GET", PATH, unavailable(), okJson("{}"));
        call.set(client(retry).newCall(get()));

        assertThatThrownBy(() -> call.get().execute().close()).isInstanceOf(IOException.class)
                .hasMessageContaining("Canceled");

        assertThat(waits).hasSize(1);
        server.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void anInterruptWhileWaitingEndsTheCallAndKeepsTheInterrupt() {
        GraphRetry retry = new GraphRetry(5, GraphRetry.BASE, GraphRetry.CAP, duration -> {
            throw new InterruptedException("shutting down");
        }, new SplittableRandom(SEED), clock);
        graph.answersInTurn("GET", PATH, unavailable(), okJson("{}"));

        try {
            assertThatThrownBy(() -> statusOf(client(retry), get())).isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining(PATH);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aRetryingClientBoundsEachAttemptButNotTheWaitsBetweenThem() {
        OkHttpClient retryingClient = client(retrying(5, new SplittableRandom(SEED)));
        OkHttpClient chatClient = client(GraphRetry.disabled());

        assertThat(retryingClient.callTimeoutMillis()).isZero();
        assertThat(List.of(retryingClient.connectTimeoutMillis(), retryingClient.readTimeoutMillis()))
                .containsOnly(2000);
        assertThat(chatClient.callTimeoutMillis()).isEqualTo(2000);
    }

    @Test
    void aRoleLookupIsRefusedAtTheFirstThrottlingWithoutWaiting() {
        String alice = GraphUser.alice().id();
        graph.directoryRolesAnswer(alice, throttled().withHeader("Retry-After", "30"));
        GraphDirectoryRoles roles = graph.roles(null, Duration.ofSeconds(2), clock);

        assertThatThrownBy(() -> roles.rolesOf(new Caller(alice, "Alice Wong", GraphAtWireMock.TENANT)))
                .hasMessageContaining("(429)");

        assertThat(graph.directoryRoleRequests(alice)).isEqualTo(1);
    }

    @Test
    void atLeastOneAttemptIsNeeded() {
        assertThatThrownBy(() -> new GraphRetry(0, GraphRetry.BASE, GraphRetry.CAP, sleeper,
                new SplittableRandom(SEED), clock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 0");
    }

    private GraphRetry retrying(int maxAttempts, RandomGenerator random) {
        return new GraphRetry(maxAttempts, GraphRetry.BASE, GraphRetry.CAP, sleeper, random, clock);
    }

    private OkHttpClient client(GraphRetry retry) {
        return GraphHttp.graphClient(settings,
                new ClientCredentialsTokens(settings, GraphHttp.tokenClient(settings), clock), retry);
    }

    private Request get() {
        return new Request.Builder().url(server.baseUrl() + PATH).build();
    }

    private static int statusOf(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }

    private static ResponseDefinitionBuilder throttled() {
        return error(429, "TooManyRequests");
    }

    private static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withBody("Service Unavailable");
    }

    private static ResponseDefinitionBuilder gatewayTimeout() {
        return aResponse().withStatus(504).withBody("Gateway Timeout");
    }

    /** Picks the top of every range, so the ceiling itself is what gets waited. */
    private static final class AlwaysHighest implements RandomGenerator {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    }
}
