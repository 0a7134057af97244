package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.access.MaskingPolicy;
import com.calltriage.access.Role;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.Cause;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.MetricRule;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import com.calltriage.testing.DemoFixtures;
import java.util.List;
import java.util.Set;

/** Reasons as a diagnosis gives them, about Alice (the user searched for), Bob (the other party) or a service. */
final class ReasonFixtures {
    static final Identity ALICE = DemoFixtures.identityOf("alice");
    static final Identity BOB = DemoFixtures.identityOf("bob");
    static final MaskingPolicy POLICY = new MaskingPolicy(DemoFixtures.HOME_TENANT);

    private ReasonFixtures() {
    }

    /** A call on Alice's unstable Wi-Fi: nine reasons, several about the same trouble, ranked as a diagnosis ranks them. */
    static List<Reason> poorAudioOverWifi() {
        return List.of(
                metric("audio.jitter.red", ALICE, "wifi", 48),
                metric("audio.degradation.red", ALICE, "wifi", 1.2),
                reason("network.wifi-on-red-stream.yellow", ALICE, "wifi"),
                metric("audio.jitter.max.yellow", ALICE, "wifi", 95),
                metric("audio.packet-loss.average.yellow", ALICE, "wifi", 0.033),
                metric("network.received-quality.yellow", ALICE, "wifi", 0.18),
                metric("network.wifi-signal.yellow", ALICE, "wifi", 30),
                metric("audio.concealed.average.yellow", ALICE, "wifi", 0.05),
                metric("audio.concealed.max.yellow", ALICE, "wifi", 0.1));
    }

    static Masking specialist() {
        return POLICY.maskFor(Set.of(Role.SPECIALIST), ALICE.id());
    }

    static Masking engineer() {
        return POLICY.maskFor(Set.of(Role.ENGINEER), ALICE.id());
    }

    /** The reason a rule gives for this side, with a value past its limit; streams are audio the side received. */
    static Reason reason(String ruleId, Identity person, String connection) {
        return switch (ruleId) {
            case "failure.call-setup.red" -> new Reason(ruleId, Severity.RED, Cause.CALL_SETUP, "s1", person,
                    connection, null, null, null, null, null, null, "call setup failed", "Ms-diag 21");
            case "failure.midcall.red" -> new Reason(ruleId, Severity.RED, Cause.DROPPED, "s1", person, connection,
                    null, null, null, null, null, null, "call dropped", null);
            case "network.wifi-on-red-stream.yellow" -> new Reason(ruleId, Severity.YELLOW, Cause.NETWORK, "s1",
                    person, connection, null, null, null, null, null, null, "on Wi-Fi during poor audio", null);
            default -> {
                MetricRule rule = QualityRules.standard().all().stream().filter(r -> r.id().equals(ruleId))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("No rule " + ruleId));
                double past = switch (rule.comparison()) {
                    case BELOW -> rule.threshold() / 2;
                    default -> rule.threshold() == 0 ? 3 : rule.threshold() * 1.5;
                };
                yield metric(rule, person, connection, past);
            }
        };
    }

    static Reason metric(MetricRule rule, Identity person, String connection, double value) {
        boolean stream = rule.metric().scope() == Metric.Scope.STREAM;
        MediaKind media = !stream ? null : rule.id().startsWith("video.") ? MediaKind.VIDEO
                : rule.id().startsWith("vbss.") ? MediaKind.VIDEO_BASED_SCREEN_SHARING : MediaKind.AUDIO;
        return new Reason(rule.id(), rule.severity(), rule.cause(), "s1", person, connection,
                stream ? Reason.Direction.RECEIVED : null, media, rule.metric(), value, rule.threshold(),
                rule.comparison(), rule.words(), null);
    }

    static Reason metric(String ruleId, Identity person, String connection, double value) {
        return metric(QualityRules.standard().all().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(), person, connection, value);
    }
}
