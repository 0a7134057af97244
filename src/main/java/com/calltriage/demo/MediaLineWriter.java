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
 * someone's network shows on the streams that person received. A side's network is drawn once per segment
 * and shared by its media lines, since one client reaches the network one way at a time.
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

    /** The networks both sides of a segment used, the same on each of its media lines. */
    record Networks(ObjectNode caller, ObjectNode callee) {
    }

    Networks networks(SessionSide caller, SessionSide callee) {
        return new Networks(networks.network(caller), networks.network(callee));
    }

    /** The line of one kind of media; unless the clients {@code measured} it, its streams carry no metrics. */
    ObjectNode mediaLine(StreamKind kind, SessionSide caller, SessionSide callee, Networks sides, long seconds,
                         boolean measured) {
        ObjectNode media = NODES.objectNode();
        media.put("label", kind.label);
        if (kind == StreamKind.AUDIO) {
            media.set("callerDevice", device(caller));
            media.set("calleeDevice", device(callee));
        }
        media.set("callerNetwork", sides.caller().deepCopy());
        media.set("calleeNetwork", sides.callee().deepCopy());
        ArrayNode streams = media.putArray("streams");
        // callerToCallee is received (and measured) by the callee, calleeToCaller by the caller.
        streams.add(stream("callerToCallee", kind, seconds, measured ? callee.symptoms() : null));
        streams.add(stream("calleeToCaller", kind, seconds, measured ? caller.symptoms() : null));
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
        Symptoms symptoms = side.symptoms();
        device.put("captureNotFunctioningEventRatio", symptoms.captureNotFunctioningRatio(random));
        device.put("renderNotFunctioningEventRatio", 0.0);
        device.put("deviceGlitchEventRatio", round(random.nextDouble() * 0.01, 4));
        device.put("deviceClippingEventRatio", 0.0);
        device.put("lowSpeechLevelEventRatio", symptoms.lowSpeechLevelRatio(random));
        device.put("howlingEventCount", 0);
        device.put("micGlitchRate", round(random.nextDouble() * 2, 2));
        device.put("speakerGlitchRate", round(random.nextDouble() * 2, 2));
        device.put("sentSignalLevel", symptoms.sentSignalLevel(random));
        device.put("sentNoiseLevel", -70 - random.nextInt(10));
        return device;
    }

    /** A stream and the metrics its receiver measured; a null receiver means no quality data arrived. */
    private ObjectNode stream(String direction, StreamKind kind, long seconds, Symptoms receiver) {
        ObjectNode stream = NODES.objectNode();
        stream.put("streamId", String.valueOf(1000 + random.nextInt(9000)));
        stream.put("streamDirection", direction);
        if (receiver == null) {
            return stream;
        }
        switch (kind) {
            case AUDIO -> {
                stream.put("audioCodec", "satin");
                audioMetrics(stream, seconds, receiver.receivedAudio(AudioQuality.usual(random), random));
            }
            case VIDEO -> {
                stream.put("videoCodec", "h264s");
                videoMetrics(stream, receiver.receivedVideo(24 + random.nextInt(7), random));
            }
            case SCREEN_SHARING -> {
                stream.put("videoCodec", "h264s");
                videoMetrics(stream, receiver.receivedVideo(8 + random.nextInt(7), random));
            }
        }
        stream.put("wasMediaBypassed", false);
        return stream;
    }

    private void audioMetrics(ObjectNode stream, long seconds, AudioQuality audio) {
        stream.put("averageJitter", duration(audio.jitterMillis()));
        stream.put("maxJitter", duration(audio.maxJitterMillis()));
        stream.put("averagePacketLossRate", round(audio.packetLoss(), 5));
        stream.put("maxPacketLossRate", round(audio.maxPacketLoss(), 5));
        stream.put("averageRoundTripTime", duration(audio.roundTripMillis()));
        stream.put("maxRoundTripTime", duration(audio.maxRoundTripMillis()));
        stream.put("averageRatioOfConcealedSamples", round(audio.concealedRatio(), 5));
        stream.put("maxRatioOfConcealedSamples", round(audio.concealedRatio() * 2, 5));
        stream.put("averageAudioDegradation", round(audio.degradation(), 3));
        stream.put("averageAudioNetworkJitter", duration(audio.jitterMillis() * 0.8));
        stream.put("maxAudioNetworkJitter", duration(audio.maxJitterMillis() * 0.8));
        stream.put("packetUtilization", seconds * 50);
        stream.put("averageBandwidthEstimate", 1_500_000 + random.nextInt(8_000_000));
    }

    private void videoMetrics(ObjectNode stream, VideoQuality video) {
        stream.put("averageVideoFrameLossPercentage", video.frameLossPercentage());
        stream.put("averageVideoFrameRate", video.frameRate());
        stream.put("averageReceivedFrameRate", video.receivedFrameRate());
        stream.put("postForwardErrorCorrectionPacketLossRate", video.postFecPacketLossRate());
        stream.put("lowFrameRateRatio", video.lowFrameRateRatio());
        stream.put("averageFreezeDuration", duration(video.freezeMillis()));
        stream.put("averageBandwidthEstimate", 2_500_000 + random.nextInt(5_000_000));
    }
}
