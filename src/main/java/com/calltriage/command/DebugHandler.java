package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Session;
import com.calltriage.quality.Diagnosis;
import java.util.List;

/**
 * {@code debug <call>}, for engineers and admins: every session of the call with Advanced and Debug
 * details. In a meeting named for one user, only that user's sessions.
 */
final class DebugHandler {
    /** Enough sessions for any 1:1 call or a user's part of a meeting, few enough to keep the card small. */
    static final int MAX_SESSIONS = 6;

    private final CallData data;
    private final AccessControl access;
    private final CallLocator locator;

    DebugHandler(CallData data, AccessControl access, CallLocator locator) {
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
        Diagnosis own = DetailsHandler.diagnosisFor(data, call, subjectId);
        List<Session> involved = call.sessions().stream()
                .filter(session -> DetailsHandler.involves(session, subjectId)).toList();
        List<SessionView> sessions = new SessionFacts(BuildingMap.of(data.buildings().findAll()))
                .of(call, masking, true, session -> DetailsHandler.involves(session, subjectId));
        List<SessionView> shown = sessions.subList(0, Math.min(MAX_SESSIONS, sessions.size()));
        DebugView view = new DebugView(DetailsHandler.subjectLabel(data, subjectId), call.id(), call.start(),
                call.kind().label(), CallFacts.media(call), CallFacts.participantCount(call),
                DetailsHandler.verdictOf(own), DetailsHandler.reasonLines(own, masking), shown,
                involved.size() - shown.size());
        return Answer.answered(view).about(subjectId).call(call.id());
    }
}
