package com.calltriage.quality;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.DeviceInfo;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.MediaStream;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies the quality rules to a call record: each session on its own, then the call as a whole.
 *
 * <p>Streams are measured by their receiver. A stream received by a service (a meeting's conferencing
 * server) is about its sender's uplink, so its trouble is put on the sender's side, as "sent".
 */
public final class CallDiagnoser {
    /** The rules that are not thresholds on a metric, so {@link QualityRules} does not list them. */
    static final String SETUP_RULE = "failure.call-setup.red";
    static final String DROP_RULE = "failure.midcall.red";
    static final String WIFI_ON_RED_RULE = "network.wifi-on-red-stream.yellow";
    private static final String APP_SHARING_RULE = "app-sharing.not-classified";

    private final QualityRules rules;
    private final RuleBreaches breaches;

    public CallDiagnoser(QualityRules rules) {
        this.rules = rules;
        this.breaches = new RuleBreaches(rules);
    }

    public String ruleSetVersion() {
        return rules.version();
    }

    /** The rules diagnoses are made with, for whoever classifies the same streams again (the summary's facts). */
    public QualityRules rules() {
        return rules;
    }

    public CallDiagnosis diagnose(CallRecord call) {
        List<SessionDiagnosis> sessions = call.sessions().stream().map(this::diagnose).toList();
        Diagnosis whole = Verdicts.combine(sessions.stream().map(SessionDiagnosis::diagnosis).toList());
        return new CallDiagnosis(call.id(), rules.version(), whole, sessions);
    }

    private SessionDiagnosis diagnose(Session session) {
        List<Reason> reasons = new ArrayList<>();
        boolean failed = failures(session, reasons);
        boolean qualityData = false;
        for (Segment segment : session.segments()) {
            Endpoint caller = segment.caller() != null ? segment.caller() : session.caller();
            Endpoint callee = segment.callee() != null ? segment.callee() : session.callee();
            for (Media media : segment.media()) {
                MediaKind kind = MediaKind.of(media, session.modalities());
                Side callerSide = new Side(caller, media.callerNetwork(), media.callerDevice());
                Side calleeSide = new Side(callee, media.calleeNetwork(), media.calleeDevice());
                for (Side side : List.of(callerSide, calleeSide)) {
                    deviceReasons(session.id(), side, reasons);
                    networkReasons(session.id(), side, reasons);
                }
                for (MediaStream stream : media.streams()) {
                    qualityData |= stream.hasQualityData();
                    boolean toCallee = stream.direction() != MediaStream.StreamDirection.CALLEE_TO_CALLER;
                    Side receiver = toCallee ? calleeSide : callerSide;
                    Side sender = toCallee ? callerSide : calleeSide;
                    boolean receiverIsPerson = receiver.isPerson() || !sender.isPerson();
                    streamReasons(session.id(), kind, stream, receiverIsPerson ? receiver : sender,
                            receiverIsPerson ? Reason.Direction.RECEIVED : Reason.Direction.SENT, reasons);
                }
            }
        }
        wifiOnRedStreams(reasons);
        List<String> participants = Stream.of(session.caller(), session.callee())
                .filter(Objects::nonNull).map(Endpoint::identity).filter(Objects::nonNull)
                .map(Identity::id).filter(Objects::nonNull).distinct().toList();
        return new SessionDiagnosis(session.id(), participants,
                Verdicts.of(withoutShadowedYellows(reasons), qualityData, failed));
    }

    /** One side of a media line: the endpoint with its network and devices. */
    private record Side(Endpoint endpoint, NetworkInfo network, DeviceInfo device) {
        Identity person() {
            return endpoint == null ? null : endpoint.identity();
        }

        boolean isPerson() {
            return endpoint != null && endpoint.participant();
        }

        String connection() {
            return network == null ? null : network.connectionType();
        }
    }

