package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With an app id configured, only activities with a valid Bot Framework token get through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-authentication;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=false",
    "MicrosoftAppId=6f1c2b5e-0000-4000-8000-00000000b07a",
    "MicrosoftAppPassword=not-a-real-secret",
    "MicrosoftAppTenantId=" + "dc368399-474c-4d40-900c-6265431fd81f"
})
class BotAuthenticationTest {
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "Authorization: \"{0}\"")
    @ValueSource(strings = {"", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz"})
    void anActivityWithoutAValidTokenIsUnauthorized(String authorization) throws Exception {
        String activity = BotActivities.message("show last calls for alice", DemoTenant.objectIdOf("sam"),
                DemoTenant.HOME_TENANT_ID, "http://localhost:9/").toString();

        HttpResponse<String> response = post(activity, authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Alice");
    }

    /** Without a bearer token there is nothing to check, so the body, which may be anything, is not read. */
    @ParameterizedTest(name = "Authorization: \"{0}\"")
    @ValueSource(strings = {"", "Basic dXNlcjpwYXNz", "Bearer "})
    void aRequestWithoutABearerTokenIsRefusedBeforeItsBodyIsRead(String authorization) throws Exception {
        HttpResponse<String> response = post("{\"type\": " + "[".repeat(100_000), authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
