package com.calltriage.demo;

import com.calltriage.callrecord.CallKind;
import com.calltriage.demo.MediaLineWriter.StreamKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes demo calls as Graph {@code callRecord} JSON, the shape {@code GET /communications/callRecords/{id}
 * ?$expand=sessions($expand=segments)} returns: participants_v2, sessions with caller and callee
 * endpoints, segments, media lines with devices, networks and streams.
 *
 * <p>All parts draw from one random source in a fixed order, so a seed always gives the same files.
 */
final class GraphCallWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CALL_RECORD = "#microsoft.graph.callRecords.callRecord";
    private static final String CONFERENCING = "Microsoft.Conferencing/2026.11.2.1 (conferencing)";
    private static final String PSTN_GATEWAY = "Microsoft.PSTNHub.SIPProxy/2026.11.3.1";

    private final Random random;
    private final MediaLineWriter mediaLines;

    GraphCallWriter(Random random) {
        this.random = random;
        this.mediaLines = new MediaLineWriter(random);
    }

    DemoCall oneToOne(DemoPerson caller, DemoPerson callee, Instant start, Duration length, DemoTrouble trouble,
                      DemoPerson troubled, boolean video) {
        Duration actual = trouble.symptoms().length(length, random);
        ObjectNode record = record("peerToPeer", start, actual, caller, List.of(caller, callee), video, false);
        SessionSide callerSide = side(caller, troubled, trouble);
        SessionSide calleeSide = side(callee, troubled, trouble);
        ArrayNode sessions = record.putArray("sessions");
        sessions.add(session(EndpointWriter.participant(caller, callerSide.symptoms()),
                EndpointWriter.participant(callee, calleeSide.symptoms()),
                start, actual, trouble.symptoms(), callerSide, calleeSide, video, false));
        return new DemoCall(record.get("id").asText(), start, CallKind.ONE_TO_ONE, record, trouble,
                trouble == DemoTrouble.NONE ? null : troubled.id());
    }

    DemoCall meeting(DemoPerson organizer, List<DemoPerson> guests, Instant start, Duration length,
                     DemoTrouble trouble, boolean video, boolean screenSharing, DemoPerson troubled) {
        List<DemoPerson> everyone = new ArrayList<>();
        everyone.add(organizer);
        everyone.addAll(guests);
        ObjectNode record = record("groupCall", start, length, organizer, everyone, video, screenSharing);
        record.put("joinWebUrl", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                + shortId() + "%40thread.v2/0");
        ArrayNode sessions = record.putArray("sessions");
        for (DemoPerson person : everyone) {
            SessionSide own = side(person, troubled, trouble);
            Instant joined = start.plusSeconds(random.nextInt(120));
            Duration stayed = own.symptoms().length(length.minusSeconds(random.nextInt(120)), random);
            sessions.add(session(EndpointWriter.participant(person, own.symptoms()),
                    EndpointWriter.service(CONFERENCING, "conferencing"), joined, stayed, own.symptoms(),
                    own, SessionSide.service(), video, screenSharing));
        }
        return new DemoCall(record.get("id").asText(), start, CallKind.MEETING, record, trouble,
                trouble == DemoTrouble.NONE ? null : troubled.id());
    }

    DemoCall pstn(DemoPerson user, String number, boolean outbound, Instant start, Duration length,
                  DemoTrouble trouble) {
        Symptoms symptoms = trouble.symptoms();
        Duration actual = symptoms.length(length, random);
        ObjectNode record = record("peerToPeer", start, actual, null, List.of(user), false, false);
        ObjectNode phone = NODES.objectNode();
        phone.put("id", shortId());
        phone.putObject("identity").putObject("phone").put("id", number);
        ((ArrayNode) record.get("participants_v2")).add(phone);
        record.set("organizer_v2", outbound ? record.get("participants_v2").get(0) : phone);
        ObjectNode userEndpoint = EndpointWriter.participant(user, symptoms);
        ObjectNode gateway = EndpointWriter.service(PSTN_GATEWAY, "unknown");
        SessionSide userSide = new SessionSide(user, symptoms);
        SessionSide gatewaySide = SessionSide.service();
        ArrayNode sessions = record.putArray("sessions");
        sessions.add(outbound
                ? session(userEndpoint, gateway, start, actual, symptoms, userSide, gatewaySide, false, false)
                : session(gateway, userEndpoint, start, actual, symptoms, gatewaySide, userSide, false, false));
        return new DemoCall(record.get("id").asText(), start, CallKind.PSTN, record, trouble,
                trouble == DemoTrouble.NONE ? null : user.id());
    }

    /** The trouble of a call shows on the side of the person who had it; the others' sides are good. */
    private static SessionSide side(DemoPerson person, DemoPerson troubled, DemoTrouble trouble) {
        return new SessionSide(person, person.equals(troubled) ? trouble.symptoms() : Symptoms.NONE);
    }

    private ObjectNode record(String type, Instant start, Duration length, DemoPerson organizer,
                              List<DemoPerson> people, boolean video, boolean screenSharing) {
        ObjectNode record = NODES.objectNode();
        record.put("@odata.type", CALL_RECORD);
        record.put("id", uuid());
        record.put("version", 1 + (random.nextDouble() < 0.2 ? 1 : 0));
        record.put("type", type);
        putModalities(record, video, screenSharing);
        record.put("lastModifiedDateTime", start.plus(length).plusSeconds(600).toString());
        record.put("startDateTime", start.toString());
        record.put("endDateTime", start.plus(length).toString());
        record.putNull("joinWebUrl");
        ArrayNode participants = record.putArray("participants_v2");
        for (DemoPerson person : people) {
            ObjectNode participant = participants.addObject();
            participant.put("id", person.id());
            participant.putObject("identity").set("user", EndpointWriter.identity(person));
        }
        if (organizer != null) {
            ObjectNode node = record.putObject("organizer_v2");
            node.put("id", organizer.id());
            node.putObject("identity").set("user", EndpointWriter.identity(organizer));
        }
        return record;
    }

    private ObjectNode session(ObjectNode caller, ObjectNode callee, Instant start, Duration length,
                               Symptoms symptoms, SessionSide callerSide, SessionSide calleeSide, boolean video,
                               boolean screenSharing) {
        ObjectNode session = NODES.objectNode();
        session.put("id", uuid());
        putModalities(session, video, screenSharing);
        session.put("startDateTime", start.toString());
        session.put("endDateTime", start.plus(length).toString());
        session.put("isTest", false);
        session.set("caller", caller);
        session.set("callee", callee);
        ObjectNode failure = symptoms.failure().map(GraphCallWriter::failureInfo).orElse(null);
        session.set("failureInfo", failure);
        ObjectNode segment = session.putArray("segments").addObject();
        segment.put("id", uuid());
        segment.put("startDateTime", start.toString());
        segment.put("endDateTime", start.plus(length).toString());
        segment.set("caller", caller.deepCopy());
        segment.set("callee", callee.deepCopy());
        segment.set("failureInfo", failure == null ? null : failure.deepCopy());
        ArrayNode media = segment.putArray("media");
        if (!symptoms.mediaFlowed()) {
            return session;
        }
        long seconds = Math.max(1, length.getSeconds());
        boolean measured = symptoms.qualityDataArrived();
        MediaLineWriter.Networks networks = mediaLines.networks(callerSide, calleeSide);
        media.add(mediaLines.mediaLine(StreamKind.AUDIO, callerSide, calleeSide, networks, seconds, measured));
        if (video) {
            media.add(mediaLines.mediaLine(StreamKind.VIDEO, callerSide, calleeSide, networks, seconds, measured));
        }
        if (screenSharing) {
            media.add(mediaLines.mediaLine(StreamKind.SCREEN_SHARING, callerSide, calleeSide, networks, seconds,
                    measured));
        }
        return session;
    }

    /** Audio always; a record and each of its sessions list the same modalities. */
    private static void putModalities(ObjectNode node, boolean video, boolean screenSharing) {
        ArrayNode modalities = node.putArray("modalities").add("audio");
        if (video) {
            modalities.add("video");
        }
        if (screenSharing) {
            modalities.add("videoBasedScreenSharing");
        }
    }

    private static ObjectNode failureInfo(Symptoms.Failure failure) {
        ObjectNode info = NODES.objectNode();
        info.put("stage", failure.stage());
        info.put("reason", failure.reason());
        return info;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String shortId() {
        return Long.toHexString(random.nextLong() & 0xffffffffffL);
    }
}
