package com.calltriage.callrecord.json;

import static com.calltriage.callrecord.json.GraphJson.bool;
import static com.calltriage.callrecord.json.GraphJson.instant;
import static com.calltriage.callrecord.json.GraphJson.integer;
import static com.calltriage.callrecord.json.GraphJson.list;
import static com.calltriage.callrecord.json.GraphJson.number;
import static com.calltriage.callrecord.json.GraphJson.object;
import static com.calltriage.callrecord.json.GraphJson.text;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallType;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Feedback;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Modality;
import com.calltriage.callrecord.Participant;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one Graph {@code callRecord} (as {@code GET /communications/callRecords/{id}?$expand=sessions($expand=segments)}
 * returns it) into the model.
 *
 * <p>Lenient where Graph is: both the {@code participants_v2}/{@code organizer_v2} form and the
 * older {@code participants}/{@code organizer} identity sets, {@code associatedIdentity} and the older
 * {@code identity}, numbers as strings, "NaN", ISO-8601 durations, unknown fields ignored. Strict
 * where it matters: a document without a call record's id, version and start is rejected whole,
 * with the reason, so nothing is half-stored.
 */
public final class CallRecordParser {
    private static final String CALL_RECORD_TYPE = "#microsoft.graph.callRecords.callRecord";
    /** The largest whole number a JSON number holds exactly, in every reader. */
    private static final double MAX_VERSION = 0x1p53;

