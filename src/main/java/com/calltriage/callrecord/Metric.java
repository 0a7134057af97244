package com.calltriage.callrecord;

/**
 * A numeric measurement that Graph reports on a media stream, a device or a network.
 *
 * <p>Each constant carries its Graph property name, so the parser, the quality rules and the
 * debug card all speak of the same thing. Durations are converted to milliseconds when parsed.
 */
public enum Metric {
    // mediaStream
    AVERAGE_JITTER(Scope.STREAM, "averageJitter", Unit.MILLISECONDS),
    MAX_JITTER(Scope.STREAM, "maxJitter", Unit.MILLISECONDS),
    AVERAGE_AUDIO_NETWORK_JITTER(Scope.STREAM, "averageAudioNetworkJitter", Unit.MILLISECONDS),
    MAX_AUDIO_NETWORK_JITTER(Scope.STREAM, "maxAudioNetworkJitter", Unit.MILLISECONDS),
    AVERAGE_PACKET_LOSS_RATE(Scope.STREAM, "averagePacketLossRate", Unit.RATIO),
    MAX_PACKET_LOSS_RATE(Scope.STREAM, "maxPacketLossRate", Unit.RATIO),
    AVERAGE_ROUND_TRIP_TIME(Scope.STREAM, "averageRoundTripTime", Unit.MILLISECONDS),
    MAX_ROUND_TRIP_TIME(Scope.STREAM, "maxRoundTripTime", Unit.MILLISECONDS),
    AVERAGE_RATIO_OF_CONCEALED_SAMPLES(Scope.STREAM, "averageRatioOfConcealedSamples", Unit.RATIO),
    MAX_RATIO_OF_CONCEALED_SAMPLES(Scope.STREAM, "maxRatioOfConcealedSamples", Unit.RATIO),
    AVERAGE_AUDIO_DEGRADATION(Scope.STREAM, "averageAudioDegradation", Unit.SCORE),
    PACKET_UTILIZATION(Scope.STREAM, "packetUtilization", Unit.COUNT),
    AVERAGE_BANDWIDTH_ESTIMATE(Scope.STREAM, "averageBandwidthEstimate", Unit.BITS_PER_SECOND),
    AVERAGE_VIDEO_FRAME_LOSS_PERCENTAGE(Scope.STREAM, "averageVideoFrameLossPercentage", Unit.PERCENT),
    AVERAGE_VIDEO_FRAME_RATE(Scope.STREAM, "averageVideoFrameRate", Unit.FRAMES_PER_SECOND),
    AVERAGE_RECEIVED_FRAME_RATE(Scope.STREAM, "averageReceivedFrameRate", Unit.FRAMES_PER_SECOND),
    AVERAGE_VIDEO_PACKET_LOSS_RATE(Scope.STREAM, "averageVideoPacketLossRate", Unit.RATIO),
    POST_FEC_PACKET_LOSS_RATE(Scope.STREAM, "postForwardErrorCorrectionPacketLossRate", Unit.RATIO),
    LOW_FRAME_RATE_RATIO(Scope.STREAM, "lowFrameRateRatio", Unit.RATIO),
    LOW_VIDEO_PROCESSING_CAPABILITY_RATIO(Scope.STREAM, "lowVideoProcessingCapabilityRatio", Unit.RATIO),
    AVERAGE_FREEZE_DURATION(Scope.STREAM, "averageFreezeDuration", Unit.MILLISECONDS),
    RMS_FREEZE_DURATION(Scope.STREAM, "rmsFreezeDuration", Unit.MILLISECONDS),

