package com.calltriage.quality;

import static com.calltriage.callrecord.Metric.AVERAGE_AUDIO_DEGRADATION;
import static com.calltriage.callrecord.Metric.AVERAGE_JITTER;
import static com.calltriage.callrecord.Metric.AVERAGE_PACKET_LOSS_RATE;
import static com.calltriage.callrecord.Metric.AVERAGE_RATIO_OF_CONCEALED_SAMPLES;
import static com.calltriage.callrecord.Metric.AVERAGE_ROUND_TRIP_TIME;
import static com.calltriage.callrecord.Metric.AVERAGE_VIDEO_FRAME_LOSS_PERCENTAGE;
import static com.calltriage.callrecord.Metric.AVERAGE_VIDEO_FRAME_RATE;
import static com.calltriage.callrecord.Metric.BANDWIDTH_LOW_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.CAPTURE_NOT_FUNCTIONING_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.DELAY_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.DEVICE_CLIPPING_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.DEVICE_GLITCH_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.HOWLING_EVENT_COUNT;
import static com.calltriage.callrecord.Metric.LOW_SPEECH_LEVEL_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.MAX_JITTER;
import static com.calltriage.callrecord.Metric.MAX_PACKET_LOSS_RATE;
import static com.calltriage.callrecord.Metric.MAX_RATIO_OF_CONCEALED_SAMPLES;
import static com.calltriage.callrecord.Metric.MAX_ROUND_TRIP_TIME;
import static com.calltriage.callrecord.Metric.POST_FEC_PACKET_LOSS_RATE;
import static com.calltriage.callrecord.Metric.RECEIVED_QUALITY_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.RENDER_NOT_FUNCTIONING_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.SENT_QUALITY_EVENT_RATIO;
import static com.calltriage.callrecord.Metric.WIFI_SIGNAL_STRENGTH;
import static com.calltriage.quality.Comparison.ABOVE;
import static com.calltriage.quality.Comparison.AT_LEAST;
import static com.calltriage.quality.Comparison.BELOW;
import static com.calltriage.quality.Severity.RED;
import static com.calltriage.quality.Severity.YELLOW;

import com.calltriage.callrecord.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule set: Microsoft's published red rules, exactly, and our yellow bands, each of which can be
 * overridden by rule id. The version changes whenever a rule or an override changes, so verdicts
 * stored under an older version are known to be stale.
 */
public final class QualityRules {
    /** Raise this when a red rule or a default yellow band changes. */
    public static final String BASE_VERSION = "2026.11.1";

    private static final String CQD = "Microsoft CQD poor-stream classification";
    private static final String CALL_ANALYTICS = "Microsoft per-user call analytics (device not functioning)";
    private static final String TEAMS_TARGETS = "Teams network targets / Skype for Business acceptable ranges";
    private static final String CALLTRIAGE = "CallTriage default";

    /** Streams with this many packets or fewer are not classified: a muted sender sends almost nothing. */
    public static final double AUDIO_PACKET_UTILIZATION_GATE = 500;

    private final String version;
    private final List<MetricRule> audio;
    private final List<MetricRule> videoChain;
    private final List<MetricRule> screenSharingChain;
    private final List<MetricRule> device;
    private final List<MetricRule> network;

    private QualityRules(String version, List<MetricRule> audio, List<MetricRule> videoChain,
                         List<MetricRule> screenSharingChain, List<MetricRule> device, List<MetricRule> network) {
        this.version = version;
        this.audio = List.copyOf(audio);
        this.videoChain = List.copyOf(videoChain);
        this.screenSharingChain = List.copyOf(screenSharingChain);
        this.device = List.copyOf(device);
        this.network = List.copyOf(network);
    }

    public static QualityRules standard() {
        return withYellowOverrides(Map.of());
    }

