package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.SECRET;
import static com.calltriage.testing.GraphAtWireMock.TOKEN;
import static com.calltriage.testing.GraphAtWireMock.TOKEN_PATH;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class GraphHttpTest {
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock standIn = new GraphAtWireMock(graph);

    private final Logger requestLog = (Logger) LoggerFactory.getLogger(GraphHttp.class);
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private Level levelBefore;
    private GraphSettings settings;
    private OkHttpClient client;

    @BeforeEach
    void graphAndItsTokenEndpointOnOneServer() {
        settings = standIn.settings(Duration.ofSeconds(2));
        standIn.issuesTokens();
        graph.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(okJson("{\"value\":[]}")));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings, GraphHttp.tokenClient(settings),
                new TestClock(Instant.parse("2025-03-10T09:00:00Z")));
        client = GraphHttp.graphClient(settings, tokens, GraphRetry.disabled());

        levelBefore = requestLog.getLevel();
        requestLog.setLevel(Level.DEBUG);
        logLines.start();
        requestLog.addAppender(logLines);
    }

    @AfterEach
    void stopListening() {
        requestLog.detachAppender(logLines);
        requestLog.setLevel(levelBefore);
    }

    @Test
    void theTokenIsNeverSentToAnotherOrigin() {
        Request elsewhere = new Request.Builder().url("http://127.0.0.2:" + graph.getPort() + "/v1.0/organization")
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.newCall(elsewhere).execute().close())
                .isInstanceOf(IOException.class).hasMessageContaining("Refused to send the Graph token");
        graph.verify(0, getRequestedFor(urlPathEqualTo("/v1.0/organization")));
    }

    @Test
    void everyGraphRequestCarriesTheBearerTokenFetchedOnce() throws IOException {
        call("/v1.0/organization");
        call("/v1.0/organization");

        graph.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/organization"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(standIn.tokenRequests()).isEqualTo(1);
    }

    @Test
    void everyRequestCarriesAFreshClientRequestId() throws IOException {
        call("/v1.0/organization");
        call("/v1.0/organization");

        List<String> ids = graph.findAll(getRequestedFor(urlPathEqualTo("/v1.0/organization"))).stream()
                .map(request -> request.getHeader(GraphHttp.CLIENT_REQUEST_ID)).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
        List<LoggedRequest> tokenRequests = graph.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(tokenRequests.get(0).getHeader(GraphHttp.CLIENT_REQUEST_ID)).isNotBlank();
    }

    @Test
    void aClientRequestIdSetByTheCallerIsKept() throws IOException {
        Request request = new Request.Builder().url(graph.baseUrl() + "/v1.0/organization")
                .header(GraphHttp.CLIENT_REQUEST_ID, "chosen-by-caller").build();
        try (Response response = client.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }

        graph.verify(getRequestedFor(urlPathEqualTo("/v1.0/organization"))
                .withHeader(GraphHttp.CLIENT_REQUEST_ID, equalTo("chosen-by-caller")));
    }

    @Test
    void theLogHasOneLinePerRequestWithoutTokenOrSecret() throws IOException {
        graph.stubFor(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson("{}")));

        call("/v1.0/me?access_token=leaked-in-url&$select=id");

        List<String> lines = logLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        String requestId = graph.findAll(getRequestedFor(urlPathEqualTo("/v1.0/me"))).get(0)
                .getHeader(GraphHttp.CLIENT_REQUEST_ID);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("POST " + graph.baseUrl() + TOKEN_PATH + " -> 200 in ");
        assertThat(lines.get(1)).startsWith("GET " + graph.baseUrl() + "/v1.0/me?access_token=***&$select=id -> 200")
                .endsWith("ms, client-request-id " + requestId);
        assertThat(String.join("\n", lines)).doesNotContain(TOKEN, SECRET, "leaked-in-url");
    }

    @Test
    void timeoutsComeFromTheSettings() {
        assertThat(List.of(client.connectTimeoutMillis(), client.readTimeoutMillis(), client.callTimeoutMillis()))
                .containsOnly(2000);
    }

    private void call(String pathAndQuery) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(graph.baseUrl() + pathAndQuery).build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }
}
