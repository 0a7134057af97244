package com.calltriage.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    private static final String TENANT = "dc368399-474c-4d40-900c-6265431fd81f";
    private static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    private static final String SECRET = "n0t-a-real~secret";

    @RegisterExtension
    static WireMockExtension entra = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TestClock clock = new TestClock(Instant.parse("2025-03-10T09:00:00Z"));
    private ClientCredentialsTokens tokens;

    @BeforeEach
    void tokensFromTheStandInForEntra() {
        GraphSettings settings = new GraphSettings(TENANT, "calltriage-app", SECRET, entra.baseUrl(),
                entra.baseUrl() + "/{tenant-id}/oauth2/v2.0/token", Duration.ofSeconds(2));
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(2)).build();
        tokens = new ClientCredentialsTokens(settings, http, clock);
    }

    @Test
    void theTokenRequestIsAClientCredentialsGrantForGraph() throws Exception {
        entraIssues("token-1", 3599);

        assertThat(tokens.token()).isEqualTo("token-1");

        entra.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("client_id", equalTo("calltriage-app"))
                .withFormParam("client_secret", equalTo(SECRET))
                .withFormParam("scope", equalTo("https://graph.microsoft.com/.default"))
                .withFormParam("grant_type", equalTo("client_credentials")));
    }

    @Test
    void aTokenIsReusedUntilFiveMinutesBeforeItExpires() throws Exception {
        entraIssues("token-1", 3600);
        assertThat(tokens.token()).isEqualTo("token-1");
        entraIssues("token-2", 3600);

        clock.advance(Duration.ofMinutes(55).minusSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-1");
        entra.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-2");
        entra.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void callersArrivingDuringARefreshWaitForItInsteadOfAskingAgain() throws Exception {
        entra.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson("token-1", 3599))
                .withFixedDelay(300)));
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
        entra.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusalNamesStatusAndEntrasErrorButNeverTheSecret() {
        entra.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                        + "secret provided: " + SECRET + "\",\"error_codes\":[7000215]}")));

        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class)
                .hasMessageContainingAll("401", "invalid_client", "AADSTS7000215")
                .message().doesNotContain(SECRET);
    }

    @Test
    void anAnswerWithoutATokenIsAFailureNotAnEmptyToken() {
        entra.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>")));

        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class)
                .hasMessageContainingAll("200", "access_token");
    }

    @Test
    void aFailedRefreshIsNotRememberedSoTheNextCallAsksAgain() throws Exception {
        entra.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(tokens::token).isInstanceOf(TokenRequestException.class).hasMessageContaining("503");

        entraIssues("token-1", 3599);

        assertThat(tokens.token()).isEqualTo("token-1");
    }

    private void entraIssues(String token, long expiresIn) {
        entra.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson(token, expiresIn))));
    }

    static String tokenJson(String token, long expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + token + "\"}";
    }
}
