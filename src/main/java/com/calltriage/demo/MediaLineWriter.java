package com.calltriage.demo;

import static com.calltriage.demo.GraphNumbers.duration;
import static com.calltriage.demo.GraphNumbers.round;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * Writes one media line of a segment: the devices (audio only), the networks of both sides and the two
 * streams with the metrics their receivers measured. Streams are measured by their receiver: trouble on
 * someone's network shows on the streams that person received.
 */
final class MediaLineWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The media a line carries, with the label Teams gives its line. */
    enum StreamKind {
        AUDIO("main-audio"), VIDEO("main-video"), SCREEN_SHARING("applicationsharing-video");

        private final String label;

        StreamKind(String label) {
            this.label = label;
        }
    }

    private final Random random;
    private final NetworkWriter networks;

    MediaLineWriter(Random random) {
        this.random = random;
        this.networks = new NetworkWriter(random);
    }

    ObjectNode mediaLine(StreamKind kind, SessionSide caller, SessionSide callee, long seconds,
                         DemoTrouble trouble) {
        ObjectNode media = NODES.objectNode();
        media.put("label", kind.label);
        if (kind == StreamKind.AUDIO) {
            media.set("callerDevice", device(caller));
            media.set("calleeDevice", device(callee));
        }
        media.set("callerNetwork", networks.network(caller));
        media.set("calleeNetwork", networks.network(callee));
        ArrayNode streams = media.putArray("streams");
        boolean noData = trouble == DemoTrouble.NO_QUALITY_DATA;
        // callerToCallee is received (and measured) by the callee, calleeToCaller by the caller.
        streams.add(stream("callerToCallee", kind, seconds, noData ? null : callee.trouble()));
        streams.add(stream("calleeToCaller", kind, seconds, noData ? null : caller.trouble()));
        return media;
    }

    private ObjectNode device(SessionSide side) {
        ObjectNode device = NODES.objectNode();
        if (side.isService()) {
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
        stream.put("averageJitter", duration(jitter));
        stream.put("maxJitter", duration(maxJitter));
        stream.put("averagePacketLossRate", round(loss, 5));
        stream.put("maxPacketLossRate", round(maxLoss, 5));
        stream.put("averageRoundTripTime", duration(rtt));
        stream.put("maxRoundTripTime", duration(maxRtt));
        stream.put("averageRatioOfConcealedSamples", round(concealed, 5));
        stream.put("maxRatioOfConcealedSamples", round(concealed * 2, 5));
        stream.put("averageAudioDegradation", round(degradation, 3));
        stream.put("averageAudioNetworkJitter", duration(jitter * 0.8));
        stream.put("maxAudioNetworkJitter", duration(maxJitter * 0.8));
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
        stream.put("averageFreezeDuration", duration(bad ? 450 : 0));
        stream.put("averageBandwidthEstimate", 2_500_000 + random.nextInt(5_000_000));
    }
}
