package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.Session;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.Verdict;
import java.util.List;
import java.util.function.Function;

/**
 * The commands about one call, found by its number on the last list or its id:
 * <ul>
 *   <li>{@code details <call>}: its verdict and every reason, and the subject's sessions as the Session details
 *       report shows them; for engineers and admins with the Advanced details;</li>
 *   <li>{@code debug <call>}, for engineers and admins: every session (in a meeting named for one user, only
 *       theirs) with Advanced and Debug details and the tabs of the Session details report: streams, client
 *       events, signals, traceroutes and feedback.</li>
 * </ul>
 */
final class CallHandler {
    /**
     * Enough sessions for any 1:1 call or a user's part of a meeting, few enough to build quickly; the card
     * shows as many of them as fit.
     */
    static final int MAX_DEBUG_SESSIONS = 6;

    private final CallData data;
    private final AccessControl access;
    private final CallLocator locator;

    CallHandler(CallData data, AccessControl access, CallLocator locator) {
        this.data = data;
        this.access = access;
        this.locator = locator;
    }

    /** One call as the asker may see it, and for whom it is looked at. */
    private record Asked(CallRecord call, String subjectId, Masking masking, Diagnosis own) {
        String subjectLabel(CallData data) {
            return subjectId == null ? null : data.calls().findUser(subjectId).map(KnownUser::label).orElse(null);
        }

        Verdict verdict() {
            return own == null ? Verdict.UNAVAILABLE : own.verdict();
        }

        List<DetailsView.ReasonLine> reasons() {
            return own == null ? List.of() : own.reasons().stream()
                    .map(r -> new DetailsView.ReasonLine(r.severity(), ReasonText.sentence(r, masking)))
                    .distinct()
                    .toList();
        }

        boolean involves(Session session) {
            return CallHandler.involves(session, subjectId);
        }
    }

    Answer details(ParsedCommand command, Asking asking) {
        return answer(command, asking, asked -> {
            CallRecord call = asked.call();
            Masking masking = asked.masking();
            // Buildings are Advanced data: the file is read only for askers who may see them.
            SessionFacts sessions = new SessionFacts(masking.showsAdvanced()
                    ? BuildingMap.of(data.buildings().findAll()) : BuildingMap.of(List.of()));
            boolean debugAllowed = asking.roles().contains(Role.ENGINEER) || asking.roles().contains(Role.ADMIN);
            return new DetailsView(asked.subjectLabel(data), call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), CallFacts.otherParty(call, masking), call.duration().orElse(null),
                    CallFacts.participantCount(call), CallFacts.participants(call, masking), asked.verdict(),
                    asked.reasons(), sessions.of(call, masking, asked::involves), call.joinWebUrl(),
                    debugAllowed ? debugCommand(call, asked.subjectId()) : null);
        });
    }

    Answer debug(ParsedCommand command, Asking asking) {
        return answer(command, asking, asked -> {
            CallRecord call = asked.call();
            // Tabs are built only for the sessions the card can show; the others are only counted.
            List<Session> involved = SessionFacts.inStartOrder(call, asked::involves);
            List<DebugSession> shown = new DebugSessions(BuildingMap.of(data.buildings().findAll()), data.rules())
                    .of(involved.subList(0, Math.min(MAX_DEBUG_SESSIONS, involved.size())), asked.masking());
            return new DebugView(asked.subjectLabel(data), call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), CallFacts.participantCount(call), asked.verdict(), asked.reasons(), shown,
                    involved.size() - shown.size());
        });
    }

    /** Finds the call, masks for the asker and the subject, and builds the view; or says what was not found. */
    private Answer answer(ParsedCommand command, Asking asking, Function<Asked, Reply> view) {
        CallLocator.Located located = locator.locate(command, asking.conversationId());
        if (located.call() == null) {
            return Answer.answered(located.notFound()).noting(located.notFound().title());
        }
        CallRecord call = located.call();
        String subjectId = located.subjectId();
        CallDiagnosis diagnosis = data.diagnoses().diagnosesOf(List.of(call.id())).get(call.id());
        // How the call went for the subject: in a meeting their own sessions, else the whole call.
        Diagnosis own = diagnosis == null ? null
                : diagnosis.forParticipant(subjectId, call.kind() == CallKind.MEETING);
        Asked asked = new Asked(call, subjectId, access.maskFor(asking.roles(), subjectId), own);
        return Answer.answered(view.apply(asked)).about(subjectId).call(call.id());
    }

    private static String debugCommand(CallRecord call, String subjectId) {
        return "debug " + call.id() + (subjectId == null ? "" : " for " + subjectId);
    }

    /** True when the subject was on either side of the session, or when there is no subject. */
    static boolean involves(Session session, String subjectId) {
        return subjectId == null || isUser(session.caller(), subjectId) || isUser(session.callee(), subjectId);
    }

    private static boolean isUser(Endpoint endpoint, String userId) {
        return endpoint != null && endpoint.identity() != null && endpoint.identity().hasId(userId);
    }
}
