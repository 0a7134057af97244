package com.calltriage.graph;

import static com.calltriage.testing.GraphAtWireMock.CLIENT_ID;
import static com.calltriage.testing.GraphAtWireMock.SECRET;
import static com.calltriage.testing.GraphAtWireMock.TOKEN_PATH;
import static com.calltriage.testing.GraphAtWireMock.tokenJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientCredentialsTokensTest {
    @RegisterExtension
    static WireMockExtension entra = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GraphAtWireMock graph = new GraphAtWireMock(entra);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-10T09:00:00Z"));
    private ClientCredentialsTokens tokens;

    @BeforeEach
    void tokensFromTheStandInForEntra() {
        GraphSettings settings = graph.settings(Duration.ofSeconds(2));
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(2)).build();
        tokens = new ClientCredentialsTokens(settings, http, clock);
    }

    @Test
    void theTokenRequestIsAClientCredentialsGrantForGraph() throws Exception {
        graph.tokenEndpointIssues("token-1", 3599);

        assertThat(tokens.token()).isEqualTo("token-1");

        entra.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("client_id", equalTo(CLIENT_ID))
                .withFormParam("client_secret", equalTo(SECRET))
                .withFormParam("scope", equalTo("https://graph.microsoft.com/.default"))
                .withFormParam("grant_type", equalTo("client_credentials")));
    }

    @Test
    void aTokenIsReusedUntilFiveMinutesBeforeItExpires() throws Exception {
        graph.tokenEndpointIssues("token-1", 3600);
        assertThat(tokens.token()).isEqualTo("token-1");
        graph.tokenEndpointIssues("token-2", 3600);

        clock.advance(Duration.ofMinutes(55).minusSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-1");
        assertThat(graph.tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-2");
        assertThat(graph.tokenRequests()).isEqualTo(2);
    }

    @Test
    void callersArrivingDuringARefreshWaitForItInsteadOfAskingAgain() throws Exception {
        graph.tokenEndpointAnswers(okJson(tokenJson("token-1", 3599)).withFixedDelay(300));
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> asks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                asks.add(tokens::token);
            }
            for (Future<String> answer : callers.invokeAll(asks)) {
                assertThat(answer.get()).isEqualTo("token-1");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(graph.tokenRequests()).isEqualTo(1);
    }

    @Test
    void aRefusalNamesStatusAndEntrasErrorButNeverTheSecret() {
        graph.tokenEndpointAnswers(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                        + "secret provided: " + SECRET + "\",\"error_codes\":[7000215]}"));

        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class)
                .hasMessageContainingAll("401", "invalid_client", "AADSTS7000215")
                .message().doesNotContain(SECRET);
    }

    @Test
    void anAnswerWithoutATokenIsAFailureNotAnEmptyToken() {
        graph.tokenEndpointAnswers(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>Sign in</html>"));

        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class)
                .hasMessageContainingAll("200", "access_token");
    }

    @Test
    void aFailedRefreshIsNotRememberedSoTheNextCallAsksAgain() throws Exception {
        graph.tokenEndpointAnswers(aResponse().withStatus(503));
        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class).hasMessageContaining("503");

        graph.tokenEndpointIssues("token-1", 3599);

        assertThat(tokens.token()).isEqualTo("token-1");
    }
}
