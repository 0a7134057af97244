package com.calltriage.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoTenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Exports the Teams way, over HTTP: a consent card in personal chat, then, when the user accepts, the file
 * uploaded to the URL Teams gives (WireMock here, as OneDrive is in Teams) and a card that opens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:bot-export;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true"
})
class BotExportTest {
    private static final String SAM = DemoTenant.objectIdOf("sam");
    private static final String TENANT = DemoTenant.HOME_TENANT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONSENT = "application/vnd.microsoft.teams.card.file.consent";
    private static final String FILE_INFO = "application/vnd.microsoft.teams.card.file.info";

    @RegisterExtension
    static WireMockExtension connector = BotConnectorStandIn.extension();

    @RegisterExtension
    static WireMockExtension oneDrive = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @LocalServerPort
    int port;

    @BeforeEach
    void peersAccept() {
        BotConnectorStandIn.acceptsReplies(connector);
        oneDrive.stubFor(put(urlPathEqualTo("/upload/session-1")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"file-1\"}")));
    }

    @Test
    void aPersonalChatIsOfferedTheFileWithItsNameSizeAndContents() throws Exception {
        JsonNode consent = onlyAttachment(repliesTo(message("export calls for alice last 7 days", "personal")));

        assertThat(consent.path("contentType").asText()).isEqualTo(CONSENT);
        assertThat(consent.path("name").asText()).matches("calls-alice-wood-\\d{4}-\\d{2}-\\d{2}-to-\\d{4}-\\d{2}-\\d{2}\\.csv");
        JsonNode card = consent.path("content");
        assertThat(card.path("description").asText()).startsWith("Alice Wood, alice@contoso.com: ")
                .contains(" sessions of ");
        assertThat(card.path("sizeInBytes").asLong()).isGreaterThan(200);
        assertThat(card.path("acceptContext").path("command").asText())
                .startsWith("export calls for " + DemoTenant.objectIdOf("alice") + " from ");
    }

    @Test
    void acceptingUploadsTheMaskedFileAndShowsItInTheChat() throws Exception {
        String command = offeredCommand();

        HttpResponse<String> response = client().send(accept(SAM, command, oneDrive.baseUrl() + "/upload/session-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> uploads = oneDrive.findAll(putRequestedFor(urlPathEqualTo("/upload/session-1")));
        assertThat(uploads).hasSize(1);
        byte[] file = uploads.get(0).getBody();
        assertThat(uploads.get(0).getHeader("Content-Range")).isEqualTo("bytes 0-" + (file.length - 1) + "/"
                + file.length);
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCall ID,Session ID,Media types description")
                .contains("Alice Wood", "Internal User").doesNotContain("Bob Stone", "+14255550123");
        JsonNode shown = onlyAttachment(sentToConnector());
        assertThat(shown.path("contentType").asText()).isEqualTo(FILE_INFO);
        assertThat(shown.path("contentUrl").asText()).isEqualTo(BotActivities.FILE_CONTENT_URL);
        assertThat(shown.path("name").asText()).isEqualTo("calls.csv");
        assertThat(shown.path("content").path("uniqueId").asText()).isEqualTo(BotActivities.FILE_UNIQUE_ID);
        assertThat(shown.path("content").path("fileType").asText()).isEqualTo("csv");
    }

    @Test
    void decliningSendsNothingAndSaysHowToAskAgain() throws Exception {
        ObjectNode decline = accept(SAM, "export calls for alice", oneDrive.baseUrl() + "/upload/session-1");
        ((ObjectNode) decline.get("value")).put("action", "decline");

        client().send(decline);

        assertThat(oneDrive.getAllServeEvents()).isEmpty();
        assertThat(sentToConnector()).extracting(a -> a.path("text").asText())
                .containsExactly("No file was sent. Ask again whenever you need it: export calls for alice");
    }

    @Test
    void someoneWithoutARoleWhoAcceptsAnOfferGetsNoFile() throws Exception {
        String command = offeredCommand();

        client().send(accept(DemoTenant.objectIdOf("bob"), command, oneDrive.baseUrl() + "/upload/session-1"));

        oneDrive.verify(0, anyRequestedFor(anyUrl()));
        assertThat(onlyAttachment(sentToConnector()).path("content").toString()).contains("Access needed")
                .doesNotContain("Alice Wood");
    }

    @Test
    void anUploadUrlOverPlainHttpToAnotherMachineIsRefused() throws Exception {
        client().send(accept(SAM, offeredCommand(), "http://files.example.com/upload/session-1"));

        oneDrive.verify(0, anyRequestedFor(anyUrl()));
        assertThat(onlyAttachment(sentToConnector()).path("content").toString())
                .contains("The file was not uploaded", "Ask for the export again");
    }

    @Test
    void anOfferWithoutItsCommandIsNotGuessedAt() throws Exception {
        ObjectNode forged = accept(SAM, "ignored", oneDrive.baseUrl() + "/upload/session-1");
        ((ObjectNode) forged.get("value")).putObject("context").put("somethingElse", "x");

        client().send(forged);

        oneDrive.verify(0, anyRequestedFor(anyUrl()));
        assertThat(sentToConnector()).extracting(a -> a.path("text").asText())
                .containsExactly("I can't read that file offer. Ask for the export again.");
    }

    @Test
    void aGroupChatIsToldThatExportsGoToPersonalChat() throws Exception {
        JsonNode card = onlyAttachment(repliesTo(message("export calls for alice", "groupChat")));

        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").toString()).contains("Exports are sent in personal chat");
    }

    private String offeredCommand() throws Exception {
        JsonNode consent = onlyAttachment(repliesTo(message("export calls for alice", "personal")));
        return consent.path("content").path("acceptContext").path("command").asText();
    }

    private ObjectNode message(String text, String conversationType) {
        ObjectNode activity = BotActivities.message(text, SAM, TENANT, connector.baseUrl());
        ((ObjectNode) activity.get("conversation")).put("conversationType", conversationType);
        return BotActivities.expectingReplies(activity);
    }

    /** What Teams sends when the user presses Allow on a consent card. */
    private ObjectNode accept(String who, String command, String uploadUrl) {
        return BotActivities.acceptingFile(BotActivities.message(null, who, TENANT, connector.baseUrl()), command,
                uploadUrl);
    }

    private List<JsonNode> repliesTo(ObjectNode activity) throws Exception {
        HttpResponse<String> response = client().send(activity);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = new ArrayList<>();
        JSON.readTree(response.body()).path("activities").forEach(replies::add);
        return replies;
    }

    private static List<JsonNode> sentToConnector() throws Exception {
        return BotConnectorStandIn.sentActivities(connector);
    }

    private static JsonNode onlyAttachment(List<JsonNode> activities) {
        List<JsonNode> attachments = new ArrayList<>();
        activities.forEach(activity -> activity.path("attachments").forEach(attachments::add));
        assertThat(attachments).hasSize(1);
        return attachments.get(0);
    }

    private BotClient client() {
        return new BotClient(port);
    }
}
