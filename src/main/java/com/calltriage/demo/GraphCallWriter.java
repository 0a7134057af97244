package com.calltriage.demo;

import com.calltriage.callrecord.CallKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes demo calls as Graph {@code callRecord} JSON, the shape {@code GET /communications/callRecords/{id}
 * ?$expand=sessions($expand=segments)} returns: participants_v2, sessions with caller and callee
 * endpoints, segments, media lines with devices, networks and streams.
 *
 * <p>Streams are measured by their receiver: trouble on someone's network shows on the streams that
 * person received.
 */
final class GraphCallWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CALL_RECORD = "#microsoft.graph.callRecords.callRecord";
    private static final String CONFERENCING = "Microsoft.Conferencing/2026.11.2.1 (conferencing)";
    private static final String PSTN_GATEWAY = "Microsoft.PSTNHub.SIPProxy/2026.11.3.1";

    private final Random random;

    GraphCallWriter(Random random) {
        this.random = random;
    }

    DemoCall oneToOne(DemoPerson caller, DemoPerson callee, Instant start, Duration length, DemoTrouble trouble,
                      DemoPerson troubled, boolean video) {
        Duration actual = actualLength(length, trouble);
        ObjectNode record = record("peerToPeer", start, actual, caller, List.of(caller, callee), video, false);
        ArrayNode sessions = record.putArray("sessions");
        sessions.add(session(participantEndpoint(caller, troubled == caller ? trouble : DemoTrouble.NONE),
                participantEndpoint(callee, troubled == callee ? trouble : DemoTrouble.NONE),
                start, actual, trouble, side(caller, troubled, trouble), side(callee, troubled, trouble), video, false));
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
            boolean isTroubled = person.equals(troubled);
            DemoTrouble own = isTroubled ? trouble : DemoTrouble.NONE;
            Instant joined = start.plusSeconds(random.nextInt(120));
            Duration stayed = actualLength(length.minusSeconds(random.nextInt(120)), own);
            sessions.add(session(participantEndpoint(person, own), serviceEndpoint(CONFERENCING, "conferencing"),
                    joined, stayed, own, new Side(person, own), new Side(null, DemoTrouble.NONE), video,
                    screenSharing));
        }
        return new DemoCall(record.get("id").asText(), start, CallKind.MEETING, record, trouble,
                trouble == DemoTrouble.NONE ? null : troubled.id());
    }

    DemoCall pstn(DemoPerson user, String number, boolean outbound, Instant start, Duration length,
                  DemoTrouble trouble) {
        Duration actual = actualLength(length, trouble);
        ObjectNode record = record("peerToPeer", start, actual, null, List.of(user), false, false);
        ObjectNode phone = NODES.objectNode();
        phone.put("id", shortId());
        phone.putObject("identity").putObject("phone").put("id", number);
        ((ArrayNode) record.get("participants_v2")).add(phone);
        record.set("organizer_v2", outbound ? record.get("participants_v2").get(0) : phone);
        ObjectNode userEndpoint = participantEndpoint(user, trouble);
        ObjectNode gateway = serviceEndpoint(PSTN_GATEWAY, "unknown");
        Side userSide = new Side(user, trouble);
        Side gatewaySide = new Side(null, DemoTrouble.NONE);
        ArrayNode sessions = record.putArray("sessions");
        sessions.add(outbound
                ? session(userEndpoint, gateway, start, actual, trouble, userSide, gatewaySide, false, false)
                : session(gateway, userEndpoint, start, actual, trouble, gatewaySide, userSide, false, false));
        return new DemoCall(record.get("id").asText(), start, CallKind.PSTN, record, trouble,
                trouble == DemoTrouble.NONE ? null : user.id());
    }

    /** One side of a session: a person (null for a service) and the trouble on that side. */
    private record Side(DemoPerson person, DemoTrouble trouble) {
    }

    private static Side side(DemoPerson person, DemoPerson troubled, DemoTrouble trouble) {
        return new Side(person, person.equals(troubled) ? trouble : DemoTrouble.NONE);
    }

    private Duration actualLength(Duration planned, DemoTrouble trouble) {
        return switch (trouble) {
            case CALL_SETUP_FAILURE -> Duration.ofSeconds(8 + random.nextInt(20));
            case DROPPED_CALL -> planned.dividedBy(3).plusSeconds(30);
            default -> planned;
        };
    }

    private ObjectNode record(String type, Instant start, Duration length, DemoPerson organizer,
                              List<DemoPerson> people, boolean video, boolean screenSharing) {
        ObjectNode record = NODES.objectNode();
        record.put("@odata.type", CALL_RECORD);
        record.put("id", uuid());
        record.put("version", 1 + (random.nextDouble() < 0.2 ? 1 : 0));
        record.put("type", type);
        ArrayNode modalities = record.putArray("modalities").add("audio");
        if (video) {
            modalities.add("video");
        }
        if (screenSharing) {
            modalities.add("videoBasedScreenSharing");
        }
        record.put("lastModifiedDateTime", start.plus(length).plusSeconds(600).toString());
        record.put("startDateTime", start.toString());
        record.put("endDateTime", start.plus(length).toString());
        record.putNull("joinWebUrl");
        ArrayNode participants = record.putArray("participants_v2");
        for (DemoPerson person : people) {
            ObjectNode participant = participants.addObject();
            participant.put("id", person.id());
            participant.putObject("identity").set("user", userIdentity(person));
        }
        if (organizer != null) {
            ObjectNode node = record.putObject("organizer_v2");
            node.put("id", organizer.id());
            node.putObject("identity").set("user", userIdentity(organizer));
        }
        return record;
    }

    private static ObjectNode userIdentity(DemoPerson person) {
        ObjectNode user = NODES.objectNode();
        user.put("id", person.id());
        user.put("displayName", person.displayName());
        user.put("tenantId", person.tenantId());
        user.put("userPrincipalName", person.upn());
        return user;
    }

    private ObjectNode session(ObjectNode caller, ObjectNode callee, Instant start, Duration length,
                               DemoTrouble trouble, Side callerSide, Side calleeSide, boolean video,
                               boolean screenSharing) {
        ObjectNode session = NODES.objectNode();
        session.put("id", uuid());
        ArrayNode modalities = session.putArray("modalities").add("audio");
        if (video) {
            modalities.add("video");
        }
        if (screenSharing) {
            modalities.add("videoBasedScreenSharing");
        }
        session.put("startDateTime", start.toString());
        session.put("endDateTime", start.plus(length).toString());
        session.put("isTest", false);
        session.set("caller", caller);
        session.set("callee", callee);
        ObjectNode failure = failureInfo(trouble);
        session.set("failureInfo", failure);
        ObjectNode segment = session.putArray("segments").addObject();
        segment.put("id", uuid());
        segment.put("startDateTime", start.toString());
        segment.put("endDateTime", start.plus(length).toString());
        segment.set("caller", caller.deepCopy());
        segment.set("callee", callee.deepCopy());
        segment.set("failureInfo", failure == null ? null : failure.deepCopy());
        ArrayNode media = segment.putArray("media");
        if (trouble == DemoTrouble.CALL_SETUP_FAILURE) {
            return session;
        }
        long seconds = Math.max(1, length.getSeconds());
        media.add(mediaLine("main-audio", callerSide, calleeSide, seconds, StreamKind.AUDIO, trouble));
        if (video) {
            media.add(mediaLine("main-video", callerSide, calleeSide, seconds, StreamKind.VIDEO, trouble));
        }
        if (screenSharing) {
            media.add(mediaLine("applicationsharing-video", callerSide, calleeSide, seconds,
                    StreamKind.SCREEN_SHARING, trouble));
        }
        return session;
    }

    private ObjectNode failureInfo(DemoTrouble trouble) {
        if (trouble == DemoTrouble.CALL_SETUP_FAILURE) {
            ObjectNode failure = NODES.objectNode();
            failure.put("stage", "callSetup");
            failure.put("reason", "Ms-diag 21: media connectivity could not be established (ICE failed)");
            return failure;
        }
        if (trouble == DemoTrouble.DROPPED_CALL) {
            ObjectNode failure = NODES.objectNode();
            failure.put("stage", "midcall");
            failure.put("reason", "Call dropped: the client lost its network connection");
            return failure;
        }
        return null;
    }

    private ObjectNode participantEndpoint(DemoPerson person, DemoTrouble trouble) {
        ObjectNode endpoint = NODES.objectNode();
        endpoint.put("@odata.type", "#microsoft.graph.callRecords.participantEndpoint");
        endpoint.put("name", person.deviceName());
        ObjectNode identity = userIdentity(person);
        endpoint.set("associatedIdentity", identity);
        ObjectNode agent = endpoint.putObject("userAgent");
        agent.put("@odata.type", "#microsoft.graph.callRecords.clientUserAgent");
        boolean mac = person.deviceName().hashCode() % 4 == 0;
        agent.put("platform", mac ? "macOS" : "windows");
        agent.put("productFamily", "teams");
        agent.put("applicationVersion", "25290.205.3964.1234");
        agent.put("headerValue", mac ? "RTCC/2026.11.01.1 Teams/25290 (macOS 15.1)"
                : "RTCC/2026.11.01.1 Teams/25290 (Windows 10.0.22631)");
        endpoint.put("cpuName", mac ? "Apple M3" : "Intel(R) Core(TM) i7-1265U");
        endpoint.put("cpuCoresCount", mac ? 8 : 12);
        endpoint.put("cpuProcessorSpeedInMhz", mac ? 4050 : 2700);
        if (trouble != DemoTrouble.NONE && trouble != DemoTrouble.CALL_SETUP_FAILURE) {
            ObjectNode feedback = endpoint.putObject("feedback");
            feedback.put("rating", "poor");
            feedback.putObject("text").put("content", feedbackText(trouble));
            feedback.putObject("tokens").put(trouble == DemoTrouble.DEVICE_NOT_FUNCTIONING
                    ? "NoSpeechOutgoing" : "DistortedSpeech", true);
        }
        return endpoint;
    }

    private static String feedbackText(DemoTrouble trouble) {
        return switch (trouble) {
            case DEVICE_NOT_FUNCTIONING -> "They said they couldn't hear me at all";
            case DROPPED_CALL -> "Call just ended by itself";
            default -> "Voices kept breaking up & sounded robotic";
        };
    }

    private static ObjectNode serviceEndpoint(String header, String role) {
        ObjectNode endpoint = NODES.objectNode();
        endpoint.put("@odata.type", "#microsoft.graph.callRecords.serviceEndpoint");
        ObjectNode agent = endpoint.putObject("userAgent");
        agent.put("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
        agent.put("role", role);
        agent.put("headerValue", header);
        return endpoint;
    }

    enum StreamKind { AUDIO, VIDEO, SCREEN_SHARING }

    private ObjectNode mediaLine(String label, Side caller, Side callee, long seconds, StreamKind kind,
                                 DemoTrouble trouble) {
        ObjectNode media = NODES.objectNode();
        media.put("label", label);
        if (kind == StreamKind.AUDIO) {
            media.set("callerDevice", device(caller));
            media.set("calleeDevice", device(callee));
        }
        media.set("callerNetwork", network(caller));
        media.set("calleeNetwork", network(callee));
        ArrayNode streams = media.putArray("streams");
        boolean noData = trouble == DemoTrouble.NO_QUALITY_DATA;
        // callerToCallee is received (and measured) by the callee, calleeToCaller by the caller.
        streams.add(stream("callerToCallee", kind, seconds, noData ? null : callee.trouble()));
        streams.add(stream("calleeToCaller", kind, seconds, noData ? null : caller.trouble()));
        return media;
    }

    private ObjectNode device(Side side) {
        ObjectNode device = NODES.objectNode();
        if (side.person() == null) {
            return device;
        }
        device.put("captureDeviceName", "Microphone Array (Realtek(R) Audio)");
        device.put("captureDeviceDriver", "Realtek: 6.0.9235.1");
        device.put("renderDeviceName", "Jabra Evolve2 65");
        device.put("renderDeviceDriver", "Microsoft: 10.0.22621.1");
        boolean broken = side.trouble() == DemoTrouble.DEVICE_NOT_FUNCTIONING;
        device.put("captureNotFunctioningEventRatio", broken ? 0.02 + random.nextDouble() * 0.05 : 0.0);
        device.put("renderNotFunctioningEventRatio", 0.0);
        device.put("deviceGlitchEventRatio", round(random.nextDouble() * 0.01, 4));
        device.put("deviceClippingEventRatio", 0.0);
        device.put("lowSpeechLevelEventRatio", broken ? 0.9 : round(random.nextDouble() * 0.02, 4));
        device.put("howlingEventCount", 0);
        device.put("micGlitchRate", round(random.nextDouble() * 2, 2));
        device.put("speakerGlitchRate", round(random.nextDouble() * 2, 2));
        device.put("sentSignalLevel", broken ? -90 : -25 - random.nextInt(10));
        device.put("sentNoiseLevel", -70 - random.nextInt(10));
        return device;
    }

    private ObjectNode network(Side side) {
        ObjectNode network = NODES.objectNode();
        DemoPerson person = side.person();
        if (person == null) {
            network.put("connectionType", "wired");
            network.put("ipAddress", "52.114.76." + (10 + random.nextInt(200)));
            network.put("port", 3478);
            return network;
        }
        DemoTrouble trouble = side.trouble();
        boolean vpn = trouble == DemoTrouble.VPN_PACKET_LOSS;
        boolean wifi = trouble == DemoTrouble.WIFI_JITTER || (!vpn && random.nextDouble() < 0.35);
        DemoOffice office = vpn ? DemoTenant.VPN : person.homeOffice();
        int host = 20 + Math.abs(person.id().hashCode() % 200);
        if (office == null) {
            network.put("connectionType", wifi ? "wifi" : "wired");
            network.put("ipAddress", "192.168.1." + host);
            network.put("subnet", "192.168.1.0");
            network.put("dnsSuffix", "home");
        } else {
            network.put("connectionType", vpn ? "tunnel" : wifi ? "wifi" : "wired");
            network.put("ipAddress", office.host(host));
            network.put("subnet", office.subnet());
            network.put("dnsSuffix", office.dnsSuffix());
        }
        network.put("reflexiveIPAddress", "203.0.113." + (1 + Math.abs(person.id().hashCode() % 250)));
        network.put("relayIPAddress", "52.115.63." + (1 + random.nextInt(250)));
        network.put("port", 50000 + random.nextInt(20));
        network.put("networkTransportProtocol", vpn ? "tcp" : "udp");
        network.put("macAddress", mac(person.id()));
        network.put("linkSpeed", wifi ? 433_300_000L : 1_000_000_000L);
        if (wifi) {
            network.put("basicServiceSetIdentifier", mac("bssid" + person.id()));
            network.put("wifiBand", "frequency50GHz");
            network.put("wifiRadioType", "wifi80211ac");
            network.put("wifiChannel", 36 + 4 * random.nextInt(4));
            network.put("wifiSignalStrength", trouble == DemoTrouble.WIFI_JITTER ? 28 + random.nextInt(12)
                    : 70 + random.nextInt(25));
            network.put("wifiVendorDriver", "Intel(R) Wi-Fi 6E AX211 160MHz");
            network.put("wifiVendorDriverVersion", "23.40.0.4");
        }
        boolean bad = trouble == DemoTrouble.WIFI_JITTER || vpn || trouble == DemoTrouble.HIGH_ROUND_TRIP;
        network.put("receivedQualityEventRatio", bad ? 0.18 : 0.0);
        network.put("sentQualityEventRatio", 0.0);
        network.put("delayEventRatio", trouble == DemoTrouble.HIGH_ROUND_TRIP ? 0.4 : 0.0);
        network.put("bandwidthLowEventRatio", 0.0);
        ArrayNode hops = network.putArray("traceRouteHops");
        double base = trouble == DemoTrouble.HIGH_ROUND_TRIP ? 280 : 4;
        hops.add(hop(1, office == null ? "192.168.1.1" : office.host(1), 1 + random.nextInt(3)));
        hops.add(hop(2, "198.51.100." + (1 + random.nextInt(250)), base + random.nextInt(10)));
        hops.add(hop(3, "52.115.63.1", base + 10 + random.nextInt(15)));
        return network;
    }

    private static ObjectNode hop(int count, String address, double rttMillis) {
        ObjectNode hop = NODES.objectNode();
        hop.put("hopCount", count);
        hop.put("ipAddress", address);
        hop.put("roundTripTime", iso(rttMillis));
        return hop;
    }

    /** A stream and the metrics its receiver measured; null trouble means no quality data arrived. */
    private ObjectNode stream(String direction, StreamKind kind, long seconds, DemoTrouble receiverTrouble) {
        ObjectNode stream = NODES.objectNode();
        stream.put("streamId", String.valueOf(1000 + random.nextInt(9000)));
        stream.put("streamDirection", direction);
        if (receiverTrouble == null) {
            return stream;
        }
        switch (kind) {
            case AUDIO -> {
                stream.put("audioCodec", "satin");
                audioMetrics(stream, seconds, receiverTrouble);
            }
            case VIDEO -> {
                stream.put("videoCodec", "h264s");
                videoMetrics(stream, receiverTrouble, 24 + random.nextInt(7));
            }
            case SCREEN_SHARING -> {
                stream.put("videoCodec", "h264s");
                videoMetrics(stream, receiverTrouble, 8 + random.nextInt(7));
            }
        }
        stream.put("wasMediaBypassed", false);
        return stream;
    }

    private void audioMetrics(ObjectNode stream, long seconds, DemoTrouble trouble) {
        double jitter = 2 + random.nextDouble() * 8;
        double maxJitter = jitter + 4 + random.nextDouble() * 10;
        double loss = random.nextDouble() * 0.004;
        double maxLoss = loss + random.nextDouble() * 0.03;
        double rtt = 20 + random.nextDouble() * 60;
        double maxRtt = rtt + 20 + random.nextDouble() * 80;
        double concealed = 0.005 + random.nextDouble() * 0.015;
        double degradation = 0.1 + random.nextDouble() * 0.3;
        switch (trouble) {
            // The named trouble is also the metric furthest past its limit, so it is the main cause.
            case WIFI_JITTER -> {
                jitter = 45 + random.nextDouble() * 20;
                maxJitter = jitter * 2.5;
                loss = 0.02 + random.nextDouble() * 0.02;
                maxLoss = 0.08;
                concealed = 0.05;
                degradation = 1.2;
            }
            case VPN_PACKET_LOSS -> {
                loss = 0.13 + random.nextDouble() * 0.08;
                maxLoss = loss * 2;
                concealed = 0.075;
                degradation = 1.1;
                rtt = 140 + random.nextDouble() * 40;
                maxRtt = rtt * 2;
            }
            case HIGH_ROUND_TRIP -> {
                rtt = 560 + random.nextDouble() * 150;
                maxRtt = rtt * 1.6;
            }
            default -> {
            }
        }
        stream.put("averageJitter", iso(jitter));
        stream.put("maxJitter", iso(maxJitter));
        stream.put("averagePacketLossRate", round(loss, 5));
        stream.put("maxPacketLossRate", round(maxLoss, 5));
        stream.put("averageRoundTripTime", iso(rtt));
        stream.put("maxRoundTripTime", iso(maxRtt));
        stream.put("averageRatioOfConcealedSamples", round(concealed, 5));
        stream.put("maxRatioOfConcealedSamples", round(concealed * 2, 5));
        stream.put("averageAudioDegradation", round(degradation, 3));
        stream.put("averageAudioNetworkJitter", iso(jitter * 0.8));
        stream.put("maxAudioNetworkJitter", iso(maxJitter * 0.8));
        stream.put("packetUtilization", seconds * 50);
        stream.put("averageBandwidthEstimate", 1_500_000 + random.nextInt(8_000_000));
    }

    private void videoMetrics(ObjectNode stream, DemoTrouble trouble, int frameRate) {
        boolean bad = trouble == DemoTrouble.VPN_PACKET_LOSS;
        stream.put("averageVideoFrameLossPercentage", bad ? 12.5 : round(random.nextDouble() * 2, 2));
        stream.put("averageVideoFrameRate", bad ? frameRate / 2.0 : frameRate);
        stream.put("averageReceivedFrameRate", bad ? frameRate / 2.0 : frameRate - 0.5);
        stream.put("postForwardErrorCorrectionPacketLossRate", bad ? 0.06 : round(random.nextDouble() * 0.005, 4));
        stream.put("lowFrameRateRatio", bad ? 0.3 : 0.0);
        stream.put("averageFreezeDuration", iso(bad ? 450 : 0));
        stream.put("averageBandwidthEstimate", 2_500_000 + random.nextInt(5_000_000));
    }

    private static String iso(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .toString();
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static String mac(String seed) {
        int hash = seed.hashCode();
        return String.format(Locale.ROOT, "00-15-5D-%02X-%02X-%02X", (hash >> 16) & 0xff, (hash >> 8) & 0xff,
                hash & 0xff);
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String shortId() {
        return Long.toHexString(random.nextLong() & 0xffffffffffL);
    }
}
