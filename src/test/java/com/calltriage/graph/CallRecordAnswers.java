package com.calltriage.graph;

import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphUser;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What Graph answers about one call record: the record as {@code $expand=sessions($expand=segments)} returns it,
 * further pages of its sessions, and pages of its {@code participants_v2}. Sessions are 1:1 audio legs between
 * two users with one segment each, carrying a Teams client on either end and a stream each way. Pages of them
 * are {@link com.calltriage.testing.GraphAtWireMock#page}.
 */
final class CallRecordAnswers {
    static final String CONTEXT = "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<GraphUser> PEOPLE = List.of(GraphUser.alice(), GraphUser.bob(), GraphUser.carol());

    private CallRecordAnswers() {
    }

    /** The record as Graph sends it: participants_v2 only when the call says so, sessions and a link to more. */
    static String record(CallRecordJson call, List<ObjectNode> sessions, String sessionsNextLink) {
        ObjectNode record = call.node();
        record.put("@odata.context", CONTEXT);
        ArrayNode list = record.putArray("sessions");
        sessions.forEach(list::add);
        if (sessionsNextLink != null) {
            record.put("sessions@odata.nextLink", sessionsNextLink);
        }
        return record.toString();
    }

    /** Sessions {@code first .. first+count-1}, one minute apart from the call's start. */
    static List<ObjectNode> sessions(int first, int count, Instant callStart) {
        return IntStream.range(first, first + count).mapToObj(n -> session(n, callStart)).toList();
    }

    /** An entry of {@code participants_v2}. */
    static ObjectNode participant(GraphUser user) {
        ObjectNode participant = JSON.objectNode().put("id", user.id());
        participant.putObject("identity").set("user", identity(user));
        return participant;
    }

    static String sessionId(int n) {
        return String.format("e523d2ed-2966-4b6b-925b-%012d", n);
    }

    private static ObjectNode session(int n, Instant callStart) {
        Instant start = callStart.plus(Duration.ofMinutes(n));
        Instant end = start.plus(Duration.ofSeconds(50));
        GraphUser caller = PEOPLE.get(n % PEOPLE.size());
        GraphUser callee = PEOPLE.get((n + 1) % PEOPLE.size());
        ObjectNode session = JSON.objectNode().put("id", sessionId(n))
                .put("startDateTime", start.toString()).put("endDateTime", end.toString()).put("isTest", false);
        session.putArray("modalities").add("audio");
        session.set("caller", endpoint(caller));
        session.set("callee", endpoint(callee));
        session.putNull("failureInfo");
        ObjectNode segment = session.putArray("segments").addObject().put("id", sessionId(n))
                .put("startDateTime", start.toString()).put("endDateTime", end.toString());
        segment.set("caller", endpoint(caller));
        segment.set("callee", endpoint(callee));
        segment.putNull("failureInfo");
        ObjectNode media = segment.putArray("media").addObject().put("label", "main-audio");
        media.putObject("callerNetwork").put("connectionType", "wifi").put("ipAddress", "10.20.30." + (n % 250))
                .put("subnet", "10.20.30.0").put("wifiBand", "frequency50GHz");
        media.putObject("calleeNetwork").put("connectionType", "wired").put("ipAddress", "10.40.0." + (n % 250))
                .put("subnet", "10.40.0.0");
        ArrayNode streams = media.putArray("streams");
        streams.addObject().put("streamId", "1504545584").put("streamDirection", "callerToCallee")
                .put("averageJitter", "PT0.016S").put("averagePacketLossRate", 0.01)
                .put("averageRoundTripTime", "PT0.061S");
        streams.addObject().put("streamId", "1785122252").put("streamDirection", "calleeToCaller")
                .put("averageJitter", "PT0.011S").put("averagePacketLossRate", 0.0)
                .put("averageRoundTripTime", "PT0.058S");
        return session;
    }

    private static ObjectNode endpoint(GraphUser user) {
        ObjectNode endpoint = JSON.objectNode()
                .put("@odata.type", "#microsoft.graph.callRecords.participantEndpoint")
                .put("name", "Surface-" + user.displayName().split(" ")[0]);
        endpoint.putObject("userAgent").put("@odata.type", "#microsoft.graph.callRecords.clientUserAgent")
                .put("platform", "windows").put("productFamily", "teams")
                .put("headerValue", "Teams/24295.605.3225.8804 (Windows 10.0.22631)");
        endpoint.set("associatedIdentity", identity(user));
        return endpoint;
    }

    private static ObjectNode identity(GraphUser user) {
        ObjectNode identity = JSON.objectNode().put("id", user.id()).put("displayName", user.displayName())
                .put("tenantId", user.tenantId());
        if (user.userPrincipalName() != null) {
            identity.put("userPrincipalName", user.userPrincipalName());
        }
        return identity;
    }
}
