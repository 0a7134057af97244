package com.calltriage.quality;

import java.util.List;

/**
 * A call's diagnosis as stored: the whole call, each session, and the rule-set version it was made
 * with, so it can be recomputed when the rules change.
 */
public record CallDiagnosis(String callId, String ruleSetVersion, Diagnosis call, List<SessionDiagnosis> sessions) {
    public CallDiagnosis {
        sessions = List.copyOf(sessions);
    }

    /**
     * How the call went for one person: in a meeting, only that person's own sessions count (others'
     * trouble is not theirs); in a 1:1 or phone call, the whole call. Someone with no session of their
     * own gets the whole call's diagnosis.
     */
    public Diagnosis forParticipant(String participantId, boolean meeting) {
        if (!meeting || participantId == null) {
            return call;
        }
        List<Diagnosis> own = sessions.stream()
                .filter(s -> s.participantIds().stream().anyMatch(participantId::equalsIgnoreCase))
                .map(SessionDiagnosis::diagnosis)
                .toList();
        return own.isEmpty() ? call : Verdicts.combine(own);
    }
}