    /**
     * @throws InvalidCallRecordException when the JSON is not a call record or a value has the wrong form
     */
    public CallRecord parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidCallRecordException("not a call record: expected a JSON object");
        }
        String odataType = text(json, "@odata.type");
        if (odataType != null && !CALL_RECORD_TYPE.equalsIgnoreCase(odataType)) {
            throw new InvalidCallRecordException("not a call record: @odata.type is " + odataType);
        }
        String id = text(json, "id");
        if (id == null) {
            throw new InvalidCallRecordException("not a call record: no id");
        }
        String path = "callRecord " + id;
        if (!json.has("version") && !json.has("startDateTime") && !json.has("sessions")) {
            throw new InvalidCallRecordException("not a call record: no version, startDateTime or sessions");
        }
        Double version = number(json, "version", path);
        if (version == null) {
            throw new InvalidCallRecordException(path + ": no version");
        }
        // Versions are compared to keep the newest; one that is no whole number would win or lose at random.
        if (version.isNaN() || version < 0 || version > MAX_VERSION || version != Math.floor(version)) {
            throw new InvalidCallRecordException(path + ".version: '" + json.get("version").asText()
                    + "' is not a whole number from 0 to 2^53");
        }
        var start = instant(json, "startDateTime", path);
        if (start == null) {
            throw new InvalidCallRecordException(path + ": no startDateTime");
        }
        return new CallRecord(
                id,
                version.longValue(),
                CallType.fromGraph(text(json, "type")),
                modalities(json),
                start,
                instant(json, "endDateTime", path),
                instant(json, "lastModifiedDateTime", path),
                text(json, "joinWebUrl"),
                organizer(json),
                participants(json),
                list(json, "sessions", path, this::session));
    }

    private static Set<Modality> modalities(JsonNode json) {
        JsonNode array = json.get("modalities");
        Set<Modality> result = EnumSet.noneOf(Modality.class);
        if (array != null && array.isArray()) {
            array.forEach(m -> result.add(Modality.fromGraph(m.asText())));
        }
        return result;
    }

    private static Participant organizer(JsonNode json) {
        JsonNode v2 = object(json, "organizer_v2");
        if (v2 != null) {
            Identity identity = GraphJsonIdentity.fromIdentitySet(object(v2, "identity"));
            return identity == null ? null : new Participant(text(v2, "id"), identity);
        }
        Identity identity = GraphJsonIdentity.fromIdentitySet(object(json, "organizer"));
        return identity == null ? null : new Participant(null, identity);
    }

    private static List<Participant> participants(JsonNode json) {
        JsonNode v2 = json.get("participants_v2");
        if (v2 != null && v2.isArray() && !v2.isEmpty()) {
            return streamOf(v2)
                    .map(p -> {
                        Identity identity = GraphJsonIdentity.fromIdentitySet(object(p, "identity"));
                        return identity == null ? null : new Participant(text(p, "id"), identity);
                    })
                    .filter(Objects::nonNull)
                    .toList();
        }
        JsonNode old = json.get("participants");
        if (old != null && old.isArray()) {
            return streamOf(old)
                    .map(GraphJsonIdentity::fromIdentitySet)
                    .filter(Objects::nonNull)
                    .map(identity -> new Participant(null, identity))
                    .toList();
        }
        return List.of();
    }

    private static Stream<JsonNode> streamOf(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).filter(JsonNode::isObject);
    }

    private Session session(JsonNode json, String path) {
        String where = path + ".session " + text(json, "id");
        return new Session(
                text(json, "id"),
                instant(json, "startDateTime", where),
                instant(json, "endDateTime", where),
                endpoint(object(json, "caller"), where + ".caller"),
                endpoint(object(json, "callee"), where + ".callee"),
                failureInfo(object(json, "failureInfo")),
                modalities(json),
                bool(json, "isTest"),
                list(json, "segments", where, this::segment));
    }

    private Segment segment(JsonNode json, String path) {
        String where = path + ".segment " + text(json, "id");
        return new Segment(
                text(json, "id"),
                instant(json, "startDateTime", where),
                instant(json, "endDateTime", where),
                endpoint(object(json, "caller"), where + ".caller"),
                endpoint(object(json, "callee"), where + ".callee"),
                failureInfo(object(json, "failureInfo")),
                list(json, "media", where, GraphJsonMedia::media));
    }

    private static FailureInfo failureInfo(JsonNode json) {
        if (json == null) {
            return null;
        }
        return new FailureInfo(FailureInfo.Stage.fromGraph(text(json, "stage")), text(json, "reason"));
    }

    private static Endpoint endpoint(JsonNode json, String path) {
        if (json == null) {
            return null;
        }
        String type = text(json, "@odata.type");
        boolean participant = type != null ? type.endsWith("participantEndpoint")
                : json.has("associatedIdentity") || json.has("identity") || json.has("feedback");
        Identity identity = GraphJsonIdentity.fromIdentity(object(json, "associatedIdentity"));
        if (identity == null) {
            identity = GraphJsonIdentity.fromIdentitySet(object(json, "identity"));
        }
        return new Endpoint(
                participant,
                identity,
                userAgent(object(json, "userAgent")),
                text(json, "name"),
                text(json, "cpuName"),
                integer(json, "cpuCoresCount", path),
                integer(json, "cpuProcessorSpeedInMhz", path),
                feedback(object(json, "feedback")));
    }

    private static UserAgent userAgent(JsonNode json) {
        if (json == null) {
            return null;
        }
        String type = text(json, "@odata.type");
        boolean service = type != null ? type.endsWith("serviceUserAgent") : json.has("role");
        return new UserAgent(service, text(json, "platform"), text(json, "productFamily"),
                text(json, "applicationVersion"), text(json, "role"), text(json, "headerValue"));
    }

    private static Feedback feedback(JsonNode json) {
        if (json == null) {
            return null;
        }
        JsonNode textNode = object(json, "text");
        String text = textNode != null ? text(textNode, "content") : text(json, "text");
        Map<String, Boolean> tokens = new LinkedHashMap<>();
        JsonNode tokenNode = object(json, "tokens");
        if (tokenNode != null) {
            tokenNode.fields().forEachRemaining(e -> {
                if (e.getValue().isBoolean()) {
                    tokens.put(e.getKey(), e.getValue().booleanValue());
                }
            });
        }
        return new Feedback(text(json, "rating"), text, tokens);
    }
}
