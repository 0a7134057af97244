package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.UserAgent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sessions of a call as the details card shows them: who was on either side (masked) and their clients,
 * and for askers who may see the Advanced tab of call analytics, machines, devices, networks and buildings.
 * The debug card's tabs ({@link DebugSessions}) start from the same facts.
 */
public final class SessionFacts {
    private final MediaLineFacts lines;

    public SessionFacts(BuildingMap buildings) {
        this.lines = new MediaLineFacts(buildings);
    }

    /**
     * The sessions that pass the filter, in start order, with what the Session details report shows of each:
     * its id, media, failure, who was on either side (masked) and their clients. Advanced facts are added only
     * for askers who may see them.
     */
    public List<SessionView> of(CallRecord call, Masking masking, Predicate<Session> which) {
        return inStartOrder(call, which).stream().map(session -> session(session, masking)).toList();
    }

    public static List<Session> inStartOrder(CallRecord call, Predicate<Session> which) {
        return call.sessions().stream()
                .filter(which)
                .sorted(Comparator.comparing(Session::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private SessionView session(Session session, Masking masking) {
        String caller = who(session.caller(), masking);
        String callee = who(session.callee(), masking);
        List<SessionView.Side> sides = new ArrayList<>();
        if (masking.showsAdvanced()) {
            List<Media> media = mediaLines(session);
            Media main = media.isEmpty() ? null : media.get(0);
            sides.add(new SessionView.Side(caller, concat(endpoint(session.caller()), lines.advanced(main, true))));
            sides.add(new SessionView.Side(callee, concat(endpoint(session.callee()), lines.advanced(main, false))));
        } else {
            sides.add(new SessionView.Side(caller, client(session.caller(), masking)));
            sides.add(new SessionView.Side(callee, client(session.callee(), masking)));
        }
        return new SessionView(title(session, masking), session.start(), session.end(), facts(session, masking), sides);
    }

    /** True when the subject was on either side of the session, or when there is no subject. */
    public static boolean involves(Session session, String subjectId) {
        return subjectId == null || isUser(session.caller(), subjectId) || isUser(session.callee(), subjectId);
    }

    private static boolean isUser(Endpoint endpoint, String userId) {
        return endpoint != null && endpoint.identity() != null && endpoint.identity().hasId(userId);
    }

    /** "Alice Wood → Teams service (conferencing)": who connected to whom. */
    static String title(Session session, Masking masking) {
        return who(session.caller(), masking) + " → " + who(session.callee(), masking);
    }

    /** What the session as a whole reports: its id, its media and how it failed, as the asker may read it. */
    static List<Fact> facts(Session session, Masking masking) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Session id", session.id()));
        facts.add(Fact.of("Media", CallFacts.media(session.modalities())));
        Fact.add(facts, "Failure", failure(session, masking));
        return facts;
    }

    /** What every role sees of a side: its client and version, as the Session details report lists them. */
    private static List<Fact> client(Endpoint endpoint, Masking masking) {
        List<Fact> facts = new ArrayList<>();
        if (endpoint != null) {
            Fact.add(facts, "Client", client(endpoint.userAgent(), masking));
        }
        return facts;
    }

    /** A side's machine and client, Advanced data. */
    static List<Fact> endpoint(Endpoint endpoint) {
        List<Fact> facts = new ArrayList<>();
        if (endpoint != null) {
            Fact.add(facts, "Machine", endpoint.deviceName());
            Fact.add(facts, "Client", client(endpoint.userAgent(), null));
        }
        return facts;
    }

    static List<Fact> concat(List<Fact> first, List<Fact> second) {
        List<Fact> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Every media line, the audio line first: call analytics shows a session's network from its audio. */
    static List<Media> mediaLines(Session session) {
        return session.segments().stream().map(Segment::media).flatMap(List::stream)
                .sorted(Comparator.comparing(m -> m.label() == null || !m.label().contains("audio")))
                .toList();
    }

    /**
     * Where and why a session failed, such as "callSetup: 408"; null when it did not. The reason is Graph's free
     * text, read through the asker's masking.
     */
    public static String failure(Session session, Masking masking) {
        FailureInfo failure = session.failureInfo();
        if (failure == null) {
            return null;
        }
        String reason = masking.failureReason(failure.reason());
        return failure.stage().graphName() + (reason == null ? "" : ": " + reason);
    }

    /** Who was on one side of a session, as the asker may see them; a service by its role. */
    public static String who(Endpoint endpoint, Masking masking) {
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

    /**
     * "Teams on windows, 25290.205.3964.1234"; when Graph sent only the raw header, the header as the masking
     * lets the asker read it.
     *
     * @param masking null for views built only for askers who see Advanced details
     */
    public static String client(UserAgent agent, Masking masking) {
        if (agent == null) {
            return null;
        }
        if (agent.productFamily() == null && agent.platform() == null) {
            return masking == null ? agent.headerValue() : masking.rawClient(agent.headerValue());
        }
        String product = agent.productFamily() == null ? "Client" : capitalize(agent.productFamily());
        return product + (agent.platform() == null ? "" : " on " + agent.platform())
                + (agent.applicationVersion() == null ? "" : ", " + agent.applicationVersion());
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
