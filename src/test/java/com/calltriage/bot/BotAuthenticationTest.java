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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BotActivities.message("show last calls for alice",
                        DemoTenant.objectIdOf("sam"), DemoTenant.HOME_TENANT_ID, "http://localhost:9/").toString()));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }

        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Alice");
    }
}
