package com.calltriage.quality;

import java.util.List;

/**
 * The diagnosis of one session, with who took part in it, so a meeting can be judged per participant.
 *
 * @param sessionId      Graph's session id
 * @param participantIds Entra object ids (or phone numbers) of the people on either side
 * @param diagnosis      the session's verdict and reasons
 */
public record SessionDiagnosis(String sessionId, List<String> participantIds, Diagnosis diagnosis) {
    public SessionDiagnosis {
        participantIds = List.copyOf(participantIds);
    }
}
