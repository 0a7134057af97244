package com.calltriage.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Access tokens for Microsoft Graph from the OAuth 2.0 client credentials grant, as CallTriage's own app
 * registration with its application permissions.
 *
 * <p>A token is reused until {@link #REFRESH_MARGIN} before it expires by the injected clock, so a request never
 * leaves with a token that dies on the way. One refresh runs at a time; callers arriving meanwhile wait for it
 * and take its token rather than asking Entra again.
 *
 * <p>Our own code rather than MSAL4J: MSAL4J refuses an authority that is not https ("authority should use the
 * 'https' scheme") and derives the token endpoint from the authority instead of taking a configured token URL,
 * so it cannot be pointed at a plain-http stand-in for Entra in tests.
 */
final class ClientCredentialsTokens {
    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphSettings settings;
    private final HttpUrl tokenUrl;
    private final OkHttpClient http;
    private final Clock clock;
    private final Object refreshLock = new Object();
    private volatile AccessToken current;

    /**
     * @param http a client without the bearer-token interceptor: this is where tokens come from
     */
    ClientCredentialsTokens(GraphSettings settings, OkHttpClient http, Clock clock) {
        if (!settings.isConfigured()) {
            throw new IllegalArgumentException("Graph needs a tenant id, client id and client secret: " + settings);
        }
        this.settings = settings;
        this.tokenUrl = HttpUrl.get(settings.tokenUrl());
        this.http = http;
        this.clock = clock;
    }

    /**
     * @return a token valid for at least {@link #REFRESH_MARGIN}
     * @throws TokenRequestException when the endpoint refuses or its answer holds no token
     * @throws IOException           when the endpoint cannot be reached or does not answer in time
     */
    String token() throws IOException {
        AccessToken token = current;
        if (token == null || !token.usableAt(clock.instant())) {
            synchronized (refreshLock) {
                token = current;
                if (token == null || !token.usableAt(clock.instant())) {
                    token = requestToken();
                    current = token;
                }
            }
        }
        return token.value();
    }

    private AccessToken requestToken() throws IOException {
        FormBody form = new FormBody.Builder()
                .add("client_id", settings.clientId())
                .add("client_secret", settings.clientSecret())
                .add("scope", GRAPH_SCOPE)
                .add("grant_type", "client_credentials")
                .build();
        // The lifetime counts from before the request, so time spent waiting for the answer shortens it.
        Instant askedAt = clock.instant();
        try (Response response = http.newCall(new Request.Builder().url(tokenUrl).post(form).build()).execute()) {
            JsonNode body = parse(response.body().string());
            if (!response.isSuccessful()) {
                throw refused(response.code(), body);
            }
            String value = body.path("access_token").asText("");
            long expiresIn = body.path("expires_in").asLong(0);
            if (value.isBlank() || expiresIn <= 0) {
                throw new TokenRequestException("The token endpoint answered " + response.code()
                        + " without a usable access_token and expires_in");
            }
            return new AccessToken(value, askedAt.plusSeconds(expiresIn));
        }
    }

    private TokenRequestException refused(int status, JsonNode body) {
        String error = body.path("error").asText("no error code");
        String description = body.path("error_description").asText("");
        String message = "The token endpoint answered " + status + ": " + error
                + (description.isBlank() ? "" : " (" + description.strip() + ")");
        // Entra does not echo the secret, but a proxy or a future error text might: it must not travel on.
        return new TokenRequestException(message.replace(settings.clientSecret(), "***"));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode parsed = JSON.readTree(body);
            return parsed == null ? JSON.missingNode() : parsed;
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }

    private record AccessToken(String value, Instant expiresAt) {
        boolean usableAt(Instant now) {
            return now.isBefore(expiresAt.minus(REFRESH_MARGIN));
        }
    }
}
