package com.calltriage.command;

import com.calltriage.access.Masking;
import com.calltriage.building.Building;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.DeviceInfo;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.Modality;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.UserAgent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The sessions of a call as engineers see them: machines, clients, devices, networks and buildings (the
 * Advanced tab of call analytics), and when the asker may see them, DNS suffixes, Wi-Fi and MAC addresses
 * (its Debug tab). Nothing is built for askers whose masking hides Advanced details.
 */
final class SessionFacts {
    private final BuildingMap buildings;

    SessionFacts(BuildingMap buildings) {
        this.buildings = buildings;
    }

    /**
     * The sessions that pass the filter, in start order, with what the Session details report shows of each:
     * its id, media, failure, who was on either side (masked) and their clients. Advanced facts are added only
     * for askers who may see them, Debug facts only when asked for and allowed.
     *
     * @param withDebug whether the view shows Debug details too
     */
    List<SessionView> of(CallRecord call, Masking masking, boolean withDebug, Predicate<Session> which) {
        boolean advanced = masking.showsAdvanced();
        boolean debug = advanced && withDebug && masking.showsDebug();
        return call.sessions().stream()
                .filter(which)
                .sorted(Comparator.comparing(Session::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(session -> session(session, masking, advanced, debug))
                .toList();
    }

    private SessionView session(Session session, Masking masking, boolean advanced, boolean debug) {
        List<Media> lines = mediaLines(session);
        Media main = lines.isEmpty() ? null : lines.get(0);
        String caller = who(session.caller(), masking);
        String callee = who(session.callee(), masking);
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Session id", session.id()));
        facts.add(Fact.of("Media", session.modalities().stream().sorted().map(Modality::label)
                .collect(Collectors.joining(", "))));
        add(facts, "Failure", failure(session));
        List<SessionView.Side> sides = new ArrayList<>();
        if (!advanced) {
            sides.add(new SessionView.Side(caller, client(session.caller())));
            sides.add(new SessionView.Side(callee, client(session.callee())));
            return new SessionView(caller + " → " + callee, session.start(), session.end(), facts, sides);
        }
        List<Fact> mainCaller = line(main, true, debug);
        List<Fact> mainCallee = line(main, false, debug);
        sides.add(new SessionView.Side(caller, concat(endpoint(session.caller()), mainCaller)));
        sides.add(new SessionView.Side(callee, concat(endpoint(session.callee()), mainCallee)));
        if (debug) {
            // Other media lines only where they differ from the audio line, which they usually repeat.
            for (Media other : lines.subList(Math.min(1, lines.size()), lines.size())) {
                addIfDifferent(sides, caller + " · " + label(other), line(other, true, true), mainCaller);
                addIfDifferent(sides, callee + " · " + label(other), line(other, false, true), mainCallee);
            }
        }
        return new SessionView(caller + " → " + callee, session.start(), session.end(), facts, sides);
    }

    private static void addIfDifferent(List<SessionView.Side> sides, String who, List<Fact> facts, List<Fact> main) {
        if (!facts.isEmpty() && !facts.equals(main)) {
            sides.add(new SessionView.Side(who, facts));
        }
    }

    /** What every role sees of a side: its client and version, as the Session details report lists them. */
    private static List<Fact> client(Endpoint endpoint) {
        List<Fact> facts = new ArrayList<>();
        if (endpoint != null) {
            add(facts, "Client", client(endpoint.userAgent()));
        }
        return facts;
    }

    private static List<Fact> endpoint(Endpoint endpoint) {
        List<Fact> facts = new ArrayList<>();
        if (endpoint != null) {
            add(facts, "Machine", endpoint.deviceName());
            add(facts, "Client", client(endpoint.userAgent()));
        }
        return facts;
    }

    /** One side of a media line: its devices and network, and with Debug, the adapter and Wi-Fi. */
    private List<Fact> line(Media media, boolean callerSide, boolean withDebug) {
        List<Fact> facts = new ArrayList<>();
        if (media == null) {
            return facts;
        }
        DeviceInfo device = callerSide ? media.callerDevice() : media.calleeDevice();
        NetworkInfo network = callerSide ? media.callerNetwork() : media.calleeNetwork();
        if (device != null) {
            add(facts, "Microphone", device.captureDeviceName());
            add(facts, "Speaker", device.renderDeviceName());
        }
        if (network != null) {
            add(facts, "Connection", network.connectionType() == null ? null
                    : ReasonText.connectionName(network.connectionType()));
            add(facts, "IP address", network.ipAddress());
            add(facts, "Subnet", network.subnet());
            add(facts, "Building", buildings.buildingOf(network).map(SessionFacts::building).orElse(null));
            add(facts, "Public IP address", network.reflexiveIpAddress());
            add(facts, "Relay IP address", network.relayIpAddress());
            if (withDebug) {
                debug(facts, network);
            }
        }
        return facts;
    }

    private static List<Fact> concat(List<Fact> first, List<Fact> second) {
        List<Fact> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String label(Media media) {
        String label = media.label() == null ? "media" : media.label();
        return label.replace("main-", "").replace("applicationsharing-video", "app sharing");
    }

    private static void debug(List<Fact> facts, NetworkInfo network) {
        add(facts, "DNS suffix", network.dnsSuffix());
        add(facts, "MAC address", network.macAddress());
        add(facts, "Port", network.port() == null ? null
                : network.port() + (network.transportProtocol() == null ? "" : " " + network.transportProtocol()));
        if (network.isWifi() || network.bssid() != null) {
            add(facts, "Wi-Fi BSSID", network.bssid());
            add(facts, "Wi-Fi band", wifiBand(network.wifiBand()));
            add(facts, "Wi-Fi channel", network.wifiChannel() == null ? null : String.valueOf(network.wifiChannel()));
            add(facts, "Wi-Fi radio", network.wifiRadioType() == null ? null
                    : network.wifiRadioType().replaceFirst("^wifi(\\d{3})(\\d{2})(\\w*)$", "$1.$2$3"));
            add(facts, "Wi-Fi driver", network.wifiDriver());
            network.metrics().get(Metric.WIFI_SIGNAL_STRENGTH).ifPresent(signal ->
                    add(facts, "Wi-Fi signal", ReasonText.format(Metric.WIFI_SIGNAL_STRENGTH, signal)));
        }
    }

    /** Every media line, the audio line first: call analytics shows a session's network from its audio. */
    private static List<Media> mediaLines(Session session) {
        return session.segments().stream().map(Segment::media).flatMap(List::stream)
                .sorted(Comparator.comparing(m -> m.label() == null || !m.label().contains("audio")))
                .toList();
    }

    /** Where and why a session failed, such as "callSetup: 408"; null when it did not. */
    static String failure(Session session) {
        FailureInfo failure = session.failureInfo();
        return failure == null ? null
                : failure.stage().graphName() + (failure.reason() == null ? "" : ": " + failure.reason());
    }

    /** Who was on one side of a session, as the asker may see them; a service by its role. */
    static String who(Endpoint endpoint, Masking masking) {
        if (endpoint == null) {
            return "Unknown";
        }
        if (endpoint.identity() != null) {
            return masking.nameOf(endpoint.identity());
        }
        UserAgent agent = endpoint.userAgent();
        // Graph often reports a service's role as "unknown", which says nothing to a helpdesk person.
        return agent != null && agent.service() && agent.role() != null && !agent.role().equals("unknown")
                ? "Teams service (" + agent.role() + ")" : "Teams service";
    }

    /** "Teams on windows, 25290.205.3964.1234"; the raw header when Graph sent nothing else. */
    static String client(UserAgent agent) {
        if (agent == null) {
            return null;
        }
        if (agent.productFamily() == null && agent.platform() == null) {
            return agent.headerValue();
        }
        String product = agent.productFamily() == null ? "Client" : capitalize(agent.productFamily());
        return product + (agent.platform() == null ? "" : " on " + agent.platform())
                + (agent.applicationVersion() == null ? "" : ", " + agent.applicationVersion());
    }

    /** Graph names bands by tenths of GHz: "frequency50GHz" is 5.0 GHz, "frequency60GHz" 6.0 GHz. */
    private static String wifiBand(String band) {
        if (band == null) {
            return null;
        }
        return switch (band) {
            case "frequency24GHz" -> "2.4 GHz";
            case "frequency50GHz" -> "5 GHz";
            case "frequency60GHz" -> "6 GHz";
            default -> band;
        };
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String building(Building building) {
        return building.buildingName() + (building.city().isEmpty() ? "" : ", " + building.city())
                + (building.networkName().isEmpty() ? "" : " (" + building.networkName() + ")");
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(Fact.of(label, value));
        }
    }
}