    /**
     * The standard rules with some yellow thresholds replaced, by rule id (for example
     * {@code audio.jitter.average.yellow -> 20}).
     *
     * @throws IllegalArgumentException for an unknown id or an attempt to change a red rule
     */
    public static QualityRules withYellowOverrides(Map<String, Double> overrides) {
        Map<String, Double> sorted = new TreeMap<>(overrides);
        List<MetricRule> audio = new ArrayList<>(List.of(
                rule("audio.jitter.red", AVERAGE_JITTER, ABOVE, 30, RED, Cause.NETWORK, "jitter", CQD),
                rule("audio.packet-loss.red", AVERAGE_PACKET_LOSS_RATE, ABOVE, 0.10, RED, Cause.NETWORK,
                        "packet loss", CQD),
                rule("audio.round-trip.red", AVERAGE_ROUND_TRIP_TIME, ABOVE, 500, RED, Cause.NETWORK, "round trip",
                        CQD),
                rule("audio.concealed.red", AVERAGE_RATIO_OF_CONCEALED_SAMPLES, ABOVE, 0.07, RED, Cause.NETWORK,
                        "concealed samples", CQD),
                rule("audio.degradation.red", AVERAGE_AUDIO_DEGRADATION, ABOVE, 1.0, RED, Cause.NETWORK,
                        "network MOS degradation", CQD)));
        audio.addAll(Stream.of(
                yellow("audio.jitter.average.yellow", AVERAGE_JITTER, ABOVE, 15, Cause.NETWORK, "jitter"),
                yellow("audio.jitter.max.yellow", MAX_JITTER, ABOVE, 30, Cause.NETWORK, "peak jitter"),
                yellow("audio.packet-loss.average.yellow", AVERAGE_PACKET_LOSS_RATE, ABOVE, 0.01, Cause.NETWORK,
                        "packet loss"),
                yellow("audio.packet-loss.max.yellow", MAX_PACKET_LOSS_RATE, ABOVE, 0.10, Cause.NETWORK,
                        "peak packet loss"),
                yellow("audio.round-trip.average.yellow", AVERAGE_ROUND_TRIP_TIME, ABOVE, 100, Cause.NETWORK,
                        "round trip"),
                yellow("audio.round-trip.max.yellow", MAX_ROUND_TRIP_TIME, ABOVE, 500, Cause.NETWORK,
                        "peak round trip"),
                yellow("audio.concealed.average.yellow", AVERAGE_RATIO_OF_CONCEALED_SAMPLES, ABOVE, 0.03,
                        Cause.NETWORK, "concealed samples"),
                yellow("audio.concealed.max.yellow", MAX_RATIO_OF_CONCEALED_SAMPLES, ABOVE, 0.07, Cause.NETWORK,
                        "peak concealed samples"),
                yellow("audio.degradation.yellow", AVERAGE_AUDIO_DEGRADATION, ABOVE, 0.5, Cause.NETWORK,
                        "network MOS degradation")).toList());
        List<MetricRule> video = List.of(
                rule("video.frame-loss.red", AVERAGE_VIDEO_FRAME_LOSS_PERCENTAGE, ABOVE, 50, RED, Cause.VIDEO,
                        "lost video frames", CQD),
                rule("video.frame-rate.red", AVERAGE_VIDEO_FRAME_RATE, BELOW, 7, RED, Cause.VIDEO, "video frame rate",
                        CQD),
                rule("video.post-fec-loss.red", POST_FEC_PACKET_LOSS_RATE, ABOVE, 0.15, RED, Cause.VIDEO,
                        "video packet loss after error correction", CQD));
        List<MetricRule> screenSharing = List.of(
                rule("vbss.frame-loss.red", AVERAGE_VIDEO_FRAME_LOSS_PERCENTAGE, ABOVE, 50, RED,
                        Cause.SCREEN_SHARING, "lost screen sharing frames", CQD),
                rule("vbss.frame-rate.red", AVERAGE_VIDEO_FRAME_RATE, BELOW, 2, RED, Cause.SCREEN_SHARING,
                        "screen sharing frame rate", CQD),
                rule("vbss.post-fec-loss.red", POST_FEC_PACKET_LOSS_RATE, ABOVE, 0.15, RED, Cause.SCREEN_SHARING,
                        "screen sharing packet loss after error correction", CQD));
        List<MetricRule> device = List.of(
                rule("device.capture-not-functioning.red", CAPTURE_NOT_FUNCTIONING_EVENT_RATIO, AT_LEAST, 0.005, RED,
                        Cause.DEVICE, "microphone not working", CALL_ANALYTICS),
                rule("device.render-not-functioning.red", RENDER_NOT_FUNCTIONING_EVENT_RATIO, AT_LEAST, 0.005, RED,
                        Cause.DEVICE, "speaker not working", CALL_ANALYTICS),
                yellow("device.glitch.yellow", DEVICE_GLITCH_EVENT_RATIO, ABOVE, 0.05, Cause.DEVICE, "audio glitches"),
                yellow("device.clipping.yellow", DEVICE_CLIPPING_EVENT_RATIO, ABOVE, 0.05, Cause.DEVICE,
                        "microphone clipping"),
                yellow("device.low-speech.yellow", LOW_SPEECH_LEVEL_EVENT_RATIO, ABOVE, 0.05, Cause.DEVICE,
                        "speech too quiet"),
                yellow("device.howling.yellow", HOWLING_EVENT_COUNT, ABOVE, 0, Cause.DEVICE, "howling (feedback)"));
        List<MetricRule> network = List.of(
                yellow("network.received-quality.yellow", RECEIVED_QUALITY_EVENT_RATIO, ABOVE, 0.1, Cause.NETWORK,
                        "poor received-quality events"),
                yellow("network.sent-quality.yellow", SENT_QUALITY_EVENT_RATIO, ABOVE, 0.1, Cause.NETWORK,
                        "poor sent-quality events"),
                yellow("network.delay.yellow", DELAY_EVENT_RATIO, ABOVE, 0.1, Cause.NETWORK, "network delay events"),
                yellow("network.low-bandwidth.yellow", BANDWIDTH_LOW_EVENT_RATIO, ABOVE, 0.1, Cause.NETWORK,
                        "low bandwidth events"),
                yellow("network.wifi-signal.yellow", WIFI_SIGNAL_STRENGTH, BELOW, 50, Cause.NETWORK,
                        "Wi-Fi signal"));
        List<List<MetricRule>> all = List.of(audio, video, screenSharing, device, network);
        for (Map.Entry<String, Double> override : sorted.entrySet()) {
            if (!replace(all, override.getKey(), override.getValue())) {
                throw new IllegalArgumentException("No yellow rule " + override.getKey()
                        + "; red rules are Microsoft's and cannot be changed");
            }
        }
        String version = sorted.isEmpty() ? BASE_VERSION
                : BASE_VERSION + "+" + Integer.toHexString(sorted.toString().hashCode());
        return new QualityRules(version, audio, video, screenSharing, device, network);
    }

