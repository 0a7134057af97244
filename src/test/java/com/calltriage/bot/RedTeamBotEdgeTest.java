package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replays what a hostile or broken client sends to {@code /api/messages} in local mode, and what a hostile upload
 * target does, and checks that each is refused or answered clearly, without exception text in a response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-red-team;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.bot.typing-delay=1m",
    "calltriage.bot.upload-timeout=3s"
})
class RedTeamBotEdgeTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final String EXPORT = "export calls for alice";

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @RegisterExtension
    static WireMockExtension oneDrive = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    /** Somewhere else a hostile upload target might send the file on to. */
    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Instant started = Instant.now();

    @BeforeEach
    void peersAccept() {
        BotConnectorStandIn.acceptsReplies(connector);
        elsewhere.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)));
    }

    // Uploads

    @Test
    void anUploadRedirectedToAnotherHostIsNotFollowedAndIsAuditedAsFailed() throws Exception {
        oneDrive.stubFor(put(urlPathEqualTo("/upload/session-1")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", elsewhere.baseUrl().replace("localhost", "127.0.0.1") + "/stolen")));

        HttpResponse<String> response = send(accepting(oneDrive.baseUrl() + "/upload/session-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        oneDrive.verify(1, putRequestedFor(urlPathEqualTo("/upload/session-1")));
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
        AuditEntry entry = onlyExportAudited();
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.FAILED);
        assertThat(entry.detail()).startsWith("upload to localhost failed: ").contains("307");
        assertThat(sentToConnector()).contains("The file was not uploaded", "Ask for the export again.");
    }

    @Test
    void anUploadUrlOnAHostTeamsDoesNotUseIsRefusedBeforeAnyRequest() throws Exception {
        send(accepting("https://files.example.com/upload/session-1"));

        AuditEntry entry = onlyExportAudited();
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.FAILED);
        assertThat(entry.detail()).isEqualTo("upload to files.example.com failed: not an allowed upload host");
        assertThat(sentToConnector()).contains("The file was not uploaded", "Ask for the export again.");
    }

    @Test
    void aSuccessfulUploadIsAuditedOnceWithWhereTheFileWent() throws Exception {
        oneDrive.stubFor(put(urlPathEqualTo("/upload/session-1")).willReturn(aResponse().withStatus(201)));

        send(accepting(oneDrive.baseUrl() + "/upload/session-1"));

        AuditEntry entry = onlyExportAudited();
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.ANSWERED);
        assertThat(entry.detail()).matches("\\d+ sessions, uploaded to localhost");
        assertThat(sentToConnector()).contains("application/vnd.microsoft.teams.card.file.info");
    }

    // Bodies

    @Test
    void aBodyDeclaredLargerThan256KilobytesIsRefusedWith413() throws Exception {
        HttpResponse<String> response = http.send(request().POST(HttpRequest.BodyPublishers.ofByteArray(
                oversizedMessage())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("Alice");
    }

    @Test
    void aChunkedBodyThatGrowsPast256KilobytesIsRefusedWith413() throws Exception {
        byte[] body = oversizedMessage();
        HttpResponse<String> response = http.send(request().POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("Alice");
    }

    @Test
    void aBodyThatIsNotJsonIsAnswered400WithoutTheParsersWords() throws Exception {
        HttpResponse<String> response = http.send(request().POST(HttpRequest.BodyPublishers.ofString(
                "{\"type\": \"message\", \"text\": <script>")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Not a Bot Framework activity");
    }

    private ObjectNode message(String text, String serviceUrl) {
        return BotActivities.message(text, SAM, TENANT, serviceUrl);
    }

    private ObjectNode accepting(String uploadUrl) {
        return BotActivities.acceptingFile(message(null, connector.baseUrl()), EXPORT, uploadUrl);
    }

    /** A message with a 300 KB text: the bot must not read it. */
    private byte[] oversizedMessage() {
        ObjectNode activity = BotActivities.expectingReplies(message("show last calls for alice "
                + " ".repeat(300 * 1024), connector.baseUrl()));
        return activity.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(new BotClient(port).messagesUri()).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(ObjectNode activity) throws Exception {
        return http.send(request().POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The one audit entry the acceptance left: the export, with where it went and how that went. */
    private AuditEntry onlyExportAudited() {
        List<AuditEntry> entries = audit.find(new AuditQuery(SAM, null, null, started, null, 50)).stream()
                .filter(e -> e.command().equals(EXPORT)).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** Everything the bot sent to the conversation, as one text to search. */
    private static String sentToConnector() throws Exception {
        return BotConnectorStandIn.sentActivities(connector).stream().map(JsonNode::toString).toList().toString();
    }
}
