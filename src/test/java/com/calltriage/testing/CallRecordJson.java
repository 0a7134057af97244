package com.calltriage.testing;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.json.CallRecordParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a Graph {@code callRecord} document the way {@code GET /communications/callRecords/{id}} returns
 * it without {@code sessions}: id, version, times, {@code organizer_v2} and {@code participants_v2}. The record
 * the store indexes is read from that JSON by the real {@link CallRecordParser}.
 */
public final class CallRecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL_RECORD_TYPE = "#microsoft.graph.callRecords.callRecord";

    private final String id;
    private long version = 1;
    private Instant start = Instant.parse("2026-11-18T09:00:00Z");
    private Duration length = Duration.ofMinutes(12);
    private final List<ObjectNode> participants = new ArrayList<>();
    private final Set<String> omitted = new LinkedHashSet<>();

    private CallRecordJson(String id) {
        this.id = id;
    }

    public static CallRecordJson call(String id) {
        return new CallRecordJson(id);
    }

    public CallRecordJson version(long newVersion) {
        this.version = newVersion;
        return this;
    }

    public CallRecordJson startingAt(String isoInstant) {
        return startingAt(Instant.parse(isoInstant));
    }

    public CallRecordJson startingAt(Instant newStart) {
        this.start = newStart;
        return this;
    }

    public CallRecordJson lasting(Duration newLength) {
        this.length = newLength;
        return this;
    }

    public CallRecordJson with(GraphUser... users) {
        for (GraphUser user : users) {
            ObjectNode participant = JSON.createObjectNode().put("id", user.id());
            participant.set("identity", user.identitySet());
            participants.add(participant);
        }
        return this;
    }

    /** A PSTN participant: Graph puts the number in {@code identity.phone.id}. */
    public CallRecordJson withPhone(String number) {
        ObjectNode participant = JSON.createObjectNode().put("id", number);
        participant.putObject("identity").putObject("phone").put("id", number).putNull("displayName");
        participants.add(participant);
        return this;
    }

    /** Leaves a top-level field out, to make a document Graph would never send. */
    public CallRecordJson without(String field) {
        omitted.add(field);
        return this;
    }

    public String id() {
        return id;
    }

    public ObjectNode node() {
        ObjectNode json = JSON.createObjectNode()
                .put("@odata.type", CALL_RECORD_TYPE)
                .put("id", id)
                .put("version", version)
                .put("type", participants.size() > 2 ? "groupCall" : "peerToPeer");
        json.putArray("modalities").add("audio");
        json.put("lastModifiedDateTime", start.plus(length).plus(Duration.ofMinutes(9)).toString())
                .put("startDateTime", start.toString())
                .put("endDateTime", start.plus(length).toString())
                .putNull("joinWebUrl");
        participants.stream().filter(p -> p.get("identity").has("user")).findFirst()
                .ifPresent(organizer -> json.set("organizer_v2", organizer.deepCopy()));
        ArrayNode list = json.putArray("participants_v2");
        participants.forEach(p -> list.add(p.deepCopy()));
        omitted.forEach(json::remove);
        return json;
    }

    public String json() {
        return node().toString();
    }

    public CallRecord record() {
        return new CallRecordParser().parse(node());
    }

    /** A page as Graph lists call records, {@code {"@odata.context": ..., "value": [...]}}. */
    public static String page(CallRecordJson... calls) {
        ObjectNode page = JSON.createObjectNode()
                .put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords");
        ArrayNode value = page.putArray("value");
        for (CallRecordJson call : calls) {
            value.add(call.node());
        }
        return page.toString();
    }
}
