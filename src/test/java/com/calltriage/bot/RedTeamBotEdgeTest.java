package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replays what a hostile or broken client sends to {@code /api/messages} in local mode, and what a hostile upload
 * target or a dead Bot Connector does, and checks that each is refused or answered clearly: a 4xx, never a 500,
 * no exception text in a response, and one log line with the reference the response gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-red-team;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true",
    "calltriage.bot.typing-delay=1m",
    "calltriage.bot.connector-timeout=1s",
    "calltriage.bot.upload-timeout=3s"
})
class RedTeamBotEdgeTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("[Rr]eference:? (\\w+)");
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

    // Clear 4xx, never 500

    @ParameterizedTest(name = "serviceUrl: {0}")
    @NullSource
    @ValueSource(strings = {"not a url", "file:///etc/passwd"})
    void aMessageWithoutAUsableServiceUrlIsRefusedWith400(String serviceUrl) throws Exception {
        ObjectNode activity = message("show last calls for alice", serviceUrl);
        if (serviceUrl == null) {
            activity.remove("serviceUrl");
        }

        assertRefusedOnce(activity, 400);
        assertThat(connector.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMessageThatExpectsItsRepliesNeedsNoServiceUrl() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(message("show last calls for alice", connector.baseUrl()));
        activity.remove("serviceUrl");

        HttpResponse<String> response = send(activity);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(BotClient.onlyCard(JSON.readTree(response.body()).path("activities")).toString())
                .contains("Calls of Alice Wood");
    }

    @Test
    void aMessageWhoseServiceUrlIsDeadIsAnswered424WithAReference() throws Exception {
        assertRefusedOnce(message("show last calls for alice", "http://localhost:9/"), 424);
    }

    @Test
    void aFileAcceptanceWhoseServiceUrlIsDeadIsAnswered424WithAReference() throws Exception {
        oneDrive.stubFor(put(urlPathEqualTo("/upload/session-1")).willReturn(aResponse().withStatus(201)));

        assertRefusedOnce(BotActivities.acceptingFile(message(null, "http://localhost:9/"), EXPORT,
                oneDrive.baseUrl() + "/upload/session-1"), 424);
    }

    @Test
    void aMessageWhoseServiceUrlNeverAnswersIsAnswered424WithinTheConnectorTimeout() throws Exception {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
        long start = System.nanoTime();

        assertRefusedOnce(message("show last calls for alice", connector.baseUrl()), 424);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aFileConsentAnswerWithoutValueIsRefusedWith400() throws Exception {
        ObjectNode activity = BotActivities.acceptingFile(message(null, connector.baseUrl()), EXPORT,
                oneDrive.baseUrl() + "/upload/session-1");
        activity.remove("value");

        assertRefusedOnce(activity, 400);
        assertThat(connector.getAllServeEvents()).isEmpty();
    }

    @Test
    void anEntityWithoutTypeDoesNotStopTheQuestionBeingAnswered() throws Exception {
        ObjectNode activity = BotActivities.expectingReplies(
                message("<at>CallTriage</at> show last calls for alice", connector.baseUrl()));
        ArrayNode entities = activity.putArray("entities");
        ObjectNode mention = entities.addObject().put("type", "mention").put("text", "<at>CallTriage</at>");
        mention.putObject("mentioned").put("id", "28:calltriage-bot").put("name", "CallTriage");
        entities.addObject().put("locale", "en-US");
        entities.addNull();

        HttpResponse<String> response = send(activity);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(BotClient.onlyCard(JSON.readTree(response.body()).path("activities")).toString())
                .contains("Calls of Alice Wood");
    }

    /** Sends the activity, and checks the answer and the one log line it leaves, which share a reference. */
    private void assertRefusedOnce(ObjectNode activity, int status) throws Exception {
        HttpResponse<String> response;
        List<ILoggingEvent> warnings;
        try (CapturedLog log = new CapturedLog()) {
            response = send(activity);
            warnings = log.warnings();
        }
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "java.", "at com.", "localhost:9", "onnect", "null");
        Matcher reference = REFERENCE.matcher(response.body());
        assertThat(reference.find()).as("a reference in %s", response.body()).isTrue();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains(reference.group(1));
        assertThat(warnings.get(0).getThrowableProxy()).isNull();
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