    private static boolean failures(Session session, List<Reason> reasons) {
        Set<FailureInfo.Stage> seen = EnumSet.noneOf(FailureInfo.Stage.class);
        Stream.concat(Stream.of(session.failureInfo()), session.segments().stream().map(Segment::failureInfo))
                .filter(Objects::nonNull)
                .filter(f -> f.stage() != FailureInfo.Stage.UNKNOWN)
                .filter(f -> seen.add(f.stage()))
                .forEach(f -> {
                    boolean setup = f.stage() == FailureInfo.Stage.CALL_SETUP;
                    reasons.add(new Reason(setup ? SETUP_RULE : DROP_RULE, Severity.RED,
                            setup ? Cause.CALL_SETUP : Cause.DROPPED, session.id(), participantOf(session), null,
                            null, null, null, null, null, null, setup ? "call setup failed" : "call dropped",
                            f.reason()));
                });
        return !seen.isEmpty();
    }

    /** The person a failed session belongs to: the participant side (in a meeting the callee is a service). */
    private static Identity participantOf(Session session) {
        return Stream.of(session.caller(), session.callee()).filter(Objects::nonNull)
                .filter(Endpoint::participant).map(Endpoint::identity).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private void deviceReasons(String sessionId, Side side, List<Reason> reasons) {
        if (side.device() == null || !side.isPerson()) {
            return;
        }
        for (MetricRule rule : breaches.ofDevice(side.device().metrics())) {
            reasons.add(reason(rule, sessionId, side, null, null, value(side.device().metrics(), rule)));
        }
    }

    private void networkReasons(String sessionId, Side side, List<Reason> reasons) {
        if (side.network() == null || !side.isPerson()) {
            return;
        }
        for (MetricRule rule : breaches.ofNetwork(side.network())) {
            reasons.add(reason(rule, sessionId, side, null, null, value(side.network().metrics(), rule)));
        }
    }

    private void streamReasons(String sessionId, MediaKind kind, MediaStream stream, Side side,
                               Reason.Direction direction, List<Reason> reasons) {
        if (kind == MediaKind.APP_SHARING) {
            boolean noted = reasons.stream().anyMatch(r -> r.ruleId().equals(APP_SHARING_RULE));
            if (!noted) {
                reasons.add(new Reason(APP_SHARING_RULE, Severity.NOTE, Cause.APP_SHARING, sessionId,
                        side.person(), side.connection(), null, kind, null, null, null, null,
                        "app sharing quality is not classified", null));
            }
            return;
        }
        for (MetricRule rule : breaches.ofStream(kind, stream.metrics())) {
            reasons.add(reason(rule, sessionId, side, direction, kind, value(stream.metrics(), rule)));
        }
    }

    private static double value(Measurements metrics, MetricRule rule) {
        return metrics.get(rule.metric()).orElseThrow();
    }

    /** Being on Wi-Fi while a stream is red is worth a yellow: the Wi-Fi may well be why. */
    private static void wifiOnRedStreams(List<Reason> reasons) {
        Set<String> people = new LinkedHashSet<>();
        List<Reason> added = new ArrayList<>();
        for (Reason reason : reasons) {
            if (reason.severity() == Severity.RED && reason.media() != null && "wifi".equalsIgnoreCase(
                    reason.connection()) && people.add(String.valueOf(reason.person()))) {
                added.add(new Reason(WIFI_ON_RED_RULE, Severity.YELLOW, Cause.NETWORK, reason.sessionId(),
                        reason.person(), reason.connection(), null, null, null, null, null, null,
                        "on Wi-Fi during poor " + reason.media().words(), null));
            }
        }
        reasons.addAll(added);
    }

    /** A yellow about the same metric of the same stream as a red says nothing new. */
    private static List<Reason> withoutShadowedYellows(List<Reason> reasons) {
        return reasons.stream().filter(r -> r.severity() != Severity.YELLOW || r.metric() == null
                || reasons.stream().noneMatch(red -> red.severity() == Severity.RED && red.metric() == r.metric()
                        && Objects.equals(red.person(), r.person()) && red.direction() == r.direction()
                        && red.media() == r.media() && Objects.equals(red.sessionId(), r.sessionId())))
                .toList();
    }

    private static Reason reason(MetricRule rule, String sessionId, Side side, Reason.Direction direction,
                                 MediaKind media, double value) {
        return new Reason(rule.id(), rule.severity(), rule.cause(), sessionId, side.person(), side.connection(),
                direction, media, rule.metric(), value, rule.threshold(), rule.comparison(), rule.words(), null);
    }
}
