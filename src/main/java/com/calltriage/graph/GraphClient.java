package com.calltriage.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * JSON requests to Microsoft Graph through the authenticated client, and Graph's collection conventions. Every
 * response is closed here. An error status becomes a {@link GraphStatusException}; a 2xx body that is not a
 * JSON object becomes an {@link UnreadableGraphAnswerException}; connectivity and timeouts stay IOExceptions.
 */
final class GraphClient {
    private static final MediaType JSON_MEDIA_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl baseUrl;

    /**
     * A client for the app registration's Graph, signed in with its own client-credentials token and retrying as
     * {@code retry} says.
     */
    static GraphClient signedIn(GraphSettings settings, GraphRetry retry, Clock clock) {
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings, GraphHttp.tokenClient(settings), clock);
        return new GraphClient(GraphHttp.graphClient(settings, tokens, retry), settings.baseUrl());
    }

    GraphClient(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = HttpUrl.get(baseUrl);
    }

    /** A URL under Graph's root, to which path segments are added encoded. */
    HttpUrl.Builder url() {
        return baseUrl.newBuilder();
    }

    JsonNode get(HttpUrl url) throws IOException {
        return send(new Request.Builder().url(url).get().build());
    }

    JsonNode post(HttpUrl url, JsonNode body) throws IOException {
        return send(new Request.Builder().url(url)
                .post(RequestBody.create(JSON.writeValueAsString(body), JSON_MEDIA_TYPE)).build());
    }

    /** The {@code value} array of a collection answer. */
    static JsonNode values(JsonNode answer) throws UnreadableGraphAnswerException {
        JsonNode values = answer.get("value");
        if (values == null || !values.isArray()) {
            throw new UnreadableGraphAnswerException("Graph answered without a value array", null);
        }
        return values;
    }

    /** The absolute URL of the next page, or null on the last page. */
    static HttpUrl nextLink(JsonNode answer) throws UnreadableGraphAnswerException {
        return link(answer, "@odata.nextLink");
    }

    /**
     * The absolute URL in a link annotation, or null when there is none. An expanded collection is paged by
     * {@code {collection}@odata.nextLink} on the entity that holds it, e.g. {@code sessions@odata.nextLink}.
     */
    static HttpUrl link(JsonNode answer, String annotation) throws UnreadableGraphAnswerException {
        JsonNode link = answer.get(annotation);
        if (link == null || link.isNull()) {
            return null;
        }
        HttpUrl next = HttpUrl.parse(link.asText());
        if (next == null) {
            throw new UnreadableGraphAnswerException("Graph sent a " + annotation + " that is not a URL: " + link,
                    null);
        }
        return next;
    }

    JsonNode patch(HttpUrl url, JsonNode body) throws IOException {
        return send(new Request.Builder().url(url)
                .patch(RequestBody.create(JSON.writeValueAsString(body), JSON_MEDIA_TYPE)).build());
    }

    /** Graph answers a deletion with 204 and no body, so nothing is read from a success. */
    void delete(HttpUrl url) throws IOException {
        exchange(new Request.Builder().url(url).delete().build());
    }

    private JsonNode send(Request request) throws IOException {
        return parse(request, exchange(request));
    }

    /** The body of a successful answer; an error status becomes a {@link GraphStatusException}. */
    private String exchange(Request request) throws IOException {
        try (Response response = http.newCall(request.newBuilder().header("Accept", "application/json").build())
                .execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new GraphStatusException(request.method(), request.url(), response.code(), errorCode(body),
                        response.header("Retry-After"));
            }
            return body;
        }
    }

    private static JsonNode parse(Request request, String body) throws UnreadableGraphAnswerException {
        try {
            JsonNode answer = JSON.readTree(body);
            if (answer != null && answer.isObject()) {
                return answer;
            }
        } catch (JsonProcessingException e) {
            throw new UnreadableGraphAnswerException(request.method() + " " + request.url().encodedPath()
                    + " answered with a body that is not JSON", e);
        }
        throw new UnreadableGraphAnswerException(request.method() + " " + request.url().encodedPath()
                + " answered without a JSON object", null);
    }

    private static String errorCode(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode code = answer == null ? null : answer.path("error").path("code");
            return code != null && code.isTextual() ? code.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
