package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Session;
import com.calltriage.quality.QualityRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sessions of a call as the debug card shows them, tab by tab as in the Session details report: the
 * session with its machines and clients, the media lines with devices, networks, buildings, DNS suffixes and
 * Wi-Fi, then streams, client events, signals, traceroutes and feedback. Only for askers who may see Debug
 * details; names as masking shows them to such askers, phone numbers still cut short.
 */
public final class DebugSessions {
    private final MediaLineFacts mediaLines;
    private final ValueMarks marks;
    private final StreamFacts streams;
    private final ClientEventFacts events;

    public DebugSessions(BuildingMap buildings, QualityRules rules) {
        this.mediaLines = new MediaLineFacts(buildings);
        this.marks = new ValueMarks(rules);
        this.streams = new StreamFacts(marks);
        this.events = new ClientEventFacts(marks);
    }

    /**
     * The given sessions, tab by tab, in the order given.
     *
     * @throws IllegalStateException when the masking does not allow Debug details: the command's roles should
     *                               have refused the asker before
     */
    public List<DebugSession> of(List<Session> sessions, Masking masking) {
        if (!masking.showsAdvanced() || !masking.showsDebug()) {
            throw new IllegalStateException("Debug details asked for with a masking that hides them");
        }
        return sessions.stream().map(session -> session(session, masking)).toList();
    }

    private DebugSession session(Session session, Masking masking) {
        List<SessionLine> lines = SessionLine.of(session, masking);
        List<SessionSection> sections = new ArrayList<>();
        sections.add(sessionTab(session, masking));
        Stream.of(mediaLinesTab(session, masking),
                        streams.of(SessionTab.AUDIO_STREAMS, lines),
                        events.audioEvents(lines),
                        events.audioSignals(lines),
                        streams.of(SessionTab.APP_SHARING_STREAMS, lines),
                        events.videoEvents(lines),
                        streams.of(SessionTab.VIDEO_STREAMS, lines),
                        TraceRouteFacts.of(lines),
                        FeedbackFacts.of(session, masking))
                .flatMap(Optional::stream)
                .forEach(sections::add);
        return new DebugSession(SessionFacts.title(session, masking), session.start(), session.end(), sections);
    }

    /** The session itself, then each side's machine, processor and client. */
    private static SessionSection sessionTab(Session session, Masking masking) {
        return new SessionSection(SessionTab.SESSION, List.of(
                new SessionView.Side(null, SessionFacts.facts(session, masking)),
                new SessionView.Side(SessionFacts.who(session.caller(), masking), machine(session.caller())),
                new SessionView.Side(SessionFacts.who(session.callee(), masking), machine(session.callee()))),
                List.of());
    }

    private static List<Fact> machine(Endpoint endpoint) {
        List<Fact> facts = SessionFacts.endpoint(endpoint);
        if (endpoint != null && endpoint.cpuName() != null) {
            Fact.add(facts, "CPU", endpoint.cpuName()
                    + (endpoint.cpuCores() == null ? "" : ", " + endpoint.cpuCores() + " cores")
                    + (endpoint.cpuSpeedMhz() == null ? "" : ", " + endpoint.cpuSpeedMhz() + " MHz"));
        }
        return facts;
    }

    /**
     * Each side of the audio line, then of each other line only what differs from it (a relay, a port): the
     * rest would repeat the audio line's devices and network word for word.
     */
    private Optional<SessionSection> mediaLinesTab(Session session, Masking masking) {
        List<Media> lines = SessionFacts.mediaLines(session);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String caller = SessionFacts.who(session.caller(), masking);
        String callee = SessionFacts.who(session.callee(), masking);
        List<Fact> mainCaller = side(lines.get(0), session.caller(), true);
        List<Fact> mainCallee = side(lines.get(0), session.callee(), false);
        List<SessionView.Side> sides = new ArrayList<>();
        addDifferences(sides, caller, mainCaller, List.of());
        addDifferences(sides, callee, mainCallee, List.of());
        for (Media other : lines.subList(1, lines.size())) {
            String label = " · " + MediaLineFacts.label(other);
            addDifferences(sides, caller + label, side(other, session.caller(), true), mainCaller);
            addDifferences(sides, callee + label, side(other, session.callee(), false), mainCallee);
        }
        return sides.isEmpty() ? Optional.empty()
                : Optional.of(new SessionSection(SessionTab.MEDIA_LINES, sides, List.of()));
    }

    private List<Fact> side(Media media, Endpoint endpoint, boolean callerSide) {
        NetworkInfo network = callerSide ? media.callerNetwork() : media.calleeNetwork();
        boolean person = endpoint != null && endpoint.participant();
        return mediaLines.withDebug(media, callerSide, marks.ofNetwork(network, person));
    }

    private static void addDifferences(List<SessionView.Side> sides, String who, List<Fact> facts, List<Fact> known) {
        List<Fact> differing = facts.stream().filter(fact -> !known.contains(fact)).toList();
        if (!differing.isEmpty()) {
            sides.add(new SessionView.Side(who, differing));
        }
    }
}
