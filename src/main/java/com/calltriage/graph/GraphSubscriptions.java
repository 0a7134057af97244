package com.calltriage.graph;

import com.calltriage.ingest.subscription.CallRecordSubscriptions;
import com.calltriage.ingest.subscription.Subscription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The call records subscription in Microsoft Graph: {@code POST /subscriptions} to create it,
 * {@code PATCH /subscriptions/{id}} to renew it, {@code DELETE} and {@code GET /subscriptions}. Needs the
 * application permission CallRecords.Read.All.
 *
 * <p>Throttling and outages are tried again as the given {@link GraphRetry} says; what still fails is an
 * {@link IOException} naming the request and its status.
 */
public final class GraphSubscriptions implements CallRecordSubscriptions {
    static final String CHANGE_TYPE = "created,updated";

    private final GraphClient graph;

    /**
     * @param settings a configured tenant and app registration, see {@link GraphSettings#isConfigured()}
     * @param retry    how long to keep trying
     * @param clock    the time that token expiry and Retry-After dates are measured by
     * @throws IllegalArgumentException when the settings are not configured
     */
    public GraphSubscriptions(GraphSettings settings, GraphRetry retry, Clock clock) {
        this(GraphClient.signedIn(settings, retry, clock));
    }

    GraphSubscriptions(GraphClient graph) {
        this.graph = graph;
    }

    @Override
    public List<Subscription> list() throws IOException {
        List<Subscription> all = new ArrayList<>();
        HttpUrl page = subscriptions().build();
        while (page != null) {
            JsonNode answer = graph.get(page);
            for (JsonNode subscription : GraphClient.values(answer)) {
                all.add(read(subscription));
            }
            page = GraphClient.nextLink(answer);
        }
        return List.copyOf(all);
    }

    @Override
    public Subscription create(NewSubscription request) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("changeType", CHANGE_TYPE)
                .put("notificationUrl", request.notificationUrl())
                .put("lifecycleNotificationUrl", request.lifecycleNotificationUrl())
                .put("resource", RESOURCE)
                .put("expirationDateTime", dateTime(request.expiresAt()))
                .put("clientState", request.clientState());
        return read(graph.post(subscriptions().build(), body));
    }

    @Override
    public Optional<Subscription> renew(String subscriptionId, Instant expiresAt) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("expirationDateTime", dateTime(expiresAt));
        try {
            return Optional.of(read(graph.patch(subscription(subscriptionId), body)));
        } catch (GraphStatusException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String subscriptionId) throws IOException {
        try {
            graph.delete(subscription(subscriptionId));
        } catch (GraphStatusException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private HttpUrl.Builder subscriptions() {
        return graph.url().addPathSegment("subscriptions");
    }

    /** The id goes in as one encoded path segment; a dot segment would climb out of the collection instead. */
    private HttpUrl subscription(String subscriptionId) {
        if (subscriptionId == null || subscriptionId.isBlank() || subscriptionId.equals(".")
                || subscriptionId.equals("..")) {
            throw new IllegalArgumentException("Not a subscription id: '" + subscriptionId + "'");
        }
        return subscriptions().addPathSegment(subscriptionId).build();
    }

    private static Subscription read(JsonNode subscription) throws UnreadableGraphAnswerException {
        String id = subscription.path("id").asText("");
        if (id.isBlank()) {
            throw new UnreadableGraphAnswerException("Graph answered with a subscription without an id", null);
        }
        String expiration = subscription.path("expirationDateTime").asText("");
        try {
            return new Subscription(id, subscription.path("resource").asText(null),
                    subscription.path("notificationUrl").asText(null), OffsetDateTime.parse(expiration).toInstant());
        } catch (DateTimeParseException e) {
            throw new UnreadableGraphAnswerException("Graph answered with subscription " + id
                    + " whose expirationDateTime is not a date: '" + expiration + "'", e);
        }
    }

    /** Graph takes UTC with up to seven fractional digits; whole milliseconds are plenty. */
    private static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
