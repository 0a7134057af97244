package com.calltriage.testing;

import com.calltriage.ingest.CallRecordSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Graph's call records as a test sets them up: the records it serves by id, ids that fail a number of
 * times first (as when Graph is throttling or down), and every id asked for. Safe for concurrent use.
 */
public final class FakeCallRecordSource implements CallRecordSource {
    private final Map<String, JsonNode> records = new ConcurrentHashMap<>();
    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    /** Serves this version of the call from now on, in place of any other. */
    public FakeCallRecordSource serve(CallRecordJson call) {
        records.put(call.id(), call.node());
        return this;
    }

    /** Serves any JSON under the id, even what is not a call record. */
    public FakeCallRecordSource serve(String id, JsonNode document) {
        records.put(id, document);
        return this;
    }

    /** The next {@code times} fetches of the id fail as if Graph could not be reached. */
    public FakeCallRecordSource failing(String id, int times) {
        failuresLeft.put(id, times);
        return this;
    }

    public FakeCallRecordSource failingAlways(String id) {
        return failing(id, Integer.MAX_VALUE);
    }

    /** Every id asked for, in order, failed fetches included. */
    public List<String> fetched() {
        return List.copyOf(fetched);
    }

    @Override
    public Optional<JsonNode> fetch(String callRecordId) throws IOException {
        fetched.add(callRecordId);
        if (failsNow(callRecordId)) {
            throw new IOException("Graph answered 503 for " + callRecordId);
        }
        return Optional.ofNullable(records.get(callRecordId)).map(JsonNode::deepCopy);
    }

    private synchronized boolean failsNow(String callRecordId) {
        int left = failuresLeft.getOrDefault(callRecordId, 0);
        if (left > 0 && left != Integer.MAX_VALUE) {
            failuresLeft.put(callRecordId, left - 1);
        }
        return left > 0;
    }
}