    private static boolean replace(List<List<MetricRule>> groups, String id, double threshold) {
        for (List<MetricRule> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                MetricRule rule = group.get(i);
                if (rule.id().equals(id) && rule.severity() == YELLOW) {
                    group.set(i, new MetricRule(rule.id(), rule.metric(), rule.comparison(), threshold,
                            rule.severity(), rule.cause(), rule.words(), "configured"));
                    return true;
                }
            }
        }
        return false;
    }

    private static MetricRule rule(String id, Metric metric, Comparison comparison, double threshold,
                                   Severity severity, Cause cause, String words, String source) {
        return new MetricRule(id, metric, comparison, threshold, severity, cause, words, source);
    }

    private static MetricRule yellow(String id, Metric metric, Comparison comparison, double threshold, Cause cause,
                                     String words) {
        return new MetricRule(id, metric, comparison, threshold, YELLOW, cause, words,
                id.startsWith("device.") || id.startsWith("network.") ? CALLTRIAGE : TEAMS_TARGETS);
    }

    public String version() {
        return version;
    }

    /** Red and yellow rules for audio streams, applied only above the packet utilization gate. */
    public List<MetricRule> audio() {
        return audio;
    }

    /** CQD's video chain: the first metric the stream reports decides. */
    public List<MetricRule> videoChain() {
        return videoChain;
    }

    /** The same chain for video-based screen sharing, with its lower frame rate. */
    public List<MetricRule> screenSharingChain() {
        return screenSharingChain;
    }

    public List<MetricRule> device() {
        return device;
    }

    public List<MetricRule> network() {
        return network;
    }

    /** Every rule, for documentation and configuration checks. */
    public List<MetricRule> all() {
        return Stream.of(audio, videoChain, screenSharingChain, device, network).flatMap(List::stream).toList();
    }
}
