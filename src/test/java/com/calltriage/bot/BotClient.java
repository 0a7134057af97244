package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Posts activities to the running bot's /api/messages, as Teams or a local client does. */
final class BotClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    BotClient(int port) {
        this.port = port;
    }

    HttpResponse<String> send(ObjectNode activity) throws Exception {
        return http.send(HttpRequest.newBuilder(messagesUri())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the activity with expectReplies and returns the one card that comes back. */
    JsonNode cardFor(ObjectNode activity) throws Exception {
        HttpResponse<String> response = send(BotActivities.expectingReplies(activity));
        assertThat(response.statusCode()).isEqualTo(200);
        return onlyCard(JSON.readTree(response.body()).path("activities"));
    }

    URI messagesUri() {
        return URI.create("http://localhost:" + port + "/api/messages");
    }

    static JsonNode onlyCard(Iterable<JsonNode> activities) {
        List<JsonNode> cards = new ArrayList<>();
        activities.forEach(a -> a.path("attachments").forEach(att -> {
            assertThat(att.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
            cards.add(att.path("content"));
        }));
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }
}
