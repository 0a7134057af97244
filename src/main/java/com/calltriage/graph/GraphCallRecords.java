package com.calltriage.graph;

import com.calltriage.callrecord.GraphRetention;
import com.calltriage.ingest.CallRecordListing;
import com.calltriage.ingest.CallRecordSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call records from Microsoft Graph, whole: {@link #fetch} joins Graph's pages into the one document the importer
 * reads, and {@link #listCallRecords} names the records of a time window for backfill. Needs the application
 * permission CallRecords.Read.All.
 *
 * <p>Throttling, outages and dropped connections are tried again as the given {@link GraphRetry} says; what still
 * fails is an {@link IOException} naming the request and its status.
 */
public final class GraphCallRecords implements CallRecordSource, CallRecordListing {
    private static final String SESSIONS_NEXT_LINK = "sessions@odata.nextLink";
    private static final Logger log = LoggerFactory.getLogger(GraphCallRecords.class);

    private final GraphClient graph;

    /**
     * @param settings a configured tenant and app registration, see {@link GraphSettings#isConfigured()}
     * @param retry    how long to keep trying; keep it to read its counters
     * @param clock    the time that token expiry and Retry-After dates are measured by
     * @throws IllegalArgumentException when the settings are not configured
     */
    public GraphCallRecords(GraphSettings settings, GraphRetry retry, Clock clock) {
        this(GraphClient.signedIn(settings, retry, clock));
    }

    GraphCallRecords(GraphClient graph) {
        this.graph = graph;
    }

    /**
     * The record with every session and its segments in {@code sessions} and its participants in
     * {@code participants_v2}, without any next-page link left in it.
     *
     * @throws IllegalArgumentException when the id is blank or a path step such as {@code ..}
     */
    @Override
    public Optional<JsonNode> fetch(String callRecordId) throws IOException {
        HttpUrl url = callRecord(callRecordId).query("$expand=sessions($expand=segments)").build();
        try {
            ObjectNode record = (ObjectNode) graph.get(url);
            joinSessionPages(record);
            // Only one relationship expands per request, so the participants take a request of their own. The old
            // participants list no longer carries data, so it does not stand in for them.
            JsonNode participants = record.get("participants_v2");
            if (participants == null || participants.isNull()) {
                record.set("participants_v2", participants(callRecordId));
            }
            return Optional.of(record);
        } catch (GraphStatusException e) {
            if (e.status() != 404) {
                throw e;
            }
            log.info("call record {} is gone (older than {} days or deleted); dropped", callRecordId,
                    GraphRetention.PERIOD.toDays());
            return Optional.empty();
        }
    }

    /**
     * The records that started in {@code [since, until)}, both taken to the whole second (so windows that follow
     * each other leave no gap), as Graph lists them: ids and versions, no sessions. Nothing is asked before the
     * first {@link CallRecordPages#next()}.
     *
     * @throws IllegalArgumentException when the window does not start before it ends
     */
    @Override
    public CallRecordPages listCallRecords(Instant since, Instant until) {
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("A window of call records must start before it ends, not from "
                    + since + " until " + until);
        }
        String filter = "startDateTime ge " + odataInstant(since) + " and startDateTime lt " + odataInstant(until);
        return new CallRecordPages(graph, callRecords().addEncodedQueryParameter("$filter", filter).build());
    }

    private void joinSessionPages(ObjectNode record) throws IOException {
        HttpUrl next = GraphClient.link(record, SESSIONS_NEXT_LINK);
        record.remove(SESSIONS_NEXT_LINK);
        if (next == null) {
            return;
        }
        JsonNode first = record.get("sessions");
        ArrayNode sessions = first != null && first.isArray() ? (ArrayNode) first : record.putArray("sessions");
        while (next != null) {
            JsonNode page = graph.get(next);
            GraphClient.values(page).forEach(sessions::add);
            next = GraphClient.nextLink(page);
        }
    }

    private ArrayNode participants(String callRecordId) throws IOException {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        HttpUrl page = callRecord(callRecordId).addPathSegment("participants_v2").build();
        while (page != null) {
            JsonNode answer = graph.get(page);
            GraphClient.values(answer).forEach(all::add);
            page = GraphClient.nextLink(answer);
        }
        return all;
    }

    private HttpUrl.Builder callRecords() {
        return graph.url().addPathSegment("communications").addPathSegment("callRecords");
    }

    /** The id goes in as one encoded path segment; a dot segment would climb out of the collection instead. */
    private HttpUrl.Builder callRecord(String callRecordId) {
        if (callRecordId == null || callRecordId.isBlank() || callRecordId.equals(".") || callRecordId.equals("..")) {
            throw new IllegalArgumentException("Not a call record id: '" + callRecordId + "'");
        }
        return callRecords().addPathSegment(callRecordId);
    }

    /** OData's DateTimeOffset literal, unquoted, e.g. {@code 2026-11-18T09:00:00Z}. */
    private static String odataInstant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
