package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The README's curl example, sent as it is written there to a bot with the demo tenant: it gets Alice's calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1", "calltriage.demo.enabled=true"
})
class ReadmeExamplesTest {
    private static final Pattern CURL = Pattern.compile(
            "curl -s localhost:3978/api/messages -H 'Content-Type: application/json' -d '(\\{.*?})'", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void theCurlExampleGetsAlicesCalls() throws Exception {
        Matcher example = CURL.matcher(Files.readString(Path.of("README.md")));
        assertThat(example.find()).as("the curl example in README.md").isTrue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(example.group(1))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = BotClient.onlyCard(new ObjectMapper().readTree(response.body()).path("activities"));
        assertThat(card.toString()).contains("Calls of Alice Wood").doesNotContain("another tenant");
    }
}
