package com.calltriage.quality;

import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Which rules a stream, a device or a network breaks, with the conditions the diagnosis applies: audio only
 * above the packet utilization gate, video and screen sharing by the first metric reported, app sharing never,
 * the Wi-Fi signal only on Wi-Fi. The diagnosis and the engineers' views of each value both ask here, so a
 * value shown in red is one that made the call red.
 */
public final class RuleBreaches {
    private final QualityRules rules;

    public RuleBreaches(QualityRules rules) {
        this.rules = rules;
    }

    /** The rules a stream on a media line of this kind breaks, red and yellow, in rule order. */
    public List<MetricRule> ofStream(MediaKind kind, Measurements metrics) {
        return switch (kind) {
            case AUDIO -> {
                OptionalDouble packets = metrics.get(Metric.PACKET_UTILIZATION);
                // A muted sender sends almost nothing: such a stream is not classified at all.
                yield packets.isPresent() && packets.getAsDouble() <= QualityRules.AUDIO_PACKET_UTILIZATION_GATE
                        ? List.of() : breached(rules.audio(), metrics);
            }
            case VIDEO -> firstAvailableDecides(rules.videoChain(), metrics);
            case VIDEO_BASED_SCREEN_SHARING -> firstAvailableDecides(rules.screenSharingChain(), metrics);
            default -> List.of();
        };
    }

    /** The device rules a person's device breaks; a service's devices are not judged. */
    public List<MetricRule> ofDevice(Measurements metrics) {
        return breached(rules.device(), metrics);
    }

    /** The network rules a person's network breaks; the Wi-Fi signal counts only while on Wi-Fi. */
    public List<MetricRule> ofNetwork(NetworkInfo network) {
        return breached(rules.network(), network.metrics()).stream()
                .filter(rule -> rule.metric() != Metric.WIFI_SIGNAL_STRENGTH || network.isWifi())
                .toList();
    }

    private static List<MetricRule> breached(List<MetricRule> candidates, Measurements metrics) {
        List<MetricRule> breached = new ArrayList<>();
        for (MetricRule rule : candidates) {
            OptionalDouble value = metrics.get(rule.metric());
            if (value.isPresent() && rule.breachedBy(value.getAsDouble())) {
                breached.add(rule);
            }
        }
        return breached;
    }

    /** CQD's video rule: the first metric the stream reports decides, later ones are not consulted. */
    private static List<MetricRule> firstAvailableDecides(List<MetricRule> chain, Measurements metrics) {
        for (MetricRule rule : chain) {
            OptionalDouble value = metrics.get(rule.metric());
            if (value.isPresent()) {
                return rule.breachedBy(value.getAsDouble()) ? List.of(rule) : List.of();
            }
        }
        return List.of();
    }
}
