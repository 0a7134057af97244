package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.Session;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.Verdict;
import java.util.List;

/**
 * {@code details <call>}: one call with its verdict and every reason, and the subject's sessions as the
 * Session details report shows them; for engineers and admins with the Advanced details.
 */
final class DetailsHandler {
    private final CallData data;
    private final AccessControl access;
    private final CallLocator locator;

    DetailsHandler(CallData data, AccessControl access, CallLocator locator) {
        this.data = data;
        this.access = access;
        this.locator = locator;
    }

    Answer handle(ParsedCommand command, Asking asking) {
        CallLocator.Located located = locator.locate(command, asking.conversationId());
        if (located.call() == null) {
            return Answer.answered(located.notFound()).noting(located.notFound().title());
        }
        CallRecord call = located.call();
        String subjectId = located.subjectId();
        Masking masking = access.maskFor(asking.roles(), subjectId);
        Diagnosis own = diagnosisFor(data, call, subjectId);
        // Buildings are Advanced data: the file is read only for askers who may see them.
        SessionFacts sessions = new SessionFacts(masking.showsAdvanced()
                ? BuildingMap.of(data.buildings().findAll()) : BuildingMap.of(List.of()));
        boolean debugAllowed = asking.roles().contains(Role.ENGINEER) || asking.roles().contains(Role.ADMIN);
        DetailsView view = new DetailsView(subjectLabel(data, subjectId), call.id(), call.start(), call.kind().label(),
                CallFacts.media(call), CallFacts.otherParty(call, masking), call.duration().orElse(null),
                CallFacts.participantCount(call), CallFacts.participants(call, masking), verdictOf(own),
                reasonLines(own, masking), sessions.of(call, masking, false, session -> involves(session, subjectId)),
                call.joinWebUrl(), debugAllowed ? debugCommand(call, subjectId) : null);
        return Answer.answered(view).about(subjectId).call(call.id());
    }

    private static String debugCommand(CallRecord call, String subjectId) {
        return "debug " + call.id() + (subjectId == null ? "" : " for " + subjectId);
    }

    /** How the call went for the subject: in a meeting their own sessions, else the whole call. */
    static Diagnosis diagnosisFor(CallData data, CallRecord call, String subjectId) {
        CallDiagnosis diagnosis = data.diagnoses().diagnosesOf(List.of(call.id())).get(call.id());
        return diagnosis == null ? null : diagnosis.forParticipant(subjectId, call.kind() == CallKind.MEETING);
    }

    static Verdict verdictOf(Diagnosis diagnosis) {
        return diagnosis == null ? Verdict.UNAVAILABLE : diagnosis.verdict();
    }

    static List<DetailsView.ReasonLine> reasonLines(Diagnosis diagnosis, Masking masking) {
        return diagnosis == null ? List.of() : diagnosis.reasons().stream()
                .map(r -> new DetailsView.ReasonLine(r.severity(), ReasonText.sentence(r, masking)))
                .distinct()
                .toList();
    }

    static String subjectLabel(CallData data, String subjectId) {
        return subjectId == null ? null : data.calls().findUser(subjectId).map(KnownUser::label).orElse(null);
    }

    /** True when the subject was on either side of the session, or when there is no subject. */
    static boolean involves(Session session, String subjectId) {
        return subjectId == null
                || isUser(session.caller() == null ? null : session.caller().identity(), subjectId)
                || isUser(session.callee() == null ? null : session.callee().identity(), subjectId);
    }

    private static boolean isUser(com.calltriage.callrecord.Identity identity, String userId) {
        return identity != null && identity.id() != null && identity.id().equalsIgnoreCase(userId);
    }
}
