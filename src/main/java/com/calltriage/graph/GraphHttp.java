package com.calltriage.graph;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the OkHttp clients of the Graph edge: one for Graph itself and one for its token endpoint. Both time
 * out after {@link GraphSettings#timeout()} (connect, read and the whole call; a Graph client that retries
 * bounds each attempt instead of the whole call) and log one debug line per request; neither ever logs a header
 * or a body, so no token or secret reaches the log.
 */
final class GraphHttp {
    static final String CLIENT_REQUEST_ID = "client-request-id";
    private static final Logger log = LoggerFactory.getLogger(GraphHttp.class);
    private static final Set<String> SECRET_PARAMETERS = Set.of("access_token", "client_secret");

    private GraphHttp() {
    }

    /**
     * The client for Graph calls. The interceptor order is part of the contract; keep it in this one place: the
     * token first, so every attempt goes out signed; then retrying, so each attempt below it gets its own request
     * id and its own log line.
     *
     * @param retry {@link GraphRetry#disabled()} for answers someone waits for in a chat; otherwise the waits
     *              between attempts can outlast any whole-call timeout, so a client that retries has none and
     *              only each attempt's connect, read and write are bounded by {@link GraphSettings#timeout()}
     */
    static OkHttpClient graphClient(GraphSettings settings, ClientCredentialsTokens tokens, GraphRetry retry) {
        OkHttpClient.Builder builder = withTimeouts(settings);
        if (retry.mayWait()) {
            builder.callTimeout(0, TimeUnit.MILLISECONDS);
        }
        return builder
                .addInterceptor(bearerToken(tokens, HttpUrl.get(settings.baseUrl())))
                .addInterceptor(retry)
                .addInterceptor(clientRequestId())
                .addInterceptor(requestLog())
                .build();
    }

    /** The client for the token endpoint: no bearer token, since this is where tokens come from. */
    static OkHttpClient tokenClient(GraphSettings settings) {
        return withTimeouts(settings)
                .addInterceptor(clientRequestId())
                .addInterceptor(requestLog())
                .build();
    }

    private static OkHttpClient.Builder withTimeouts(GraphSettings settings) {
        long millis = settings.timeout().toMillis();
        return new OkHttpClient.Builder()
                .connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS)
                .writeTimeout(millis, TimeUnit.MILLISECONDS)
                .callTimeout(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Signs requests to Graph only. A next-page link comes from an answer, so a request to any other origin is
     * refused rather than handed the app's token.
     */
    private static Interceptor bearerToken(ClientCredentialsTokens tokens, HttpUrl graph) {
        return chain -> {
            HttpUrl url = chain.request().url();
            if (!url.scheme().equals(graph.scheme()) || !url.host().equals(graph.host()) || url.port() != graph.port()) {
                throw new IOException("Refused to send the Graph token to " + url.scheme() + "://" + url.host() + ":"
                        + url.port() + ", which is not " + graph.host());
            }
            return chain.proceed(chain.request().newBuilder()
                    .header("Authorization", "Bearer " + tokens.token())
                    .build());
        };
    }

    /** Graph echoes the id in its answer and Microsoft support asks for it: one fresh id per request. */
    private static Interceptor clientRequestId() {
        return chain -> {
            Request request = chain.request();
            if (request.header(CLIENT_REQUEST_ID) != null) {
                return chain.proceed(request);
            }
            return chain.proceed(request.newBuilder().header(CLIENT_REQUEST_ID, UUID.randomUUID().toString())
                    .build());
        };
    }

    private static Interceptor requestLog() {
        return chain -> {
            Request request = chain.request();
            if (!log.isDebugEnabled()) {
                return chain.proceed(request);
            }
            long started = System.nanoTime();
            String url = redacted(request.url());
            String requestId = request.header(CLIENT_REQUEST_ID);
            try {
                Response response = chain.proceed(request);
                log.debug("{} {} -> {} in {} ms, client-request-id {}", request.method(), url, response.code(),
                        elapsedMillis(started), requestId);
                return response;
            } catch (IOException e) {
                log.debug("{} {} -> {} after {} ms, client-request-id {}", request.method(), url, e,
                        elapsedMillis(started), requestId);
                throw e;
            }
        };
    }

    /** Keeps the query's order, so the logged URL reads like the one sent. */
    private static String redacted(HttpUrl url) {
        String query = url.encodedQuery();
        if (query == null) {
            return url.toString();
        }
        String redactedQuery = Arrays.stream(query.split("&", -1))
                .map(pair -> {
                    String name = pair.split("=", 2)[0];
                    return SECRET_PARAMETERS.contains(name) ? name + "=***" : pair;
                })
                .collect(Collectors.joining("&"));
        return url.newBuilder().encodedQuery(redactedQuery).build().toString();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
