package com.calltriage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person's chat with the bot on 127.0.0.1, each question an {@code expectReplies} activity whose replies come
 * back in the response: the time a question takes is the time its answer takes to arrive.
 */
final class BotTraffic {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI messages;
    private final String askerId;
    private final String tenantId;
    private final AtomicInteger activityIds = new AtomicInteger();

    private final String conversationId;

    BotTraffic(int port, String askerId, String tenantId) {
        this(port, askerId, tenantId, "a:bench");
    }

    /** @param conversationId the personal chat asked in: each has its own last list */
    BotTraffic(int port, String askerId, String tenantId, String conversationId) {
        this.messages = URI.create("http://127.0.0.1:" + port + "/api/messages");
        this.askerId = askerId;
        this.tenantId = tenantId;
        this.conversationId = conversationId;
    }

    /**
     * Asks and waits for the answer; returns how long it took.
     *
     * @throws IllegalStateException when the bot answers other than 200 with replies
     */
    long ask(String text) throws IOException, InterruptedException {
        long start = System.nanoTime();
        answer(text);
        return System.nanoTime() - start;
    }

    /**
     * Asks and returns the response's body, the replies.
     *
     * @throws IOException           when the bot cannot be reached or drops the connection
     * @throws IllegalStateException when the bot answers other than 200 with replies
     */
    String answer(String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(messages).timeout(ANSWER_LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity(text))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"activities\"")) {
            throw new IllegalStateException("'" + text + "' was answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private String activity(String text) throws IOException {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", conversationId + "-" + activityIds.incrementAndGet())
                .put("channelId", "msteams").put("serviceUrl", "http://127.0.0.1:9/")
                .put("deliveryMode", "expectReplies").put("text", text);
        activity.putObject("from").put("id", "29:bench").put("name", "Benchmark").put("aadObjectId", askerId);
        activity.putObject("recipient").put("id", "28:calltriage").put("name", "CallTriage");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", "personal");
        activity.putObject("channelData").putObject("tenant").put("id", tenantId);
        return JSON.writeValueAsString(activity);
    }
}
