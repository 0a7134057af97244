package com.calltriage.summary;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.MediaStream;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.UserAgent;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Cause;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.Reason;
import com.calltriage.quality.RuleBreaches;
import com.calltriage.quality.SessionDiagnosis;
import com.calltriage.quality.Severity;
import com.calltriage.quality.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What the summary keeps of one call: its verdict and main cause from the same diagnosis {@code details} shows, its
 * failures, its audio streams as CQD classifies them, and the facts of each person's side of each session.
 *
 * @param callId      Graph's call id
 * @param start       when the call started
 * @param verdict     the call's verdict
 * @param cause       the main cause when Poor; otherwise null
 * @param setupFailed whether a session failed to set up
 * @param dropped     whether a session dropped
 * @param audioGood   classified audio streams that were not poor
 * @param audioPoor   classified audio streams that were poor
 * @param sides       one per person's side of each session
 */
public record CallQualityFacts(String callId, Instant start, Verdict verdict, Cause cause, boolean setupFailed,
                              boolean dropped, int audioGood, int audioPoor, List<SideFacts> sides) {
    public CallQualityFacts {
        sides = List.copyOf(sides);
    }

    /** The facts of a call from its record and its diagnosis, its networks placed by the building file. */
    public static CallQualityFacts of(CallRecord call, CallDiagnosis diagnosis, BuildingMap buildings,
                                      RuleBreaches breaches) {
        List<SideFacts> sides = new ArrayList<>();
        for (Session session : call.sessions()) {
            Diagnosis sessionDiagnosis = diagnosis.sessions().stream().filter(s -> s.sessionId().equals(session.id()))
                    .map(SessionDiagnosis::diagnosis).findFirst().orElse(null);
            if (sessionDiagnosis == null) {
                continue;
            }
            for (boolean caller : new boolean[] {true, false}) {
                Endpoint endpoint = caller ? session.caller() : session.callee();
                if (endpoint != null && endpoint.participant()) {
                    sides.add(side(session, caller, endpoint, sessionDiagnosis, buildings, breaches));
                }
            }
        }
        Diagnosis whole = diagnosis.call();
        boolean setup = whole.reasons().stream().anyMatch(r -> r.cause() == Cause.CALL_SETUP);
        boolean drop = whole.reasons().stream().anyMatch(r -> r.cause() == Cause.DROPPED);
        Cause cause = whole.verdict() == Verdict.POOR ? whole.mainCause().map(Reason::cause).orElse(null) : null;
        return new CallQualityFacts(call.id(), call.start(), whole.verdict(), cause, setup, drop,
                sides.stream().mapToInt(SideFacts::audioGood).sum(), sides.stream().mapToInt(SideFacts::audioPoor).sum(),
                sides);
    }

    private static SideFacts side(Session session, boolean caller, Endpoint endpoint, Diagnosis diagnosis,
                                  BuildingMap buildings, RuleBreaches breaches) {
        String personId = endpoint.identity() == null ? null : endpoint.identity().id();
        boolean poor = personId == null ? diagnosis.verdict() == Verdict.POOR
                : diagnosis.reasons().stream().anyMatch(r -> r.severity() == Severity.RED && r.person() != null
                        && personId.equalsIgnoreCase(r.person().id()));
        NetworkInfo network = null;
        boolean audioNetwork = false;
        MediaKind media = null;
        int good = 0;
        int bad = 0;
        for (Segment segment : session.segments()) {
            for (Media line : segment.media()) {
                MediaKind kind = MediaKind.of(line, session.modalities());
                media = media == null ? kind : media;
                NetworkInfo own = caller ? line.callerNetwork() : line.calleeNetwork();
                if (own != null && (network == null || kind == MediaKind.AUDIO && !audioNetwork)) {
                    network = own;
                    audioNetwork = kind == MediaKind.AUDIO;
                }
                if (kind != MediaKind.AUDIO) {
                    continue;
                }
                for (MediaStream stream : line.streams()) {
                    if (measuredOn(stream, session) != caller || !classified(stream)) {
                        continue;
                    }
                    boolean red = breaches.ofStream(MediaKind.AUDIO, stream.metrics()).stream()
                            .anyMatch(rule -> rule.severity() == Severity.RED);
                    if (red) {
                        bad++;
                    } else {
                        good++;
                    }
                }
            }
        }
        Optional<Building> building = buildings.buildingOf(network);
        UserAgent agent = endpoint.userAgent();
        String version = agent == null || agent.service() || agent.applicationVersion() == null ? null
                : (agent.platform() == null ? "" : agent.platform() + " ") + agent.applicationVersion();
        Cause cause = diagnosis.verdict() == Verdict.POOR ? diagnosis.mainCause().map(Reason::cause).orElse(null) : null;
        return new SideFacts(session.id(), caller ? "caller" : "callee", media, diagnosis.verdict(), cause, poor,
                diagnosis.reasons().stream().anyMatch(r -> r.cause() == Cause.CALL_SETUP),
                diagnosis.reasons().stream().anyMatch(r -> r.cause() == Cause.DROPPED), good, bad,
                network == null ? null : network.connectionType(), network == null ? null : network.wifiBand(),
                network != null && (network.isTunnel() || building.map(Building::vpn).orElse(false)),
                building.map(Building::buildingName).orElse(null), network == null ? null : network.subnet(),
                network == null ? null : building.map(Building::insideCorp).orElse(false), version);
    }

    /**
     * Whether a stream is put on the caller's side: streams are measured by their receiver, unless the receiver is a
     * service, as the diagnosis does.
     */
    private static boolean measuredOn(MediaStream stream, Session session) {
        boolean toCallee = stream.direction() != MediaStream.StreamDirection.CALLEE_TO_CALLER;
        Endpoint receiver = toCallee ? session.callee() : session.caller();
        boolean receiverIsPerson = receiver != null && receiver.participant();
        return toCallee != receiverIsPerson;
    }

    /** CQD classifies an audio stream that reported quality data and was not nearly silent. */
    private static boolean classified(MediaStream stream) {
        OptionalDouble packets = stream.metrics().get(Metric.PACKET_UTILIZATION);
        return stream.hasQualityData()
                && (packets.isEmpty() || packets.getAsDouble() > QualityRules.AUDIO_PACKET_UTILIZATION_GATE);
    }

    /**
     * What this call adds to the totals of its hour: one call under {@link Dimension#ALL}, its main cause when poor,
     * and once under each building, network, connection, corporate network and client version its people had; and
     * for each building its people were in, the same within the building ({@link #contributionsOf}), under that
     * building's scope.
     */
    public Map<Key, QualityCounts> contributions() {
        Map<Key, QualityCounts> added = tenantWide();
        Map<String, List<SideFacts>> byBuilding = new LinkedHashMap<>();
        sides.stream().filter(side -> side.building() != null)
                .forEach(side -> byBuilding.computeIfAbsent(side.building(), b -> new ArrayList<>()).add(side));
        byBuilding.forEach((building, there) -> contributionsOf(there).forEach((key, counts) ->
                added.put(new Key(building, key.dimension(), key.value()), counts)));
        return added;
    }

    private Map<Key, QualityCounts> tenantWide() {
        Map<Key, QualityCounts> added = new LinkedHashMap<>();
        added.put(new Key(Dimension.ALL, Dimension.ALL_VALUE), new QualityCounts(1, verdict == Verdict.POOR ? 1 : 0,
                verdict == Verdict.UNAVAILABLE ? 1 : 0, setupFailed ? 1 : 0, dropped ? 1 : 0, audioGood, audioPoor));
        if (cause != null) {
            added.put(new Key(Dimension.CAUSE, cause.name()), new QualityCounts(1, 1, 0, 0, 0, 0, 0));
        }
        byValue(added, Dimension.BUILDING, SideFacts::building);
        byValue(added, Dimension.NETWORK, side -> side.building() == null ? side.subnet() : null);
        byValue(added, Dimension.CONNECTION, SideFacts::connectionLabel);
        byValue(added, Dimension.CORP, SideFacts::corpLabel);
        byValue(added, Dimension.VERSION, SideFacts::clientVersion);
        return added;
    }

    /**
     * What one call adds to the totals of a part of the tenant (a building), from the sides of its sessions that
     * were there: one call under {@link Dimension#ALL}, poor when one of those sides was, and so on; keys of the
     * tenant's scope, which the caller puts under the part's.
     */
    public static Map<Key, QualityCounts> contributionsOf(List<SideFacts> sides) {
        Map<Key, QualityCounts> added = new LinkedHashMap<>();
        if (sides.isEmpty()) {
            return added;
        }
        added.put(new Key(Dimension.ALL, Dimension.ALL_VALUE), counts(sides));
        sides.stream().filter(SideFacts::poor).map(SideFacts::cause).filter(Objects::nonNull).findFirst()
                .ifPresent(cause -> added.put(new Key(Dimension.CAUSE, cause.name()),
                        new QualityCounts(1, 1, 0, 0, 0, 0, 0)));
        byValue(added, sides, Dimension.NETWORK, SideFacts::subnet);
        byValue(added, sides, Dimension.CONNECTION, SideFacts::connectionLabel);
        byValue(added, sides, Dimension.CORP, SideFacts::corpLabel);
        byValue(added, sides, Dimension.VERSION, SideFacts::clientVersion);
        return added;
    }

    private void byValue(Map<Key, QualityCounts> added, Dimension dimension, Function<SideFacts, String> value) {
        byValue(added, sides, dimension, value);
    }

    private static void byValue(Map<Key, QualityCounts> added, List<SideFacts> sides, Dimension dimension,
                                Function<SideFacts, String> value) {
        Map<String, List<SideFacts>> grouped = new LinkedHashMap<>();
        sides.stream().filter(side -> value.apply(side) != null)
                .forEach(side -> grouped.computeIfAbsent(value.apply(side), v -> new ArrayList<>()).add(side));
        grouped.forEach((name, group) -> added.put(new Key(dimension, name), counts(group)));
    }

    /** One call's counts over the sides that had one value: poor when any was, unrated when none was rated. */
    static QualityCounts counts(List<SideFacts> group) {
        boolean poor = group.stream().anyMatch(SideFacts::poor);
        boolean unrated = group.stream().allMatch(side -> side.verdict() == Verdict.UNAVAILABLE);
        return new QualityCounts(1, poor ? 1 : 0, unrated ? 1 : 0,
                group.stream().anyMatch(SideFacts::setupFailed) ? 1 : 0,
                group.stream().anyMatch(SideFacts::dropped) ? 1 : 0,
                group.stream().mapToLong(SideFacts::audioGood).sum(), group.stream().mapToLong(SideFacts::audioPoor).sum());
    }

    /**
     * A dimension and one of its values, such as (connection, "Wi-Fi 2.4 GHz"), over the whole tenant ({@link
     * #TENANT}) or within one building (its name as the scope).
     */
    public record Key(String scope, Dimension dimension, String value) {
        /** The scope of the whole tenant's totals. */
        public static final String TENANT = "";

        public Key {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
        }

        /** Over the whole tenant. */
        public Key(Dimension dimension, String value) {
            this(TENANT, dimension, value);
        }
    }
}