    // deviceInfo
    CAPTURE_NOT_FUNCTIONING_EVENT_RATIO(Scope.DEVICE, "captureNotFunctioningEventRatio", Unit.RATIO),
    RENDER_NOT_FUNCTIONING_EVENT_RATIO(Scope.DEVICE, "renderNotFunctioningEventRatio", Unit.RATIO),
    CPU_INSUFFICIENT_EVENT_RATIO(Scope.DEVICE, "cpuInsufficentEventRatio", Unit.RATIO),
    DEVICE_CLIPPING_EVENT_RATIO(Scope.DEVICE, "deviceClippingEventRatio", Unit.RATIO),
    DEVICE_GLITCH_EVENT_RATIO(Scope.DEVICE, "deviceGlitchEventRatio", Unit.RATIO),
    HOWLING_EVENT_COUNT(Scope.DEVICE, "howlingEventCount", Unit.COUNT),
    LOW_SPEECH_LEVEL_EVENT_RATIO(Scope.DEVICE, "lowSpeechLevelEventRatio", Unit.RATIO),
    LOW_SPEECH_TO_NOISE_EVENT_RATIO(Scope.DEVICE, "lowSpeechToNoiseEventRatio", Unit.RATIO),
    MIC_GLITCH_RATE(Scope.DEVICE, "micGlitchRate", Unit.PER_FIVE_MINUTES),
    SPEAKER_GLITCH_RATE(Scope.DEVICE, "speakerGlitchRate", Unit.PER_FIVE_MINUTES),
    RENDER_MUTE_EVENT_RATIO(Scope.DEVICE, "renderMuteEventRatio", Unit.RATIO),
    RENDER_ZERO_VOLUME_EVENT_RATIO(Scope.DEVICE, "renderZeroVolumeEventRatio", Unit.RATIO),
    INITIAL_SIGNAL_LEVEL_RMS(Scope.DEVICE, "initialSignalLevelRootMeanSquare", Unit.SCORE),
    RECEIVED_NOISE_LEVEL(Scope.DEVICE, "receivedNoiseLevel", Unit.DECIBELS),
    RECEIVED_SIGNAL_LEVEL(Scope.DEVICE, "receivedSignalLevel", Unit.DECIBELS),
    SENT_NOISE_LEVEL(Scope.DEVICE, "sentNoiseLevel", Unit.DECIBELS),
    SENT_SIGNAL_LEVEL(Scope.DEVICE, "sentSignalLevel", Unit.DECIBELS),

    // networkInfo
    BANDWIDTH_LOW_EVENT_RATIO(Scope.NETWORK, "bandwidthLowEventRatio", Unit.RATIO),
    DELAY_EVENT_RATIO(Scope.NETWORK, "delayEventRatio", Unit.RATIO),
    RECEIVED_QUALITY_EVENT_RATIO(Scope.NETWORK, "receivedQualityEventRatio", Unit.RATIO),
    SENT_QUALITY_EVENT_RATIO(Scope.NETWORK, "sentQualityEventRatio", Unit.RATIO),
    LINK_SPEED(Scope.NETWORK, "linkSpeed", Unit.BITS_PER_SECOND),
    WIFI_SIGNAL_STRENGTH(Scope.NETWORK, "wifiSignalStrength", Unit.PERCENT),
    WIFI_BATTERY_CHARGE(Scope.NETWORK, "wifiBatteryCharge", Unit.PERCENT);

    /** Which Graph object reports the metric. */
    public enum Scope { STREAM, DEVICE, NETWORK }

    /** How the value is expressed once parsed. */
    public enum Unit {
        MILLISECONDS, RATIO, PERCENT, COUNT, SCORE, DECIBELS, BITS_PER_SECOND, FRAMES_PER_SECOND, PER_FIVE_MINUTES
    }

    private final Scope scope;
    private final String graphName;
    private final Unit unit;

    Metric(Scope scope, String graphName, Unit unit) {
        this.scope = scope;
        this.graphName = graphName;
        this.unit = unit;
    }

    public Scope scope() {
        return scope;
    }

    /** The property name in Graph JSON, for example {@code averageJitter}. */
    public String graphName() {
        return graphName;
    }

    public Unit unit() {
        return unit;
    }
}
