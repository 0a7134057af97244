package com.calltriage.graph;

import com.calltriage.ingest.CallRecordListing;
import com.calltriage.ingest.ListedCallRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;

/**
 * Graph's list of call records, a page per {@link #next()}, following {@code @odata.nextLink}. Not thread-safe:
 * one backfill walks it. A page that failed is asked for again by the next {@link #next()}, so a backfill can
 * resume where Graph stopped answering.
 */
public final class CallRecordPages implements CallRecordListing.Pages {
    private final GraphClient graph;
    private HttpUrl next;

    CallRecordPages(GraphClient graph, HttpUrl first) {
        this.graph = graph;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    /**
     * @return the records of the next page, possibly none (Graph may send an empty page with a link onwards)
     * @throws NoSuchElementException        after the last page
     * @throws UnreadableGraphAnswerException when a listed record has no id
     * @throws IOException                   when Graph could not be reached or kept failing
     */
    @Override
    public List<ListedCallRecord> next() throws IOException {
        if (next == null) {
            throw new NoSuchElementException("Graph listed no further page of call records");
        }
        JsonNode answer = graph.get(next);
        List<ListedCallRecord> page = new ArrayList<>();
        for (JsonNode record : GraphClient.values(answer)) {
            String id = record.path("id").asText("");
            if (id.isBlank()) {
                throw new UnreadableGraphAnswerException("Graph listed a call record without an id", null);
            }
            page.add(new ListedCallRecord(id, version(record.get("version")),
                    instant(record.path("lastModifiedDateTime").asText(null))));
        }
        next = GraphClient.nextLink(answer);
        return List.copyOf(page);
    }

    private static Long version(JsonNode version) {
        if (version == null || version.isNull()) {
            return null;
        }
        if (version.canConvertToLong()) {
            return version.asLong();
        }
        try {
            return Long.parseLong(version.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
